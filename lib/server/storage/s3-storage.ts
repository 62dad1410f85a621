// The S3-compatible driver (MinIO in docker-compose.yml, or any S3 API),
// configured by environment variables. Objects are private: Folio serves them
// through its own routes, which decide who may see what.
import "server-only";
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { Storage } from "./storage";

export interface S3Config {
  bucket: string;
  /** e.g. http://minio:9000; unset for AWS itself. */
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** MinIO and most self-hosted servers want bucket-in-path URLs. */
  forcePathStyle: boolean;
  /** Optional folder inside the bucket. */
  prefix: string;
}

export function s3ConfigFromEnv(env: Record<string, string | undefined>): S3Config | null {
  const bucket = env.FOLIO_S3_BUCKET?.trim();
  if (!bucket) return null;
  return {
    bucket,
    endpoint: env.FOLIO_S3_ENDPOINT || undefined,
    region: env.FOLIO_S3_REGION || "us-east-1",
    accessKeyId: env.FOLIO_S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.FOLIO_S3_SECRET_ACCESS_KEY || undefined,
    forcePathStyle: (env.FOLIO_S3_FORCE_PATH_STYLE ?? (env.FOLIO_S3_ENDPOINT ? "true" : "false")) === "true",
    prefix: (env.FOLIO_S3_PREFIX ?? "").replace(/^\/+|\/+$/g, ""),
  };
}

export function s3Storage(config: S3Config): Storage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    // Checksums only where S3 requires them: several S3-compatible servers reject the newer defaults.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
  });
  const Key = (key: string) => (config.prefix ? `${config.prefix}/${key}` : key);
  return {
    async put(key, data, contentType) {
      await client.send(new PutObjectCommand({ Bucket: config.bucket, Key: Key(key), Body: data, ContentType: contentType }));
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: Key(key) }));
        if (!object.Body) return null;
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: Key(key) }));
    },
    async check() {
      await client.send(new HeadBucketCommand({ Bucket: config.bucket }));
    },
  };
}
