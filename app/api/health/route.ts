import { getDb } from "@/lib/db";
import { checkHealth } from "@/lib/server/health";
import { getStorage } from "@/lib/server/storage/storage";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(getDb(), getStorage());
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
