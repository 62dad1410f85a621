import { describe, expect, it } from "vitest";
import { checkArticle, checkMasthead, checkText, type CheckKind, type CheckOptions, type Suggestion } from "./proof-checks";

// Copy is taken from the sample pages (/work/shared/samples), which were
// typeset with half-width punctuation, as many district papers are.
const plain = { internalCirculation: false };
const internal = { internalCirculation: true };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Code-point offset of the nth occurrence of needle. */
function at(text: string, needle: string, nth = 0): number {
  let index = -1;
  for (let i = 0; i <= nth; i += 1) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`${needle} not in text`);
  return [...text.slice(0, index)].length;
}

const only = (kind: CheckKind, suggestions: Suggestion[]) => suggestions.filter((s) => s.kind === kind);
const check = (kind: CheckKind, text: string, options: CheckOptions = plain) => only(kind, checkText("body", text, options));

describe("half-width punctuation", () => {
  it("suggests the full-width comma in a sample dateline sentence", () => {
    const text = "伊滨讯 8月17日,区党工委副书记刘峰主持召开未巡先改和自查整改工作动员部署会,围绕十一届省委第三轮巡视开展工作。";
    expect(check("halfWidthPunctuation", text)).toEqual([
      { kind: "halfWidthPunctuation", field: "body", from: at(text, ","), to: at(text, ",") + 1, original: ",", correction: "，", markType: "punctuation" },
      { kind: "halfWidthPunctuation", field: "body", from: at(text, ",", 1), to: at(text, ",", 1) + 1, original: ",", correction: "，", markType: "punctuation" },
    ]);
  });

  it("flags colons, semicolons, exclamation and question marks next to Chinese", () => {
    const credits = "校对:王岚 组版:晓南";
    expect(check("halfWidthPunctuation", credits).map((s) => [s.from, s.correction])).toEqual([
      [2, "："],
      [at(credits, ":", 1), "："],
    ]);
    const text = "进行地上施工);生产区电芯厂房等11栋单体建筑。9月底竣工交付! 问题楼盘何时交付?";
    expect(check("halfWidthPunctuation", text).map((s) => [s.original, s.correction])).toEqual([
      [")", "）"],
      [";", "；"],
      ["!", "！"],
      ["?", "？"],
    ]);
  });

  it("flags both parentheses of a byline", () => {
    const text = "助推伊滨高质量发展。(巡察室)";
    expect(check("halfWidthPunctuation", text).map((s) => [s.from, s.original, s.correction])).toEqual([
      [10, "(", "（"],
      [14, ")", "）"],
    ]);
  });

  it("flags a comma after a Latin word when the Chinese sentence goes on", () => {
    const text = "帮助下载了国家反诈中心APP,并指导其开启预警等功能";
    expect(check("halfWidthPunctuation", text)).toMatchObject([{ from: at(text, ","), correction: "，" }]);
  });

  it("counts offsets in characters, not UTF-16 units", () => {
    expect(check("halfWidthPunctuation", "𠮷野家,好吃")).toMatchObject([{ from: 3, to: 4 }]);
  });

  it("leaves numbers, ratios and times alone", () => {
    expect(check("halfWidthPunctuation", "打造全国有竞争力的1,000亿元年产值新能源电池基地")).toEqual([]);
    expect(check("halfWidthPunctuation", "洛阳队以3:2战胜对手,")).toHaveLength(1); // the comma, not the score
    expect(check("halfWidthPunctuation", "会议于上午9:00开始")).toEqual([]);
  });

  it("leaves URLs and e-mail addresses alone, but not the sentence after them", () => {
    expect(check("halfWidthPunctuation", "详情请访问www.example.com查看")).toEqual([]);
    expect(check("halfWidthPunctuation", "登录https://www.example.com:8080/news?id=1,b=2查看")).toEqual([]);
    expect(check("halfWidthPunctuation", "投稿邮箱:ybxw@example.com")).toHaveLength(1); // the colon after 邮箱
    const text = "详见www.example.com,欢迎投稿";
    expect(check("halfWidthPunctuation", text)).toMatchObject([{ from: at(text, ","), correction: "，" }]);
  });

  it("leaves punctuation inside a Latin run alone", () => {
    expect(check("halfWidthPunctuation", "他在演讲中引用了Hello, world这句话")).toEqual([]);
    expect(check("halfWidthPunctuation", "展板上写着Welcome to Luoyang (Yibin District)")).toEqual([]);
  });

  it("changes both parentheses of a pair, even the one among Latin letters", () => {
    const text = "下载国家反诈中心(APP)";
    expect(check("halfWidthPunctuation", text).map((s) => [s.from, s.correction])).toEqual([
      [8, "（"],
      [12, "）"],
    ]);
  });

  it("passes full-width copy", () => {
    expect(check("halfWidthPunctuation", "区党工委委员、管委会副主任朱亚强对观摩情况进行了点评，并通报了测评结果（一期）。")).toEqual([]);
  });
});

describe("unbalanced pairs", () => {
  it("passes quotes balanced within a paragraph", () => {
    const text =
      "“伊东渠最初的主要功能是灌溉,随着经济社会的发展,伊东渠还肩负着防洪排涝等重要任务。”区水利建设服务中心主要负责人介绍说。“上个月,我区境内伊东渠恢复全线通水。”\n秉承‘一天不耽误,一天不懈怠’理念。";
    expect(check("unbalancedPairs", text)).toEqual([]);
  });

  it("points at both halves of a quote split across paragraphs (sample 000's OCR break)", () => {
    const text = "要持续抓好“五项\n\n治理”,各相关单位要落实责任";
    expect(check("unbalancedPairs", text)).toEqual([
      { kind: "unbalancedPairs", field: "body", from: 5, to: 6, original: "“", correction: null, markType: "punctuation" },
      { kind: "unbalancedPairs", field: "body", from: at(text, "”"), to: at(text, "”") + 1, original: "”", correction: null, markType: "punctuation" },
    ]);
  });

  it("accepts a quotation of several paragraphs, each opened and only the last closed", () => {
    const text = "王社军激动地说:“这真是好事情啊!\n“渠水干涸了那么久,伊滨区水利中心及时协调放水。\n“救活了我们社区的玉米!”";
    expect(check("unbalancedPairs", text)).toEqual([]);
    expect(check("unbalancedPairs", "王社军激动地说:“这真是好事情啊!\n渠水干涸了那么久。”")).toHaveLength(2);
  });

  it("points at an unclosed 书名号 and a stray closing bracket", () => {
    const text = "观看了《伊滨区高质量创建全国文明城市暗访问题曝光片。\n——党的二十大报告摘要】";
    expect(check("unbalancedPairs", text).map((s) => [s.from, s.original])).toEqual([
      [3, "《"],
      [at(text, "】"), "】"],
    ]);
  });

  it("pairs full-width and half-width parentheses, leaving the width to the punctuation check", () => {
    expect(check("unbalancedPairs", "西交大二附院洛阳医院（一期)今年年底前将具备开诊条件")).toEqual([]);
    expect(check("unbalancedPairs", "西交大二附院洛阳医院（一期今年年底前将具备开诊条件")).toMatchObject([{ from: 10, original: "（" }]);
  });

  it("passes nested titles", () => {
    expect(check("unbalancedPairs", "会议学习了《中共中央办公厅印发〈关于在全党大兴调查研究的工作方案〉》")).toEqual([]);
  });
});

describe("repeated characters", () => {
  it("suggests removing a doubled function word", () => {
    const text = "全区上下要深刻领悟创新的的深刻含义";
    expect(check("repeatedCharacter", text)).toEqual([
      { kind: "repeatedCharacter", field: "body", from: 11, to: 13, original: "的的", correction: "的", markType: "extra" },
    ]);
  });

  it("catches 了了, 在在, 是是 and a tripled character", () => {
    const text = "会议传达了了习近平总书记的贺信。在在已上墙的施工图前。中州时代是是重大标志性项目。完成的的的任务";
    expect(check("repeatedCharacter", text).map((s) => [s.original, s.correction])).toEqual([
      ["了了", "了"],
      ["在在", "在"],
      ["是是", "是"],
      ["的的的", "的"],
    ]);
  });

  it("leaves reduplicated words alone", () => {
    expect(check("repeatedCharacter", "他常常加班,天天在工地,人人称赞,渐渐习惯,谢谢大家")).toEqual([]);
  });

  it("leaves doubles across a word boundary in the samples' real copy alone", () => {
    const text =
      "区党工委委员、纪工委书记何建文参加。深入我区文明创建重点点位开展调研。会议传达了学习了全市深入排查整改黄河流域突出生态问题推进会会议精神。" +
      "二期项目今年年底前将具备开诊条件。一个个笃定的身影,一盏盏闪耀的警灯。不论烈日炎炎还是雨水连绵。望着汩汩而来的渠水。区政协工委要紧紧把协商成果形成书面报告。";
    expect(check("repeatedCharacter", text)).toEqual([]);
  });

  it("leaves function words that double across a word boundary alone", () => {
    const text = "为了了解情况,问题不能不了了之。达到目的的手段。关键是是否落实。他的的确确来过。参与与支持。实实在在。现在在建的项目。一把把钥匙。";
    expect(check("repeatedCharacter", text)).toEqual([]);
  });

  it("suggests removing a duplicated word (sample 002's 会议会议)", () => {
    const text = "会议传达了学习了全市统战工作会议会议精神。会议指出,要深学细悟。";
    expect(check("repeatedCharacter", text)).toEqual([
      { kind: "repeatedCharacter", field: "body", from: 14, to: 18, original: "会议会议", correction: "会议", markType: "extra" },
    ]);
  });

  it("catches a longer duplicated phrase", () => {
    expect(check("repeatedCharacter", "助推伊滨高质量发展高质量发展。")).toMatchObject([
      { from: 4, to: 14, original: "高质量发展高质量发展", correction: "高质量发展" },
    ]);
  });

  it("leaves counting phrases and verb reduplication alone", () => {
    expect(check("repeatedCharacter", "一步一步推进,一点一点落实,大家研究研究再定。")).toEqual([]);
  });
});

describe("number formats", () => {
  it("flags full-width digits among ASCII ones, with the ASCII correction", () => {
    const text = "首期项目投资140亿元,规划用地１７００亩,将打造1000亿元年产值新能源电池基地";
    expect(check("numberFormat", text)).toEqual([
      { kind: "numberFormat", field: "body", from: at(text, "１"), to: at(text, "１") + 4, original: "１７００", correction: "1700", markType: "number_usage" },
    ]);
  });

  it("flags the minority form whichever it is, and full-width digits on a tie", () => {
    expect(check("numberFormat", "第１期、第２期和第3期").map((s) => [s.original, s.correction])).toEqual([["3", "３"]]);
    expect(check("numberFormat", "第１０期和第10期").map((s) => s.original)).toEqual(["１０"]);
  });

  it("flags 七月份 among 7月份 (sample 000)", () => {
    const text =
      "并通报了7月份城市区、乡镇测评结果,区7月份乡镇考核结果。区教体局、融媒体中心获七月份区级常态化考核行业文明单位红旗。庞村镇获7月份乡镇考核蓝旗。";
    expect(check("numberFormat", text)).toMatchObject([{ from: at(text, "七月份"), original: "七月份", correction: "7月份" }]);
  });

  it("flags a Chinese-numeral date across the fields of an article", () => {
    const suggestions = checkArticle(
      {
        kicker: null,
        headline: "中州时代建设正酣",
        subheadline: "——二〇二三年六月七日现场直击",
        dateline: "伊滨讯 5月24日",
        bodyText: "2023年5月24日上午,中州时代新能源生产基地一期项目建设现场,建设者们铆足干劲抢进度。预计6月底全部完成。",
        bylineCount: 2,
      },
      plain,
    );
    expect(only("numberFormat", suggestions)).toEqual([
      { kind: "numberFormat", field: "subheadline", from: 2, to: 11, original: "二〇二三年六月七日", correction: "2023年6月7日", markType: "number_usage" },
    ]);
  });

  it("flags an Arabic date when the article writes dates in Chinese numerals", () => {
    const text = "二〇二三年五月二十九日,樊灿涛调研邻里中心。二〇二三年五月二十五日,又调研问题楼盘。2023年5月25日召开土地工作会议。";
    expect(check("numberFormat", text)).toMatchObject([{ original: "2023年5月25日", correction: "二〇二三年五月二十五日" }]);
  });

  it("flags the minority way of writing percentages", () => {
    expect(check("numberFormat", "头盔佩戴率提升百分之五,事故率下降12.5%,违法行为减少30%").map((s) => [s.original, s.correction])).toEqual([
      ["百分之五", "5%"],
    ]);
    expect(check("numberFormat", "占比百分之十二点五,增幅百分之二十,另有35%").map((s) => [s.original, s.correction])).toEqual([
      ["35%", "百分之三十五"],
    ]);
  });

  it("leaves consistent copy, fixed expressions and lunar dates alone", () => {
    expect(check("numberFormat", "8月17日,围绕十一届省委第三轮巡视开展工作。8月22日召开座谈会。")).toEqual([]);
    expect(check("numberFormat", "群众百分之百满意,事故率下降5%")).toEqual([]);
    expect(check("numberFormat", "正月十五元宵节,即2月5日")).toEqual([]);
    expect(check("numberFormat", "纪念五四运动,2023年5月4日举行")).toEqual([]);
  });
});

describe("internal-circulation wording", () => {
  const text = "本报讯 (洛报融媒记者 李雅君)昨日,市委常委、宣传部部长徐超文深入分包项目进行督导调研。";

  it("flags 本报讯 and the paper's own 记者 (sample 004)", () => {
    expect(check("internalWording", text, { internalCirculation: true, datelineName: "伊滨讯" })).toEqual([
      { kind: "internalWording", field: "body", from: 0, to: 3, original: "本报讯", correction: "伊滨讯", markType: "format" },
      { kind: "internalWording", field: "body", from: 9, to: 11, original: "记者", correction: null, markType: "fact" },
    ]);
  });

  it("offers no correction for 本报讯 when the dateline is not known", () => {
    expect(check("internalWording", "本报讯 昨日", internal)).toMatchObject([{ original: "本报讯", correction: null }]);
  });

  it("flags 本报 and 本报记者 as one mark each", () => {
    expect(check("internalWording", "本报记者 张若含 报道。本报评论员文章指出", internal).map((s) => [s.original, s.markType])).toEqual([
      ["本报记者", "fact"],
      ["本报", "fact"],
    ]);
  });

  it("leaves other outlets' reporters and things named after reporters alone", () => {
    expect(check("internalWording", "新华社记者报道,人民日报记者采访,今天是记者节,召开记者会", internal)).toEqual([]);
  });

  it("is silent for a paper with a CN number", () => {
    expect(check("internalWording", text, plain)).toEqual([]);
  });
});

describe("articles", () => {
  const clean = {
    kicker: null,
    headline: "樊灿涛调研中心城区邻里中心建设",
    subheadline: null,
    dateline: "伊滨讯 5月29日",
    bodyText:
      "区党工委副书记、管委会主任樊灿涛深入中心城区调研邻里中心建设工作，强调要以邻里中心建设为抓手，坚定不移推进公共服务进社区。\n" +
      "樊灿涛指出，高标准打造邻里中心，是高质量创建全国文明城市、提升群众幸福感的重要手段，要聚焦“一老一少一青壮”重点人群。",
    bylineCount: 2,
  };

  it("has nothing to say about clean copy", () => {
    expect(checkArticle(clean, internal)).toEqual([]);
  });

  it("points at a missing byline and dateline at the start of the body", () => {
    expect(checkArticle({ ...clean, dateline: null, bylineCount: 0 }, plain)).toEqual([
      { kind: "missingByline", field: "body", from: 0, to: 0, original: "", correction: null, markType: "format" },
      { kind: "missingDateline", field: "body", from: 0, to: 0, original: "", correction: null, markType: "format" },
    ]);
    expect(only("missingDateline", checkArticle({ ...clean, dateline: "  " }, plain))).toHaveLength(1);
  });

  it("accepts a dateline still at the head of an imported body", () => {
    const article = { ...clean, dateline: null, bodyText: `伊滨讯 5月29日，${clean.bodyText}` };
    expect(checkArticle(article, plain)).toEqual([]);
  });

  it("names the field of each finding, headline fields first", () => {
    const suggestions = checkArticle(
      { ...clean, headline: "9月底竣工交付! 中航洛阳光电产业园项目加紧收尾", bodyText: "预计9月底竣工交付使用的的。" },
      plain,
    );
    expect(suggestions.map((s) => [s.field, s.kind, s.from])).toEqual([
      ["headline", "halfWidthPunctuation", 7],
      ["body", "repeatedCharacter", 11],
    ]);
  });
});

describe("masthead lunar date", () => {
  it("flags the lunar date sample 002 printed, with the computed one", () => {
    expect(checkMasthead("癸卯年四月十四", day("2023-06-07"))).toEqual([
      { kind: "lunarMismatch", field: "masthead", from: 0, to: 7, original: "癸卯年四月十四", correction: "癸卯年四月二十", markType: "fact" },
    ]);
  });

  it("accepts the right date, with or without 农历 and the year", () => {
    expect(checkMasthead("癸卯年四月二十", day("2023-06-07"))).toEqual([]);
    expect(checkMasthead("农历四月二十", day("2023-06-07"))).toEqual([]);
    expect(checkMasthead("农历 癸卯年 四月二十", day("2023-06-07"))).toEqual([]);
  });

  it("keeps the printed shape in the correction", () => {
    expect(checkMasthead("农历四月十四", day("2023-06-07"))).toMatchObject([{ correction: "农历四月二十", to: 6 }]);
  });

  it("accepts the other spellings of the same date", () => {
    expect(checkMasthead("癸卯年四月二十一", day("2023-06-08"))).toEqual([]); // 廿一
    expect(checkMasthead("癸卯年十一月初三", day("2023-12-15"))).toEqual([]); // 冬月
    expect(checkMasthead("癸卯年一月十五", day("2023-02-05"))).toEqual([]); // 正月
  });

  it("flags a wrong year and a missing 闰", () => {
    expect(checkMasthead("壬寅年四月二十", day("2023-06-07"))).toMatchObject([{ correction: "癸卯年四月二十" }]);
    expect(checkMasthead("癸卯年二月初一", day("2023-03-22"))).toMatchObject([{ correction: "癸卯年闰二月初一" }]);
  });

  it("replaces what cannot be read as a lunar date", () => {
    expect(checkMasthead("四月", day("2023-06-07"))).toMatchObject([{ original: "四月", correction: "癸卯年四月二十" }]);
  });
});
