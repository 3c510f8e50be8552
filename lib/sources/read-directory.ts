// Plain directories of mail files. Directories are walked with an explicit stack, depth
// first, entries sorted by name (locale-independent) so that two runs read messages in the same order.
import type { Stats } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { detectDirectory, isMailFileName, listSorted } from "./detect-source";
import { errorText } from "./open-stream";
import { readMailFile } from "./read-mbox";
import { listMaildir, readMaildirFiles } from "./read-maildir";
import { listEpochs, readEpochs } from "./read-public-inbox";
import { SourceError, type ReadSourceOptions, type SourceEvent } from "./types";

/** One thing found by the walk: a mail file, or a nested maildir / epoch / inbox read as such. */
export interface WalkItem {
  kind: "file" | "maildir" | "epoch" | "inbox";
  path: string;
  /** Bytes (files, maildirs) for progress; 0 for git sources. */
  size: number;
}

/**
 * Lists what a plain directory holds, recursively: mail files (.eml, .mbox, .mboxrd, .gz, .patch or no
 * extension; dot-files skipped) and nested maildirs, epochs and inboxes. Throws SourceError when `dir`
 * itself cannot be listed; unreadable subdirectories are reported through `warn`.
 */
export async function walkDirectory(dir: string, warn: (path: string, message: string) => void): Promise<WalkItem[]> {
  const items: WalkItem[] = [];
  const seen = new Set<string>();
  type Entry = { path: string; top: boolean; info?: Stats };
  const stack: Entry[] = [{ path: dir, top: true }];
  while (stack.length > 0) {
    const { path, top, info: known } = stack.pop()!;
    let info: Stats;
    try {
      info = known ?? (await stat(path));
    } catch (e) {
      if (top) throw new SourceError(path, errorText(e));
      warn(path, errorText(e));
      continue;
    }
    if (!info.isDirectory()) {
      if (info.isFile()) items.push({ kind: "file", path, size: info.size });
      continue;
    }
    if (!top) {
      const kind = await detectDirectory(path);
      if (kind === "maildir") {
        const files = await listMaildir(path).catch((e) => (warn(path, errorText(e)), []));
        items.push({ kind, path, size: files.reduce((n, f) => n + f.size, 0) });
        continue;
      }
      if (kind !== "directory") {
        items.push({ kind, path, size: 0 });
        continue;
      }
    }
    // Symlinked directories may loop back: read each real directory once.
    const real = await realpath(path).catch(() => path);
    if (seen.has(real)) continue;
    seen.add(real);
    let names: string[];
    try {
      names = await listSorted(path);
    } catch (e) {
      if (top) throw new SourceError(path, errorText(e));
      warn(path, errorText(e));
      continue;
    }
    const children: Entry[] = [];
    for (const name of names) {
      const child = join(path, name);
      const childInfo = await stat(child).catch(() => undefined);
      if (childInfo?.isDirectory() || isMailFileName(name)) children.push({ path: child, top: false, info: childInfo });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return items;
}

/**
 * Reads a plain directory: every item of walkDirectory in order. Progress is in bytes over all mail
 * files and maildirs; nested git sources add their mail and cursors but no progress.
 */
export async function* readDirectory(dir: string, opts: ReadSourceOptions = {}): AsyncGenerator<SourceEvent> {
  const warnings: SourceEvent[] = [];
  const items = await walkDirectory(dir, (source, message) => warnings.push({ type: "warning", source, message }));
  yield* warnings;
  const total = items.reduce((n, item) => n + item.size, 0);
  let base = 0;
  for (const item of items) {
    try {
      if (item.kind === "file") {
        for await (const event of readMailFile(item.path, item.size)) {
          yield event.type === "progress" ? { ...event, done: base + Math.min(event.done, item.size), total } : event;
        }
      } else if (item.kind === "maildir") {
        yield* readMaildirFiles(await listMaildir(item.path), base, total);
      } else {
        const dirs = item.kind === "inbox" ? await listEpochs(item.path) : [item.path];
        for await (const event of readEpochs(dirs, opts)) if (event.type !== "progress") yield event;
      }
    } catch (e) {
      // One unreadable file does not make the directory unreadable.
      yield { type: "warning", source: item.path, message: errorText(e) };
    }
    base += item.size;
  }
}
