// Maildirs: one message per file in cur/ and new/ (tmp/ holds deliveries still being written).
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { errorText } from "./open-stream";
import { listSorted } from "./detect-source";
import { SourceError, type SourceEvent } from "./types";

/** Message files of a maildir: cur/ then new/, each sorted by name (tmp/ holds unfinished deliveries). */
export async function listMaildir(dir: string): Promise<{ path: string; size: number }[]> {
  const out: { path: string; size: number }[] = [];
  for (const sub of ["cur", "new"]) {
    const names = await listSorted(join(dir, sub)).catch((e: { code?: string }) => {
      if (e.code === "ENOENT") return [] as string[];
      throw new SourceError(join(dir, sub), errorText(e));
    });
    for (const name of names) {
      const info = await stat(join(dir, sub, name)).catch(() => null);
      if (info?.isFile()) out.push({ path: join(dir, sub, name), size: info.size });
    }
  }
  return out;
}

/** Reads each file of a maildir as exactly one message; progress in bytes, offset by `base`. */
export async function* readMaildirFiles(
  files: { path: string; size: number }[],
  base: number,
  total: number,
): AsyncGenerator<SourceEvent> {
  let done = base;
  let reported = base;
  for (const file of files) {
    try {
      const bytes = await readFile(file.path);
      yield { type: "mail", mail: { bytes, origin: { kind: "maildir", path: file.path } } };
    } catch (e) {
      // Mail clients move files from new/ to cur/ while we read: a vanished file is not an error.
      yield { type: "warning", source: file.path, message: errorText(e) };
    }
    done += file.size;
    if (done - reported >= 1 << 20) {
      reported = done;
      yield { type: "progress", unit: "bytes", done, total };
    }
  }
  yield { type: "progress", unit: "bytes", done, total };
}

/** Reads a maildir (files in cur/ and new/); progress in bytes. */
export async function* readMaildir(dir: string): AsyncGenerator<SourceEvent> {
  const files = await listMaildir(dir);
  yield* readMaildirFiles(files, 0, files.reduce((n, f) => n + f.size, 0));
}
