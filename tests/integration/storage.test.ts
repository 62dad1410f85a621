// Both storage drivers against real storage: a folder on disk, and an
// S3-compatible server (s3rver, started here on a free port; MinIO itself
// cannot be installed on these machines, see the README).
import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localStorage } from "@/lib/server/storage/local-storage";
import { s3ConfigFromEnv, s3Storage } from "@/lib/server/storage/s3-storage";
import type { Storage } from "@/lib/server/storage/storage";

function contract(name: string, make: () => Storage) {
  describe(name, () => {
    it("puts, gets, overwrites and deletes", async () => {
      const storage = make();
      const key = `media/ab/${crypto.randomUUID()}/web-800.webp`;
      expect(await storage.get(key)).toBeNull();
      await storage.put(key, Buffer.from("第一版"), "image/webp");
      expect((await storage.get(key))?.toString()).toBe("第一版");
      await storage.put(key, Buffer.from("第二版"), "image/webp");
      expect((await storage.get(key))?.toString()).toBe("第二版");
      await storage.delete(key);
      expect(await storage.get(key)).toBeNull();
      await storage.delete(key); // deleting twice is fine
    });

    it("keeps binary data intact", async () => {
      const storage = make();
      const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256));
      const key = `media/cd/${crypto.randomUUID()}/print.jpg`;
      await storage.put(key, bytes, "image/jpeg");
      expect((await storage.get(key))?.equals(bytes)).toBe(true);
    });
  });
}

contract("local storage", () => localStorage(mkdtempSync(path.join(os.tmpdir(), "folio-local-"))));

describe("local storage paths", () => {
  it("never leaves its folder", async () => {
    const storage = localStorage(mkdtempSync(path.join(os.tmpdir(), "folio-local-")));
    await expect(storage.put("../escape.txt", Buffer.from("x"), "text/plain")).rejects.toThrow(/escapes/);
  });
});

let server: S3rver | undefined;
let endpoint = "";
beforeAll(async () => {
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: mkdtempSync(path.join(os.tmpdir(), "folio-s3rver-")),
    configureBuckets: [{ name: "folio-media", configs: [] }],
  });
  const address = (await server.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await server?.close();
});

contract("S3 storage", () =>
  s3Storage(
    s3ConfigFromEnv({
      FOLIO_S3_BUCKET: "folio-media",
      FOLIO_S3_ENDPOINT: endpoint,
      FOLIO_S3_ACCESS_KEY_ID: "S3RVER",
      FOLIO_S3_SECRET_ACCESS_KEY: "S3RVER",
      FOLIO_S3_PREFIX: "/folio/",
    })!,
  ),
);

describe("S3 configuration from the environment", () => {
  it("is off without a bucket and path-style with an endpoint", () => {
    expect(s3ConfigFromEnv({})).toBeNull();
    expect(s3ConfigFromEnv({ FOLIO_S3_BUCKET: "b", FOLIO_S3_ENDPOINT: "http://minio:9000" })).toMatchObject({
      bucket: "b", forcePathStyle: true, region: "us-east-1", prefix: "",
    });
    expect(s3ConfigFromEnv({ FOLIO_S3_BUCKET: "b" })).toMatchObject({ forcePathStyle: false, endpoint: undefined });
  });
});
