import type { RevisionJson } from "@/lib/db/queries/contract-types";

interface FileRow {
  path: string;
  patches: number[];
  added: number;
  removed: number;
  hunks: number;
  conversions: number;
  handling: Map<string, number>;
  nits: number;
}

/** Folds every patch of a revision into one row per file, so a reviewer sees where the conversions are. */
function collectFileRows(revision: RevisionJson): FileRow[] {
  const rows = new Map<string, FileRow>();
  for (const patch of revision.patches) {
    for (const file of patch.files) {
      let row = rows.get(file.path);
      if (!row) {
        row = { path: file.path, patches: [], added: 0, removed: 0, hunks: 0, conversions: 0, handling: new Map(), nits: 0 };
        rows.set(file.path, row);
      }
      if (!row.patches.includes(patch.number)) row.patches.push(patch.number);
      row.added += file.added;
      row.removed += file.removed;
      row.hunks += file.hunks.length;
      for (const hunk of file.hunks) {
        row.nits += hunk.nits.length;
        for (const label of hunk.labels) {
          if (label.rule !== "lock-conversion") continue;
          row.conversions += 1;
          const h = typeof label.handling === "string" ? label.handling : "?";
          row.handling.set(h, (row.handling.get(h) ?? 0) + 1);
        }
      }
    }
  }
  return [...rows.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** Per-file conversion status of one revision (collapsed by default: it is a summary, not the review). */
export function FileStatusTable({ revision }: { revision: RevisionJson }) {
  const rows = collectFileRows(revision);
  if (rows.length === 0) return null;
  const conversions = rows.reduce((n, r) => n + r.conversions, 0);
  const nits = rows.reduce((n, r) => n + r.nits, 0);
  return (
    <details className="rounded border border-zinc-200 bg-white" data-testid="file-status">
      <summary className="cursor-pointer select-none px-3 py-1.5 text-zinc-700">
        Files: {rows.length} · lock conversions: {conversions} · predicted nits: {nits}
      </summary>
      <div className="overflow-x-auto border-t border-zinc-200">
        <table className="w-full border-collapse text-left">
          <thead className="bg-zinc-50 text-[11px] uppercase tracking-wide text-zinc-500">
            <tr>
              <th className="px-2 py-1 font-medium">File</th>
              <th className="px-2 py-1 font-medium">Patches</th>
              <th className="px-2 py-1 text-right font-medium">+/−</th>
              <th className="px-2 py-1 text-right font-medium">Hunks</th>
              <th className="px-2 py-1 text-right font-medium">Conversions</th>
              <th className="px-2 py-1 font-medium">Error handling</th>
              <th className="px-2 py-1 text-right font-medium">Nits</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.path} className="border-t border-zinc-100">
                <td className="mailtext px-2 py-1 font-mono">{r.path}</td>
                <td className="px-2 py-1 font-mono text-zinc-600">
                  {r.patches.map((n, i) => (
                    <span key={n}>
                      {i > 0 && ", "}
                      <a href={`#p-${n}`} className="text-sky-800 hover:underline">
                        {n}
                      </a>
                    </span>
                  ))}
                </td>
                <td className="whitespace-nowrap px-2 py-1 text-right font-mono">
                  <span className="text-emerald-700">+{r.added}</span> <span className="text-rose-700">−{r.removed}</span>
                </td>
                <td className="px-2 py-1 text-right font-mono">{r.hunks}</td>
                <td className="px-2 py-1 text-right font-mono">{r.conversions || <span className="text-zinc-400">0</span>}</td>
                <td className="px-2 py-1 font-mono text-zinc-600">
                  {[...r.handling].map(([h, n]) => `${h} ${n}`).join(", ") || <span className="text-zinc-400">—</span>}
                </td>
                <td className={`px-2 py-1 text-right font-mono ${r.nits ? "text-amber-700" : "text-zinc-400"}`}>{r.nits}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
