// The shape of what the article editor sends. Shared by the editor (to keep
// input within bounds) and the server (which trusts nothing else).
import { z } from "zod";

export const BYLINE_ROLES = ["reporter", "correspondent", "photographer", "text_and_photo", "writer", "compiler", "author"] as const;
export type BylineRole = (typeof BYLINE_ROLES)[number];

const line = (max: number) => z.string().trim().max(max);

export const articleFieldsSchema = z.object({
  kicker: line(120), // 引题
  headline: line(120), // 主标题; may be empty while drafting, required to submit
  subheadline: line(160), // 副标题
  column: line(40), // 栏目
  dateline: line(40), // 电头
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

export const bylinesSchema = z
  .array(z.object({ contributorId: z.string().min(1).max(40), role: z.enum(BYLINE_ROLES) }))
  .max(20);
export type BylineInput = z.infer<typeof bylinesSchema>[number];

export const articleSaveSchema = z.object({
  /** The version the edit was based on: a stale one is refused, never overwritten. */
  baseVersion: z.number().int().positive(),
  fields: articleFieldsSchema,
  /** tiptap JSON; checked against the shared extension list by parseArticleBody. */
  body: z.unknown(),
  bylines: bylinesSchema,
});
export type ArticleSave = z.infer<typeof articleSaveSchema>;

/** Empty optional fields are stored as null. */
export function storedFields(fields: ArticleFields) {
  const orNull = (value: string) => (value === "" ? null : value);
  return {
    kicker: orNull(fields.kicker),
    headline: fields.headline,
    subheadline: orNull(fields.subheadline),
    column: orNull(fields.column),
    dateline: orNull(fields.dateline),
  };
}
