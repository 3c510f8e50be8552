// What derive makes of a revision end to end through ingest: its changelog when only the patches carry
// one, and a series of which a maintainer applied only part (b4's "(subset)" notices).
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../db/open-store";
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

/** Ingests `mbox` into a fresh in-memory store, hands the store to `check`, and closes it. */
async function withIngested(mbox: string, check: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore({ url: "pglite:" });
  try {
    await ingest({ store, sources: [mbox], workers: 0 });
    await check(store);
  } finally {
    await store.close();
  }
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
    await withIngested(mbox, async (store) => {
      const show = (await loadSeriesDetail("c2@example.org", store))!;
      expect(show.series.revisions.map((r) => r.version)).toEqual([1, 2]);
      expect(show.series.revisions[1]!.changelog.map((c) => c.text)).toEqual(["rebased on widget-next", "renamed the helper"]);
      expect(show.series.revisions[0]!.changelog).toEqual([]);
    });
  });

  it("marks a series partially accepted when a maintainer applied part of it, even with an objection open on the rest", async () => {
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
      // The patch left over still has an open objection: what was applied is still the fact to show first.
      mail("beta-nak", REV, "Re: [PATCH 2/3] beta: dts: add the frobnicator node", later,
        ["On Mon, 2 Mar 2026, Ann Author wrote:", "> +long beta2;", "", "This is wrong: the node must not be added to every board, drop it.", "", "Rev"], "beta2"),
    ].join("\n"));
    await withIngested(mbox, async (store) => {
      const list = await loadSeriesList(store);
      const find = (tag: string) => list.series.find((s) => s.title.startsWith(`${tag}:`));
      expect(find("alpha")?.state).toBe("partially-accepted");
      // The rest waits on other maintainers: the notice hands nothing to the author.
      expect(find("alpha")?.whoseTurn.waitingOn).toBe("reviewers");
      expect(find("beta")?.state).toBe("partially-accepted");
    });
  });

  // spi S589/S835/S682: early b4 "(subset)" notices numbered the listed patches among themselves ("[1/2]"
  // for patch 5 of 8), the maintainer retouching a prefix; a cover whose patches the archive lacks.
  it("matches a renumbered b4 list by title, and takes a list of every patch of the cover's total as the series", async () => {
    const mbox = join(tmp, "renumbered.mbox");
    const d = "Mon, 2 Mar 2026 10:00:00 +0000";
    const later = "Tue, 3 Mar 2026 10:00:00 +0000";
    const ty = (id: string, subject: string, parent: string, listed: string[]) =>
      mail(id, MAX, `Re: (subset) ${subject}`, later, ["On Mon, 02 Mar 2026 10:00:00 +0000, Ann Author wrote:", "> The series.", "", "Applied to", "", "   https://example.org/spi.git for-next", "", "Thanks!", "",
        ...listed.flatMap((l) => [l, "      commit: 0123456789ab"])], parent);
    writeFileSync(mbox, [
      // Only patches 5 and 6 of 8 reached this list.
      mail("opp0", ANN, "[PATCH 0/8] opp: call remove_table() unconditionally", d, ["Eight drivers."]),
      patch("opp5", "[PATCH 5/8] spi: geni: call remove_table() unconditionally", d, "geni.c", [], "opp0"),
      patch("opp6", "[PATCH 6/8] spi: qspi: call remove_table() unconditionally", d, "qspi.c", [], "opp0"),
      ty("opp-ty", "[PATCH 0/8] opp: call remove_table() unconditionally", "opp0", ["[1/2] spi: geni: call remove_table() unconditionally", "[2/2] spi: qspi: call remove_table() unconditionally"]),
      // A cover alone: its three patches never reached the list.
      mail("cs0", ANN, "[PATCH 0/3] spi: add cs timing", d, ["Three patches."]),
      ty("cs-ty", "[PATCH 0/3] spi: add cs timing", "cs0", ["[1/3] spi: add power control", "[2/3] spi: support cs timing", "[3/3] spi: mediatek: add cs timing"]),
      // Patches 1 and 4 applied ("[1/2]", "[2/2]"), patch 1 retitled; an objection is open on patch 2, not applied.
      mail("fmc0", ANN, "[PATCH 0/4] fmc: port the controller driver", d, ["Four patches."]),
      patch("fmc1", "[PATCH 1/4] dt-bindings: spi: add the fmc binding", d, "fmc1.c", [], "fmc0"),
      patch("fmc2", "[PATCH 2/4] ARM: dts: fmc: update the node", d, "fmc2.c", [], "fmc0"),
      patch("fmc3", "[PATCH 3/4] ARM: dts: fmc-evb: adjust the flash", d, "fmc3.c", [], "fmc0"),
      patch("fmc4", "[PATCH 4/4] spi: fmc: add the controller driver", d, "fmc4.c", [], "fmc0"),
      mail("fmc-nak", REV, "Re: [PATCH 2/4] ARM: dts: fmc: update the node", d,
        ["On Mon, 2 Mar 2026, Ann Author wrote:", "> +long fmc2;", "", "This is wrong: the node must not be added to every board, drop it.", "", "Rev"], "fmc2"),
      ty("fmc-ty", "[PATCH 0/4] fmc: port the controller driver", "fmc0", ["[1/2] spi: add the fmc binding", "[2/2] spi: fmc: add the controller driver"]),
    ].join("\n"));
    await withIngested(mbox, async (store) => {
      const list = await loadSeriesList(store);
      const find = (title: string) => list.series.find((s) => s.title.startsWith(title));
      expect(find("opp:")?.state).toBe("accepted");
      expect(find("spi: add cs timing")?.state).toBe("accepted");
      // Some applied: partially accepted, the objection on patch 2 notwithstanding.
      expect(find("fmc:")?.state).toBe("partially-accepted");
    });
  });

  // gpio S4868/S6589: the author sent the same patch again a week later; the maintainer answered the first
  // sending "Patch applied". The repost is the latest revision, and the code in it was applied.
  it("accepts an identical repost when the maintainer applied the sending before it, but not a changed one", async () => {
    const mbox = join(tmp, "repost.mbox");
    const d1 = "Mon, 2 Mar 2026 10:00:00 +0000";
    const d2 = "Mon, 9 Mar 2026 10:00:00 +0000";
    const d3 = "Tue, 10 Mar 2026 10:00:00 +0000";
    const applied = (id: string, subject: string, parent: string) =>
      mail(id, MAX, `Re: ${subject}`, d3, ["On Mon, 2 Mar 2026, Ann Author wrote:", "> The fix.", "", "Patch applied.", "", "Yours,", "Max"], parent);
    // The changed repost carries another diff under the same title: what was applied is not what is latest.
    const changed = mail("chg2", ANN, "[PATCH] pinctrl: bar: check the returned value", d2, ["pinctrl: bar: check the returned value.", "", `Signed-off-by: ${ANN}`, "---",
      " bar.c | 2 +-", "", "diff --git a/bar.c b/bar.c", "--- a/bar.c", "+++ b/bar.c", "@@ -1,3 +1,3 @@", " int a;", "-int chg1;", "+unsigned long chg1;", " int c;"]);
    writeFileSync(mbox, [
      patch("same1", "[PATCH] pinctrl: foo: check the returned value", d1, "foo.c"),
      patch("same1", "[PATCH] pinctrl: foo: check the returned value", d2, "foo.c").replace("Message-ID: <same1@", "Message-ID: <same2@"),
      applied("same-ok", "[PATCH] pinctrl: foo: check the returned value", "same1"),
      patch("chg1", "[PATCH] pinctrl: bar: check the returned value", d1, "bar.c"),
      changed,
      applied("chg-ok", "[PATCH] pinctrl: bar: check the returned value", "chg1"),
    ].join("\n"));
    await withIngested(mbox, async (store) => {
      const list = await loadSeriesList(store);
      const find = (title: string) => list.series.find((s) => s.title.startsWith(title));
      expect(find("pinctrl: foo:")?.revisionCount).toBe(2);
      expect(find("pinctrl: foo:")?.state).toBe("accepted");
      expect(find("pinctrl: bar:")?.revisionCount).toBe(2);
      expect(find("pinctrl: bar:")?.state).not.toBe("accepted");
    });
  });
});

describe("a series' author", () => {
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), "patchdeck-author-")));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  // nfs: a patch sent as 'From: <addr>' with no name showed an empty author while the same address signs
  // its other mail with a name; the series list and page then had nobody to show.
  it("goes by the name its address has elsewhere when the posting gave none, and keeps a name the posting gave", async () => {
    const mbox = join(tmp, "nameless.mbox");
    const d1 = "Mon, 2 Mar 2026 10:00:00 +0000";
    const d2 = "Tue, 3 Mar 2026 10:00:00 +0000";
    const nameless = patch("nl1", "[PATCH] widget: fix the counter", d1, "nl.c").replace(`From: ${ANN}`, "From: ann@example.org");
    writeFileSync(mbox, [
      nameless,
      mail("nl-re", REV, "Re: [PATCH] widget: fix the counter", d2, ["On Mon, 2 Mar 2026, ann@example.org wrote:", "> +long nl1;", "", "Why long?", "", "Rev"], "nl1"),
      mail("nl-ans", ANN, "Re: [PATCH] widget: fix the counter", d2, ["On Tue, 3 Mar 2026, Rev Iewer wrote:", "> Why long?", "", "It overflows on 32-bit.", "", "Ann"], "nl-re"),
      patch("named1", "[PATCH] gadget: fix the counter", d1, "named.c").replace(`From: ${ANN}`, "From: A. Author <ann@example.org>"),
    ].join("\n"));
    await withIngested(mbox, async (store) => {
      const list = await loadSeriesList(store);
      const byTitle = (title: string) => list.series.find((s) => s.title === title);
      expect(byTitle("widget: fix the counter")?.author).toEqual({ name: "Ann Author", email: "ann@example.org" });
      expect(byTitle("gadget: fix the counter")?.author.name).toBe("A. Author");
    });
  });
});

describe("remarks on a patch the next revision dropped", () => {
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), "patchdeck-dropped-")));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  // Suren Baghdasaryan's "Use killable vma write locking" v4 3/4 (KVM: s390) was dropped in v5 "per Sashiko and
  // Lorenzo Stoakes": the questions on it read "open, no newer revision yet" although v5 had been posted.
  it("resolves them against the next revision, which no longer changes that code", async () => {
    const mbox = join(tmp, "dropped.mbox");
    const d1 = "Mon, 2 Mar 2026 10:00:00 +0000";
    const d2 = "Tue, 3 Mar 2026 10:00:00 +0000";
    const d3 = "Mon, 9 Mar 2026 10:00:00 +0000";
    writeFileSync(mbox, [
      mail("dc1", ANN, "[PATCH 0/2] widget: tidy the counters", d1, ["Two small cleanups."]),
      patch("dp1", "[PATCH 1/2] widget: widen the first counter", d1, "a.c", [], "dc1"),
      patch("dp2", "[PATCH 2/2] gadget: widen the error code", d1, "b.c", [], "dc1"),
      mail("dr2", REV, "Re: [PATCH 2/2] gadget: widen the error code", d2,
        ["On Mon, 2 Mar 2026, Ann Author wrote:", "> -int dp2;", "> +long dp2;", "", "Does the width of the error code matter to anyone here?", "", "Rev"], "dp2"),
      mail("dc2", ANN, "[PATCH v2 0/1] widget: tidy the counters", d3, ["One small cleanup.", "", "Changes in v2:", "- dropped the gadget patch for now"]),
      patch("dq1", "[PATCH v2 1/1] widget: widen the first counter", d3, "a.c", [], "dc2"),
    ].join("\n"));
    await withIngested(mbox, async (store) => {
      const show = (await loadSeriesDetail("dc2@example.org", store))!;
      expect(show.series.revisions.map((r) => r.version)).toEqual([1, 2]);
      const [remark] = show.series.revisions[0]!.patches.find((p) => p.number === 2)!.comments;
      expect(remark?.text).toMatch(/^Does the width/);
      expect(remark?.resolution).toMatchObject({ status: "obsolete", inVersion: 2 });
      expect(remark?.resolution?.evidence).toMatch(/no v2 patch changes b\.c/);
    });
  });
});
