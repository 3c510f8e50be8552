import { loadSeriesDetail } from "@/lib/db/queries/load-series-detail";
import { parseRouteId } from "../../../_lib/parse-route-id";

export const dynamic = "force-dynamic";

/** GET /api/series/<series-id or message-id>: the `show --json` document; 400 for a malformed id, 404 when nothing matches. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = parseRouteId((await params).id);
  if (id === null) return Response.json({ error: "invalid series id" }, { status: 400 });
  try {
    const show = await loadSeriesDetail(id);
    if (show === null) return Response.json({ error: "no series matches this id" }, { status: 404 });
    return Response.json(show, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    console.error("GET /api/series/[id] failed:", err);
    return Response.json({ error: "could not read the store" }, { status: 500 });
  }
}
