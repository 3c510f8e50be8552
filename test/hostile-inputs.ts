// Inputs written to make a careless parser slow: long runs of one character, unclosed brackets, endless
// trailer-like lines, a 10,000-deep reply chain. The unit tests feed them to each parser and check what
// comes out (no crash, no recursion, a sane result); `npm run bench` times the same calls, so a pass gone
// quadratic shows as a figure there rather than as a timed test that fails when the machine is busy.
import type { MessageSummary } from "../lib/thread/types";

type ChainMessage = Pick<MessageSummary, "messageId" | "inReplyTo" | "references" | "date">;

/** Subjects of unclosed and endless prefixes. */
export const hostileSubjects = (): string[] => ["[".repeat(50_000), "Re: ".repeat(50_000), `[${"a ".repeat(50_000)}]`];

/** Trailer lines with a 100,000-character key, unclosed address brackets and a long run of words. */
export const hostileTrailerLines = (): string[] => [`A${"-a".repeat(50_000)}: x`, `Reviewed-by: ${"<".repeat(100_000)}`, `Cc: ${"a ".repeat(100_000)}`];

/** HTML that never closes a tag or an entity, and a script that never ends. */
export const hostileHtml = (): string[] => ["<".repeat(100_000), "&".repeat(100_000), `<script>${"x".repeat(100_000)}`];

/** 300 changelog headings each followed by 3,000 spaces. */
export const hostileChangelog = (): string => `(v2 -> v3${" ".repeat(3000)})\n`.repeat(300);

/** A patch body of unclosed `[note:` lines, wrapped URLs, URL-encoded runs and 20,000 split `Closes:` tags. */
export function hostileTrailerBlockPatch(): string {
  const url = `Link: https://x.org/${"a".repeat(70)}`;
  return [
    ...Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? "[note: open" : i % 3 === 1 ? url : "%2F".repeat(30))),
    "Signed-off-by: A <a@x.org>", "--", ...Array.from({ length: 20_000 }, () => "Closes:\nhttps://x.org/b"), "---",
    "diff --git a/a b/a", "--- a/a", "+++ b/a", "@@ -1 +1 @@", "-a", "+b", "",
  ].join("\n");
}

/** 30,000 file headers without a diff line, 10,000 hunk headers claiming 99,999 lines, 30,000 `x: y` lines. */
export const hostileDiffBody = (): string => `${"--- a\n+++ b\n".repeat(30_000)}${"@@ -1,99999 +1,99999 @@\n".repeat(10_000)}${"x: y\n".repeat(30_000)}`;

/**
 * A reply chain `depth` deep, newest first (the order that makes a naive threader recurse or rescan), each
 * message's References trimmed to the root plus its last eight ancestors as real mailers do.
 */
export function deepReplyChain(depth: number): ChainMessage[] {
  const ms: ChainMessage[] = [];
  for (let i = 0; i < depth; i++) {
    const parent = i === 0 ? null : `m${i - 1}`;
    const refs = i === 0 ? [] : ["m0", ...Array.from({ length: Math.min(i, 8) }, (_, k) => `m${i - Math.min(i, 8) + k}`)];
    ms.push({ messageId: `m${i}`, inReplyTo: parent ? [parent] : [], references: [...new Set(refs)], date: new Date(1_700_000_000_000 + i * 1000) });
  }
  return ms.reverse();
}
