// Unpacks a plain ustar archive (what PGlite's dumpDataDir("none") writes) into a directory. PGlite can load
// such a tarball itself (`loadDataDir`), but then keeps ~90 MB of it alive for as long as the store is open:
// a first ingest's peak RSS carried it. Only regular files and directories are expected; anything else
// (links, GNU long names, paths leaving the directory) throws, and the caller falls back to initdb.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const BLOCK = 512;

function field(header: Buffer, start: number, length: number): string {
  const end = header.indexOf(0, start);
  return header.toString("utf8", start, end >= 0 && end < start + length ? end : start + length);
}

/** The entry's path inside the archive, without leading slashes; throws on "..", empty or absolute Windows paths. */
function entryPath(header: Buffer): string {
  const name = field(header, 0, 100);
  const prefix = header.toString("latin1", 257, 262) === "ustar" ? field(header, 345, 155) : "";
  const path = (prefix ? `${prefix}/${name}` : name).replace(/^\/+/, "").replace(/\/+$/, "");
  if (!path || path.split("/").some((part) => part === ".." || part === "") || /^[a-z]:/i.test(path)) throw new Error(`unsafe path in archive: ${JSON.stringify(path)}`);
  return path;
}

/** Whether the header's checksum (its bytes summed, the checksum field read as spaces) is the one it records. */
function checksumHolds(header: Buffer): boolean {
  const recorded = field(header, 148, 8).trim();
  if (!/^[0-7]+$/.test(recorded)) return false;
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
  return sum === parseInt(recorded, 8);
}

/** Writes every file and directory of the ustar archive `tar` under `dir` (created if missing); throws on anything else. */
export function extractTar(tar: Buffer, dir: string): void {
  mkdirSync(dir, { recursive: true });
  let entries = 0;
  for (let at = 0; ; ) {
    if (at + BLOCK > tar.length) throw new Error(entries ? "archive ends without its end blocks" : "not a tar archive");
    const header = tar.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) {
      if (!entries) throw new Error("empty archive");
      break; // the end-of-archive blocks
    }
    if (!checksumHolds(header)) throw new Error("not a tar archive (header checksum)");
    entries++;
    const sizeText = field(header, 124, 12).trim();
    if (!/^[0-7]*$/.test(sizeText)) throw new Error("unreadable entry size in archive");
    const size = sizeText ? parseInt(sizeText, 8) : 0;
    const type = String.fromCharCode(header[156]!);
    const path = entryPath(header);
    const body = at + BLOCK;
    if (body + size > tar.length) throw new Error(`archive ends inside ${path}`);
    if (type === "5") mkdirSync(join(dir, path), { recursive: true });
    else if (type === "0" || type === "\0") {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), tar.subarray(body, body + size));
    }
    else throw new Error(`unsupported entry type ${JSON.stringify(type)} for ${path}`);
    at = body + Math.ceil(size / BLOCK) * BLOCK;
  }
}
