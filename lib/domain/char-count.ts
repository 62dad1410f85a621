// 字数 as a Chinese newsroom counts it: every character that prints,
// punctuation included, white space not. A Latin word counts by its letters,
// as typesetters fit copy by character, not by word.
export function countCharacters(text: string): number {
  let count = 0;
  for (const char of text) if (!/\s/u.test(char)) count += 1;
  return count;
}

/** An article's 字数: its titles (引题, 主标题, 副标题) and its body. */
export function articleCharCount(titles: { kicker: string | null; headline: string; subheadline: string | null }, bodyText: string): number {
  return countCharacters([titles.kicker, titles.headline, titles.subheadline].join("") + bodyText);
}
