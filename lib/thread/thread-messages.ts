import { timeOf } from "./time-of";
import type { MessageSummary, Thread, ThreadSet } from "./types";

type ThreadInput = Pick<MessageSummary, "messageId" | "inReplyTo" | "references" | "date">;

function dateKey(d: Date | null | undefined): number {
  const t = timeOf(d);
  return Number.isFinite(t) ? t : Number.MAX_SAFE_INTEGER;
}

/** The direct parent a message names: In-Reply-To beats References, whose tail may be stale or truncated. */
function ownParent(m: ThreadInput): string | null {
  for (const id of m.inReplyTo) if (id && id !== m.messageId) return id;
  for (let i = m.references.length - 1; i >= 0; i--) {
    const id = m.references[i];
    if (id && id !== m.messageId) return id;
  }
  return null;
}

/**
 * JWZ-style threading on References/In-Reply-To, iterative and cycle-safe.
 * A message's own headers decide its parent; References chains only fill in the parents of
 * placeholders and of header-less messages. Missing ids become placeholders; cycles are cut.
 */
export function threadMessages(messages: readonly ThreadInput[]): ThreadSet {
  const present = new Map<string, ThreadInput>();
  for (const m of messages) if (m.messageId && !present.has(m.messageId)) present.set(m.messageId, m);
  // Deterministic whatever the arrival order: the first chain (by date, id) to name a placeholder's parent wins.
  const ordered = [...present.values()]
    .map((m) => ({ m, t: dateKey(m.date) }))
    .sort((a, b) => a.t - b.t || (a.m.messageId < b.m.messageId ? -1 : a.m.messageId > b.m.messageId ? 1 : 0))
    .map((x) => x.m);

  const parentOf = new Map<string, string | null>();
  for (const m of ordered) parentOf.set(m.messageId, ownParent(m));
  // Ids whose parent was inferred from someone else's References: the first links cut in a cycle.
  const inferred = new Set<string>();
  for (const m of ordered) {
    // In-Reply-To stays out of the chain: appended after References it can invent a link from the
    // References tail to an older message (base-deep-threaded: 2/2 names 1/2 but replies to 0/2).
    for (const id of m.inReplyTo) if (id && id !== m.messageId && !parentOf.has(id)) parentOf.set(id, null);
    let prev: string | null = null;
    for (const id of m.references) {
      if (!id || id === m.messageId) continue;
      if (!parentOf.has(id)) parentOf.set(id, null);
      // Only parentless ids take a parent from someone else's chain (present messages with a parent
      // header already have one).
      if (prev !== null && prev !== id && parentOf.get(id) === null) {
        parentOf.set(id, prev);
        inferred.add(id);
      }
      prev = id;
    }
  }
  breakCycles(parentOf, ordered.map((m) => m.messageId), inferred);

  // Roots by walking up once per node with path memoisation: O(n) even for 10,000-deep chains.
  const rootOf = new Map<string, string>();
  for (const id of parentOf.keys()) {
    if (rootOf.has(id)) continue;
    const path: string[] = [];
    let cur: string | null = id;
    let root: string | undefined;
    while (cur !== null) {
      const known = rootOf.get(cur);
      if (known !== undefined) {
        root = known;
        break;
      }
      path.push(cur);
      const p: string | null | undefined = parentOf.get(cur);
      if (p === null || p === undefined) {
        root = cur;
        break;
      }
      cur = p;
    }
    for (const n of path) rootOf.set(n, root ?? id);
  }

  const threads: Thread[] = [];
  const threadOf = new Map<string, number>();
  const indexOfRoot = new Map<string, number>();
  const touch = (root: string): Thread => {
    let idx = indexOfRoot.get(root);
    if (idx === undefined) {
      idx = threads.length;
      indexOfRoot.set(root, idx);
      threads.push({ rootId: root, rootIsPlaceholder: !present.has(root), memberIds: [], placeholderIds: [], parents: {} });
    }
    return threads[idx]!;
  };
  for (const m of ordered) {
    const t = touch(rootOf.get(m.messageId)!);
    t.memberIds.push(m.messageId);
    t.parents[m.messageId] = parentOf.get(m.messageId) ?? null;
    threadOf.set(m.messageId, indexOfRoot.get(t.rootId)!);
  }
  for (const [id, parent] of parentOf) {
    if (present.has(id)) continue;
    const t = touch(rootOf.get(id)!);
    t.placeholderIds.push(id);
    t.parents[id] = parent;
    threadOf.set(id, indexOfRoot.get(t.rootId)!);
  }
  // A placeholder that only ever appeared as an ancestor of nothing present still forms a thread; drop those.
  const kept = threads.filter((t) => t.memberIds.length > 0);
  if (kept.length !== threads.length) {
    threadOf.clear();
    kept.forEach((t, i) => {
      for (const id of t.memberIds) threadOf.set(id, i);
      for (const id of t.placeholderIds) threadOf.set(id, i);
    });
  }
  return { threads: kept, parentOf, threadOf };
}

/**
 * Cuts every parent cycle (hostile or broken References): an inferred link in the cycle if there is
 * one, else the link that closed it.
 */
function breakCycles(parentOf: Map<string, string | null>, preferredOrder: string[], inferred: ReadonlySet<string>): void {
  const state = new Map<string, number>(); // walk number that visited the node; -1 when finished
  let walk = 0;
  const starts = [...preferredOrder, ...parentOf.keys()];
  for (const start of starts) {
    if (state.has(start)) continue;
    walk++;
    const path: string[] = [];
    let cur: string | null = start;
    while (cur !== null) {
      const s = state.get(cur);
      if (s === -1) break;
      if (s === walk) {
        // The cycle is path[from..]: cut one of its links, then the walk ends (cur's root is now fixed).
        const from = path.indexOf(cur);
        const cycle = path.slice(from);
        const victim = cycle.find((id) => inferred.has(id)) ?? path[path.length - 1];
        if (victim !== undefined) parentOf.set(victim, null);
        break;
      }
      state.set(cur, walk);
      path.push(cur);
      cur = parentOf.get(cur) ?? null;
    }
    for (const n of path) state.set(n, -1);
  }
}
