// Deciding what a source spec is, from the file system alone (file contents are sniffed later).
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { errorText } from "./open-stream";
import { SourceError } from "./types";

export type SourceKind = "stdin" | "file" | "maildir" | "epoch" | "inbox" | "directory";

async function isDir(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** Kind of an existing directory: git epoch, public-inbox v2 inbox, maildir, or a plain directory. */
export async function detectDirectory(dir: string): Promise<Exclude<SourceKind, "stdin" | "file">> {
  if (dir.replace(/\/+$/, "").endsWith(".git")) return "epoch";
  if ((await isDir(join(dir, "objects"))) && (await isFile(join(dir, "HEAD")))) return "epoch";
  if (await isDir(join(dir, "git"))) {
    const names = await readdir(join(dir, "git")).catch(() => []);
    if (names.some((n) => /^\d+\.git$/.test(n))) return "inbox";
  }
  if ((await isDir(join(dir, "cur"))) || (await isDir(join(dir, "new")))) return "maildir";
  return "directory";
}

/** What `spec` names; throws SourceError when it does not exist or cannot be looked at. */
export async function detectSource(spec: string): Promise<SourceKind> {
  if (spec === "-") return "stdin";
  let info;
  try {
    info = await stat(spec);
  } catch (e) {
    throw new SourceError(spec, errorText(e));
  }
  // Anything that is not a directory is read as a byte stream: files, but also pipes such as <(zcat x).
  return info.isDirectory() ? detectDirectory(spec) : "file";
}

/** Names the generic directory walk reads: mail-ish extensions, or no extension at all. */
export function isMailFileName(name: string): boolean {
  if (name.startsWith(".")) return false;
  const base = basename(name);
  const dot = base.lastIndexOf(".");
  if (dot < 0) return true;
  return [".eml", ".mbox", ".mboxrd", ".gz", ".patch"].includes(base.slice(dot).toLowerCase());
}

/** Entry names without dot-files, sorted locale-independently so that runs agree everywhere. */
export async function listSorted(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => !n.startsWith(".")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
