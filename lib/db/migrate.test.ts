import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, MigrationFailedError, MigrationHistoryError, migrationsDir, readMigrations } from "./migrate";
import { openStore, type Store } from "./open-store";

const realDir = migrationsDir();
const real = readMigrations(realDir);

describe("readMigrations", () => {
  it("finds the checked-in migrations in name order with sha256 checksums", () => {
    expect(real.length).toBeGreaterThan(0);
    expect(real[0]?.name).toMatch(/^\d{14}_init$/);
    expect(real.map((m) => m.name)).toEqual([...real.map((m) => m.name)].sort());
    for (const m of real) expect(m.checksum).toMatch(/^[0-9a-f]{64}$/);
  });
  it("honours PATCHDECK_MIGRATIONS_DIR", () => {
    const before = process.env.PATCHDECK_MIGRATIONS_DIR;
    process.env.PATCHDECK_MIGRATIONS_DIR = "/nowhere/migrations";
    try {
      expect(migrationsDir()).toBe("/nowhere/migrations");
      expect(readMigrations(migrationsDir())).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.PATCHDECK_MIGRATIONS_DIR;
      else process.env.PATCHDECK_MIGRATIONS_DIR = before;
    }
  });
});

/** The migration suite, run against any store kind. `open` must give a fresh, empty database. */
// `basic` runs only the first test: a PGlite directory costs ~3 s to create, the rest is dialect-independent.
function migrationSuite(open: (opts: { migrate: boolean }) => Promise<Store>, basic = false) {
  const more = basic ? it.skip : it;
  let tmp: string;
  const stores: Store[] = [];
  const fresh = async (migrate = false) => {
    const s = await open({ migrate });
    stores.push(s);
    return s;
  };
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), "pd-mig-"));
  });
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it("applies every migration, records it like Prisma, and is idempotent", async () => {
    const s = await fresh();
    const first = await applyMigrations(s, { dir: realDir });
    expect(first.applied).toEqual(real.map((m) => m.name));
    const rows = await s.query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null }>(
      `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
      real.map((m) => [m.name, m.checksum, 1]),
    );
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    const cols = await s.query<{ column_name: string; data_type: string; is_nullable: string }>(
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns
        WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(cols.map((c) => `${c.column_name}:${c.data_type}:${c.is_nullable}`)).toEqual([
      "id:character varying:NO",
      "checksum:character varying:NO",
      "finished_at:timestamp with time zone:YES",
      "migration_name:character varying:NO",
      "logs:text:YES",
      "rolled_back_at:timestamp with time zone:YES",
      "started_at:timestamp with time zone:NO",
      "applied_steps_count:integer:NO",
    ]);
    expect((await applyMigrations(s, { dir: realDir })).applied).toEqual([]);
    // Raw rows have the same JS types on every backend (pg alone would give int8 as a string).
    expect(await s.query(`SELECT count(*) AS n, 2::bigint ^ 60 AS f, 1152921504606846976::bigint AS big FROM "_prisma_migrations"`))
      .toEqual([{ n: real.length, f: 2 ** 60, big: 1152921504606846976n }]);
    expect(await s.transaction((tx) => tx.query(`SELECT count(*) AS n FROM "_prisma_migrations"`))).toEqual([{ n: real.length }]);
    await (await s.prisma()).mailingList.create({ data: { listId: "linux-mm.kvack.org" } });
    expect(await (await s.prisma()).mailingList.count()).toBe(1);
  });

  more("applies only the new migration when one is added", async () => {
    const dir = join(tmp, "migrations");
    cpSync(realDir, dir, { recursive: true });
    const s = await fresh();
    await applyMigrations(s, { dir });
    mkdirSync(join(dir, "29990101000000_add_note"));
    writeFileSync(join(dir, "29990101000000_add_note", "migration.sql"), `ALTER TABLE "Series" ADD COLUMN "note" TEXT;\n`);
    expect((await applyMigrations(s, { dir })).applied).toEqual(["29990101000000_add_note"]);
    await s.query(`UPDATE "Series" SET "note" = 'x'`);
  });

  more("refuses to run when an applied migration was edited", async () => {
    const dir = join(tmp, "migrations");
    cpSync(realDir, dir, { recursive: true });
    const s = await fresh();
    await applyMigrations(s, { dir });
    const file = join(dir, real[0]!.name, "migration.sql");
    writeFileSync(file, `${readFileSync(file, "utf8")}\n-- tampered\n`);
    mkdirSync(join(dir, "29990101000000_later"));
    writeFileSync(join(dir, "29990101000000_later", "migration.sql"), `CREATE TABLE "Later" (id INT);\n`);
    await expect(applyMigrations(s, { dir })).rejects.toThrow(MigrationHistoryError);
    await expect(applyMigrations(s, { dir })).rejects.toThrow(/was modified after it was applied/);
    // Nothing after the edited one ran either.
    const t = await s.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Later'`);
    expect(t).toEqual([]);
  });

  more("accepts an applied migration whose line endings changed (git autocrlf)", async () => {
    const dir = join(tmp, "migrations");
    cpSync(realDir, dir, { recursive: true });
    const s = await fresh();
    await applyMigrations(s, { dir });
    const file = join(dir, real[0]!.name, "migration.sql");
    writeFileSync(file, readFileSync(file, "utf8").replace(/\n/g, "\r\n"));
    expect((await applyMigrations(s, { dir })).applied).toEqual([]);
  });

  more("rolls back a failing migration and does not record it", async () => {
    const dir = join(tmp, "migrations");
    mkdirSync(join(dir, "20000101000000_half"), { recursive: true });
    writeFileSync(
      join(dir, "20000101000000_half", "migration.sql"),
      `CREATE TABLE "Half" (id INT);\nINSERT INTO "NoSuchTable" VALUES (1);\n`,
    );
    const s = await fresh();
    const err = await applyMigrations(s, { dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigrationFailedError);
    expect((err as Error).message).toContain("20000101000000_half");
    expect(await s.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`)).toEqual([]);
    expect(await s.query(`SELECT * FROM "_prisma_migrations"`)).toEqual([]);
  });

  more("refuses a history with a failed (unfinished) migration from another tool", async () => {
    const s = await fresh();
    await applyMigrations(s, { dir: join(tmp, "empty") });
    await s.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'y', '20000101000000_broken')`,
    );
    await expect(applyMigrations(s, { dir: realDir })).rejects.toThrow(/started but not finished/);
  });

  more("openStore migrates by default", async () => {
    const s = await fresh(true);
    const rows = await s.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(rows[0]?.n).toBe(real.length);
  });
}

describe("migrations on in-memory PGlite", () => {
  migrationSuite(({ migrate }) => openStore({ url: "pglite:memory", migrate }));
});

describe("migrations on a PGlite directory", () => {
  let base: string;
  let n = 0;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), "pd-migdir-"));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  migrationSuite(({ migrate }) => openStore({ url: `pglite:${join(base, `db${n++}`, "pglite")}`, migrate }), true);

  it("keeps the history across close and reopen", async () => {
    const url = `pglite:${join(base, "reopen", "pglite")}`;
    const a = await openStore({ url });
    await (await a.prisma()).mailingList.create({ data: { listId: "kept" } });
    await a.close();
    const b = await openStore({ url });
    try {
      expect((await applyMigrations(b, { dir: realDir })).applied).toEqual([]);
      expect(await (await b.prisma()).mailingList.findMany({ select: { listId: true } })).toEqual([{ listId: "kept" }]);
    } finally {
      await b.close();
    }
  });
});

const pgUrl = process.env.PATCHDECK_TEST_PG_URL;

describe.skipIf(!pgUrl)("migrations on PostgreSQL (PATCHDECK_TEST_PG_URL)", () => {
  const created: string[] = [];
  let admin: import("pg").Pool;
  beforeAll(async () => {
    const { default: pg } = await import("pg");
    admin = new pg.Pool({ connectionString: pgUrl, max: 1 });
  });
  afterAll(async () => {
    for (const db of created) await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    await admin.end();
  });
  // Each test gets its own database so runs never see each other's tables.
  const freshUrl = async () => {
    const name = `pd_test_${process.pid}_${created.length}_${Date.now() % 100000}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    created.push(name);
    const u = new URL(pgUrl!);
    u.pathname = `/${name}`;
    return u.toString();
  };
  migrationSuite(async ({ migrate }) => openStore({ url: await freshUrl(), migrate }));

  it("two stores migrating one database at once apply each migration once", async () => {
    const url = await freshUrl();
    const [a, b] = await Promise.all([openStore({ url }), openStore({ url })]);
    try {
      const rows = await a.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
      expect(rows[0]?.n).toBe(real.length);
      expect(b.kind).toBe("postgres");
    } finally {
      await a.close();
      await b.close();
    }
  });
});
