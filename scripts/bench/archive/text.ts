// Real-looking Chinese copy for the generated archive: sentences, headlines and
// names cut from the sample pages in ../shared/samples/ and recombined by a
// seeded random generator, so that every run builds the same archive.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const SAMPLES_DIR = process.env.FOLIO_SAMPLES_DIR ?? path.resolve(import.meta.dirname, "../../../../shared/samples");

/** mulberry32: small, fast and good enough to pick sentences. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Corpus {
  sentences: string[];
  headlines: string[];
}

const FALLBACK = "伊滨区持续优化营商环境，推动重点项目建设提速增效。群众办事更加便捷，企业获得感不断增强。";

/** Sentences (ending in 。！？) and heading lines of every sample page. */
export function loadCorpus(dir: string = SAMPLES_DIR): Corpus {
  let texts: string[] = [];
  try {
    texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join(dir, f), "utf8"));
  } catch {
    // No samples next to the checkout (a CI clone): a built-in paragraph keeps the bench running.
  }
  if (texts.length === 0) texts = [FALLBACK];
  const sentences = new Set<string>();
  const headlines = new Set<string>();
  for (const text of texts) {
    for (const raw of text.split("\n")) {
      const line = raw.replace(/\*\*/g, "").trim();
      const heading = /^#{2,3}\s+(.+)$/.exec(line);
      if (heading) {
        const h = heading[1]!.trim();
        if (h.length >= 6 && h.length <= 30) headlines.add(h);
        continue;
      }
      if (line.startsWith("#")) continue;
      for (const s of line.match(/[^。！？!?]+[。！？!?]/g) ?? []) {
        const sentence = s.trim();
        if (sentence.length >= 12 && sentence.length <= 140 && /[\u4e00-\u9fff]/.test(sentence)) sentences.add(sentence);
      }
    }
  }
  const list = [...sentences];
  return {
    sentences: list.length ? list : [FALLBACK],
    headlines: headlines.size ? [...headlines] : list.slice(0, 20).map((s) => s.slice(0, 16)),
  };
}

export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** Paragraphs of 2–5 sentences until the body holds about `chars` characters. */
export function makeParagraphs(random: () => number, corpus: Corpus, chars: number): string[] {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const count = 2 + Math.floor(random() * 4);
    let paragraph = "";
    for (let i = 0; i < count; i++) paragraph += pick(random, corpus.sentences);
    paragraphs.push(paragraph);
    total += paragraph.length;
  }
  return paragraphs;
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩凯健俊帆帅旭宁龙林欣梓晨雨轩子涵博文若晓岚南学锋";

/** Distinct two- or three-character personal names. */
export function makeNames(random: () => number, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const given = random() < 0.6 ? pick(random, [...GIVEN]) + pick(random, [...GIVEN]) : pick(random, [...GIVEN]);
    names.add(pick(random, [...SURNAMES]) + given);
  }
  return [...names];
}

export const COLUMNS = ["要闻", "时政", "经济", "民生", "文化", "社会", "一把手访谈", "基层动态", "评论", null] as const;
export const PAGE_NAMES = ["要闻", "综合", "经济", "民生", "文化", "社会", "副刊", "专题"] as const;
