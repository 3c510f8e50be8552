import type { ParsedSubject } from "./types";

/**
 * A bracket tag naming a kernel release or its stable tree (`4.14`, `5.15.y`, `linux-5.10.y`), 2.6 to 7.x.
 * `for 5.10` names the release a mainline fix is meant for, not a backport, and does not count.
 */
const RELEASE_PREFIX_RE = /^(?:linux-)?v?([2-7]\.\d{1,2})(?:\.\d{1,3})?(?:\.y|-stable)?(?:\/[\w.-]+)*$/;

/**
 * The kernel release a subject's tags target (`[PATCH AUTOSEL 4.14 2/7]` -> "4.14", `[PATCH 5.4.y]` -> "5.4"),
 * "" when none: backports of one change to two trees are two postings.
 */
export function releaseTag(s: Pick<ParsedSubject, "prefixes" | "stableTree">): string {
  if (s.stableTree) return s.stableTree.replace(/\.y$/, "");
  const tags = s.prefixes;
  for (let k = 0; k < tags.length; k++) {
    const m = RELEASE_PREFIX_RE.exec(tags[k]!);
    if (m && !/^(?:for|against|on|onto|to)$/.test(tags[k - 1] ?? "")) return m[1]!;
  }
  return "";
}
