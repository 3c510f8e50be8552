// N18: the failure path of a lock that can fail must not release that lock: the caller never took it
// (2016 dup_mmap: its new failure label had to sit below the up_write, not above it). A `goto` to a label
// whose visible tail unlocks the same object, or an unlock in the failure branch itself, is that bug.
import { braceDelta, firstArg } from "../c-lines";
import { rowAt, type FunctionView, type Row } from "../function-view";
import type { HunkNit } from "../types";
import { isFallible } from "./rule-helpers";
import type { NitRule, RuleContext } from "./rule-types";

// The release of each plain lock the catalogue lists whose name does not follow `X_lock` → `X_unlock`.
const UNLOCK_OF = new Map<string, string>([
  ["down_read", "up_read"],
  ["down_write", "up_write"],
  ["down_write_nested", "up_write"],
  ["down", "up"],
  ["inode_lock_nested", "inode_unlock"],
  ["inode_lock_shared", "inode_unlock_shared"],
  ["mutex_lock_nested", "mutex_unlock"],
  ["lock_page", "unlock_page"],
]);

/** The call that releases what `plain` takes, or null for waits and locks with no per-call release. */
export function unlockOf(plain: string): string | null {
  const listed = UNLOCK_OF.get(plain);
  if (listed) return listed;
  // `mutex_lock` → `mutex_unlock`, `folio_lock` → `folio_unlock`, `demo_dev_lock_nested` → `demo_dev_unlock`.
  const m = plain.match(/^(\w+?)_lock(?:_nested)?$/);
  return m ? `${m[1]}_unlock` : null;
}

/** `&dev->lock`, `( &dev->lock )` and `&dev -> lock` name one object. */
function sameObject(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, "").replace(/^[(&]+|\)+$/g, "");
  return norm(a) === norm(b);
}

// A call that takes a lock: `mutex_lock`, `down_write_killable`, `folio_trylock`, `lock_page`.
const TAKES = /^(?!.*unlock).*lock|^down(?:_|$)/;

// A release under a condition (`if (locked) mutex_unlock(&m);`) may be guarded by a flag: precision first.
const CONDITION = /^\s*(?:if|else|switch|for|while)\b|\?/;

export const unlockNotTaken: NitRule = {
  id: "unlock-not-taken",
  check({ view, site }: RuleContext): HunkNit[] {
    if (!isFallible(site) || site.guard) return [];
    const unlock = unlockOf(site.info.plain);
    if (!unlock) return [];
    const onObject = (r: Row, name: (n: string) => boolean) => r.calls.some((c) => name(c.name) && sameObject(firstArg(c.args), site.object));
    // A path that takes the lock again before releasing it (`mutex_lock(&m); … mutex_unlock(&m);`) holds it then.
    let retaken = false;
    const releases = (r: Row) => {
      if (onObject(r, (n) => n !== unlock && TAKES.test(n))) retaken = true;
      return !retaken && !CONDITION.test(r.code) && onObject(r, (n) => n === unlock);
    };
    const inBranch = site.branchRows.map((i) => view.rows[i]).find((r) => r && r.type !== "del" && releases(r));
    retaken = false;
    const found = inBranch ?? (site.handling === "goto" ? releaseBelowLabel(view, site.labelRow, releases) : undefined);
    if (!found) return [];
    const message = inBranch
      ? `When ${site.to}() fails the lock is not held, but its failure branch calls ${unlock}() on it (line ${found.newLine}): drop that unlock.`
      : `When ${site.to}() fails the lock is not held, but \`${site.label}\`, where it goes on failure, calls ${unlock}() on it (line ${found.newLine}): jump to a label below the unlock.`;
    return [{ rule: "unlock-not-taken", line: site.line, lines: [found.newLine], severity: "bug", message }];
  },
};

/**
 * The first unconditional release in the statements a label runs (falling through later labels), up to its
 * return or unseen lines. A release in a conditional block, or under a braceless `if`, is skipped.
 */
function releaseBelowLabel(view: FunctionView, labelRow: number | null, releases: (r: Row) => boolean): Row | undefined {
  if (labelRow === null) return undefined;
  const start = view.newRows.indexOf(labelRow);
  if (start < 0) return undefined;
  let conditionalDepth = 0;
  let underBracelessIf = false;
  for (let p = start + 1; p < view.newRows.length && p < start + 30; p++) {
    const r = rowAt(view, p);
    if (r.gapBefore || r.text.startsWith("}")) return undefined;
    const code = r.code.trim();
    if (!code) continue;
    if (conditionalDepth > 0) {
      conditionalDepth += braceDelta(code);
      continue;
    }
    if (CONDITION.test(code)) {
      if (code.endsWith("{")) conditionalDepth = 1;
      else underBracelessIf = !code.endsWith(";");
      continue;
    }
    if (underBracelessIf) {
      underBracelessIf = false;
      continue;
    }
    if (releases(r)) return r;
    if (/^return\b/.test(code)) return undefined;
  }
  return undefined;
}
