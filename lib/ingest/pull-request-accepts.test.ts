// A series is accepted when a maintainer's later pull request (git request-pull's shortlog) or "following
// patches have been added" list names every patch of its latest revision, end to end through ingest.
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../db/open-store";
import { loadSeriesList } from "../db/queries/load-series-list";
import { ingest } from "./ingest";

describe("a series merged through a maintainer's pull request", () => {
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), "patchdeck-pull-")));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const ANN = "Ann Author <ann@example.org>";
  const MAX = "Max Maintainer <max@example.org>";
  const DEV = "Dev Eloper <dev@example.org>";
  const head = (id: string, from: string, subject: string, day: number, inReplyTo?: string, year = 2026) => [
    `From x@example.org Mon Mar  2 10:00:00 2026`, `From: ${from}`, `Subject: ${subject}`, `Date: ${String(day).padStart(2, "0")} Mar ${year} 10:00:00 +0000`,
    `Message-ID: <${id}@example.org>`, ...(inReplyTo ? [`In-Reply-To: <${inReplyTo}@example.org>`, `References: <${inReplyTo}@example.org>`] : []), "",
  ];
  const patch = (id: string, title: string, day: number, { prefix = "[PATCH]", from = ANN, inReplyTo }: { prefix?: string; from?: string; inReplyTo?: string } = {}) =>
    [...head(id, from, `${prefix} ${title}`, day, inReplyTo), `${title}.`, "", `Signed-off-by: ${from}`, "---", " a.c | 2 +-", "",
      "diff --git a/a.c b/a.c", "--- a/a.c", "+++ b/a.c", "@@ -1,3 +1,3 @@", " int a;", `-int ${id};`, `+long ${id};`, " int c;", ""].join("\n");
  const pull = (id: string, from: string, subject: string, day: number, shortlog: Record<string, string[]>, year = 2026) =>
    [...head(id, from, subject, day, undefined, year), "Hi Linus,", "", "Please pull.", "", "The following changes since commit 0123456789abcdef0123456789abcdef01234567:", "",
      "  Linux 7.1-rc5 (2026-02-10 17:03:14 -1000)", "", "are available in the Git repository at:", "", "  git://git.example.org/widget.git tags/widget-7.2", "",
      "----------------------------------------------------------------",
      ...Object.entries(shortlog).flatMap(([author, titles]) => [`${author} (${titles.length}):`, ...titles.map((t) => `      ${t}`), ""]),
      " a.c | 2 +-", " 1 file changed, 1 insertion(+), 1 deletion(-)", "", "Kind regards,", "Max", ""].join("\n");

  it("accepts a revision whose patches a later pull names (in part: partially), and not one pulled before it was posted, an RFC, another author's commit, or the author's own pull", async () => {
    const mbox = join(tmp, "pulls.mbox");
    writeFileSync(mbox, [
      // Both patches named by the later pull: accepted.
      patch("a1", "widget: a: widen the first counter", 2, { prefix: "[PATCH 1/2]" }),
      patch("a2", "widget: a: widen the second counter", 2, { prefix: "[PATCH 2/2]", inReplyTo: "a1" }),
      // A pull dated before the revision names the same title: some other patch, not this one.
      patch("b1", "widget: b: fix a typo", 5),
      // Only one of two patches pulled, named as Ann's commit: accepted in part.
      patch("c1", "widget: c: widen the third counter", 2, { prefix: "[PATCH 1/2]" }),
      patch("c2", "widget: c: widen the fourth counter", 2, { prefix: "[PATCH 2/2]", inReplyTo: "c1" }),
      // An RFC is never what was merged.
      patch("d1", "widget: d: rework the core", 2, { prefix: "[RFC PATCH]" }),
      // The maintainer's own patch, in the pull that also carries Ann's.
      patch("e1", "widget: e: document the sysfs knobs", 2, { from: MAX }),
      // A developer asking to pull a branch of his own patches only: not accepted by that.
      patch("f1", "widget: f: add the frobnicator", 2, { from: DEV }),
      // Added to the maintainer's tree, announced in a list mail that is neither a reply nor a pull request.
      patch("g1", "widget: g: drop the dead code", 2),
      // A generic title a later pull names as someone else's commit: not this patch.
      patch("k1", "widget: k: use devm_ioremap_resource()", 2),
      // The maintainer reposts a contributor's patch, her name in the body's From: line; the pull names her.
      patch("m1", "widget: m: fix the unmount race", 2, { from: MAX }).replace("widget: m: fix the unmount race.\n", "From: Jo Contributor <jo@example.org>\n\nwidget: m: fix the unmount race.\n"),
      pull("pull0", MAX, "[GIT PULL] widget fixes for 7.1", 3, { "Zed Zero": ["widget: b: fix a typo"] }),
      pull("pull1", MAX, "[GIT PULL] widget for 7.2", 20, {
        "Ann Author": ["widget: a: widen the first counter", "widget: a: widen the second counter", "widget: c: widen the third counter", "widget: d: rework the core"],
        "Max Maintainer": ["widget: e: document the sysfs knobs"],
        "Yang Li": ["widget: k: use devm_ioremap_resource()"],
        "Jo Contributor": ["widget: m: fix the unmount race"],
      }),
      pull("pull2", DEV, "[GIT PULL] frobnicator for 7.2", 21, { "Dev Eloper": ["widget: f: add the frobnicator"] }),
      [...head("added1", MAX, "Patches added for 7.2-rc1 in widget-next", 22), "Hi all,", "", "Following patches have been added in widget-next the last days:",
        "[PATCH] widget: g: drop the dead code", "", "Kind regards,", "Max", ""].join("\n"),
    ].join("\n"));
    const store = await openStore({ url: "pglite:" });
    try {
      await ingest({ store, sources: [mbox], workers: 0 });
      const list = await loadSeriesList(store);
      const stateOf = (start: string) => list.series.find((s) => s.title.startsWith(start))?.state;
      expect(stateOf("widget: a:")).toBe("accepted");
      expect(stateOf("widget: b:")).toBe("new");
      expect(stateOf("widget: c:")).toBe("partially-accepted");
      expect(stateOf("widget: d:")).toBe("new");
      expect(stateOf("widget: e:")).toBe("accepted");
      expect(stateOf("widget: f:")).toBe("new");
      expect(stateOf("widget: g:")).toBe("accepted");
      expect(stateOf("widget: k:")).toBe("new");
      expect(stateOf("widget: m:")).toBe("accepted");
    } finally {
      await store.close();
    }
  });

  it("does not accept a v2 posted after the pull that merged v1, nor a patch whose title a pull names years later", async () => {
    const mbox = join(tmp, "v2.mbox");
    writeFileSync(mbox, [
      patch("v1", "widget: h: widen the fifth counter", 2),
      pull("pull3", MAX, "[GIT PULL] widget for 7.2", 10, { "Ann Author": ["widget: h: widen the fifth counter"] }),
      patch("v2", "widget: h: widen the fifth counter", 15, { prefix: "[PATCH v2]" }),
      patch("m1", "widget: m: cosmetic improvements", 2),
      pull("pull4", MAX, "[GIT PULL] widget for 7.9", 20, { "Ann Author": ["widget: m: cosmetic improvements"] }, 2028),
    ].join("\n"));
    const store = await openStore({ url: "pglite:" });
    try {
      await ingest({ store, sources: [mbox], workers: 0 });
      const list = await loadSeriesList(store);
      const v2 = list.series.find((s) => s.title.startsWith("widget: h:") && s.latestVersion === 2);
      expect(v2).toBeDefined();
      expect(v2?.state).toBe("new");
      expect(list.series.find((s) => s.title.startsWith("widget: m:"))?.state).toBe("new");
    } finally {
      await store.close();
    }
  });
});
