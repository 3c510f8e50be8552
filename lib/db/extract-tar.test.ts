import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractTar } from "./extract-tar";

/** One ustar entry (header + padded body), written the way PGlite's dumpDataDir writes them. */
function entry(name: string, type: "0" | "5" | "2", body = ""): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, "utf8");
  header.write("0000644\0", 100);
  header.write(Buffer.byteLength(body).toString(8).padStart(11, "0") + "\0", 124);
  header.write(type, 156);
  header.write("ustar\0" + "00", 257, "latin1");
  header.write("        ", 148, "latin1");
  let sum = 0;
  for (const b of header) sum += b;
  header.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "latin1");
  const padded = Buffer.alloc(Math.ceil(Buffer.byteLength(body) / 512) * 512);
  padded.write(body);
  return Buffer.concat([header, padded]);
}
const end = Buffer.alloc(1024);

describe("extractTar", () => {
  it("writes the archive's directories and files, leading slashes dropped", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "tar-")), "data");
    const big = "x".repeat(700);
    extractTar(Buffer.concat([entry("/PG_VERSION", "0", "17\n"), entry("/base", "5"), entry("/base/1/112", "0", big), entry("/empty", "0"), end]), dir);
    expect(readdirSync(dir).sort()).toEqual(["PG_VERSION", "base", "empty"]);
    expect(readFileSync(join(dir, "PG_VERSION"), "utf8")).toBe("17\n");
    expect(readFileSync(join(dir, "base", "1", "112"), "utf8")).toBe(big);
    expect(statSync(join(dir, "empty")).size).toBe(0);
  });

  it("refuses paths leaving the directory, links and archives cut short", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "tar-")), "data");
    expect(() => extractTar(Buffer.concat([entry("/../escape", "0", "x"), end]), dir)).toThrow(/unsafe path/);
    expect(() => extractTar(Buffer.concat([entry("/link", "2"), end]), dir)).toThrow(/unsupported entry type/);
    expect(() => extractTar(entry("/PG_VERSION", "0", "x".repeat(600)).subarray(0, 700), dir)).toThrow(/ends inside/);
    expect(() => extractTar(Buffer.from("not a tar"), dir)).toThrow(/not a tar archive/);
    const damaged = entry("/PG_VERSION", "0", "17\n");
    damaged[0] = 0x51;
    expect(() => extractTar(Buffer.concat([damaged, end]), dir)).toThrow(/checksum/);
  });
});
