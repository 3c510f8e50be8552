import type { CommentJson } from "@/lib/db/queries/contract-types";
import { Badge } from "../../_components/badge";
import { toneFor } from "../../_lib/tone-for";

// Past this many characters or lines a comment is folded; review mail can quote whole patches.
const FOLD_CHARS = 1200;
const FOLD_LINES = 14;

function anchorText(anchor: NonNullable<CommentJson["anchor"]>): string {
  return [anchor.path, anchor.function ?? `hunk ${anchor.hunk}`, anchor.line ?? ""].filter((s) => s !== "").join(":");
}

function MailText({ text }: { text: string }) {
  const body = (t: string) => <pre className="mailtext whitespace-pre-wrap font-sans text-[13px] text-zinc-800">{t}</pre>;
  const lines = text.split("\n");
  if (text.length <= FOLD_CHARS && lines.length <= FOLD_LINES) return body(text);
  const preview = lines.slice(0, FOLD_LINES).join("\n").slice(0, FOLD_CHARS);
  return (
    <details className="group">
      <summary className="cursor-pointer list-none group-open:hidden">
        {body(`${preview}…`)}
        <span className="text-[12px] text-sky-800 underline">
          show all ({lines.length} lines, {text.length} characters)
        </span>
      </summary>
      {body(text)}
    </details>
  );
}

/** Review comments of a patch with their anchor, the author's response and the resolution across versions. */
export function CommentList({ comments }: { comments: CommentJson[] }) {
  if (comments.length === 0) return null;
  return (
    <div data-testid="comments">
      <h4 className="mb-1 text-[11px] font-medium uppercase tracking-wide text-zinc-500">
        Review comments ({comments.length})
      </h4>
      <ul className="space-y-2">
        {comments.map((c, i) => (
          <li key={`${i}-${c.messageId}`} className="rounded border border-zinc-200 p-2" data-testid="comment">
            <div className="mb-1 flex flex-wrap items-center gap-1.5 text-[12px]">
              <Badge tone={toneFor("comment", c.kind)}>{c.kind}</Badge>
              <span className="mailtext font-medium">{c.author.name || c.author.email}</span>
              <span className="font-mono text-zinc-500">
                {c.anchor ? `@ ${anchorText(c.anchor)}` : "(general)"}
              </span>
              {c.resolution && (
                <span className="ml-auto flex items-center gap-1.5">
                  <Badge tone={toneFor("resolution", c.resolution.status)} title={c.resolution.evidence}>
                    {c.resolution.status}
                    {c.resolution.inVersion !== null ? ` in v${c.resolution.inVersion}` : ""}
                  </Badge>
                </span>
              )}
            </div>
            <MailText text={c.text} />
            {c.resolution?.evidence && (
              <p className="mailtext mt-1 text-[12px] text-zinc-500">Evidence: {c.resolution.evidence}</p>
            )}
            {c.response && (
              <div className="mt-1.5 border-l-2 border-zinc-300 pl-2">
                <div className="mb-0.5 flex items-center gap-1.5 text-[12px] text-zinc-500">
                  author response <Badge tone={toneFor("response", c.response.kind)}>{c.response.kind}</Badge>
                </div>
                {c.response.text && <MailText text={c.response.text} />}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
