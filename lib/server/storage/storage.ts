// Where uploaded files live. One interface, two drivers: the local filesystem
// (a git-ignored folder) by default, S3-compatible object storage (MinIO, AWS,
// any S3 API) when FOLIO_S3_BUCKET is set.
import "server-only";
import path from "node:path";
import { localStorage } from "./local-storage";
import { s3Storage, s3ConfigFromEnv } from "./s3-storage";

export interface Storage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The file's bytes, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
  /** Throws unless files can be written (for /api/health). */
  check(): Promise<void>;
}

let storage: Storage | undefined;
export function getStorage(): Storage {
  if (!storage) {
    const s3 = s3ConfigFromEnv(process.env);
    storage = s3 ? s3Storage(s3) : localStorage(process.env.FOLIO_STORAGE_DIR ?? path.resolve("storage"));
  }
  return storage;
}

/** Tests swap the driver (a temporary folder, a local S3 server). */
export function setStorageForTests(next: Storage | undefined): void {
  storage = next;
}
