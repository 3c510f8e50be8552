/**
 * Mail sources for `ingest <source>...`: every reader streams, holding one message at a time.
 *
 *   readSource(spec, { cursor }) -> AsyncGenerator<SourceEvent>
 *
 * `spec` is `-` (stdin) or a path, recognised as:
 *   - a directory with `objects/` and `HEAD`, or named `*.git`: a public-inbox v2 epoch. Commits are
 *     read oldest first; each commit's file `m` is one message (a commit deleting `m` yields nothing);
 *   - a directory with `git/0.git`, `git/1.git`, ...: a public-inbox v2 inbox (a lore mirror), its
 *     epochs read in numeric order;
 *   - a directory with `cur/` and/or `new/`: a maildir, one message per file (cur/ then new/);
 *   - any other directory: its `.eml`, `.mbox`, `.mboxrd`, `.gz`, `.patch` and extensionless files,
 *     recursively, sorted by name (locale-independent), dot-files skipped; nested maildirs/epochs read as such;
 *   - anything else (a file, a pipe) and stdin: gunzipped when it starts with 1f 8b; then an mbox/mboxrd
 *     when it starts with `From `, else one single message.
 *
 * Events, in order of the source:
 *   - `mail`: RawMail with exact bytes (mbox `From ` line removed, mboxrd `>From` unescaped) and origin;
 *   - `cursor` { location, commit }: after the last mail of an epoch. Save it once those mails are
 *     stored; pass it back through `opts.cursor(location)` (location = absolute git dir, symlinks
 *     resolved) and only newer commits are read. Not emitted when the epoch could not be read to the end;
 *   - `progress` { unit, done, total }: unit "commits" for epochs/inboxes, else "bytes" of the files
 *     read (compressed bytes for .gz); total is null when unknown (stdin);
 *   - `warning`: something was skipped or re-read (a vanished maildir file, a stale cursor, a stream
 *     that broke after some mail was read).
 * A SourceError is thrown only when the source cannot be read at all (missing, unreadable, not a git
 * repository, nothing readable). A malformed message is still yielded: the parser quarantines it.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { detectSource } from "./detect-source";
import { readDirectory } from "./read-directory";
import { readMaildir } from "./read-maildir";
import { readMailFile, readMboxStream } from "./read-mbox";
import { errorText } from "./open-stream";
import { listEpochs, readEpochs } from "./read-public-inbox";
import { SourceError, type ReadSourceOptions, type SourceEvent } from "./types";

export type { RawMail, RawMailOrigin, ReadSourceOptions, SourceEvent } from "./types";
export { SourceError } from "./types";
export { detectSource, type SourceKind } from "./detect-source";
export { readMboxStream } from "./read-mbox";

/** Reads every message of one source (see the top of this file); throws SourceError when unreadable. */
export async function* readSource(spec: string, opts: ReadSourceOptions = {}): AsyncGenerator<SourceEvent> {
  const kind = await detectSource(spec);
  if (kind === "stdin") {
    yield* readMboxStream(process.stdin, "-");
    return;
  }
  const path = resolve(spec);
  switch (kind) {
    case "file": {
      const info = await stat(path).catch((e) => {
        throw new SourceError(spec, errorText(e));
      });
      yield* readMailFile(path, info.isFile() ? info.size : null);
      return;
    }
    case "maildir":
      yield* readMaildir(path);
      return;
    case "epoch":
      yield* readEpochs([path], opts);
      return;
    case "inbox": {
      const epochs = await listEpochs(path).catch((e) => {
        throw new SourceError(spec, errorText(e));
      });
      yield* readEpochs(epochs, opts);
      return;
    }
    case "directory":
      yield* readDirectory(path, opts);
      return;
  }
}
