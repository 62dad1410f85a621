import { describe, expect, it } from "vitest";
import {
  mediaIdsInHtml,
  creditLine, cropForAspect, cropRegion, figureGaps, presetOf, figuresOf, figuresReady, fitInside, focalRegion, focalWithinCrop,
  isAcceptedType, normalizeCrop, parseMediaQuery, webSrcset,
} from "./media";

describe("accepted types", () => {
  it("take the type read from the bytes", () => {
    expect(isAcceptedType("image/jpeg")).toBe(true);
    expect(isAcceptedType("image/heic")).toBe(true);
    expect(isAcceptedType("image/gif")).toBe(false);
    expect(isAcceptedType("application/pdf")).toBe(false);
    expect(isAcceptedType(undefined)).toBe(false);
  });
});

describe("crop", () => {
  it("stays inside the picture and keeps a minimum size", () => {
    expect(normalizeCrop(null)).toEqual({ x: 0, y: 0, width: 1, height: 1 });
    expect(normalizeCrop({ x: -1, y: 0.5, width: 3, height: 0 })).toEqual({ x: 0, y: 0.5, width: 1, height: 0.05 });
    expect(normalizeCrop({ x: Number.NaN, y: 0, width: 0.5, height: 0.5 })).toMatchObject({ x: 0 });
  });

  it("becomes pixels", () => {
    expect(cropRegion(1000, 800, { x: 0.1, y: 0.25, width: 0.5, height: 0.5 })).toEqual({ left: 100, top: 200, width: 500, height: 400 });
    expect(cropRegion(3, 3, null)).toEqual({ left: 0, top: 0, width: 3, height: 3 });
  });
});

describe("focal point", () => {
  it("cuts the widest region of the shape around it, stopping at the edges", () => {
    // A wide 2000×1000 picture cut to 4:3 (1333×1000): the focal point moves the cut sideways.
    expect(focalRegion(2000, 1000, 4 / 3, 0.5, 0.5)).toEqual({ left: 334, top: 0, width: 1333, height: 1000 });
    expect(focalRegion(2000, 1000, 4 / 3, 0.9, 0.5)).toEqual({ left: 667, top: 0, width: 1333, height: 1000 });
    expect(focalRegion(2000, 1000, 4 / 3, 0, 0.5).left).toBe(0);
    // A tall picture moves the cut up and down.
    expect(focalRegion(900, 2000, 4 / 3, 0.5, 0.1)).toEqual({ left: 0, top: 0, width: 900, height: 675 });
    expect(focalRegion(900, 2000, 4 / 3, 0.5, 0.8)).toEqual({ left: 0, top: 1263, width: 900, height: 675 });
  });

  it("is given within the crop for the page", () => {
    expect(focalWithinCrop(0.5, 0.5, { x: 0.25, y: 0, width: 0.5, height: 1 })).toEqual({ x: 0.5, y: 0.5 });
    expect(focalWithinCrop(0.1, 0.9, { x: 0.25, y: 0, width: 0.5, height: 0.5 })).toEqual({ x: 0, y: 1 });
  });
});

describe("sizes and srcset", () => {
  it("never enlarges", () => {
    expect(fitInside(4000, 3000, 1600, 3200)).toEqual({ width: 1600, height: 1200 });
    expect(fitInside(600, 400, 800, 1600)).toEqual({ width: 600, height: 400 });
  });

  it("names each web rendition with its real width", () => {
    expect(webSrcset("m1", 4000)).toBe("/media/m1/web800 800w, /media/m1/web1600 1600w");
    expect(webSrcset("m1", 1200)).toBe("/media/m1/web800 800w, /media/m1/web1600 1200w");
    expect(webSrcset("m1", 500)).toBe("/media/m1/web800 500w");
    expect(webSrcset("m1", null)).toBe("");
  });
});

describe("credits and figure gaps", () => {
  it("print 摄 or 供图", () => {
    expect(creditLine(" 张铁生 ", "photo")).toBe("张铁生 摄");
    expect(creditLine("区文旅局", "courtesy")).toBe("区文旅局 供图");
    expect(creditLine(" ", "photo")).toBe("");
  });

  it("find figures without alt text or credit, anywhere in the body", () => {
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "正文" }] },
        { type: "figure", attrs: { src: "/media/a", alt: "工地", caption: "工地", credit: "张铁生 摄" } },
        { type: "boxedText", content: [{ type: "figure", attrs: { src: "/media/b", alt: " ", caption: "", credit: "" } }] },
      ],
    };
    const figures = figuresOf(body);
    expect(figures).toHaveLength(2);
    expect(figureGaps(figures)).toEqual([
      { index: 1, gap: "figureAltMissing" },
      { index: 1, gap: "figureCreditMissing" },
    ]);
  });
});

describe("library query", () => {
  it("reads words, a date range and a page, ignoring nonsense", () => {
    expect(parseMediaQuery({ q: " 项目 ", from: "2023-06-01", to: "2023-13-40", page: "2" })).toEqual({ q: "项目", from: "2023-06-01", to: null, page: 2 });
    expect(parseMediaQuery({ page: "-3" }).page).toBe(1);
  });
});

describe("release", () => {
  it("waits for every figure's alt text and credit", () => {
    const body = (attrs: Record<string, string>) => ({ type: "doc", content: [{ type: "figure", attrs: { src: "/media/a", ...attrs } }] });
    expect(figuresReady(body({ alt: "工地", credit: "张铁生 摄" }))).toEqual({ ok: true });
    expect(figuresReady(body({ alt: "", credit: "张铁生 摄" }))).toEqual({ ok: false, refusal: "figureAltMissing" });
    expect(figuresReady(body({ alt: "工地", credit: "" }))).toEqual({ ok: false, refusal: "figureCreditMissing" });
    expect(figuresReady({ type: "doc", content: [] })).toEqual({ ok: true });
  });
});

describe("crop presets", () => {
  it("cut the shape around the focal point and are recognised again", () => {
    const crop = cropForAspect(2000, 1000, 1, 0.75, 0.5);
    expect(crop).toEqual({ x: 0.5, y: 0, width: 0.5, height: 1 });
    expect(presetOf(crop, 2000, 1000)).toBe("1:1");
    expect(presetOf(null, 2000, 1000)).toBe("none");
  });
});

describe("photos of published HTML", () => {
  it("lists each photo an article shows once, from its image and srcset addresses", () => {
    const html =
      '<figure class="article-figure" data-media-id="m1"><img src="/media/m1/web" srcset="/media/m1/w640 640w, /media/m1/w1280 1280w" alt="开工" /></figure>' +
      '<p>正文</p><figure><img src="/media/K2x9/web?v=2" alt="" /></figure><img src="https://example.org/a.jpg" />';
    expect(mediaIdsInHtml(html)).toEqual(["m1", "K2x9"]);
    expect(mediaIdsInHtml("<p>没有图片</p>")).toEqual([]);
  });
});
