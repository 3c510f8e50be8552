// A deterministic synthetic archive of message summaries, for the scale test of analyzeSeries and for
// `npm run bench` (which times grouping on it). Not real mail: invented ids and titles, so it can live in the project.
import type { MessageSummary } from "../types";

/** Deterministic synthetic archive of `total` messages: postings of 1-3 versions (~10,000 postings at 60,000). */
export function syntheticSummaries(total: number): MessageSummary[] {
  let seed = 42;
  const rnd = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
  const pick = (): string => words[Math.floor(rnd() * words.length)]!;
  const out: MessageSummary[] = [];
  let t = Date.UTC(2019, 0, 1);
  let s = 0;
  while (out.length < total) {
    s++;
    const author = `dev${Math.floor(rnd() * 2000)}@example.org`;
    const from = { name: `Dev ${author.slice(3, -12)} Person`, email: author };
    const title = `sub${s % 50}: ${pick()} ${pick()} ${pick()} ${pick()}`;
    const versions = 1 + Math.floor(rnd() * 3);
    const patches = 2 + Math.floor(rnd() * 3);
    for (let v = 1; v <= versions && out.length < total; v++) {
      t += 10 * 60 * 1000 + Math.floor(rnd() * 3600 * 1000);
      const prefix = `s${s}v${v}`;
      const tag = v > 1 ? ` v${v}` : "";
      const cover = `${prefix}-0@example.org`;
      out.push({ messageId: cover, subject: `[PATCH${tag} 0/${patches}] ${title}`, from, date: new Date(t), inReplyTo: [], references: [], hasDiff: false, changeId: null, bodyLinks: v > 1 && rnd() < 0.5 ? [`s${s}v${v - 1}-0@example.org`] : [] });
      for (let n = 1; n <= patches; n++) {
        const lines = Array.from({ length: 12 }, (_, k) => `${s}.${n}.${k}`);
        out.push({
          messageId: `${prefix}-${n}@example.org`,
          subject: `[PATCH${tag} ${n}/${patches}] sub${s % 50}: ${pick()} ${pick()} ${pick()}`,
          from,
          date: new Date(t + n * 1000),
          inReplyTo: [cover],
          references: [cover],
          hasDiff: true,
          diffFingerprint: { files: [`dir${s % 97}/f${n}.c`], patchId: `${s}-${n}-${v === versions ? "x" : "y"}`, changedLines: lines },
        });
      }
      for (let r = 0; r < 2; r++) {
        const parent = `${prefix}-${1 + Math.floor(rnd() * patches)}@example.org`;
        out.push({
          messageId: `${prefix}-r${r}@example.net`,
          subject: `Re: [PATCH${tag} 1/${patches}] ${title}`,
          from: { name: "Review Er", email: `rev${r}@example.net` },
          date: new Date(t + 3600 * 1000 * (r + 1)),
          inReplyTo: [parent],
          references: [cover, parent],
          hasDiff: false,
        });
      }
    }
  }
  // Ingest's strings come out of a parser, flat; template-literal strings are ropes whose first
  // hashing in a Map costs a flatten. Flatten them so the timing is the one ingest will see.
  const flat = (x: string): string => Buffer.from(x, "utf8").toString("utf8");
  return out.slice(0, total).map((m) => ({
    ...m,
    messageId: flat(m.messageId),
    subject: flat(m.subject),
    inReplyTo: m.inReplyTo.map(flat),
    references: m.references.map(flat),
    ...(m.bodyLinks ? { bodyLinks: m.bodyLinks.map(flat) } : {}),
  }));
}
