// Photos against real storage: a scratch folder and an S3-compatible server
// (s3rver, started here), the real sharp and the real database.
import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { MAX_UPLOAD_BYTES, RENDITIONS, mediaIdsInHtml, type Renditions } from "@/lib/domain/media";
import type { Role } from "@/lib/domain/roles";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { createArticle } from "@/lib/server/articles/create-article";
import { reviewArticle } from "@/lib/server/articles/review-article";
import { saveArticle } from "@/lib/server/articles/save-article";
import { submitArticle } from "@/lib/server/articles/submit-article";
import { addContributor } from "@/lib/server/contributors/contributors";
import { listMedia } from "@/lib/server/media/list-media";
import { readRendition } from "@/lib/server/media/read-media";
import { serveMedia } from "@/lib/server/media/serve-media";
import { signPrintToken } from "@/lib/server/print/print-token";
import { loadIssueProofs } from "@/lib/server/composition/load-proof";
import { setPlacementPhoto } from "@/lib/server/composition/layout";
import { describeMedia, updateMedia } from "@/lib/server/media/update-media";
import { uploadImage } from "@/lib/server/media/upload-image";
import { localStorage } from "@/lib/server/storage/local-storage";
import { s3ConfigFromEnv, s3Storage } from "@/lib/server/storage/s3-storage";
import { getStorage, setStorageForTests, type Storage } from "@/lib/server/storage/storage";
import { buildPublication, buildUser } from "../support/factories";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/server/auth/session", () => ({ getSessionUser: async () => session.user }));

async function staff(...roles: Role[]): Promise<SessionUser> {
  const user = await buildUser({ roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}

const canvas = (width: number, height: number, background = "#c8372d") =>
  sharp({ create: { width, height, channels: 3, background } });

/** A phone photo: EXIF with the camera, GPS position and orientation 6 (turn 90° clockwise to view). */
async function phoneJpeg(): Promise<Buffer> {
  return canvas(60, 40)
    .jpeg()
    .withExif({
      IFD0: { Make: "Apple", Model: "iPhone 15" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "34/1 37/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "112/1 27/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** A HEIF container as phones write it, but AV1-coded (the codec sharp's libvips reads). */
async function heif(brand: "mif1" | "heic"): Promise<Buffer> {
  const bytes = Buffer.from(await canvas(64, 48, "#336699").heif({ compression: "av1", quality: 60 }).toBuffer());
  bytes.write(brand, 8, "latin1");
  return bytes;
}

/** An iPhone-style HEIC (HEVC-coded), which the prebuilt converter cannot decode. */
async function hevcHeic(): Promise<Buffer> {
  const bytes = await heif("heic");
  const text = bytes.toString("latin1");
  for (const [from, to] of [["av01", "hvc1"], ["av1C", "hvcC"]] as const) {
    for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + 1)) bytes.write(to, at, "latin1");
  }
  return bytes;
}

async function storedRenditions(mediaId: string) {
  const media = await getDb().media.findUniqueOrThrow({ where: { id: mediaId } });
  return { media, renditions: media.renditions as Renditions };
}

let s3: S3rver | undefined;
let s3Driver: Storage;
beforeAll(async () => {
  s3 = new S3rver({
    address: "127.0.0.1", port: 0, silent: true,
    directory: mkdtempSync(path.join(os.tmpdir(), "folio-s3rver-")),
    configureBuckets: [{ name: "folio-media", configs: [] }],
  });
  const address = (await s3.run()) as AddressInfo;
  s3Driver = s3Storage(s3ConfigFromEnv({
    FOLIO_S3_BUCKET: "folio-media", FOLIO_S3_ENDPOINT: `http://127.0.0.1:${address.port}`,
    FOLIO_S3_ACCESS_KEY_ID: "S3RVER", FOLIO_S3_SECRET_ACCESS_KEY: "S3RVER",
  })!);
});
afterAll(async () => {
  setStorageForTests(undefined);
  await s3?.close();
});

const drivers: [string, () => Storage][] = [
  ["local folder", () => localStorage(mkdtempSync(path.join(os.tmpdir(), "folio-media-")))],
  ["S3-compatible server", () => s3Driver],
];

describe.each(drivers)("upload to %s", (_name, driver) => {
  beforeAll(() => setStorageForTests(driver()));

  it.each([
    ["JPEG", "现场.jpg", () => canvas(1000, 750).jpeg().toBuffer(), 1000, 750],
    ["PNG", "图表.png", () => canvas(900, 600).png().toBuffer(), 900, 600],
    ["WebP", "航拍.webp", () => canvas(2000, 1000).webp().toBuffer(), 2000, 1000],
    ["HEIF from a phone", "IMG_0001.HEIC", () => heif("mif1"), 64, 48],
  ])("accepts %s and stores its master and every rendition", async (_type, name, make, width, height) => {
    const user = await staff("reporter");
    const uploaded = await uploadImage(user, { name, bytes: await make() });
    const { media, renditions } = await storedRenditions(uploaded.id);
    expect(media).toMatchObject({ width, height, originalName: name, uploadedById: user.id });
    expect(Object.keys(renditions).sort()).toEqual(RENDITIONS.map((r) => r.name).sort());
    for (const spec of RENDITIONS) {
      const stored = await readRendition(uploaded.id, spec.name);
      const meta = await sharp(stored!.data).metadata();
      expect(meta.format).toBe(spec.format);
      expect(meta.width).toBe(renditions[spec.name]!.width);
      expect(meta.width).toBeLessThanOrEqual(spec.maxWidth);
      if (spec.aspect) expect(Math.abs(meta.width! / meta.height! - spec.aspect)).toBeLessThan(0.05);
      else expect(Math.abs(meta.width! / meta.height! - width / height)).toBeLessThan(0.05);
    }
    expect(renditions.web1600!.width).toBe(Math.min(1600, width));
  });

  it("removes EXIF (GPS included) from the master and every rendition, after turning the picture upright", async () => {
    const user = await staff("reporter");
    const jpeg = await phoneJpeg();
    const source = await sharp(jpeg).metadata();
    expect(source.orientation).toBe(6);
    // The GPS IFD pointer (tag 0x8825) is in the file we upload.
    expect(source.exif!.includes(Buffer.from([0x88, 0x25])) || source.exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    const uploaded = await uploadImage(user, { name: "IMG_2041.jpg", bytes: jpeg });
    // Orientation 6: the stored picture is the upright one, 40 × 60.
    expect(uploaded).toMatchObject({ width: 40, height: 60 });
    for (const name of ["original", ...RENDITIONS.map((r) => r.name)] as const) {
      const stored = await readRendition(uploaded.id, name);
      const meta = await sharp(stored!.data).metadata();
      expect(meta.exif, name).toBeUndefined();
      expect(meta.orientation ?? 1, name).toBe(1);
      expect(meta.xmp, name).toBeUndefined();
      expect(stored!.data.includes(Buffer.from("iPhone")), name).toBe(false);
    }
  });
});

describe("refused uploads", () => {
  beforeAll(() => setStorageForTests(drivers[0]![1]()));

  it("refuses a disguised non-image by its bytes, whatever its name", async () => {
    const user = await staff("reporter");
    await expect(uploadImage(user, { name: "photo.jpg", bytes: Buffer.from("<html><script>alert(1)</script></html>") })).rejects.toMatchObject({ reason: "imageType" });
    await expect(uploadImage(user, { name: "scan.jpg", bytes: Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n") })).rejects.toMatchObject({ reason: "imageType" });
    const gif = await canvas(10, 10).gif().toBuffer();
    await expect(uploadImage(user, { name: "anim.png", bytes: gif })).rejects.toMatchObject({ reason: "imageType" });
  });

  it("refuses an oversized file before decoding it", async () => {
    const user = await staff("reporter");
    const huge = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    (await canvas(10, 10).jpeg().toBuffer()).copy(huge);
    await expect(uploadImage(user, { name: "big.jpg", bytes: huge })).rejects.toMatchObject({ reason: "imageTooLarge", code: "validation" });
  });

  it("refuses a corrupt JPEG", async () => {
    const user = await staff("reporter");
    const jpeg = await canvas(800, 600).jpeg().toBuffer();
    await expect(uploadImage(user, { name: "cut.jpg", bytes: jpeg.subarray(0, Math.floor(jpeg.length / 2)) })).rejects.toMatchObject({ reason: "imageCorrupt" });
    const scrambled = Buffer.from(jpeg);
    scrambled.fill(0x00, 200, 600);
    await expect(uploadImage(user, { name: "bad.jpg", bytes: scrambled.subarray(0, 700) })).rejects.toMatchObject({ reason: "imageCorrupt" });
  });

  it("refuses a HEIC the converter cannot read, saying what to do", async () => {
    const user = await staff("reporter");
    await expect(uploadImage(user, { name: "IMG_0002.HEIC", bytes: await hevcHeic() })).rejects.toMatchObject({ reason: "imageHeicUnsupported" });
  });

  it("stores nothing for a refused file", async () => {
    const before = await getDb().media.count();
    await uploadImage(await staff("reporter"), { name: "x.jpg", bytes: Buffer.from("not an image") }).catch(() => null);
    expect(await getDb().media.count()).toBe(before);
  });
});

describe("the library", () => {
  beforeAll(() => setStorageForTests(drivers[0]![1]()));

  it("keeps caption, credit and alt text, and finds photos by them and by date", async () => {
    const user = await staff("reporter");
    const photographer = await addContributor(user, { name: `张铁生${Date.now() % 10000}`, kind: "person" });
    const uploaded = await uploadImage(user, { name: "IMG_3001.jpg", bytes: await canvas(400, 300).jpeg().toBuffer() });
    await updateMedia(user, uploaded.id, {
      caption: "6月7日，伊滨区邻里中心项目建设现场。", altText: "塔吊林立的建设工地", creditContributorId: photographer.id,
      creditRole: "photo", focalX: 0.5, focalY: 0.5, crop: null,
    });
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const ids = async (q: string, from: string | null = null, to: string | null = null) =>
      (await listMedia({ q, from, to, page: 1 })).items.map((m) => m.id);
    expect(await ids("邻里中心")).toContain(uploaded.id);
    expect(await ids(photographer.name)).toContain(uploaded.id);
    expect(await ids("邻里中心 工地")).toContain(uploaded.id);
    expect(await ids("没有这张")).not.toContain(uploaded.id);
    expect(await ids("", today, today)).toContain(uploaded.id);
    expect(await ids("", "2001-01-01", "2001-12-31")).not.toContain(uploaded.id);
    const [found] = (await listMedia({ q: "邻里中心", from: null, to: null, page: 1 })).items.filter((m) => m.id === uploaded.id);
    expect(found).toMatchObject({ altText: "塔吊林立的建设工地", creditRole: "photo", creditContributor: { name: photographer.name } });
  });

  it("makes new renditions for a new crop and focal point, and removes the old ones", async () => {
    const user = await staff("reporter");
    // Left half red, right half blue: the thumbnail's colour shows where it was cut.
    const left = await canvas(600, 300, "#ff0000").png().toBuffer();
    const right = await canvas(600, 300, "#0000ff").png().toBuffer();
    const bytes = await canvas(1200, 300).composite([{ input: left, left: 0, top: 0 }, { input: right, left: 600, top: 0 }]).png().toBuffer();
    const uploaded = await uploadImage(user, { name: "两色.png", bytes });
    const before = (await storedRenditions(uploaded.id)).renditions;
    const centre = async () => {
      const thumb = (await readRendition(uploaded.id, "thumb"))!.data;
      const { data } = await sharp(thumb).resize(1, 1, { fit: "cover", position: "centre" }).raw().toBuffer({ resolveWithObject: true });
      return data[0]! > data[2]! ? "red" : "blue";
    };
    await updateMedia(user, uploaded.id, { caption: "", altText: "", creditContributorId: null, creditRole: "photo", focalX: 0.95, focalY: 0.5, crop: null });
    expect(await centre()).toBe("blue");
    await updateMedia(user, uploaded.id, { caption: "", altText: "", creditContributorId: null, creditRole: "photo", focalX: 0.05, focalY: 0.5, crop: null });
    expect(await centre()).toBe("red");
    // A crop to the right half: every rendition is blue only, at the crop's shape.
    await updateMedia(user, uploaded.id, { caption: "", altText: "", creditContributorId: null, creditRole: "photo", focalX: 0.05, focalY: 0.5, crop: { x: 0.5, y: 0, width: 0.5, height: 1 } });
    const after = (await storedRenditions(uploaded.id)).renditions;
    expect(after.web800).toMatchObject({ width: 600, height: 300 });
    expect(await centre()).toBe("blue");
    expect(await getStorage().get(before.web800!.key)).toBeNull();
    expect(after.web800!.key).not.toBe(before.web800!.key);
  });
});

describe("photos in articles", () => {
  beforeAll(() => setStorageForTests(drivers[0]![1]()));

  it("records where a photo is used, and holds 签发 until every photo has alt text and a credit", async () => {
    const [reporter, editor, desk, chief] = await Promise.all([staff("reporter"), staff("editor"), staff("desk"), staff("chief")]);
    const photo = await uploadImage(reporter, { name: "开工.jpg", bytes: await canvas(800, 600).jpeg().toBuffer() });
    const figureDoc = (credit: string) => ({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "项目开工。" }] },
        { type: "figure", attrs: { src: photo.src, mediaId: photo.id, alt: "开工仪式现场", caption: "项目开工现场", credit, width: 800, height: 600 } },
      ],
    });
    const fields = { kicker: "", headline: "伊滨区重点项目集中开工", subheadline: "", column: "", dateline: "伊滨讯" };
    const publication = await buildPublication();
    const article = await createArticle({ user: reporter, publicationId: publication.id });
    const other = await createArticle({ user: reporter, publicationId: publication.id });
    await saveArticle(reporter, article.id, { baseVersion: 1, fields, body: figureDoc(""), bylines: [] });
    await saveArticle(reporter, other.id, { baseVersion: 1, fields, body: figureDoc("张铁生 摄"), bylines: [] });
    const used = await listMedia({ q: "开工.jpg", from: null, to: null, page: 1 });
    expect(used.items.find((m) => m.id === photo.id)?.articles.map((a) => a.article.id).sort()).toEqual([article.id, other.id].sort());

    await submitArticle(reporter, article.id);
    await reviewArticle(editor, { articleId: article.id, level: "first", outcome: "pass", opinion: "同意。" });
    await reviewArticle(desk, { articleId: article.id, level: "second", outcome: "pass", opinion: "同意。" });
    await expect(reviewArticle(chief, { articleId: article.id, level: "final", outcome: "pass", opinion: "同意签发。" }))
      .rejects.toMatchObject({ reason: "figureCreditMissing", code: "validation" });
    await getDb().article.update({ where: { id: article.id }, data: { body: figureDoc("张铁生 摄") } });
    expect(await reviewArticle(chief, { articleId: article.id, level: "final", outcome: "pass", opinion: "同意签发。" })).toEqual({ status: "released" });
  });
});

describe("who sees a photo", () => {
  beforeAll(() => setStorageForTests(drivers[0]![1]()));

  it("shows staff every photo, readers only those of a published issue, with long caching for readers", async () => {
    const reporter = await staff("reporter");
    const photo = await uploadImage(reporter, { name: "未发.jpg", bytes: await canvas(900, 600).jpeg().toBuffer() });
    const get = (etag?: string) =>
      serveMedia(new Request(`http://folio.test/media/${photo.id}/web800`, { headers: etag ? { "if-none-match": etag } : {} }), photo.id, "web800");

    session.user = null;
    expect((await get()).status).toBe(404);

    session.user = reporter;
    const forStaff = await get();
    expect(forStaff.status).toBe(200);
    expect(forStaff.headers.get("cache-control")).toBe("private, no-cache");
    expect((await get(forStaff.headers.get("etag")!)).status).toBe(304);

    // Published in an issue readers can see: now readers get it, cached for a year.
    const publication = await buildPublication();
    const issue = await getDb().issue.create({
      data: { publicationId: publication.id, date: new Date("2023-06-07T00:00:00Z"), year: 2023, number: 10, totalNumber: 255, status: "published", publishedAt: new Date() },
    });
    const snapshot = await getDb().issueSnapshot.create({ data: { issueId: issue.id, version: 1, content: {} } });
    // As writeSnapshot stores it: the HTML and the photos it shows.
    const html = `<figure class="article-figure"><img src="/media/${photo.id}" srcset="/media/${photo.id}/web800 800w" alt="开工" /></figure>`;
    await getDb().publishedArticle.create({
      data: { snapshotId: snapshot.id, articleId: "a1", pageNumber: 1, position: 1, headline: "开工", text: "开工。", html, mediaIds: mediaIdsInHtml(html) },
    });
    session.user = null;
    const forReaders = await get();
    expect(forReaders.status).toBe(200);
    expect(forReaders.headers.get("content-type")).toBe("image/webp");
    expect(forReaders.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");

    // Published: its pixels are settled (readers cache them for a year); its words are not.
    const meta = { caption: "更正后的图片说明", altText: "工地", creditContributorId: null, creditRole: "photo" as const, focalX: 0.5, focalY: 0.5, crop: null };
    await expect(updateMedia(reporter, photo.id, { ...meta, focalX: 0.2 })).rejects.toMatchObject({ reason: "mediaPublishedCrop" });
    await updateMedia(reporter, photo.id, meta);
    expect((await getDb().media.findUniqueOrThrow({ where: { id: photo.id } })).caption).toBe("更正后的图片说明");

    // Withdrawn (撤回): gone for readers at once.
    await getDb().issue.update({ where: { id: issue.id }, data: { status: "withdrawn", withdrawnAt: new Date() } });
    expect((await get()).status).toBe(404);
  });
});

describe("printing a proof", () => {
  beforeAll(() => setStorageForTests(drivers[0]![1]()));

  it("lets the server's own Chromium fetch the photos of the issue it prints, and no other", async () => {
    process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
    session.user = null;
    const reporter = await staff("reporter");
    const photo = await uploadImage(reporter, { name: "付印.jpg", bytes: await canvas(900, 600).jpeg().toBuffer() });
    const elsewhere = await uploadImage(reporter, { name: "别处.jpg", bytes: await canvas(900, 600).jpeg().toBuffer() });
    const publication = await buildPublication();
    const db = getDb();
    const issue = await db.issue.create({
      data: { publicationId: publication.id, date: new Date("2023-07-05T00:00:00Z"), year: 2023, number: 13, totalNumber: 258, status: "proofing", pages: { create: [{ number: 1, name: "要闻" }] } },
      include: { pages: true },
    });
    const article = await db.article.create({
      data: { publicationId: publication.id, headline: "付印", body: {}, bodyText: "", status: "released", createdById: reporter.id, media: { create: { mediaId: photo.id } } },
    });
    await db.placement.create({ data: { pageId: issue.pages[0]!.id, articleId: article.id, position: 1, placedVersion: 1 } });
    const token = signPrintToken(issue.id);
    const get = (id: string, query: string) => serveMedia(new Request(`http://folio.test/media/${id}/print?${query}`), id, "print");
    const ok = await get(photo.id, new URLSearchParams({ issue: issue.id, token }).toString());
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("private, no-cache");
    expect((await get(elsewhere.id, new URLSearchParams({ issue: issue.id, token }).toString())).status).toBe(404);
    expect((await get(photo.id, new URLSearchParams({ issue: issue.id, token: "1.forged" }).toString())).status).toBe(404);
  });
});

describe("a photo in a page box", () => {
  beforeAll(() => setStorageForTests(drivers[0]![1]()));

  it("prints the body's first photo by default, or the one layout chose, with the caption as edited", async () => {
    const [reporter, chief] = await Promise.all([staff("reporter"), staff("chief")]);
    const first = await uploadImage(reporter, { name: "一.jpg", bytes: await canvas(1200, 800).jpeg().toBuffer() });
    const second = await uploadImage(reporter, { name: "二.jpg", bytes: await canvas(800, 800).jpeg().toBuffer() });
    const other = await uploadImage(reporter, { name: "三.jpg", bytes: await canvas(800, 800).jpeg().toBuffer() });
    const figure = (photo: typeof first, caption: string) => ({
      type: "figure", attrs: { src: photo.src, mediaId: photo.id, alt: caption, caption, credit: "张铁生 摄", width: photo.width, height: photo.height },
    });
    const publication = await buildPublication();
    const db = getDb();
    const issue = await db.issue.create({
      data: { publicationId: publication.id, date: new Date("2023-07-12T00:00:00Z"), year: 2023, number: 14, totalNumber: 259, status: "composing", pages: { create: [{ number: 2, name: "综合" }] } },
      include: { pages: true },
    });
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "正文。" }] }, figure(first, "第一张"), figure(second, "第二张")] };
    const article = await db.article.create({
      data: {
        publicationId: publication.id, headline: "配图", body, bodyText: "正文。", status: "released", createdById: reporter.id,
        media: { create: [{ mediaId: first.id }, { mediaId: second.id }] },
      },
    });
    const placement = await db.placement.create({ data: { pageId: issue.pages[0]!.id, articleId: article.id, position: 1, columnSpan: 4, height: 40, placedVersion: 1 } });
    const box = async () => (await loadIssueProofs(issue.id))!.pages[0]!.proof.boxes[0]!;

    expect((await box()).photo).toMatchObject({ mediaId: first.id, caption: "第一张", credit: "张铁生 摄", aspect: 1.5 });
    const page = issue.pages[0]!;
    await setPlacementPhoto(chief, { pageId: page.id, baseVersion: page.version, placementId: placement.id, mediaId: second.id });
    expect((await box()).photo).toMatchObject({ mediaId: second.id, aspect: 1 });
    // A photo the article does not use cannot stand in its box.
    await expect(setPlacementPhoto(chief, { pageId: page.id, baseVersion: page.version + 1, placementId: placement.id, mediaId: other.id }))
      .rejects.toMatchObject({ reason: "mediaNotFound" });
  });
});

describe("a photo described in the article", () => {
  beforeAll(() => setStorageForTests(drivers[0]![1]()));

  it("fills the library's empty caption and alt text, never overwriting them", async () => {
    const reporter = await staff("reporter");
    const photo = await uploadImage(reporter, { name: "现场.jpg", bytes: await canvas(400, 300).jpeg().toBuffer() });
    expect(await describeMedia(reporter, photo.id, { caption: "项目建设现场", altText: "" })).toEqual({ changed: true });
    expect(await describeMedia(reporter, photo.id, { caption: "另一种说法", altText: "塔吊和工地" })).toEqual({ changed: true });
    expect(await getDb().media.findUniqueOrThrow({ where: { id: photo.id } })).toMatchObject({ caption: "项目建设现场", altText: "塔吊和工地" });
    expect(await describeMedia(reporter, photo.id, { caption: "再改", altText: "再改" })).toEqual({ changed: false });
  });
});
