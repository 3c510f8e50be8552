// A bulk ingest killed (SIGKILL) part-way, then run again, must leave exactly the rows of an uninterrupted
// run: batches commit atomically, raw bytes are written before the rows that point at them, the stale
// directory lock of the dead process is taken over, and the derived tables are rebuilt on the re-run.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../db/open-store";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "lib", "cli", "main.ts");
const tmp = mkdtempSync(join(tmpdir(), "patchdeck-kill-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TOTAL = 2400;

/** An mbox of small series: a cover, two patches with diffs, and a review reply each. */
function writeArchive(path: string): void {
  const parts: string[] = [];
  const date = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toUTCString().replace("GMT", "+0000");
  for (let s = 0; s < TOTAL / 4; s++) {
    const base = `s${s}.${s * 7}@example.org`;
    const head = (i: number, id: string, subject: string, extra = "") =>
      `From author@example.org Thu Jan  1 00:00:00 2026\nFrom: Author ${s % 13} <author${s % 13}@example.org>\nSubject: ${subject}\nDate: ${date(s * 4 + i)}\nMessage-ID: <${id}>\n${extra}`;
    parts.push(`${head(0, `0-${base}`, `[PATCH 0/2] thing ${s}`)}\nThis series does thing ${s}.\n`);
    for (const n of [1, 2]) {
      parts.push(
        `${head(n, `${n}-${base}`, `[PATCH ${n}/2] part ${n} of thing ${s}`, `In-Reply-To: <0-${base}>\nReferences: <0-${base}>\n`)}\n` +
          `Part ${n}.\n\nSigned-off-by: Author <author${s % 13}@example.org>\n---\n f${s}.c | 2 +-\n\n` +
          `diff --git a/f${s}.c b/f${s}.c\n--- a/f${s}.c\n+++ b/f${s}.c\n@@ -1,3 +1,3 @@ int f(void)\n {\n-\tmutex_lock(&m${n});\n+\tmutex_lock_killable(&m${n});\n }\n`,
      );
    }
    parts.push(
      `${head(3, `r-${base}`, `Re: [PATCH 1/2] part 1 of thing ${s}`, `In-Reply-To: <1-${base}>\nReferences: <0-${base}> <1-${base}>\n`)}\n` +
        `> -\tmutex_lock(&m1);\n> +\tmutex_lock_killable(&m1);\n\nWhy not check the return value?\n\nReviewed-by: Rev <rev@example.org>\n`,
    );
  }
  writeFileSync(path, `${parts.join("\n")}\n`);
}

function runCli(dataDir: string, source: string) {
  return spawnSync(process.execPath, ["--import", "tsx", cli, "ingest", "--batch-size", "32", source], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `pglite:${dataDir}` },
    encoding: "utf8",
  });
}

async function snapshot(dataDir: string) {
  const store = await openStore({ url: `pglite:${dataDir}` });
  try {
    const q = <T>(sql: string) => store.query<T>(sql);
    return {
      messages: await q<{ messageId: string; subject: string; kind: string }>(`SELECT "messageId", subject, kind FROM "Message" ORDER BY "messageId"`),
      series: await q<{ key: string; title: string }>(`SELECT key, title FROM "Series" ORDER BY key`),
      patches: await q<{ n: number }>(`SELECT count(*)::int AS n FROM "Patch"`),
      copies: await q<{ n: number }>(`SELECT count(*)::int AS n FROM "MessageCopy"`),
    };
  } finally {
    await store.close();
  }
}

describe("a killed bulk ingest", () => {
  it("re-run after SIGKILL leaves the same rows as an uninterrupted run", async () => {
    const archive = join(tmp, "archive.mbox");
    writeArchive(archive);
    const clean = join(tmp, "clean", "db");
    const done = runCli(clean, archive);
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toContain(`ingested ${TOTAL} new, 0 duplicate, 0 quarantined`);

    const killed = join(tmp, "killed", "db");
    const child = spawn(process.execPath, ["--import", "tsx", cli, "ingest", "--batch-size", "32", archive], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `pglite:${killed}` },
      stdio: "ignore",
    });
    // Kill once the raw pack store has grown past a few batches: mid-ingest, mid-whatever it is doing.
    const packDir = `${killed}-raw`;
    const packBytes = () => (existsSync(packDir) ? readdirSync(packDir).reduce((n, f) => n + statSync(join(packDir, f)).size, 0) : 0);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    for (let i = 0; i < 600 && packBytes() < 40_000 && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const partial = await snapshot(killed);
    expect(partial.messages.length).toBeGreaterThan(0);
    expect(partial.messages.length).toBeLessThan(TOTAL);

    const rerun = runCli(killed, archive);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`ingested ${TOTAL - partial.messages.length} new, ${partial.messages.length} duplicate`);
    const a = await snapshot(clean);
    const b = await snapshot(killed);
    expect(b.messages).toEqual(a.messages);
    expect(b.series).toEqual(a.series);
    expect(b.patches).toEqual(a.patches);
    expect(a.series.length).toBe(TOTAL / 4);
  }, 240_000);
});
