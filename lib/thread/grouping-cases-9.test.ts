// Grouping and linking cases found auditing lists the code was never tuned on, round 7: linux-riscv, linux-modules,
// linux-hyperv, linux-kbuild (mails written for these tests).
import { describe, expect, test } from "vitest";
import { analyzeSeries } from "./analyze-series";
import { DAY, mail } from "./testing/grouping-mail";
import type { MessageSummary } from "./types";

/** Each series as its revisions: "key vN" ("?" when inferred or relabelled). */
function shape(summaries: MessageSummary[]): string[][] {
  return analyzeSeries(summaries).series.map((g) => g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""}`));
}

const TITLE = "net: wobble: spread the queue interrupts over sibling cores";
const FILES = ["drivers/net/wobble/main.c", "lib/bitmap.c"];

/** A lone patch `[PATCH <tag>] TITLE`. */
function lone(key: string, tag: string, minute: number, diff: string): MessageSummary {
  return mail(key, `[PATCH ${tag}] ${TITLE}`, minute, { diff, files: ["drivers/net/wobble/main.c"] });
}

/** A covered posting `[PATCH 0/2 <tag>] TITLE`, its patches' diffs `<diffs>1`, `<diffs>2`. */
function covered(key: string, tag: string, minute: number, diffs: string): MessageSummary[] {
  return [
    mail(`${key}-0`, `[PATCH 0/2${tag}] ${TITLE}`, minute),
    mail(`${key}-1`, `[PATCH 1/2${tag}] lib: add a helper to walk sibling cores`, minute + 1, { parent: `${key}-0`, diff: `${diffs}1`, files: [FILES[1]!] }),
    mail(`${key}-2`, `[PATCH 2/2${tag}] ${TITLE}`, minute + 1, { parent: `${key}-0`, diff: `${diffs}2`, files: [FILES[0]!] }),
  ];
}

describe("the author's numbering restarted after explicit rounds counts on over the very same diffs", () => {
  // `[PATCH V1..V3 net-next] x` alone, then the work grown into a covered set that counts anew: `[PATCH 0/2 net-next] x`
  // (our v4), `[PATCH 0/2 V2 net-next] x` (our v5), then `[PATCH 0/2 V3 net-next] x` a week on with the V2's very diffs
  // (only its commit messages reworded).
  const rounds = (): MessageSummary[] => [
    lone("a", "net-next", 0, "a"),
    lone("b", "V2 net-next", 6 * DAY, "b"),
    lone("c", "V3 net-next", 12 * DAY, "c"),
    ...covered("d", " net-next", 40 * DAY, "d"),
    ...covered("e", " V2 net-next", 53 * DAY, "e"),
  ];

  test("`[PATCH 0/2 V3]` after the renumbered `[PATCH 0/2 V2]`, its very diffs: the next round of the one series", () => {
    const s = shape([...rounds(), ...covered("f", " V3 net-next", 60 * DAY, "e")]);
    expect(s).toEqual([["a v1?", "b v2", "c v3", "d-0 v4?", "e-0 v5?", "f-0 v6?"]]);
  });

  test("with its diffs changed it was already the next round", () => {
    const s = shape([...rounds(), ...covered("f", " V3 net-next", 60 * DAY, "f")]);
    expect(s).toEqual([["a v1?", "b v2", "c v3", "d-0 v4?", "e-0 v5?", "f-0 v6?"]]);
  });

  test("control: `[PATCH 0/2 V2]` sent again on the V2's very diffs is that round again, not the next", () => {
    const s = shape([...rounds(), ...covered("f", " V2 net-next", 60 * DAY, "e")]);
    expect(s.flat()).not.toContain("f-0 v6?");
  });

  test("control: a number skipped (`V4` on the V2's very diffs) is no next round by this rule", () => {
    const s = shape([...rounds(), ...covered("f", " V4 net-next", 60 * DAY, "e")]);
    expect(s.flat()).not.toContain("f-0 v6?");
  });
});

describe("a restarted count over guesses only", () => {
  test("control: when every round from that number up has a version we gave it, ours give way to the author's count", () => {
    // `[PATCH 0/2] x` whose changelog counts the RFC rounds before it (read as v9), `[PATCH v2 0/2] x` (our v10), then
    // `[PATCH v3 0/2] x` a week on with the v2's very diffs: the author's own numbers stand.
    const s = shape([
      { ...covered("d", "", 0, "d")[0]!, coverVersionHint: 9 },
      ...covered("d", "", 0, "d").slice(1),
      ...covered("e", " v2", 10 * DAY, "e"),
      ...covered("f", " v3", 17 * DAY, "e"),
    ]);
    expect(s).toEqual([["d-0 v1?", "e-0 v2", "f-0 v3"]]);
  });
});

describe("a first posting whose changelog counts rounds sent elsewhere, then the author's own v2, v3", () => {
  // `[PATCH 0/2] x`, its changelog going back over RFC rounds sent to another list (read as v6), then `[PATCH v2 0/2] x`
  // and `[PATCH v3 0/2] x`, each reworked: the subjects' count stands, not v7?, v8?.
  const first = (): MessageSummary[] => [{ ...covered("d", "", 0, "d")[0]!, coverVersionHint: 6 }, ...covered("d", "", 0, "d").slice(1)];

  /** `covered` whose cover cites the round before it (a lore link to its cover). */
  const citing = (key: string, tag: string, minute: number, before: string): MessageSummary[] => {
    const [cover, ...patches] = covered(key, tag, minute, key);
    return [{ ...cover!, bodyLinks: [`${before}-0`] }, ...patches];
  };

  test("the author's v2 and v3 keep their numbers, the first posting gives way to v1", () => {
    const s = shape([...first(), ...citing("e", " v2", 9 * DAY, "d"), ...citing("f", " v3", 42 * DAY, "e")]);
    expect(s).toEqual([["d-0 v1?", "e-0 v2", "f-0 v3"]]);
  });

  test("control: after an explicit round, a lower number is still the next round renumbered", () => {
    // `[PATCH v5 0/2] x`, then `[PATCH 0/2] x` (our v6), then `[PATCH v2 0/2] x`: the count restarted after v5.
    const s = shape([...covered("c", " v5", 0, "c"), ...covered("d", "", 5 * DAY, "d"), ...covered("e", " v2", 9 * DAY, "e")]);
    expect(s).toEqual([["c-0 v5", "d-0 v6?", "e-0 v7?"]]);
  });
});

describe("a RESEND of a patch whose file moved between the two sendings", () => {
  const LINES = ["a1", "b2", "c3", "d4", "e5", "f6"];
  /** A lone patch over `file`, its changed lines `lines` (the patch-id differs with the path). */
  const patch = (key: string, subject: string, minute: number, file: string, lines: string[]): MessageSummary => ({
    ...mail(key, subject, minute, { diff: `${key}-id`, files: [file] }),
    diffFingerprint: { files: [file], patchId: `${key}-id`, changedLines: lines },
  });

  test("`[RESEND PATCH] x` a day on, the very changed lines in the file the old one was split into: the same posting again", () => {
    const s = shape([
      patch("a", "[PATCH] frob: name the symbol that taints", 0, "kernel/frob.c", LINES),
      patch("b", "[RESEND PATCH] frob: name the symbol that taints", DAY + 200, "kernel/frob/main.c", LINES),
    ]);
    expect(s).toEqual([["a v1?", "b v1?"]]);
  });

  test("control: other changed lines in another file under the same title stay apart", () => {
    const s = shape([
      patch("a", "[PATCH] frob: name the symbol that taints", 0, "kernel/frob.c", LINES),
      patch("b", "[RESEND PATCH] frob: name the symbol that taints", DAY + 200, "kernel/frob/main.c", ["q1", "r2", "s3", "t4", "u5"]),
    ]);
    expect(s).toEqual([["a v1?"], ["b v1?"]]);
  });

  test("control: the very changed lines under another title (the like change to a sibling file) stay apart", () => {
    const s = shape([
      patch("a", "[PATCH] frob: name the symbol that taints", 0, "kernel/frob.c", LINES),
      patch("b", "[RESEND PATCH] wobble: name the symbol that taints", DAY + 200, "kernel/wobble.c", LINES),
    ]);
    expect(s).toEqual([["a v1?"], ["b v1?"]]);
  });
});
