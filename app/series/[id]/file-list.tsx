import type { AnnotatedFile, AnnotatedHunk } from "@/lib/diff/types";
import { Badge } from "../../_components/badge";

/** Files of a patch with +/- counts, and for each hunk its function, semantic labels and predicted nits. */
export function FileList({ files }: { files: AnnotatedFile[] }) {
  if (files.length === 0) return <p className="text-zinc-400">No diff.</p>;
  return (
    <div className="space-y-2" data-testid="files">
      {files.map((f, i) => (
        <div key={`${i}-${f.path}`} className="rounded border border-zinc-200">
          <div className="flex items-baseline gap-2 border-b border-zinc-100 bg-zinc-50 px-2 py-1">
            <span className="mailtext font-mono font-medium">{f.path}</span>
            <span className="font-mono text-emerald-700">+{f.added}</span>
            <span className="font-mono text-rose-700">−{f.removed}</span>
            <span className="text-zinc-500">
              · {f.hunks.length} hunk{f.hunks.length === 1 ? "" : "s"}
            </span>
          </div>
          {f.hunks.length > 0 && (
            <ul className="divide-y divide-zinc-100">
              {f.hunks.map((h) => (
                <HunkRow key={h.index} hunk={h} />
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}

function HunkRow({ hunk }: { hunk: AnnotatedHunk }) {
  return (
    <li className="px-2 py-1" data-testid="hunk">
      <div className="flex flex-wrap items-baseline gap-2">
        <code className="mailtext font-mono text-[12px] text-violet-800">{hunk.header}</code>
        {hunk.function && (
          <span className="font-mono text-[12px] text-zinc-700" title="Enclosing C function">
            in <span className="font-semibold">{hunk.function}()</span>
          </span>
        )}
      </div>
      {hunk.labels.length > 0 && (
        <ul className="mt-1 space-y-0.5">
          {hunk.labels.map((l, i) => (
            <li key={i} className="flex flex-wrap items-center gap-1.5 font-mono text-[12px]" data-testid="hunk-label">
              <Badge tone="blue">{l.rule}</Badge>
              {l.from !== undefined && l.to !== undefined && (
                <span>
                  {l.from} <span className="text-zinc-400">→</span> {l.to}
                </span>
              )}
              {typeof l.guard === "string" && <span className="text-zinc-600">as {l.guard}</span>}
              {l.handling && <Badge tone={l.handling === "ignored" ? "red" : "gray"}>{String(l.handling)}</Badge>}
              {l.errno && <span className="text-zinc-600">{l.errno}</span>}
              {l.label && <span className="text-zinc-600">label {l.label}</span>}
            </li>
          ))}
        </ul>
      )}
      {hunk.nits.length > 0 && (
        <ul className="mt-1 space-y-0.5">
          {hunk.nits.map((n, i) => (
            <li key={i} className="flex flex-wrap items-baseline gap-1.5 text-[12px]" data-testid="hunk-nit">
              <Badge tone="amber">{n.rule}</Badge>
              {n.line !== null && <span className="font-mono text-zinc-600">line {n.line}</span>}
              <span className="mailtext">{n.message}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
