import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockPathFor, StoreLockedError, type LockHolder } from "./data-dir-lock";
import { openStore } from "./open-store";
import { doorPathFor } from "./store-lending";

const child = fileURLToPath(new URL("./testing/hold-store.ts", import.meta.url));
const cli = fileURLToPath(new URL("../cli/main.ts", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));

let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "pd-lend-"));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A child holding the store: `lend` = as the web server does (with a door), `hold` = as a command does. */
function startHolder(mode: "lend" | "hold", url: string, rows: number): Promise<{ proc: ChildProcess; ask: () => Promise<Record<string, unknown>> }> {
  const proc = spawn(process.execPath, ["--import", "tsx", child, mode, url, String(rows)], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  const waiting: ((line: string) => void)[] = [];
  proc.stdout!.on("data", (d: Buffer) => {
    out += d.toString();
    let nl: number;
    while ((nl = out.indexOf("\n")) >= 0) {
      const line = out.slice(0, nl);
      out = out.slice(nl + 1);
      if (line === "ready") waiting.shift()?.(line);
      else waiting.shift()?.(line);
    }
  });
  const ask = () =>
    new Promise<Record<string, unknown>>((resolve) => {
      waiting.push((line) => resolve(JSON.parse(line) as Record<string, unknown>));
      proc.stdin!.write("count\n");
    });
  return new Promise((resolve, reject) => {
    waiting.push(() => resolve({ proc, ask }));
    proc.on("exit", (code) => reject(new Error(`holder exited early (${code})`)));
  });
}

const exited = (p: ChildProcess) => new Promise<number | null>((res) => p.on("exit", (code) => res(code)));

async function countRows(store: Awaited<ReturnType<typeof openStore>>): Promise<number> {
  return (await store.prisma()).mailingList.count();
}

describe("lending the embedded store (a command while the dashboard runs)", () => {
  it("the web server's store lends itself to a command that asks, and reopens afterwards with every row", async () => {
    const dir = join(base, "lend");
    const url = `pglite:${dir}`;
    const holder = await startHolder("lend", url, 5);
    try {
      const door = doorPathFor(dir);
      expect(existsSync(door)).toBe(true);
      expect(statSync(door).mode & 0o077).toBe(0); // the token is the owner's alone

      // Without asking to borrow, a command still stops with the lock's message.
      await expect(openStore({ url })).rejects.toBeInstanceOf(StoreLockedError);

      let lender: LockHolder | null = null;
      const s = await openStore({ url, borrow: { by: "patchdeck ingest test", onBorrowed: (h) => (lender = h) } });
      try {
        expect(lender!.pid).toBe(holder.proc.pid);
        expect(JSON.parse(readFileSync(lockPathFor(dir), "utf8")).pid).toBe(process.pid);
        expect(existsSync(door)).toBe(false);
        // While the command has it, the web server's next request is told so, never given the directory.
        const during = await holder.ask();
        expect(during).toMatchObject({ ok: false });
        expect(String(during.message)).toMatch(/lent to another command \(patchdeck ingest test\)|in use by process/);
        expect(await countRows(s)).toBe(5);
        await s.query(`INSERT INTO "MailingList" ("listId") VALUES ('borrowed-1'), ('borrowed-2')`);
      } finally {
        await s.close();
      }
      await new Promise((r) => setTimeout(r, 2_100)); // past the lending grace
      expect(await holder.ask()).toEqual({ ok: true, rows: 7 });
      expect(existsSync(door)).toBe(true); // the reopened store has a door again
    } finally {
      holder.proc.stdin!.end();
      expect(await exited(holder.proc)).toBe(0);
    }
    expect(existsSync(lockPathFor(dir))).toBe(false);
    expect(existsSync(doorPathFor(dir))).toBe(false);
  }, 60_000);

  it("a holder without a door (another command) is not asked: the borrower stops with the lock's message", async () => {
    const dir = join(base, "hold");
    const url = `pglite:${dir}`;
    const holder = await startHolder("hold", url, 1);
    try {
      expect(existsSync(doorPathFor(dir))).toBe(false);
      await expect(openStore({ url, borrow: { by: "test" } })).rejects.toBeInstanceOf(StoreLockedError);
    } finally {
      holder.proc.stdin!.end();
      await exited(holder.proc);
    }
  }, 60_000);

  it("a request without the door's token is refused and the holder keeps the store", async () => {
    const dir = join(base, "token");
    const url = `pglite:${dir}`;
    const holder = await startHolder("lend", url, 0);
    try {
      const { port } = JSON.parse(readFileSync(doorPathFor(dir), "utf8")) as { port: number };
      const answer = await new Promise<string>((resolve) => {
        const socket = connect({ host: "127.0.0.1", port }, () => socket.write(`${JSON.stringify({ token: "0".repeat(48), by: "intruder" })}\n`));
        let text = "";
        socket.on("data", (d) => (text += d.toString()));
        socket.on("close", () => resolve(text));
      });
      expect(JSON.parse(answer)).toMatchObject({ lent: false });
      expect(JSON.parse(readFileSync(lockPathFor(dir), "utf8")).pid).toBe(holder.proc.pid);
      expect(await holder.ask()).toEqual({ ok: true, rows: 0 });
    } finally {
      holder.proc.stdin!.end();
      await exited(holder.proc);
    }
  }, 60_000);

  it("`patchdeck series` runs while the dashboard holds the store, and says it borrowed it", async () => {
    const dir = join(base, "cli");
    const url = `pglite:${dir}`;
    const holder = await startHolder("lend", url, 0);
    try {
      const r = spawnSync(process.execPath, ["--import", "tsx", cli, "series", "--json"], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: url },
      });
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ series: [] });
      expect(r.stderr).toContain(`in use by process ${holder.proc.pid}`);
      expect(r.stderr).toContain("lent it to this command");
      await new Promise((res) => setTimeout(res, 2_100));
      expect(await holder.ask()).toEqual({ ok: true, rows: 0 });
    } finally {
      holder.proc.stdin!.end();
      await exited(holder.proc);
    }
  }, 60_000);
});
