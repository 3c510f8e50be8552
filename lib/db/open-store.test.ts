import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockPathFor, StoreLockedError } from "./data-dir-lock";
import { DatabaseUrlError } from "./database-url";
import { closeStore, getStore, openStore } from "./open-store";

const child = fileURLToPath(new URL("./testing/hold-store.ts", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));

let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "pd-store-"));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function startHolder(url: string, rows: number): Promise<ChildProcess> {
  const p = spawn(process.execPath, ["--import", "tsx", child, "hold", url, String(rows)], {
    cwd: root,
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    p.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("ready")) resolve(p);
    });
    p.on("exit", (code) => reject(new Error(`holder exited early (${code}): ${out}`)));
  });
}

function tryOpen(url: string): { ok: boolean; name?: string; message?: string; holderPid?: number } {
  const r = spawnSync(process.execPath, ["--import", "tsx", child, "try", url], { cwd: root, encoding: "utf8" });
  const line = r.stdout.trim().split("\n").pop() ?? "";
  if (!line.startsWith("{")) throw new Error(`try child printed: ${r.stdout} ${r.stderr}`);
  return JSON.parse(line);
}

const exited = (p: ChildProcess) => new Promise<number | null>((res) => p.on("exit", (code) => res(code)));

describe("openStore on PGlite", () => {
  it("creates missing parent dirs, gives Prisma, raw query and raw transactions", async () => {
    const dir = join(base, "deep", "er", "pglite");
    const s = await openStore({ url: `pglite:${dir}` });
    try {
      expect(s.kind).toBe("pglite");
      expect(s.dataDir).toBe(dir);
      expect(existsSync(lockPathFor(dir))).toBe(true);
      await s.query(`INSERT INTO "MailingList" ("listId") VALUES ($1), ($2)`, ["a", "b"]);
      await expect(
        s.transaction(async (tx) => {
          await tx.query(`INSERT INTO "MailingList" ("listId") VALUES ($1)`, ["c"]);
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      const n = await s.transaction(async (tx) => {
        await tx.exec(`INSERT INTO "MailingList" ("listId") VALUES ('d'); INSERT INTO "MailingList" ("listId") VALUES ('e');`);
        return (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM "MailingList"`))[0]?.n;
      });
      expect(n).toBe(4);
      const names = (await (await s.prisma()).mailingList.findMany({ orderBy: { listId: "asc" } })).map((r) => r.listId);
      expect(names).toEqual(["a", "b", "d", "e"]);
    } finally {
      await s.close();
      await s.close();
    }
    expect(existsSync(lockPathFor(dir))).toBe(false);
  });

  it("rejects a bad DATABASE_URL before touching anything", async () => {
    await expect(openStore({ url: "sqlite:./x.db" })).rejects.toBeInstanceOf(DatabaseUrlError);
  });

  // The lock tests share one directory: creating a PGlite directory costs seconds, reopening it does not.
  const dir = () => join(base, "shared", "pglite");
  const url = () => `pglite:${dir()}`;

  it("a second process gets StoreLockedError while the first holds the dir; the first's rows survive", async () => {
    const dir = join(base, "shared", "pglite");
    const url = `pglite:${dir}`;
    const holder = await startHolder(url, 25);
    try {
      const r = tryOpen(url);
      expect(r.ok).toBe(false);
      expect(r.name).toBe("StoreLockedError");
      expect(r.holderPid).toBe(holder.pid);
      expect(r.message).toContain(`process ${holder.pid}`);
      expect(r.message).toContain("hold-store.ts hold");
      expect(r.message).toContain("DATABASE_URL=postgresql://");
      // In this process too.
      await expect(openStore({ url })).rejects.toBeInstanceOf(StoreLockedError);
    } finally {
      holder.stdin!.end();
      expect(await exited(holder)).toBe(0);
    }
    expect(existsSync(lockPathFor(dir))).toBe(false);
    const s = await openStore({ url });
    try {
      expect(await (await s.prisma()).mailingList.count({ where: { listId: { startsWith: `held-${holder.pid}-` } } })).toBe(25);
    } finally {
      await s.close();
    }
  });

  it("SIGTERM and SIGINT release the lock", async () => {
    for (const sig of ["SIGTERM", "SIGINT"] as const) {
      const holder = await startHolder(url(), 0);
      expect(existsSync(lockPathFor(dir()))).toBe(true);
      const done = exited(holder);
      holder.kill(sig);
      await done;
      expect(existsSync(lockPathFor(dir()))).toBe(false);
    }
  });

  it("takes over the lock of a process that died without releasing it", async () => {
    const dead = Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);
    writeFileSync(
      lockPathFor(dir()),
      JSON.stringify({ pid: dead, hostname: hostname(), startedAt: new Date().toISOString(), command: "crashed" }),
    );
    expect(tryOpen(url())).toEqual({ ok: true });
    expect(existsSync(lockPathFor(dir()))).toBe(false);
  });

  it("SIGKILLed holder leaves a lock that the next process takes over", async () => {
    const holder = await startHolder(url(), 3);
    const done = exited(holder);
    holder.kill("SIGKILL");
    await done;
    expect(JSON.parse(readFileSync(lockPathFor(dir()), "utf8")).pid).toBe(holder.pid);
    const s = await openStore({ url: url() });
    try {
      expect(await (await s.prisma()).mailingList.count({ where: { listId: { startsWith: `held-${holder.pid}-` } } })).toBe(3);
    } finally {
      await s.close();
    }
  });
});

describe("a new PGlite store from the cached initdb copy", () => {
  it("writes the copy on the first new store, builds the next ones from it, and survives a damaged copy", async () => {
    const template = join(base, "initdb-copy.tar");
    const before = process.env.PATCHDECK_PGLITE_TEMPLATE;
    process.env.PATCHDECK_PGLITE_TEMPLATE = template;
    try {
      const tables = async (url: string) => {
        const s = await openStore({ url });
        try {
          await s.query(`INSERT INTO "MailingList" ("listId") VALUES ('x')`);
          return (await s.query<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`))[0]!.n;
        } finally {
          await s.close();
        }
      };
      const fresh = await tables(`pglite:${join(base, "tpl-a")}`);
      expect(existsSync(template)).toBe(true);
      // A tar of a whole data directory: PG_VERSION and the catalog files are in it.
      expect(readFileSync(template).includes(Buffer.from("PG_VERSION"))).toBe(true);
      expect(await tables(`pglite:${join(base, "tpl-b")}`)).toBe(fresh);
      expect(await tables("pglite:")).toBe(fresh);
      writeFileSync(template, "not a tar");
      expect(await tables(`pglite:${join(base, "tpl-c")}`)).toBe(fresh);
      expect(readFileSync(template).length).toBeGreaterThan(1_000_000);
    } finally {
      if (before === undefined) delete process.env.PATCHDECK_PGLITE_TEMPLATE;
      else process.env.PATCHDECK_PGLITE_TEMPLATE = before;
    }
  });
});

describe("getStore", () => {
  it("opens one shared store lazily from DATABASE_URL and closeStore releases it", async () => {
    const before = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "pglite:memory";
    try {
      const a = getStore();
      const b = getStore();
      expect(a).toBe(b);
      const s = await a;
      expect(s.kind).toBe("pglite");
      expect(s.dataDir).toBeNull();
      await closeStore();
      expect(getStore()).not.toBe(a);
      await closeStore();
    } finally {
      if (before === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = before;
    }
  });

  it("does not cache a failed open", async () => {
    const before = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "mysql://nope";
    try {
      const a = getStore();
      await expect(a).rejects.toBeInstanceOf(DatabaseUrlError);
      expect(getStore()).not.toBe(a);
      await expect(getStore()).rejects.toBeInstanceOf(DatabaseUrlError);
    } finally {
      if (before === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = before;
      await closeStore();
    }
  });
});
