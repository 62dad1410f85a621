// Proofreading in the demo: 第10期's finished 三校 (closed rounds, settled marks,
// for the 差错率 report), and 第11期 on the proofreaders' desks (open rounds and
// marks on two pages, two pages still empty). Articles of 第11期 are from
// sample 004 with its printed half-width punctuation and 本报讯 kept, which is
// what the automatic checks are for.
import type { Db } from "@/lib/db/client";
import { countCharacters } from "@/lib/domain/char-count";
import { areaOf, type MarkField } from "@/lib/domain/proofreading";
import type { Role } from "@/lib/domain/roles";
import type { DemoArticle } from "./demo-content";

type CreateArticle = (demo: DemoArticle) => Promise<{ id: string }>;

export const proofingIssue = { date: "2023-06-21", number: 11, totalNumber: 256 };

export const proofingArticles: DemoArticle[] = [
  {
    key: "funiu-gonglu",
    page: 1,
    status: "released",
    headline: "抓好伏牛1号旅游公路建设 不断提升群众获得感幸福感",
    blocks: [
      { type: "paragraph", text: "本报讯(洛报融媒记者 李雅君 通讯员 张宇欢 李劲鸣)按照市委部署要求,日前,市委第四督查组督导调研伏牛1号旅游公路及配套设施建设运营情况。" },
      { type: "paragraph", text: "市委第四督查组组长、市人大常委会副主任杨劭春带队,先后深入洛宁县涧口乡溪上陶峪民宿露营综合体、鳔池小镇乡里中心、县道140崇白线提升改造段,宜阳县宜嵩交界段改建项目,嵩县洛栾快速通道段改造提升项目等处,实地督导伏牛1号旅游公路建设进度。他强调,要深入学习贯彻习近平总书记关于建设“四好农村路”的重要指示精神,把伏牛1号旅游公路建设成为高质量旅游路、生态路、富民路、幸福路。要把道路建设与农村人居环境整治、特色产业发展、乡里中心建设、小规模教学点撤并后闲置资源利用等工作有机结合,助力乡村振兴“151”工作举措落地见效。" },
      { type: "paragraph", text: "杨劭春还调研了基层立法联系点、人大代表联络站运行情况,指出要建好用好基层立法联系点、人大代表联络站,优化乡里中心功能设置,为群众表达立法诉求、反映社情民意提供有效平台,不断提升群众获得感幸福感。" },
    ],
    bylines: [
      { name: "李雅君", kind: "person", role: "reporter" },
      { name: "张宇欢", kind: "person", role: "correspondent" },
      { name: "李劲鸣", kind: "person", role: "correspondent" },
    ],
  },
  {
    key: "jianwu-jiangtan",
    page: 2,
    status: "released",
    column: "一把手访谈",
    headline: "打造工业型历史文化名城减污降碳协同增效“洛阳样板”",
    subheadline: "——访市生态环境局党组书记、局长吴劲松",
    blocks: [
      { type: "paragraph", text: "日前,生态环境部公布第一批城市和产业园区减污降碳协同创新试点名单,洛阳市入选试点城市。" },
      { type: "paragraph", text: "“我们将认真贯彻市委十二届五次全会暨市委经济工作会议精神,把新使命、新要求落实到生态环境保护工作的各个方面。”日前,市生态环境局党组书记、局长吴劲松表示,全市生态环境系统将以减污降碳协同创新试点城市建设为总抓手,扎实开展推动生态环境质量稳定向好三年行动,持续打好污染防治攻坚战,不断强化黄河流域生态保护,着力打造绿色低碳产业链,努力打造工业型历史文化名城减污降碳协同增效“洛阳样板”。" },
      { type: "paragraph", text: "聚焦管理协同,建立减污降碳协同管理格局。成立试点城市建设工作领导小组,结合碳达峰、碳中和,统筹推进试点建设工作。建立减污降碳协同增效调度评价机制和评价指标体系,定期开展综合调度分析。" },
      { type: "paragraph", text: "聚焦领域协同,打造多领域多层次试点示范。持续推进工业企业“三大改造”,建设一批重点行业“双近零”标杆企业,探索开展工业产品碳污分类管理“碳标签”实践。推动生态领域固碳增汇。" },
    ],
    bylines: [
      { name: "李三旺", kind: "person", role: "reporter" },
      { name: "赵亚虹", kind: "person", role: "correspondent" },
    ],
  },
];

interface DemoMark {
  page: number;
  round: number;
  headline: string;
  field: MarkField;
  /** the text as it stands now: the correction of an accepted mark, the original otherwise */
  at: string;
  original: string;
  correction: string;
  type: "typo" | "punctuation" | "number_usage" | "format" | "fact" | "headline" | "extra";
  status: "open" | "accepted" | "rejected";
  resolution?: string;
  fromCheck?: string;
}

// 第10期: the errors its 三校 caught, as the printed text now reads.
const HISTORY: DemoMark[] = [
  { page: 1, round: 1, headline: "樊灿涛调研 中心城区邻里中心建设", field: "headline", at: "樊灿涛", original: "樊灿滔", correction: "樊灿涛", type: "typo", status: "accepted" },
  { page: 1, round: 1, headline: "两所医院加速推进 一所六月底投用", field: "headline", at: "六月底", original: "六月底", correction: "6月底", type: "number_usage", status: "rejected", resolution: "标题用汉字数字，与报纸体例一致。" },
  { page: 2, round: 1, headline: "区政协工委组织召开 专题协商议政会", field: "body", at: "协商议政座谈会", original: "协商义政座谈会", correction: "协商议政座谈会", type: "typo", status: "accepted" },
  { page: 4, round: 2, headline: "一渠清水向东流 两岸百姓笑开颜", field: "body", at: "31.5公里", original: "31.5公里", correction: "31.5千米", type: "number_usage", status: "rejected", resolution: "新闻稿中“公里”可用，全文一致即可。" },
];

// 第11期: 一校 under way on 01版; 02版 in its 二校, handed over with a mark waiting.
const OPEN: DemoMark[] = [
  { page: 1, round: 1, headline: "抓好伏牛1号旅游公路建设 不断提升群众获得感幸福感", field: "body", at: "本报讯", original: "本报讯", correction: "伊滨讯", type: "format", status: "open", fromCheck: "internalWording" },
  { page: 1, round: 1, headline: "抓好伏牛1号旅游公路建设 不断提升群众获得感幸福感", field: "body", at: "要求,日前", original: ",", correction: "，", type: "punctuation", status: "open", fromCheck: "halfWidthPunctuation" },
  { page: 2, round: 1, headline: "打造工业型历史文化名城减污降碳协同增效“洛阳样板”", field: "headline", at: "洛阳样板", original: "洛阳样版", correction: "洛阳样板", type: "typo", status: "accepted" },
  { page: 2, round: 1, headline: "打造工业型历史文化名城减污降碳协同增效“洛阳样板”", field: "subheadline", at: "党组书记", original: "党组书记", correction: "党委书记", type: "fact", status: "rejected", resolution: "市生态环境局设党组，原文无误。" },
  { page: 2, round: 2, headline: "打造工业型历史文化名城减污降碳协同增效“洛阳样板”", field: "body", at: "日前,生态", original: ",", correction: "，", type: "punctuation", status: "open", fromCheck: "halfWidthPunctuation" },
];

const DAY = 24 * 3600 * 1000;

/** 第10期's rounds: 三校 and 通读 on every page, done in the days before it went to press. */
export async function seedProofHistory(db: Db, issueId: string, byRole: (role: Role) => string) {
  const pages = await pagesWithText(db, issueId);
  const printed = (await db.issue.findUniqueOrThrow({ where: { id: issueId } })).date.getTime();
  for (const page of pages) {
    for (const [index, kind] of (["proof", "proof", "proof", "read_through"] as const).entries()) {
      const started = new Date(printed - (4 - index) * DAY / 2);
      const round = await db.proofRound.create({
        data: {
          pageId: page.id, round: index + 1, kind, proofreaderId: byRole("proofreader"), characters: page.characters,
          startedAt: started, handedOverAt: new Date(started.getTime() + 3 * 3600_000), closedAt: new Date(started.getTime() + 5 * 3600_000),
        },
      });
      await createMarks(db, HISTORY.filter((m) => m.page === page.number && m.round === index + 1), page, round.id, byRole);
    }
  }
}

/** 第11期 in 校对: planned, staffed, two pages composed and on the proofreaders' desks. */
export async function seedProofingIssue(db: Db, publicationId: string, pageNames: { number: number; name: string }[], byRole: (role: Role) => string, createArticle: CreateArticle) {
  const date = new Date(`${proofingIssue.date}T00:00:00Z`);
  const issue = await db.issue.create({
    data: {
      publicationId, date, year: date.getUTCFullYear(), number: proofingIssue.number, totalNumber: proofingIssue.totalNumber,
      status: "proofing", createdById: byRole("chief"),
      pages: {
        create: pageNames.map((page) => ({
          ...page, pageEditorId: byRole("editor"), layoutId: byRole("layout"), proofreaderId: byRole("proofreader"),
        })),
      },
    },
    include: { pages: true },
  });
  for (const demo of proofingArticles) {
    const article = await createArticle(demo);
    const page = issue.pages.find((p) => p.number === demo.page)!;
    await db.placement.create({
      data: { pageId: page.id, articleId: article.id, position: 1, columnStart: 1, columnSpan: 4, height: demo.page === 1 ? 22 : 24, headlineSize: 28, placedVersion: 1, placedById: byRole("layout") },
    });
  }
  const pages = await pagesWithText(db, issue.id);
  const now = Date.now();
  for (const page of pages.filter((p) => p.articles.length > 0)) {
    const rounds = page.number === 1 ? [{ closed: false, handedOver: false }] : [{ closed: true, handedOver: true }, { closed: false, handedOver: true }];
    for (const [index, state] of rounds.entries()) {
      const started = new Date(now - (rounds.length - index) * 3 * 3600_000);
      const round = await db.proofRound.create({
        data: {
          pageId: page.id, round: index + 1, kind: "proof", proofreaderId: byRole("proofreader"), characters: page.characters, startedAt: started,
          handedOverAt: state.handedOver ? new Date(started.getTime() + 3600_000) : null,
          closedAt: state.closed ? new Date(started.getTime() + 2 * 3600_000) : null,
        },
      });
      await createMarks(db, OPEN.filter((m) => m.page === page.number && m.round === index + 1), page, round.id, byRole);
    }
  }
  return issue;
}

/** A 更正 to 第10期, made after it came out: 第11期 lists it, the article shows it. */
export async function seedCorrection(db: Db, printedIssueId: string, byRole: (role: Role) => string) {
  const placement = await db.placement.findFirstOrThrow({
    where: { page: { issueId: printedIssueId }, article: { headline: "一渠清水向东流 两岸百姓笑开颜" } },
    select: { articleId: true },
  });
  await db.correction.create({
    data: {
      articleId: placement.articleId, issueId: printedIssueId, wrong: "伊东渠干流总长31.5公里", corrected: "伊东渠干流总长约31.5公里",
      note: "干流长度为约数。", correctedOn: new Date("2023-06-09T00:00:00Z"), createdById: byRole("chief"),
    },
  });
}

type PageText = Awaited<ReturnType<typeof pagesWithText>>[number];

async function pagesWithText(db: Db, issueId: string) {
  const pages = await db.page.findMany({
    where: { issueId },
    orderBy: { number: "asc" },
    include: { placements: { include: { article: { select: { id: true, kicker: true, headline: true, subheadline: true, dateline: true, bodyText: true } } } } },
  });
  return pages.map((page) => {
    const articles = page.placements.map((p) => p.article);
    // 字数 of the page's copy: what the proof prints of each article.
    const characters = articles.reduce((sum, a) => sum + countCharacters([a.kicker, a.headline, a.subheadline, a.dateline, a.bodyText].filter(Boolean).join("")), 0);
    return { id: page.id, number: page.number, articles, characters };
  });
}

async function createMarks(db: Db, marks: DemoMark[], page: PageText, roundId: string, byRole: (role: Role) => string) {
  for (const mark of marks) {
    const article = page.articles.find((a) => a.headline === mark.headline);
    if (!article) throw new Error(`demo mark: no article 《${mark.headline}》 on page ${page.number}`);
    const text = (mark.field === "body" ? article.bodyText : article[mark.field as "headline" | "subheadline"]) ?? "";
    const at = text.indexOf(mark.at);
    if (at < 0) throw new Error(`demo mark: “${mark.at}” not in 《${mark.headline}》`);
    // The marked characters: the whole `at` text, or the punctuation inside it.
    const inside = mark.at.indexOf(mark.status === "accepted" ? mark.correction : mark.original);
    const from = [...text.slice(0, at + Math.max(0, inside))].length;
    const length = [...(mark.status === "accepted" ? mark.correction : mark.original)].length;
    const resolved = mark.status !== "open";
    await db.proofMark.create({
      data: {
        roundId, articleId: article.id, area: areaOf(mark.field), field: mark.field, fromOffset: from, toOffset: from + length,
        original: mark.original, correction: mark.correction, type: mark.type, status: mark.status, resolution: mark.resolution ?? null,
        fromCheck: mark.fromCheck ?? null, createdById: byRole("proofreader"),
        resolvedById: resolved ? byRole(mark.status === "accepted" ? "layout" : "editor") : null, resolvedAt: resolved ? new Date() : null,
      },
    });
  }
}
