// Test-only loader for the killable-vma corpus: parses every message once (through lib/mail) and builds
// the plain inputs lib/review takes. Not part of the library: it reads files.
import { readFileSync } from "node:fs";
import { annotatePatch } from "../diff/annotate-patch";
import { parseMessage } from "../mail/parse-message";
import { splitPatchBody } from "../mail/split-patch-body";
import type { MailMessage } from "../mail/types";
import { corpusPath } from "../../test/corpus";
import { parseChangelog } from "../mail/parse-changelog";
import type { RevisionCode } from "./resolve-comment";
import type { ReviewThreadInput } from "./review-patch-thread";
import type { ChangelogLine, PatchInput, ThreadReply } from "./types";

export interface CorpusMail {
  seq: number;
  version: number;
  patch: number;
  total: number;
  kind: "cover" | "patch" | "reply";
  message: MailMessage;
}

interface IndexEntry {
  seq: number;
  version: number;
  patch: number;
  total: number;
  kind: "cover" | "patch" | "reply";
  copies: { file: string }[];
}

export async function loadKillableVma(): Promise<CorpusMail[]> {
  const root = corpusPath("lore", "killable-vma");
  const index = JSON.parse(readFileSync(`${root}/index.json`, "utf8")) as { messages: IndexEntry[] };
  const out: CorpusMail[] = [];
  for (const m of index.messages) {
    const file = m.copies[0]?.file;
    if (!file) continue;
    const parsed = await parseMessage(readFileSync(`${root}/${file}`));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
    out.push({ seq: m.seq, version: m.version, patch: m.patch, total: m.total, kind: m.kind, message: parsed.message });
  }
  return out;
}

export function patchMail(all: CorpusMail[], version: number, number: number): CorpusMail | undefined {
  return all.find((m) => m.kind === "patch" && m.version === version && m.patch === number);
}

export function patchInput(m: CorpusMail): PatchInput {
  const diffText = splitPatchBody(m.message.body).diff;
  const { fileDiffs, files } = annotatePatch(diffText);
  return { messageId: m.message.messageId, author: m.message.from, version: m.version, body: m.message.body, diffText, files: fileDiffs, annotated: files };
}

export function toReply(m: CorpusMail): ThreadReply {
  return { messageId: m.message.messageId, from: m.message.from, date: m.message.date?.toISOString() ?? null, body: m.message.body, inReplyTo: m.message.inReplyTo[0] ?? null };
}

/** Every reply whose parent chain reaches `rootId`. */
export function repliesUnder(all: CorpusMail[], rootId: string): ThreadReply[] {
  const replies = all.filter((m) => m.kind === "reply");
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of replies) {
      const parent = r.message.inReplyTo[0];
      if (parent && ids.has(parent) && !ids.has(r.message.messageId)) {
        ids.add(r.message.messageId);
        grew = true;
      }
    }
  }
  return replies.filter((r) => ids.has(r.message.messageId) && r.message.messageId !== rootId).map(toReply);
}

export function changelogOf(all: CorpusMail[], version: number): ChangelogLine[] {
  const cover = all.find((m) => m.kind === "cover" && m.version === version);
  return cover ? parseChangelog(cover.message.body) : [];
}

/** v1 1/1 became v2 2/3 (the title kept); otherwise the same number. Other patches are searched too. */
export function nextCode(all: CorpusMail[], version: number, number: number): RevisionCode | null {
  const nextVersion = version + 1;
  const matched = version === 1 ? 2 : number;
  const target = patchMail(all, nextVersion, matched);
  if (!target) return null;
  const others = all.filter((m) => m.kind === "patch" && m.version === nextVersion && m.patch !== matched);
  const t = patchInput(target);
  return {
    version: nextVersion,
    files: t.files ?? [],
    annotated: t.annotated,
    others: others.map((o) => {
      const input = patchInput(o);
      return { files: input.files ?? [], annotated: input.annotated };
    }),
  };
}

export function threadInput(all: CorpusMail[], version: number, number: number): ReviewThreadInput {
  const p = patchMail(all, version, number);
  if (!p) throw new Error(`no v${version} ${number}`);
  return {
    patch: patchInput(p),
    replies: repliesUnder(all, p.message.messageId),
    next: nextCode(all, version, number),
    changelog: changelogOf(all, version + 1),
  };
}
