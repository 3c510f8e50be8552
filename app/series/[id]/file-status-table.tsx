import type { ConversionSummary, RevisionJson } from "@/lib/db/queries/contract-types";
import { conversionTotals, convertedFunctionRows, exclusionText } from "../../_lib/conversion-rows";

type Exclusion = ConversionSummary["exclusions"][number];

/** The server-computed conversion status of one revision: per file what was converted, what was left, and why. */
export function FileStatusTable({ revision }: { revision: RevisionJson }) {
  const summary = revision.conversionStatus;
  if (!summary || ((summary.files?.length ?? 0) === 0 && (summary.exclusions?.length ?? 0) === 0)) return null;
  const totals = conversionTotals(summary);
  return (
    <details open className="rounded border border-zinc-200 bg-white" data-testid="file-status">
      <summary className="cursor-pointer select-none px-3 py-1.5 text-zinc-700">
        Conversion status: {totals.files} file{totals.files === 1 ? "" : "s"} · {totals.sites} converted site
        {totals.sites === 1 ? "" : "s"} · {totals.unconverted} plain call{totals.unconverted === 1 ? "" : "s"} left ·{" "}
        {totals.exclusions} exclusion{totals.exclusions === 1 ? "" : "s"}
      </summary>
      <div className="space-y-2 border-t border-zinc-200 px-3 py-2">
        {(summary.files ?? []).map((f) => (
          <FileBlock key={f.path} file={f} />
        ))}
        {(summary.exclusions?.length ?? 0) > 0 && (
          <div data-testid="cover-exclusions">
            <h3 className="text-[11px] font-medium uppercase tracking-wide text-zinc-500">Left unconverted, per the cover letter</h3>
            <ExclusionList items={summary.exclusions} />
          </div>
        )}
      </div>
    </details>
  );
}

function FileBlock({ file }: { file: ConversionSummary["files"][number] }) {
  const fns = convertedFunctionRows(file);
  const unconverted = file.unconverted ?? [];
  const exclusions = file.exclusions ?? [];
  return (
    <div className="rounded border border-zinc-100" data-testid="conversion-file">
      <div className="mailtext bg-zinc-50 px-2 py-1 font-mono font-medium" data-testid="conversion-path">
        {file.path}
      </div>
      <div className="space-y-1 px-2 py-1">
        {fns.length === 0 ? (
          <p className="text-zinc-400">no converted call sites</p>
        ) : (
          <table className="w-full border-collapse text-left">
            <thead className="text-[11px] uppercase tracking-wide text-zinc-500">
              <tr>
                <th className="py-0.5 pr-2 font-medium">Function</th>
                <th className="py-0.5 pr-2 text-right font-medium">Sites</th>
                <th className="py-0.5 pr-2 font-medium">Calls</th>
                <th className="py-0.5 font-medium">Error handling</th>
              </tr>
            </thead>
            <tbody>
              {fns.map((r, i) => (
                <tr key={`${r.function ?? ""}-${i}`} className="border-t border-zinc-100 align-top">
                  <td className="mailtext py-0.5 pr-2 font-mono">
                    {r.function ? `${r.function}()` : <span className="italic text-zinc-400">unknown function</span>}
                  </td>
                  <td className="py-0.5 pr-2 text-right font-mono">{r.sites}</td>
                  <td className="mailtext py-0.5 pr-2 font-mono text-zinc-600">{r.calls.join(", ")}</td>
                  <td className="mailtext py-0.5 font-mono text-zinc-600">{r.handling.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {unconverted.length > 0 && (
          <div>
            <span className="text-zinc-500">Plain calls left: </span>
            <ul className="inline" data-testid="unconverted">
              {unconverted.map((u, i) => (
                <li key={i} className="mailtext mr-3 inline font-mono text-amber-800">
                  {u.call}
                  {u.function ? ` in ${u.function}()` : ""}
                  {u.line !== null ? ` (line ${u.line})` : ""}
                </li>
              ))}
            </ul>
          </div>
        )}
        {exclusions.length > 0 && (
          <div>
            <span className="text-zinc-500">Excluded here by the cover letter:</span>
            <ExclusionList items={exclusions} />
          </div>
        )}
      </div>
    </div>
  );
}

function ExclusionList({ items }: { items: Exclusion[] }) {
  return (
    <ul className="mt-0.5 list-disc space-y-0.5 pl-5">
      {items.map((x, i) => (
        <li key={i} className="mailtext" data-testid="exclusion">
          {exclusionText(x)}
        </li>
      ))}
    </ul>
  );
}
