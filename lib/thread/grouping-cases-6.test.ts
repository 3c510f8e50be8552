// Grouping and linking cases found auditing lists the code was never tuned on, round 4: linux-nvme, linux-efi,
// linux-fbdev (mails written for these tests).
import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { DAY, mail, type GroupingMailOptions } from "./testing/grouping-mail";
import type { MessageSummary } from "./types";

/** Each series as its revisions: "key vN" ("?" when inferred or relabelled). */
function shape(summaries: MessageSummary[]): string[][] {
  return analyzeSeries(summaries).series.map((g) => g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""}`));
}

/** A covered posting `[<tag> 0/n] title` whose patch k has the diff `<key>-d<k>`, sent at `minute`. */
function posting(key: string, tag: string, title: string, titles: string[], minute: number, o: GroupingMailOptions = {}): MessageSummary[] {
  const n = titles.length;
  return [
    mail(`${key}-0`, `[${tag} 0/${n}] ${title}`, minute, { from: o.from, ...(o.links ? { links: o.links } : {}) }),
    ...titles.map((t, k) =>
      mail(`${key}-${k + 1}`, `[${tag} ${k + 1}/${n}] ${t}`, minute + 1, { from: o.from, parent: `${key}-0`, diff: `${key}-d${k}`, files: o.files }),
    ),
  ];
}

describe("the author's own round whose posting title is alike, beside another person's series it cites", () => {
  const files = ["drivers/firmware/frob/stub.c", "drivers/firmware/frob/stub.h"];
  const patches = ["frob: stub: add the log event helper", "frob: stub: pass more arguments to the mixed calls", "frob: stub: measure the loaded blobs"];
  const first = "frob: stub: measurement of the loaded boot blobs into the log";
  const reworded = "frob: stub: measure the loaded boot blobs into the log";
  const dave = { from: "dave@example.org", files };
  const carol = { from: "carol@example.org", files, links: ["a-0"] };

  test("follows the author's own rounds, not the other person's RFC it names as its origin", () => {
    // Dave's RFC; months later Carol respins three of its patches as her RFC and then her PATCH, each cover citing
    // Dave's RFC ("a respin of [1]"); then her `[PATCH v2]`, still citing it, with the cover title reworded
    // ("measurement" -> "measure"). Every patch title is the same in all four, so a patch title pair is the best
    // match with either series; the two posting titles are alike too (Jaccard 0.71): her v2 continues her rounds.
    const s = shape([
      ...posting("a", "RFC PATCH", first, [...patches, "frob: stub: whitespace cleanup"], 0, dave),
      ...posting("b", "RFC PATCH", first, patches, 180 * DAY, carol),
      ...posting("c", "PATCH", first, patches, 220 * DAY, carol),
      ...posting("d", "PATCH v2", reworded, patches, 300 * DAY, carol),
    ]);
    expect(s).toEqual([["a-0 v1?"], ["b-0 v1?", "c-0 v1?", "d-0 v2"]]);
  });

  test("control: a posting title unlike the author's own still goes with the series it cites", () => {
    // The same, but the v2's cover is titled anew ("rework the boot log"): only a patch title ties it to Carol's
    // rounds, which may be the patch split off; the cited series keeps it as before.
    const s = shape([
      ...posting("a", "RFC PATCH", first, [...patches, "frob: stub: whitespace cleanup"], 0, dave),
      ...posting("b", "RFC PATCH", first, patches, 180 * DAY, carol),
      ...posting("c", "PATCH", first, patches, 220 * DAY, carol),
      ...posting("d", "PATCH v2", "frob: stub: rework the boot log", patches, 300 * DAY, carol),
    ]);
    expect(s).toEqual([["a-0 v1?", "d-0 v2"], ["b-0 v1?", "c-0 v2?"]]);
  });
});

describe("an explicit version past the next one on the very diffs of the author's resends", () => {
  const files = ["drivers/staging/frobtft/frobtft-core.c"];
  const title = "frobtft: mark only the changed rows dirty";
  // The author's v4 subject swallowed the first line of the body.
  const swallowed = `${title} Instead of marking the entire display as dirty, calculate start_row and end_row based on off/len and mark only those rows. This improves performance for partial updates`;

  test("the author's count of their unlabelled resends: one series", () => {
    // `[PATCH] x` three times in a day on the very same diff (the author counted them v1..v3), then `[PATCH v4]` on
    // that diff again under a title that is mostly body text: one series.
    const s = shape([
      mail("a", `[PATCH] ${title}`, 0, { diff: "d1", files }),
      mail("b", `[PATCH] ${title}`, 25, { diff: "d1", files }),
      mail("c", `[PATCH] ${title}`, 250, { diff: "d1", files }),
      mail("d", `[PATCH v4] ${swallowed}`, 310, { diff: "d1", files }),
    ]);
    expect(s).toEqual([["a v1?", "b v1?", "c v1?", "d v4"]]);
  });

  test("control: the same v4 weeks later, or on another diff, is not tied to them by its diffs", () => {
    const late = shape([mail("a", `[PATCH] ${title}`, 0, { diff: "d1", files }), mail("d", `[PATCH v4] ${swallowed}`, 20 * DAY, { diff: "d1", files })]);
    expect(late).toEqual([["a v1?"], ["d v4"]]);
    const other = shape([mail("a", `[PATCH] ${title}`, 0, { diff: "d1", files }), mail("d", `[PATCH v4] ${swallowed}`, 310, { diff: "d2", files })]);
    expect(other).toEqual([["a v1?"], ["d v4"]]);
  });

  test("control: the right next version on those diffs links under that title as before", () => {
    const s = shape([mail("a", `[PATCH] ${title}`, 0, { diff: "d1", files }), mail("d", `[PATCH v2] ${swallowed}`, 60, { diff: "d1", files })]);
    expect(s).toEqual([["a v1?", "d v2"]]);
  });
});

describe("a person's own next version of a posting they sent for another author", () => {
  const docs = ["Documentation/admin-guide/frob-stub.rst", "Documentation/arch/frob/boot.rst"];

  test("the sender's [PATCH v2] after the author's patch they re-sent: one series", () => {
    // Erin's `[PATCH] x`; months later Frank sends it again for her (her in-body `From:`); a week on, Frank's own
    // `[PATCH v2]` with the prefix reordered ("frob/docs" -> "docs/frob"), now his patch. One series throughout.
    const s = shape([
      mail("a", "[PATCH] frob/docs: explain the boot handover GUID", 0, { from: "erin@example.org", diff: "d1", files: docs }),
      mail("b", "[PATCH] frob/docs: explain the boot handover GUID", 130 * DAY, { from: "frank@example.org", author: "erin@example.org", diff: "d2", files: docs }),
      mail("c", "[PATCH v2] docs/frob: explain the boot handover GUID", 136 * DAY, { from: "frank@example.org", diff: "d3", files: docs }),
    ]);
    expect(s).toEqual([["a v1?", "b v1?", "c v2"]]);
  });

  test("the sender's covered v3 after the two rounds of the author's patches they sent: one series", () => {
    // Erin posted two clock patches in a larger series two years ago. Frank sends her driver patch (her `From:`),
    // then both as `[PATCH v2 1/2]`, `2/2` with no cover; the next day his own `[PATCH v3 0/3]` carries them with a
    // third patch of his, under the title of the driver patch. His three rounds are one series.
    const clk = ["drivers/clk/frob/clk-audio.c", "include/dt-bindings/clock/frob-clock.h"];
    const erin = { from: "erin@example.org", author: "erin@example.org" };
    const frank = { from: "frank@example.org", author: "erin@example.org" };
    const s = shape([
      mail("e0", "[PATCH 00/12] clk: frob: add the audio block clocks", -700 * DAY, { from: erin.from }),
      mail("e3", "[PATCH 03/12] dt-bindings: clock: frob: add ids for the audio gate", -700 * DAY + 1, { ...erin, parent: "e0", diff: "e3", files: clk.slice(1) }),
      mail("e8", "[PATCH 08/12] clk: frob: add the audio gate", -700 * DAY + 1, { ...erin, parent: "e0", diff: "e8", files: clk.slice(0, 1) }),
      mail("a", "[PATCH] clk: frob: add the audio gate", 0, { ...frank, diff: "a", files: clk.slice(0, 1) }),
      mail("b1", "[PATCH v2 1/2] dt-bindings: clock: frob: add ids for the audio gate", 12 * 60, { ...frank, diff: "b1", files: clk.slice(1) }),
      mail("b2", "[PATCH v2 2/2] clk: frob: add the audio gate", 12 * 60, { ...frank, parent: "b1", diff: "b2", files: clk.slice(0, 1) }),
      mail("c0", "[PATCH v3 0/3] clk: frob: add the audio gate", DAY, { from: "frank@example.org" }),
      mail("c1", "[PATCH v3 1/3] dt-bindings: clock: frob: add ids for the audio gate", DAY + 1, { ...frank, parent: "c0", diff: "c1", files: clk.slice(1) }),
      mail("c2", "[PATCH v3 2/3] clk: frob: add the audio gate", DAY + 1, { ...frank, parent: "c0", diff: "c2", files: clk.slice(0, 1) }),
      mail("c3", "[PATCH v3 3/3] clk: frob: keep the audio gate on in suspend", DAY + 1, { from: "frank@example.org", parent: "c0", diff: "c3", files: clk.slice(0, 1) }),
    ]);
    expect(s.find((g) => g.includes("c0 v3"))).toEqual(["a v1?", "b1 v2", "c0 v3"]);
  });

  test("control: the sender's own v2 touching none of the relayed posting's files stays apart", () => {
    const s = shape([
      mail("a", "[PATCH] frob/docs: explain the boot handover GUID", 0, { from: "erin@example.org", diff: "d1", files: docs }),
      mail("b", "[PATCH] frob/docs: explain the boot handover GUID", 130 * DAY, { from: "frank@example.org", author: "erin@example.org", diff: "d2", files: docs }),
      mail("c", "[PATCH v2] docs/frob: explain the boot handover GUID", 136 * DAY, { from: "frank@example.org", diff: "d3", files: ["Documentation/arch/other/boot.rst"] }),
    ]);
    expect(s.find((g) => g.includes("c v2"))).toEqual(["c v2"]);
  });
});

describe("the series title after some of its patches are sent again alone", () => {
  const files = ["arch/frob/kernel/time.c"];
  const titles = ["frob: drop the tick rate", "frob: tidy the include chain", "frob: use the clocksource", "frob: remove the cycle counter", "frob: drop the latch"];
  const cover = "treewide: clean up the tick rate users";
  const whole = (): MessageSummary[] => posting("a", "patch", cover, titles, 0, { files });

  test("two patches re-sent at the same version, each answering its own patch, keep the cover's title", () => {
    // `[patch V1.1 2/5]` and `[patch V1.1 4/5]`, each sent in reply to its patch of the five, hours later.
    const analysis = analyzeSeries([
      ...whole(),
      mail("b2", `[patch V1.1 2/5] ${titles[1]}`, 600, { parent: "a-2", diff: "b2", files }),
      mail("b4", `[patch V1.1 4/5] ${titles[3]}`, 601, { parent: "a-4", diff: "b4", files }),
    ]);
    expect(analysis.series.map((g) => [g.title, g.revisions.length])).toEqual([[cover, 2]]);
  });

  test("control: the same two patches as the next version are the series' latest round and name it", () => {
    const analysis = analyzeSeries([
      ...whole(),
      mail("b2", `[PATCH v2 2/5] ${titles[1]}`, 3 * DAY, { diff: "b2", files }),
      mail("b4", `[PATCH v2 4/5] ${titles[3]}`, 3 * DAY + 1, { parent: "b2", diff: "b4", files }),
    ]);
    expect(analysis.series.map((g) => [g.title, g.revisions.length])).toEqual([[titles[1], 2]]);
  });
});

describe("an author whose numbering starts at v0", () => {
  test("an unversioned RFC before their [PATCH v0] and [PATCH v1]: the versions never go down", () => {
    // `[RFC PATCH] x`, then `[PATCH v0] x` and `[PATCH v1] x`: the RFC's guessed v1 sat before the author's v0.
    const files = ["drivers/firmware/frob/rci.c"];
    const title = "Export the frob configuration table to sysfs";
    const s = shape([
      mail("a", `[RFC PATCH] ${title}`, 0, { diff: "a", files }),
      mail("b", `[PATCH v0] ${title}`, 12 * DAY, { diff: "b", files }),
      mail("c", `[PATCH v1] ${title}`, 23 * DAY, { diff: "c", files }),
    ]);
    expect(s).toEqual([["a v0?", "b v0", "c v1"]]);
  });
});
