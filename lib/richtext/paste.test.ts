// @vitest-environment happy-dom
import { generateJSON } from "@tiptap/html/server";
import { describe, expect, it } from "vitest";
import { articleExtensions } from "./extensions";
import { cleanPastedHtml } from "./paste";
import { parseArticleBody } from "./validate";

// What Word (Windows, 2016+) puts on the clipboard for a few paragraphs of a
// Chinese article: the head, then the fragment between the Start/End markers.
const WORD_CLIPBOARD = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<link rel=File-List href="file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	margin:0cm;
	text-align:justify;
	font-family:"Calibri",sans-serif;}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<!--StartFragment-->

<h1><span style='font-family:黑体;mso-ascii-font-family:"Times New Roman"'>助力招商引资项目 加速落地投产<span
lang=EN-US><o:p></o:p></span></span></h1>

<p class=MsoNormal style='text-indent:21.0pt;mso-char-indent-count:2.0'><span
style='font-family:宋体;mso-ascii-font-family:Calibri;mso-hansi-font-family:Calibri'>伊滨讯<span
lang=EN-US> 5</span>月<span lang=EN-US>29</span>日，记者从区住建局获悉，今年以来，我区<b>重点项目</b>建设
持续提速，一批招商引资项目加速落地投产。<span lang=EN-US><o:p></o:p></span></span></p>

<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

<p class=MsoNormal><b><span style='font-family:宋体'>一、优化营商环境<span
lang=EN-US><o:p></o:p></span></span></b></p>

<p class=MsoListParagraphCxSpFirst style='margin-left:18.0pt;mso-para-margin-left:
0gd;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=EN-US style='mso-fareast-font-family:Calibri'><span style='mso-list:Ignore'>1.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
style='font-family:宋体'>压缩审批时限<span lang=EN-US><o:p></o:p></span></span></p>

<p class=MsoListParagraphCxSpLast style='margin-left:18.0pt;mso-para-margin-left:
0gd;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=EN-US style='mso-fareast-font-family:Calibri'><span style='mso-list:Ignore'>2.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
style='font-family:宋体'>强化要素保障<span lang=EN-US><o:p></o:p></span></span></p>

<p class=MsoNormal><span style='font-family:宋体'>详情见<a
href="https://www.ybxw.gov.cn/news/2023/0529.html"><span style='color:blue'>伊滨新闻网</span></a>。地址：伊滨区<br>
电话：<span lang=EN-US>0379-12345678<o:p></o:p></span></span></p>

<p class=MsoNormal><span lang=EN-US><!--[if gte vml 1]><v:shape id="图片_x0020_1"
 style='width:415.3pt;height:233.6pt'>
 <v:imagedata src="file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_image001.jpg"
  o:title=""/>
</v:shape><![endif]--><![if !vml]><img width=554 height=311
src="file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg"
v:shapes="图片_x0020_1"><![endif]></span></p>

<p class=MsoNormal align=right style='text-align:right'><span style='font-family:
宋体'>（阮现武 董浩）<span lang=EN-US><o:p></o:p></span></span></p>

<!--EndFragment-->
</body>

</html>`;

// Word's "save as web page" writes the list markers inside comments instead,
// and WPS writes the same MsoNormal markup with 仿宋 and full-width indents.
const WORD_SAVED_BULLETS = `<!--StartFragment--><p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span lang=EN-US style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]--><span style='font-family:宋体'>一期工程已完工</span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span lang=EN-US style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><!--[endif]--><span style='font-family:宋体'>二期工程在建</span></p>
<p class=MsoNormal><span style='font-family:宋体'>项目总投资<span lang=EN-US>12</span>亿元。</span></p><!--EndFragment-->`;

const WPS_CLIPBOARD = `<html><head><meta charset="utf-8"><style>p{margin:0}</style></head><body><!--StartFragment--><p class="MsoNormal" style="text-indent:32.0000pt;mso-char-indent-count:2.0000;"><span style="mso-spacerun:'yes';font-family:仿宋_GB2312;font-size:16.0000pt;">　　6月7日上午，区委理论学习中心组召开专题学习会。</span><span style="font-family:仿宋_GB2312;font-size:16.0000pt;"><o:p></o:p></span></p><p class="MsoNormal"><span style="font-family:仿宋_GB2312;font-weight:bold;font-size:16.0000pt;">会议强调</span><span style="font-family:仿宋_GB2312;">，要抓好落实。</span></p><p class="MsoNormal"><span style="font-family:仿宋_GB2312;">&nbsp;</span></p><!--EndFragment--></body></html>`;

// Copied from a news web page in a browser.
const WEB_PAGE = `<meta charset='utf-8'><div class="article-content" style="font-size:16px;color:#333" id="content" data-track="1">
<p style="text-indent:2em;line-height:2"><font color="#333">　　记者从区住建局获悉，<em>今年以来</em>，我区<span style="font-weight: bold;">重点项目</span>建设持续提速。</font></p>
<h2 class="sub-title" style="color:red">项目建设跑出加速度</h2>
<ul class="list"><li style="list-style:none">一期已完工</li><li>二期在建</li></ul>
<p><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" alt="截图"></p>
<p><img src="blob:https://news.example.cn/1234"><br></p>
<script>alert(1)</script><style>.a{color:red}</style>
<p><a href="javascript:alert(1)" onclick="alert(2)">坏链接</a>和<a href="https://news.example.cn/a.html" target="_blank" class="link" onmouseover="alert(3)">好链接</a>和<a href="//evil.example/">协议相对链接</a></p>
<p>&nbsp;</p><p><br></p>
<blockquote class="quote"><p>引语原文</p></blockquote>
<table><tbody><tr><td>表格里的一句话</td></tr></tbody></table>
</div>`;

describe("cleanPastedHtml from Word", () => {
  const html = cleanPastedHtml(WORD_CLIPBOARD);

  it("keeps paragraphs, bold and the headline as 小标题", () => {
    expect(html).toContain("<h3>助力招商引资项目 加速落地投产</h3>");
    expect(html).toContain("<p>伊滨讯 5月29日，记者从区住建局获悉，今年以来，我区<strong>重点项目</strong>建设持续提速，一批招商引资项目加速落地投产。</p>");
    expect(html).toContain("<p><strong>一、优化营商环境</strong></p>");
    expect(html).toContain("<p>（阮现武 董浩）</p>");
  });

  it("joins the lines Word wraps inside Chinese sentences without a space", () => {
    expect(html).toContain("建设持续提速");
  });

  it("turns Word's numbered paragraphs into a list, without their markers", () => {
    expect(html).toContain("<ol><li>压缩审批时限</li><li>强化要素保障</li></ol>");
  });

  it("keeps links and line breaks", () => {
    expect(html).toContain('详情见<a href="https://www.ybxw.gov.cn/news/2023/0529.html">伊滨新闻网</a>。地址：伊滨区<br>电话：0379-12345678');
  });

  it("drops Word's junk: styles, classes, o:p, conditional comments, clipboard pictures, empty paragraphs", () => {
    expect(html).not.toMatch(/mso-|class=|style=|<o:p|<span|<font|<!--|<img|<v:|file:|<meta|<link|@font-face|WordDocument/i);
    expect(html).not.toMatch(/<p>\s*<\/p>/);
    expect(html).not.toContain("&nbsp;");
  });

  it("leaves nothing but the cleaned blocks", () => {
    expect(html.replace(/\s+(?=<)/g, "")).toBe(
      "<h3>助力招商引资项目 加速落地投产</h3>" +
        "<p>伊滨讯 5月29日，记者从区住建局获悉，今年以来，我区<strong>重点项目</strong>建设持续提速，一批招商引资项目加速落地投产。</p>" +
        "<p><strong>一、优化营商环境</strong></p>" +
        "<ol><li>压缩审批时限</li><li>强化要素保障</li></ol>" +
        '<p>详情见<a href="https://www.ybxw.gov.cn/news/2023/0529.html">伊滨新闻网</a>。地址：伊滨区<br>电话：0379-12345678</p>' +
        "<p>（阮现武 董浩）</p>",
    );
  });

  it("turns bullets from a saved Word page into a bulleted list", () => {
    expect(cleanPastedHtml(WORD_SAVED_BULLETS).replace(/\s+(?=<)/g, "")).toBe(
      "<ul><li>一期工程已完工</li><li>二期工程在建</li></ul><p>项目总投资12亿元。</p>",
    );
  });
});

describe("cleanPastedHtml from WPS", () => {
  it("drops the hand-typed full-width indent and keeps bold set by style", () => {
    expect(cleanPastedHtml(WPS_CLIPBOARD)).toBe(
      "<p>6月7日上午，区委理论学习中心组召开专题学习会。</p><p><strong>会议强调</strong>，要抓好落实。</p>",
    );
  });
});

describe("cleanPastedHtml from a web page", () => {
  const html = cleanPastedHtml(WEB_PAGE);

  it("keeps the text, structure and safe links", () => {
    expect(html.replace(/\s+(?=<)/g, "")).toBe(
      "<p>记者从区住建局获悉，今年以来，我区<strong>重点项目</strong>建设持续提速。</p>" +
        "<h3>项目建设跑出加速度</h3>" +
        "<ul><li>一期已完工</li><li>二期在建</li></ul>" +
        '<p>坏链接和<a href="https://news.example.cn/a.html">好链接</a>和协议相对链接</p>' +
        "<blockquote><p>引语原文</p></blockquote>" +
        "<p>表格里的一句话</p>",
    );
  });

  it("drops scripts, styles, handlers, pasted images and empty paragraphs", () => {
    expect(html).not.toMatch(/<script|<style|alert|onclick|onmouseover|<img|data:|blob:|evil\.example|class=|style=|id=/);
  });
});

describe("cleanPastedHtml from Folio itself", () => {
  it("keeps a figure, a boxed text and ProseMirror's slice marker, but not comment anchors", () => {
    const html = cleanPastedHtml(
      '<aside class="boxed-text extra" data-pm-slice="1 1 []"><p>相关链接</p></aside>' +
        '<figure class="article-figure" data-media-id="m1" style="x"><img src="/media/a.jpg" alt="开工" loading="lazy" onerror="alert(1)">' +
        '<figcaption><span class="caption">项目开工现场</span><span class="credit">张铁生 摄</span></figcaption></figure>' +
        '<p><span class="comment-mark" data-comment-id="c1">有批注</span>的话</p>' +
        '<figure class="article-figure"><img src="javascript:alert(1)"></figure>',
    );
    expect(html).toBe(
      '<aside class="boxed-text" data-pm-slice="1 1 []"><p>相关链接</p></aside>' +
        '<figure class="article-figure" data-media-id="m1"><img src="/media/a.jpg" alt="开工">' +
        '<figcaption><span class="caption">项目开工现场</span><span class="credit">张铁生 摄</span></figcaption></figure>' +
        "<p>有批注的话</p>",
    );
  });
});

describe("what cleanPastedHtml leaves", () => {
  it.each([
    ["Word", WORD_CLIPBOARD],
    ["saved Word", WORD_SAVED_BULLETS],
    ["WPS", WPS_CLIPBOARD],
    ["a web page", WEB_PAGE],
  ])("parses into a body the server accepts (%s)", (_source, html) => {
    const parsed = parseArticleBody(generateJSON(cleanPastedHtml(html), articleExtensions));
    expect(parsed).toMatchObject({ ok: true });
  });

  it("keeps Word's headline as a 小标题 node", () => {
    const json = generateJSON(cleanPastedHtml(WORD_CLIPBOARD), articleExtensions);
    expect(json.content[0]).toEqual({
      type: "heading",
      attrs: { level: 3 },
      content: [{ type: "text", text: "助力招商引资项目 加速落地投产" }],
    });
  });
});
