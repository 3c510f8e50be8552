// What derive makes of a revision end to end through ingest: its changelog when only the patches carry
// one, and a series of which a maintainer applied only part (b4's "(subset)" notices).
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../db/open-store";
import { loadSeriesDetail } from "../db/queries/load-series-detail";
import { loadSeriesList } from "../db/queries/load-series-list";
import { ingest } from "./ingest";

const ANN = "Ann Author <ann@example.org>";
const MAX = "Max Maintainer <max@example.org>";
const REV = "Rev Iewer <rev@example.org>";

function mail(id: string, from: string, subject: string, date: string, body: string[], inReplyTo?: string): string {
  return [`From x@example.org Mon Mar  2 10:00:00 2026`, `From: ${from}`, `Subject: ${subject}`, `Date: ${date}`, `Message-ID: <${id}@example.org>`,
    ...(inReplyTo ? [`In-Reply-To: <${inReplyTo}@example.org>`, `References: <${inReplyTo}@example.org>`] : []), "", ...body, ""].join("\n");
}

/** A patch of its own file, with optional notes under the `---`. */
function patch(id: string, subject: string, date: string, file: string, notes: string[] = [], inReplyTo?: string): string {
  return mail(id, ANN, subject, date, [`${subject.replace(/^\[.*?\]\s*/, "")}.`, "", `Signed-off-by: ${ANN}`, "---", ...notes, ...(notes.length ? [""] : []),
    ` ${file} | 2 +-`, "", `diff --git a/${file} b/${file}`, `--- a/${file}`, `+++ b/${file}`, "@@ -1,3 +1,3 @@", " int a;", `-int ${id};`, `+long ${id};`, " int c;"], inReplyTo);
}

describe("a revision's changelog and state", () => {
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), "patchdeck-revstate-")));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("takes the changelog from the patches' notes when the cover letter has none, each note once", async () => {
    const mbox = join(tmp, "changelog.mbox");
    const d1 = "Mon, 2 Mar 2026 10:00:00 +0000";
    const d2 = "Mon, 9 Mar 2026 10:00:00 +0000";
    writeFileSync(mbox, [
      mail("c1", ANN, "[PATCH 0/2] widget: tidy the counters", d1, ["Two small cleanups."]),
      patch("p1", "[PATCH 1/2] widget: widen the first counter", d1, "a.c", [], "c1"),
      patch("p2", "[PATCH 2/2] widget: widen the second counter", d1, "b.c", [], "c1"),
      mail("c2", ANN, "[PATCH v2 0/2] widget: tidy the counters", d2, ["Two small cleanups."]),
      patch("q1", "[PATCH v2 1/2] widget: widen the first counter", d2, "a.c", ["v2:", "- rebased on widget-next", "- renamed the helper"], "c2"),
      patch("q2", "[PATCH v2 2/2] widget: widen the second counter", d2, "b.c", ["v2:", "- rebased on widget-next"], "c2"),
    ].join("\n"));
    const store = await openStore({ url: "pglite:" });
    try {
      await ingest({ store, sources: [mbox], workers: 0 });
      const show = (await loadSeriesDetail("c2@example.org", store))!;
      expect(show.series.revisions.map((r) => r.version)).toEqual([1, 2]);
      expect(show.series.revisions[1]!.changelog.map((c) => c.text)).toEqual(["rebased on widget-next", "renamed the helper"]);
      expect(show.series.revisions[0]!.changelog).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it("marks a series partially accepted when a maintainer applied part of it, unless an objection is open on the rest", async () => {
    const mbox = join(tmp, "subset.mbox");
    const d = "Mon, 2 Mar 2026 10:00:00 +0000";
    const later = "Tue, 3 Mar 2026 10:00:00 +0000";
    const series = (tag: string) => [
      mail(`${tag}0`, ANN, `[PATCH 0/3] ${tag}: add the frobnicator`, d, ["The driver, its binding and a board."]),
      patch(`${tag}1`, `[PATCH 1/3] ${tag}: add the frobnicator driver`, d, `${tag}1.c`, [], `${tag}0`),
      patch(`${tag}2`, `[PATCH 2/3] ${tag}: dts: add the frobnicator node`, d, `${tag}2.c`, [], `${tag}0`),
      patch(`${tag}3`, `[PATCH 3/3] ${tag}: document the frobnicator`, d, `${tag}3.c`, [], `${tag}0`),
      mail(`${tag}-ty`, MAX, `Re: (subset) [PATCH 0/3] ${tag}: add the frobnicator`, later,
        ["On Mon, 02 Mar 2026 10:00:00 +0000, Ann Author wrote:", "> The driver, its binding and a board.", "", "Applied, thanks!", "",
          `[1/3] ${tag}: add the frobnicator driver`, "      commit: 0123456789ab", `[3/3] ${tag}: document the frobnicator`, "      commit: 89abcdef0123"], `${tag}0`),
    ];
    writeFileSync(mbox, [
      ...series("alpha"),
      ...series("beta"),
      // The patch left over still has an open objection: the author has work to do.
      mail("beta-nak", REV, "Re: [PATCH 2/3] beta: dts: add the frobnicator node", later,
        ["On Mon, 2 Mar 2026, Ann Author wrote:", "> +long beta2;", "", "This is wrong: the node must not be added to every board, drop it.", "", "Rev"], "beta2"),
    ].join("\n"));
    const store = await openStore({ url: "pglite:" });
    try {
      await ingest({ store, sources: [mbox], workers: 0 });
      const list = await loadSeriesList(store);
      const find = (tag: string) => list.series.find((s) => s.title.startsWith(`${tag}:`));
      expect(find("alpha")?.state).toBe("partially-accepted");
      // The rest waits on other maintainers: the notice hands nothing to the author.
      expect(find("alpha")?.whoseTurn.waitingOn).toBe("reviewers");
      expect(find("beta")?.state).toBe("changes-requested");
    } finally {
      await store.close();
    }
  });
});
