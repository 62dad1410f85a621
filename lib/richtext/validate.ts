// The gate an article body (正文) passes before it is stored: shape, size,
// schema, then the addresses its links and pictures point to.
import { getSchema, type JSONContent } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { z } from "zod";
import { articleExtensions, isAllowedImageSrc, isAllowedLinkHref } from "./extensions";

export const MAX_BODY_CHARS = 500_000;
export const MAX_BODY_DEPTH = 20;

export const EMPTY_DOC: JSONContent = { type: "doc", content: [{ type: "paragraph" }] };

const attrValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const attrsSchema = z.record(z.string(), attrValue);

const markSchema = z.strictObject({ type: z.string().min(1), attrs: attrsSchema.optional() });

interface BodyNode {
  type: string;
  attrs?: Record<string, string | number | boolean | null>;
  content?: BodyNode[];
  marks?: z.infer<typeof markSchema>[];
  text?: string;
}

/** The shape of tiptap JSON, before the schema says which nodes and marks exist. */
export const bodyNodeSchema: z.ZodType<BodyNode> = z.lazy(() =>
  z.strictObject({
    type: z.string().min(1),
    attrs: attrsSchema.optional(),
    content: z.array(bodyNodeSchema).optional(),
    marks: z.array(markSchema).optional(),
    text: z.string().optional(),
  }),
);

export type ParseArticleBodyResult = { ok: true; doc: JSONContent } | { ok: false; reason: string };

let cachedSchema: Schema | undefined;
function articleSchema(): Schema {
  cachedSchema ??= getSchema(articleExtensions);
  return cachedSchema;
}

export function parseArticleBody(input: unknown): ParseArticleBodyResult {
  const limit = checkLimits(input);
  if (limit) return refuse(limit);

  const parsed = bodyNodeSchema.safeParse(input);
  if (!parsed.success) return refuse(`malformed body: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const body = parsed.data;
  if (body.type !== "doc") return refuse(`top node must be doc, not ${body.type}`);

  const schema = articleSchema();
  const unknown = findUnknownAttr(body, schema);
  if (unknown) return refuse(unknown);

  let doc;
  try {
    doc = schema.nodeFromJSON(body);
    doc.check();
  } catch (error) {
    return refuse(`not an article body: ${error instanceof Error ? error.message : "invalid"}`);
  }

  const json = doc.toJSON() as JSONContent;
  const policy = findPolicyViolation(json);
  if (policy) return refuse(policy);
  return { ok: true, doc: json };
}

function refuse(reason: string): ParseArticleBodyResult {
  return { ok: false, reason };
}

/** Size and depth, measured before anything recurses into the input. */
function checkLimits(input: unknown): string | null {
  let serialized: string | undefined;
  try {
    serialized = JSON.stringify(input);
  } catch {
    return "body is not serializable JSON";
  }
  if (serialized === undefined) return "body is missing";
  if (serialized.length > MAX_BODY_CHARS) return `body is larger than ${MAX_BODY_CHARS} characters`;

  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (depth > MAX_BODY_DEPTH) return `body is nested deeper than ${MAX_BODY_DEPTH} levels`;
    const content = (value as { content?: unknown } | null)?.content;
    if (Array.isArray(content)) for (const child of content) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}

// The schema fills in defaults and drops attributes it does not know, so an
// unknown attribute has to be caught on the input itself.
function findUnknownAttr(node: BodyNode, schema: Schema): string | null {
  const nodeType = schema.nodes[node.type];
  if (nodeType) {
    const unknown = Object.keys(node.attrs ?? {}).find((name) => !Object.hasOwn(nodeType.spec.attrs ?? {}, name));
    if (unknown) return `unknown attribute ${unknown} on ${node.type}`;
  }
  for (const mark of node.marks ?? []) {
    const markType = schema.marks[mark.type];
    if (!markType) continue; // nodeFromJSON names it
    const unknown = Object.keys(mark.attrs ?? {}).find((name) => !Object.hasOwn(markType.spec.attrs ?? {}, name));
    if (unknown) return `unknown attribute ${unknown} on mark ${mark.type}`;
  }
  for (const child of node.content ?? []) {
    const found = findUnknownAttr(child, schema);
    if (found) return found;
  }
  return null;
}

function findPolicyViolation(node: JSONContent): string | null {
  if (node.type === "heading" && node.attrs?.level !== 3) return "only level-3 headings (小标题) are allowed";
  if (node.type === "figure" && !isAllowedImageSrc(String(node.attrs?.src ?? ""))) {
    return "figure src must be a /media/ path or an https address";
  }
  for (const mark of node.marks ?? []) {
    if (mark.type === "link" && !isAllowedLinkHref(String(mark.attrs?.href ?? ""))) {
      return "link href must be http(s), mailto or a path on this site";
    }
  }
  for (const child of node.content ?? []) {
    const found = findPolicyViolation(child);
    if (found) return found;
  }
  return null;
}
