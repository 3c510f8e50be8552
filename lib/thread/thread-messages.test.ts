import { describe, expect, test } from "vitest";
import { threadMessages } from "./thread-messages";
import { deepReplyChain } from "../../test/hostile-inputs";

interface M {
  messageId: string;
  inReplyTo: string[];
  references: string[];
  date: Date | null;
}

const at = (minute: number): Date => new Date(Date.UTC(2025, 0, 1, 0, minute));
const msg = (id: string, parent: string | null, refs: string[] = parent ? [parent] : [], minute = 0): M => ({
  messageId: id,
  inReplyTo: parent ? [parent] : [],
  references: refs,
  date: at(minute),
});

describe("threadMessages", () => {
  test("builds a tree from In-Reply-To and References", () => {
    const t = threadMessages([msg("a", null), msg("b", "a", ["a"], 1), msg("c", "b", ["a", "b"], 2), msg("d", "a", ["a"], 3)]);
    expect(t.threads).toHaveLength(1);
    expect(t.threads[0]!.rootId).toBe("a");
    expect(t.threads[0]!.memberIds).toEqual(["a", "b", "c", "d"]);
    expect(t.threads[0]!.parents).toEqual({ a: null, b: "a", c: "b", d: "a" });
  });

  test("In-Reply-To beats a stale References tail (v2 cover sent in reply to v1)", () => {
    // revision-threaded-to-cover: the v2 patch's References name only the v1 cover.
    const t = threadMessages([msg("v1", null), msg("v2c", "v1", ["v1"], 1), { ...msg("v2p", "v2c", ["v1"], 2) }]);
    expect(t.parentOf.get("v2p")).toBe("v2c");
    expect(t.parentOf.get("v2c")).toBe("v1");
  });

  test("In-Reply-To older than the References tail invents no link (base-deep-threaded headers)", () => {
    // 2/2: In-Reply-To the cover, References only 1/2. Chaining them would make the cover a child of 1/2.
    const t = threadMessages([msg("c", null, [], 0), msg("p1", "c", ["c"], 1), { ...msg("p2", "c", ["p1"], 2) }]);
    expect(t.threads[0]!.parents).toEqual({ c: null, p1: "c", p2: "c" });
  });

  test("missing parents become placeholders, and a late arrival attaches to them", () => {
    const early = threadMessages([msg("reply1", "lost", ["root", "lost"], 5), msg("reply2", "lost", ["root", "lost"], 6)]);
    expect(early.threads).toHaveLength(1);
    const th = early.threads[0]!;
    expect(th.rootId).toBe("root");
    expect(th.rootIsPlaceholder).toBe(true);
    expect(th.placeholderIds.sort()).toEqual(["lost", "root"]);
    expect(th.parents.lost).toBe("root");

    const late = threadMessages([msg("reply1", "lost", ["root", "lost"], 5), msg("reply2", "lost", ["root", "lost"], 6), msg("lost", null, [], 1)]);
    expect(late.threads).toHaveLength(1);
    expect(late.threads[0]!.memberIds).toContain("lost");
    // The late message has no headers of its own; the others' References still place it under root.
    expect(late.parentOf.get("lost")).toBe("root");
  });

  // Recursion would overflow the stack at this depth. How long it takes is a figure of `npm run bench`.
  test("a 10,000-deep reference chain is one thread, read without recursion", () => {
    const n = 10_000;
    const t = threadMessages(deepReplyChain(n));
    expect(t.threads).toHaveLength(1);
    expect(t.threads[0]!.rootId).toBe("m0");
    expect(t.threads[0]!.memberIds).toHaveLength(n);
    expect(t.parentOf.get(`m${n - 1}`)).toBe(`m${n - 2}`);
  });

  test("cycles in headers terminate and leave a tree", () => {
    const t = threadMessages([
      msg("a", "b", ["c", "b"], 0),
      msg("b", "a", ["a"], 1),
      msg("self", "self", ["self"], 2),
      msg("p", "q", ["x", "y", "q"], 3),
      msg("q2", "y", ["q", "x", "y"], 4),
    ]);
    // Every id reaches a root in finitely many steps.
    for (const id of t.parentOf.keys()) {
      const seen = new Set<string>();
      let cur: string | null | undefined = id;
      while (cur) {
        expect(seen.has(cur)).toBe(false);
        seen.add(cur);
        cur = t.parentOf.get(cur);
      }
    }
    expect(t.parentOf.get("self")).toBeNull();
    const members = t.threads.flatMap((th) => th.memberIds).sort();
    expect(members).toEqual(["a", "b", "p", "q2", "self"]);
  });

  test("the result does not depend on arrival order", () => {
    const ms = [
      msg("c0", null, [], 0),
      msg("p1", "c0", ["c0"], 1),
      msg("p2", "c0", ["c0"], 2),
      msg("r1", "p2", ["c0", "p2"], 3),
      msg("r2", "gone", ["c0", "p2", "gone"], 4),
    ];
    const a = threadMessages(ms);
    const b = threadMessages([...ms].reverse());
    expect([...b.parentOf].sort()).toEqual([...a.parentOf].sort());
    expect(a.parentOf.get("gone")).toBe("p2");
  });

  test("hostile input: empty ids, duplicates and self-references do not crash", () => {
    const t = threadMessages([
      { messageId: "", inReplyTo: [""], references: [""], date: null },
      msg("dup", null),
      { ...msg("dup", "other"), date: null },
      { messageId: "x", inReplyTo: [], references: ["x", "x"], date: new Date(NaN) },
    ]);
    expect(t.threads.flatMap((th) => th.memberIds).sort()).toEqual(["dup", "x"]);
    expect(t.parentOf.get("dup")).toBeNull();
  });
});
