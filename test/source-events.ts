// Helpers for tests of lib/sources: drain a source's events, pick out the mails and their text.
import type { RawMail } from "../lib/sources/types";
import type { SourceEvent } from "../lib/sources/read-source";

export async function collect(events: AsyncIterable<SourceEvent>): Promise<SourceEvent[]> {
  const out: SourceEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}
export const mails = (events: SourceEvent[]): RawMail[] => events.flatMap((e) => (e.type === "mail" ? [e.mail] : []));
export const texts = (events: SourceEvent[]) => mails(events).map((m) => m.bytes.toString("latin1"));
