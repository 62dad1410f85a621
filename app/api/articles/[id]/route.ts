// Autosave: a route handler rather than a server action, so that the page can
// still save while it is being closed (fetch keepalive).
import { articleSaveSchema } from "@/lib/domain/article-input";
import { AppError } from "@/lib/domain/errors";
import { messages } from "@/lib/i18n";
import { saveArticle } from "@/lib/server/articles/save-article";
import { deskRoute } from "@/lib/server/route";

export const PUT = deskRoute<{ id: string }>("desk.enter", async (request, user, { id }) => {
  const input = articleSaveSchema.safeParse(await request.json().catch(() => null));
  if (!input.success) throw new AppError("validation", input.error.message);
  const result = await saveArticle(user, id, input.data);
  if (!result.ok) {
    return Response.json(
      { error: { code: "conflict", message: messages.refusals.staleVersion }, current: result.conflict },
      { status: 409, headers: { "Cache-Control": "no-store" } },
    );
  }
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
