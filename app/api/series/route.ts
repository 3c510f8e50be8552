import { loadSeriesList } from "@/lib/db/queries/load-series-list";

export const dynamic = "force-dynamic";

/** GET /api/series: the `series --json` list (CONTRACT.md), newest activity first. */
export async function GET(): Promise<Response> {
  try {
    return Response.json(await loadSeriesList(), { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    console.error("GET /api/series failed:", err);
    return Response.json({ error: "could not read the store" }, { status: 500 });
  }
}
