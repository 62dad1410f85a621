// Shapes of real archives beyond the three samples: plain text with bare
// headlines, raw OCR, other papers' house styles. Each fixture under
// fixtures/more is written in the shape such exports have, not copied from one.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePage, type ParsedPage } from "./parse-page";

const more = (name: string) => parsePage(readFileSync(path.join(import.meta.dirname, "fixtures", "more", name), "utf8"));
const headlines = (page: ParsedPage) => page.articles.map((a) => a.headline);
const byHeadline = (page: ParsedPage, start: string) => page.articles.find((a) => a.headline.startsWith(start))!;

describe("a front page in plain text: masthead imprint, bare headlines, numbered sub-heads", () => {
  const page = more("plain-front.txt");

  it("reads the masthead, imprint and credits; the masthead makes it 01版", () => {
    expect(page.issue).toEqual({
      date: "2024-04-10", number: 7, totalNumber: 312, lunarDate: "甲辰年三月初二",
      pageEditor: "张三", layout: "李四", proofreader: "王五",
    });
    expect(page.masthead).toEqual({
      registrationLine: "国内统一连续出版物号 CN41-0001",
      supervisor: "中共洛河区委",
      sponsor: "洛河区融媒体中心",
      publisher: null,
      printRun: 5000,
    });
    expect(page.page).toEqual({ number: 1, name: null });
  });

  it("finds three articles, not the nameplate, its pinyin or the QR blurb", () => {
    expect(page.articles).toHaveLength(3);
    expect(headlines(page).some((h) => /洛河新闻|LUOHE|扫码/u.test(h))).toBe(false);
  });

  it("keeps numbered sub-heads in the body, marked as sub-heads", () => {
    const fields = byHeadline(page, "一渠清水润田园");
    expect(fields.subheadline).toBe("——记洛河区高标准农田建设");
    expect(fields.subheads.map((i) => fields.paragraphs[i])).toEqual(["一、规划先行，建设标准高", "二、管护到位，群众得实惠"]);
    expect(fields.paragraphs[0]).toMatch(/^编者按：/u);
    expect(fields.bylines).toEqual([{ name: "李明", role: "reporter" }, { name: "赵红", role: "correspondent" }]);
  });

  it("reads 本报讯 with a credit and a unit byline", () => {
    expect(page.articles[0]).toMatchObject({ dateline: "本报讯 4月8日", bylines: [{ name: "王晓东", role: "reporter" }, { name: "刘佳", role: "correspondent" }] });
    expect(byHeadline(page, "区委理论学习中心组").bylines).toEqual([{ name: "区委宣传部", role: null }]);
  });
});

describe("plain text with no blank lines and unsigned articles", () => {
  const page = more("plain-noblank.txt");

  it("reads the page header and every article, splitting at a lone short line with a warning", () => {
    expect(page.page).toEqual({ number: 2, name: "综合" });
    expect(headlines(page)).toEqual(["我区举办首届农民丰收节", "秋季学期中小学开学工作平稳有序", "网格员的一天", "市场监管局开展食品安全专项检查"]);
    expect(page.articles.map((a) => a.paragraphs.length)).toEqual([3, 4, 5, 3]);
    expect(page.warnings.some((w) => w.includes("网格员的一天"))).toBe(true);
    expect(byHeadline(page, "网格员").bylines).toEqual([{ name: "陈晨", role: "reporter" }]);
    expect(byHeadline(page, "市场监管局").bylines).toEqual([{ name: "张伟", role: null }]);
  });
});

describe("raw OCR wrapped at a fixed width", () => {
  const page = more("ocr-inner.txt");

  it("drops the repeated running head and stray page numbers, reading the page from the first", () => {
    expect(page.page).toEqual({ number: 2, name: "综合" });
    expect(page.issue.date).toBe("2024-04-10");
    expect(page.articles).toHaveLength(2);
    const text = page.articles.flatMap((a) => a.paragraphs).join("");
    expect(text).not.toMatch(/第\s*2\s*页|- 2 -|洛河新闻/u);
  });

  it("never takes a wrapped line or a dateline line for a headline, and rejoins the paragraphs", () => {
    const economy = page.articles[0]!;
    expect(economy).toMatchObject({ headline: "我区地区生产总值同比增长6.2%", dateline: "本报讯 4月8日", jumpTo: 3 });
    expect(economy.bylines).toEqual([{ name: "孙丽", role: "reporter" }]);
    expect(economy.paragraphs).toHaveLength(3);
    expect(economy.paragraphs[0]).toMatch(/^区统计局发布2023年度全区经济运行情况。/u);
    const housing = page.articles[1]!;
    expect(housing.paragraphs.join("")).toContain("改造内容包括屋面防水");
    expect(housing.bylines).toEqual([{ name: "王刚", role: null }, { name: "刘强", role: "photographer" }]);
  });
});

describe("letter-spaced OCR", () => {
  const page = more("ocr-spaced.txt");

  it("undoes the spacing and reads headlines, datelines and bylines", () => {
    expect(page.page).toEqual({ number: 3, name: null });
    expect(page.issue.date).toBe("2023-09-20");
    expect(headlines(page)).toEqual(["文化惠民演出走进乡村", "道路改造工程全面开工"]);
    expect(page.articles[0]).toMatchObject({ dateline: "伊滨讯 9月18日晚", bylines: [{ name: "李明", role: null }] });
    expect(page.articles[1]!.paragraphs.join("")).toContain("工程全长3.2公里");
    expect(page.articles[1]!.paragraphs.join("")).toContain("该工程总投资1.5亿元");
  });
});

describe("other papers' house styles", () => {
  const page = more("house-styles.txt");

  it("reads the page header line with its date and credits, and makes no article of it", () => {
    expect(page.page).toEqual({ number: 3, name: "要闻" });
    expect(page.issue).toMatchObject({ date: "2023-06-07", pageEditor: "张三", layout: "李四" });
    expect(page.articles).toHaveLength(6);
  });

  it("reads wire datelines with their credit, and drops (完)", () => {
    const wire = page.articles[0]!;
    expect(wire).toMatchObject({ dateline: "新华社北京6月7日电", bylines: [{ name: "张三", role: "reporter" }] });
    expect(wire.paragraphs).toHaveLength(2);
    expect(byHeadline(page, "非遗展开幕")).toMatchObject({
      dateline: "本报北京6月6日电",
      bylines: [{ name: "王某", role: "reporter" }, { name: "李某", role: "reporter" }],
    });
  });

  it("reads columns and credit lines under the headline", () => {
    expect(byHeadline(page, "让“绿色出行”")).toMatchObject({ column: "评论", kicker: null, bylines: [{ name: "李思", role: "writer" }] });
    expect(byHeadline(page, "以高质量党建")).toMatchObject({ column: "理论园地", bylines: [{ name: "王芳", role: "reporter" }] });
    expect(byHeadline(page, "小巷里")).toMatchObject({ bylines: [{ name: "张三", role: "writer" }, { name: "李四", role: "photographer" }] });
  });

  it("drops photo captions from the body but keeps their credit", () => {
    const station = byHeadline(page, "小巷里");
    expect(station.paragraphs.join("")).not.toContain("图为");
  });

  it("reads 本报讯 with spaces around the credit", () => {
    expect(byHeadline(page, "“文明城市”")).toMatchObject({
      dateline: "本报讯 6月5日",
      bylines: [{ name: "张三", role: "reporter" }, { name: "李四", role: "correspondent" }],
    });
  });
});

describe("a features page: 编者按, bare sub-heads, a boxed quote, an essay, a photo", () => {
  const page = more("features.txt");

  it("reads the page and its credits", () => {
    expect(page.page).toEqual({ number: 4, name: "副刊" });
    expect(page.issue).toMatchObject({ pageEditor: "孙丽", layout: "周杰", proofreader: "吴敏" });
    expect(headlines(page)).toEqual(["返乡青年的“新农活”", "秋色", "图片新闻"]);
  });

  it("puts the 编者按 above a headline first in its article, and keeps parallel bare lines as sub-heads", () => {
    const feature = page.articles[0]!;
    expect(feature.paragraphs[0]).toMatch(/^【编者按】/u);
    expect(feature.bylines).toEqual([{ name: "赵晓燕", role: "reporter" }]);
    expect(feature.subheads.map((i) => feature.paragraphs[i])).toEqual(["从“打工人”到“新农人”", "让手机成为“新农具”", "“青春在乡村一样精彩”"]);
  });

  it("drops the boxed quote and its source with a warning", () => {
    expect(page.articles.flatMap((a) => a.paragraphs).some((p) => p.includes("人才回得来"))).toBe(false);
    expect(page.warnings.some((w) => w.includes("人才回得来") && w.includes("引语"))).toBe(true);
  });

  it("reads a letter-spaced essay title with 文/ under it, and a photo credit", () => {
    expect(page.articles[1]).toMatchObject({ headline: "秋色", bylines: [{ name: "李秋实", role: "writer" }] });
    expect(page.articles[1]!.paragraphs).toHaveLength(3);
    expect(page.articles[2]!.bylines).toEqual([{ name: "王强", role: "photographer" }]);
  });
});

describe("OCR that read two columns across", () => {
  const page = more("ocr-columns.txt");

  it("reads the left column, then the right one, and says so", () => {
    expect(page.page).toEqual({ number: 4, name: "法治" });
    expect(headlines(page)).toEqual(["普法宣传进万家", "警民携手护平安"]);
    expect(page.articles[0]!.paragraphs.join("")).toMatch(/^近日，区司法局组织普法志愿者深入社区、学校、企业开展法治宣传活动，/u);
    expect(page.articles[1]).toMatchObject({ dateline: "伊滨讯 3月15日", bylines: [{ name: "张警", role: null }] });
    expect(page.warnings.some((w) => w.includes("两栏"))).toBe(true);
  });
});

describe("small shapes", () => {
  it("reads page headers in their common forms, and never a jump line", () => {
    const pageOf = (line: string) => parsePage(`${line}\n标题一则\n伊滨讯 正文内容。（张三）`).page;
    expect(pageOf("第02版")).toEqual({ number: 2, name: null });
    expect(pageOf("02版 要闻")).toEqual({ number: 2, name: "要闻" });
    expect(pageOf("第2版：要闻")).toEqual({ number: 2, name: "要闻" });
    expect(pageOf("A2 要闻")).toEqual({ number: 2, name: "要闻" });
    expect(pageOf("第三版 综合新闻")).toEqual({ number: 3, name: "综合新闻" });
    expect(pageOf("(上接01版)")).toEqual({ number: null, name: null });
    expect(pageOf("下转第2版")).toEqual({ number: null, name: null });
    const full = parsePage("2023年6月7日 星期三 第3版 责任编辑：张三 美术编辑：李四\n标题一则\n伊滨讯 正文内容。（张三）");
    expect(full.page).toEqual({ number: 3, name: null });
    expect(full.issue).toMatchObject({ date: "2023-06-07", pageEditor: "张三", layout: "李四" });
    expect(full.articles.map((a) => a.headline)).toEqual(["标题一则"]);
  });

  it("reads dotted dates in running heads, jumps to lettered pages, and credit lines with labels it does not keep", () => {
    const page = parsePage("洛河新闻 2023.06.07 第3版 要闻\n标题一则\n（接第1版）本报讯 正文内容。\n更多内容。（转A4版）\n编辑：张三 校对：李四 审核：王五\n");
    expect(page.issue).toMatchObject({ date: "2023-06-07", pageEditor: "张三", proofreader: "李四" });
    expect(page.page).toEqual({ number: 3, name: "要闻" });
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]).toMatchObject({ dateline: "本报讯", paragraphs: ["正文内容。", "更多内容。"], jumpFrom: 1, jumpTo: 4 });
  });

  it("warns when one file holds several pages", () => {
    const page = parsePage("第1版 要闻\n标题一则\n伊滨讯 正文内容。（张三）\n第2版 综合\n标题二则\n伊滨讯 正文内容。（李四）");
    expect(page.page).toEqual({ number: 1, name: "要闻" });
    expect(page.articles).toHaveLength(2);
    expect(page.warnings.some((w) => w.includes("第 1、2 版"))).toBe(true);
  });

  it("reads imprint lines in other papers' forms", () => {
    const imprint = (text: string) => parsePage(`${text}\n标题一则\n伊滨讯 正文内容。（张三）`).masthead;
    expect(imprint("主管：中共某县委 主办：某县融媒体中心 印数：1.2万份")).toMatchObject({
      supervisor: "中共某县委", sponsor: "某县融媒体中心", printRun: 12000,
    });
    expect(imprint("准印证号：（豫）0012 ■ 编辑出版：某县融媒体中心").registrationLine).toBe("准印证号：（豫）0012");
    expect(imprint("国内统一连续出版物号：CN41-0001").registrationLine).toBe("国内统一连续出版物号：CN41-0001");
  });

  it("keeps （一） sub-heads and bare sub-heads in order", () => {
    const page = parsePage(
      ["全面推进乡村振兴", "本报讯 今年以来，我区全面推进乡村振兴。", "（一）产业兴旺", "发展特色产业。", "（二）生态宜居", "改善人居环境。", "（记者 张三）"].join("\n"),
    );
    expect(page.articles).toHaveLength(1);
    const [article] = page.articles;
    expect(article!.subheads.map((i) => article!.paragraphs[i])).toEqual(["（一）产业兴旺", "（二）生态宜居"]);
    expect(article!.paragraphs).toHaveLength(5);
  });

  it("reads outlets' datelines and credits in their other forms", () => {
    const page = parsePage(
      [
        "标题一", "据新华社电 国家统计局今天发布数据。",
        "标题二", "央视网消息（记者 张三）：今天上午，会议召开。",
        "标题三", "人民网北京6月7日电 会议召开。（责任编辑：王五）",
        "标题四", "本报记者 李四 报道", "正文内容在这里。", "（本版稿件由区委宣传部提供）",
        "标题五", "正文内容在这里。", "（赵六/文 钱七/图）",
      ].join("\n"),
    );
    expect(page.articles.map((a) => [a.dateline, a.bylines, a.paragraphs])).toEqual([
      ["据新华社电", [], ["国家统计局今天发布数据。"]],
      ["央视网消息", [{ name: "张三", role: "reporter" }], ["今天上午，会议召开。"]],
      ["人民网北京6月7日电", [], ["会议召开。"]],
      [null, [{ name: "李四", role: "reporter" }], ["正文内容在这里。"]],
      [null, [{ name: "赵六", role: "writer" }, { name: "钱七", role: "photographer" }], ["正文内容在这里。"]],
    ]);
  });

  it("reads a credit line whose names are separated by commas", () => {
    const page = parsePage("标题一则\n伊滨讯 正文内容。\n记者 张三，李四");
    expect(page.articles[0]!.bylines).toEqual([{ name: "张三", role: "reporter" }, { name: "李四", role: "reporter" }]);
  });

  it("does not take an interview question for a credit", () => {
    const page = parsePage("访谈一则\n本报讯 今年工作成效明显。\n记者：请介绍一下\n张三：好的。今年我们做了很多工作。\n（记者 王五）");
    expect(page.articles[0]!.bylines).toEqual([{ name: "王五", role: "reporter" }]);
  });

  it("reads Markdown list items as paragraphs, and drops images and stray page numbers", () => {
    const page = parsePage("## 标题一\n\n伊滨讯 会议要求：\n\n- 一是加强领导。\n- 二是压实责任。\n\n![](photo.jpg)\n\n（张三）\n\n- 2 -\n\n## 标题二\n\n正文。（李四）");
    expect(page.articles.map((a) => a.paragraphs)).toEqual([["会议要求：", "一是加强领导。", "二是压实责任。"], ["正文。"]]);
    expect(page.warnings).toEqual([]);
  });

  it("does not take headlines that mention 主办, 第N期 or a count for masthead or page headers", () => {
    const page = parsePage("区文联主办书画展开幕\n伊滨讯 3月1日，书画展开幕。（张三）\n第10期培训班开班\n伊滨讯 培训班开班。（李四）\n5家企业获表彰\n伊滨讯 表彰大会召开。（王五）");
    expect(headlines(page)).toEqual(["区文联主办书画展开幕", "第10期培训班开班", "5家企业获表彰"]);
    expect(page.issue.number).toBeNull();
    expect(page.masthead.sponsor).toBeNull();
    expect(page.page).toEqual({ number: null, name: null });
  });

  it("keeps Markdown-marked numbered sub-heads in the article, even right under the headline", () => {
    const page = parsePage("## 全面推进乡村振兴\n\n### 一、产业兴旺\n\n伊滨讯 发展特色产业。\n\n### 二、生态宜居\n\n改善人居环境。（张三）\n\n## 另一篇\n\n正文。（李四）");
    expect(headlines(page)).toEqual(["全面推进乡村振兴", "另一篇"]);
    expect(page.articles[0]).toMatchObject({ dateline: "伊滨讯", subheads: [0, 2], paragraphs: ["一、产业兴旺", "发展特色产业。", "二、生态宜居", "改善人居环境。"] });
    expect(page.warnings).toEqual([]);
  });

  it("drops a 导读 box of other pages' stories, ads and the weather, and takes none of them for a page header", () => {
    const page = parsePage(
      "今日导读\n▶ 我区召开经济工作会议（2版）\n▶ 春耕生产全面展开 详见第3版\n■ 文明创建再发力 →4版\n\n区委召开常委会\n伊滨讯 3月1日，区委召开常委会。（张三）\n\n广告\n今日天气：晴 12℃～20℃ 南风3级\n",
    );
    expect(headlines(page)).toEqual(["区委召开常委会"]);
    expect(page.page).toEqual({ number: null, name: null });
    expect(page.articles[0]!.kicker).toBeNull();
    expect(page.warnings).toEqual(["未发现 Markdown 标题标记，标题按短行推测，请逐篇核对"]);
  });

  it("keeps a 相关链接 box and a 编后 with their article", () => {
    const page = parsePage("区委召开常委会\n伊滨讯 3月1日，区委召开常委会。\n会议要求抓好落实。\n相关链接\n去年以来，全区完成投资百亿元。\n（张三）\n编后：抓落实要靠实干。\n另一篇稿件\n伊滨讯 正文。（李四）");
    expect(headlines(page)).toEqual(["区委召开常委会", "另一篇稿件"]);
    expect(page.articles[0]!.paragraphs.at(-1)).toBe("编后：抓落实要靠实干。");
    expect(page.articles[0]!.subheads).toEqual([2]);
    expect(page.articles[1]!.paragraphs).toEqual(["正文。"]);
  });

  it("joins punctuation OCR wrapped onto a line of its own to the sentence above", () => {
    const page = parsePage("标题一则\n伊滨讯 近日，项目封顶，向交付迈出一步\n。\n另一篇稿件\n伊滨讯 正文。（李四\n）");
    expect(headlines(page)).toEqual(["标题一则", "另一篇稿件"]);
    expect(page.articles[0]!.paragraphs).toEqual(["近日，项目封顶，向交付迈出一步。"]);
    expect(page.articles[1]!.bylines).toEqual([{ name: "李四", role: null }]);
  });

  it("reads three stacked bare lines as kicker, headline and subheadline", () => {
    const page = parsePage("春回大地万物新\n我区春耕生产全面展开\n农机合作社抢抓农时忙着备耕春播\n伊滨讯 3月1日，春耕开始。（张三）");
    expect(page.articles[0]).toMatchObject({ kicker: "春回大地万物新", headline: "我区春耕生产全面展开", subheadline: "农机合作社抢抓农时忙着备耕春播" });
  });

  it("reads traditional quotes, half-width punctuation and (完)", () => {
    const page = parsePage("「小事不出村」的经验\n伊滨讯 5月1日, 某村推行「小事不出村」. 效果明显.\n(完)\n另一篇稿件\n伊滨讯 正文。(李四)");
    expect(page.articles.map((a) => a.headline)).toEqual(["「小事不出村」的经验", "另一篇稿件"]);
    expect(page.articles[0]!.dateline).toBe("伊滨讯 5月1日");
  });
});

describe("an OCR front page: masthead in pieces, running heads, wrapped lines", () => {
  const page = more("ocr-front.txt");

  it("reads the masthead printed in pieces, a unit before its role, and makes it 01版", () => {
    expect(page.issue).toMatchObject({ date: "2024-03-20", number: 6, totalNumber: 311, lunarDate: "甲辰年二月十一" });
    expect(page.masthead).toMatchObject({ registrationLine: "准印证号：（豫）0001", supervisor: "中共洛河区委", sponsor: "中共洛河区委" });
    expect(page.page).toEqual({ number: 1, name: null });
  });

  it("finds the three articles through running heads and a stray page number", () => {
    expect(page.articles).toHaveLength(3);
    expect(page.articles[0]).toMatchObject({ dateline: "本报讯 3月18日", bylines: [{ name: "周文", role: "reporter" }], jumpTo: 2 });
    expect(page.articles[0]!.paragraphs).toHaveLength(4);
    expect(page.articles[1]!.bylines).toEqual([{ name: "吴佳", role: "text_and_photo" }]);
    const last = page.articles[2]!;
    expect(last.bylines).toEqual([{ name: "郑浩", role: "correspondent" }]); // credited twice, counted once
    expect(last.paragraphs.join("")).toContain("已解决二百八十个。据了解".slice(0, 9));
    expect(last.paragraphs.join("")).not.toContain("洛河新闻");
  });
});

// The same pages exported other ways: no Markdown, no blank lines, OCR wrapping at a
// column width. Headlines found must not depend on the export.
describe("the samples in other exports", () => {
  const read = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
  const plain = (text: string) => text.split("\n").map((l) => l.replace(/^#{1,6}\s*/u, "").replace(/\*\*/gu, "")).join("\n");
  const noBlank = (text: string) => text.split("\n").filter((l) => l.trim() !== "").join("\n");
  const wrap = (text: string, width: number) =>
    text
      .split("\n")
      .flatMap((line) => {
        const chars = [...line];
        if (chars.length <= 30 || !/[，,。]/u.test(line)) return [line]; // prose wraps; headlines span columns
        return Array.from({ length: Math.ceil(chars.length / width) }, (_, i) => chars.slice(i * width, (i + 1) * width).join(""));
      })
      .join("\n");
  const indent = (text: string) => text.split("\n").map((l) => ([...l].length > 30 ? `\u3000\u3000${l}` : l)).join("\n");
  // OCR drops a space after one character in twenty of the prose (a headline's spaces are meaningful).
  const ocrSpaces = (text: string) => {
    let seed = 3;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const prose = (l: string) => [...l].length > 30 && /[，,]/u.test(l);
    return text.split("\n").map((l) => (prose(l) ? [...l].map((c) => (random() < 0.05 ? `${c} ` : c)).join("") : l)).join("\n");
  };
  const halfWidth = (text: string) => text.replace(/，/gu, ",").replace(/。/gu, ".").replace(/：/gu, ":").replace(/（/gu, "(").replace(/）/gu, ")").replace(/；/gu, ";");
  const pageNumbers = (text: string) => text.split("\n").flatMap((l, i) => (i % 17 === 16 ? [l, "- 3 -"] : [l])).join("\n");
  const variants = (text: string) => ({
    plain: plain(text),
    plainNoBlank: noBlank(plain(text)),
    wrapped22: wrap(plain(text), 22),
    wrapped15NoBlank: noBlank(wrap(plain(text), 15)),
    indentedNoBlank: noBlank(indent(plain(text))),
    crlf: text.replace(/\n/gu, "\r\n"),
    halfWidth: halfWidth(text),
    ocrSpaces: ocrSpaces(text),
    pageNumbers: pageNumbers(text),
  });

  for (const name of ["002_b90dd305e42dc0a2.txt", "004_2ef35578912733a8.txt", "more/plain-front.txt", "more/house-styles.txt", "more/features.txt", "more/ocr-front.txt"]) {
    it(`${name}: the same headlines whatever the export`, () => {
      const expected = headlines(parsePage(read(name)));
      const bylines = (page: ParsedPage) => page.articles.map((a) => a.bylines.map((b) => b.name));
      const expectedBylines = bylines(parsePage(read(name)));
      for (const [shape, text] of Object.entries(variants(read(name)))) {
        const page = parsePage(text);
        // A wrap that falls on the space in （阮现武 董浩） loses it, as OCR does: names are compared unwrapped only.
        const names = shape.startsWith("wrapped") ? expectedBylines : bylines(page);
        expect([shape, headlines(page), names]).toEqual([shape, expected, expectedBylines]);
      }
    });
  }

  it("000 without Markdown: every headline, and the one lone ### line split off with a warning", () => {
    const expected = headlines(parsePage(read("000_cab728b4c453d922.txt")));
    for (const [shape, text] of Object.entries(variants(read("000_cab728b4c453d922.txt")))) {
      const page = parsePage(text);
      const markdown = /^(crlf|halfWidth|ocrSpaces|pageNumbers)$/u.test(shape);
      expect([shape, headlines(page).filter((h) => markdown || h !== "重拳严打犯罪")]).toEqual([shape, expected]);
      expect(page.warnings.some((w) => w.includes("重拳严打犯罪"))).toBe(!markdown);
    }
  });
});
