// Human-readable output of the CLI. Mail text is printed as text with control characters removed, so a
// hostile subject cannot drive the terminal (escape sequences).
import type { CommentJson, SeriesListJson, ShowJson } from "../db/queries/contract-types";
import type { QuarantineItem } from "../db/queries/load-quarantine";

export function safeText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?");
}

export function printSeriesList(list: SeriesListJson): string {
  if (!list.series.length) return "no series yet: ingest some mail with `patchdeck ingest <source>`\n";
  const lines = list.series.map((s) => {
    const date = (s.lastActivity ?? s.date ?? "").slice(0, 10);
    const art = `A${s.trailerCounts.acked}/R${s.trailerCounts.reviewed}/T${s.trailerCounts.tested}`;
    return `${s.id.padStart(5)}  ${date.padEnd(10)}  v${String(s.latestVersion).padEnd(3)} ${String(s.patchCount).padStart(3)}p  ${art.padEnd(10)} ${s.state.padEnd(18)} ${safeText(s.title)} — ${safeText(s.author.name || s.author.email)}`;
  });
  return `${lines.join("\n")}\n`;
}

export function printSeriesDetail(detail: ShowJson): string {
  const s = detail.series;
  const out: string[] = [`${safeText(s.title)}`, `  by ${safeText(s.author.name)} <${safeText(s.author.email)}>  [${s.state}]  id ${s.id}`];
  for (const r of s.revisions) {
    out.push("", `v${r.version}${r.versionInferred ? " (inferred)" : ""}  ${r.date ?? ""}${r.cover ? `  cover: ${safeText(r.cover.subject)}` : ""}`);
    for (const c of r.changelog) out.push(`    * ${safeText(c.text)}${c.credits.length ? ` (${c.credits.map(safeText).join(", ")})` : ""}`);
    for (const c of r.comments) out.push(...printComment(c, "    "));
    for (const p of r.patches) {
      const prev = p.previous ? `  <- v${p.previous.version} ${p.previous.number}` : "";
      out.push(`  ${p.number}/${p.total} ${safeText(p.title)}${prev}`);
      for (const t of p.trailers) out.push(`      ${t.kind}: ${safeText(t.name)} <${safeText(t.email)}>${t.comment ? ` # ${safeText(t.comment)}` : ""} [${t.status}]`);
      for (const f of p.files) {
        out.push(`      ${safeText(f.path)} +${f.added} -${f.removed}`);
        for (const h of f.hunks) {
          for (const l of h.labels) out.push(`        hunk ${h.index} ${h.function ?? "?"}: ${l.rule} ${l.from ?? ""} -> ${l.to ?? ""} ${l.handling ?? ""} ${l.errno ?? ""} ${l.label ?? ""}`.trimEnd());
          for (const n of h.nits) out.push(`        nit ${n.rule} @${n.line ?? "?"}: ${safeText(n.message)}`);
        }
      }
      for (const c of p.comments) out.push(...printComment(c, "      "));
    }
  }
  return `${out.join("\n")}\n`;
}

function printComment(c: CommentJson, indent: string): string[] {
  const where = c.anchor ? `${c.anchor.path}:${c.anchor.function ?? "?"}:${c.anchor.line ?? "?"}` : "general";
  const out = [`${indent}[${c.kind}] ${safeText(c.author.name)} @ ${safeText(where)}: ${safeText(c.text.split("\n")[0] ?? "").slice(0, 100)}`];
  if (c.response) out.push(`${indent}   -> ${c.response.kind}: ${safeText(c.response.text.split("\n")[0] ?? "").slice(0, 100)}`);
  if (c.resolution) out.push(`${indent}   => ${c.resolution.status}${c.resolution.inVersion ? ` in v${c.resolution.inVersion}` : ""}`);
  return out;
}

export function printQuarantine(rows: QuarantineItem[]): string {
  if (!rows.length) return "quarantine is empty\n";
  return `${rows.map((r) => `${String(r.id).padStart(5)}  ${safeText(r.reason)}\n       from ${safeText(r.source)} (${r.size} bytes, ${r.rawRef})`).join("\n")}\n`;
}
