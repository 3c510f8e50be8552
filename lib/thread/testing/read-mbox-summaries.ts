// Test-only: builds MessageSummary records from an mbox file the way ingest would. Not for runtime
// use (it reads files; lib/thread itself is pure).
import { readFileSync } from "node:fs";
import { parseMessage } from "../../mail/parse-message";
import { buildMessageSummary } from "../build-message-summary";
import type { MessageSummary } from "../types";

/** Splits an mbox/mboxrd text into messages on `From ` lines, undoing mboxrd `>From ` quoting. */
export function splitMbox(text: string): string[] {
  const out: string[] = [];
  let cur: string[] | null = null;
  for (const line of text.split("\n")) {
    if (line.startsWith("From ")) {
      if (cur) out.push(cur.join("\n"));
      cur = [];
      continue;
    }
    if (cur) cur.push(/^>+From /.test(line) ? line.slice(1) : line);
  }
  if (cur) out.push(cur.join("\n"));
  return out;
}

/** One raw message -> summary, or null when parseMessage refuses it. */
export async function summarizeMessage(raw: string): Promise<MessageSummary | null> {
  const parsed = await parseMessage(Buffer.from(raw, "utf8"));
  return parsed.ok ? buildMessageSummary(parsed.message) : null;
}

export async function readMboxSummaries(path: string): Promise<MessageSummary[]> {
  const out: MessageSummary[] = [];
  for (const raw of splitMbox(readFileSync(path, "utf8"))) {
    const s = await summarizeMessage(raw);
    if (s) out.push(s);
  }
  return out;
}
