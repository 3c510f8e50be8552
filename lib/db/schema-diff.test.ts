import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationsDir } from "./migrate";
import { diffMigrationsToSchema, migrationDirName } from "./schema-diff";

const schemaText = readFileSync(fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url)), "utf8");

describe("migrationDirName", () => {
  it("stamps UTC time and snake-cases the name like Prisma", () => {
    const at = new Date(Date.UTC(2026, 10, 27, 1, 2, 3));
    expect(migrationDirName("Add series tags!", at)).toBe("20261127010203_add_series_tags");
    expect(migrationDirName("  ", at)).toBe("20261127010203");
  });
});

// The same check CI runs with `npm run migrations:check`: a schema change without a migration fails here.
describe("diffMigrationsToSchema (Prisma schema engine, wasm)", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "pd-diff-"));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("the checked-in migrations produce exactly prisma/schema.prisma", async () => {
    const r = await diffMigrationsToSchema({ schemaText, migrationsDir: migrationsDir() });
    expect(r.migrations.length).toBeGreaterThan(0);
    expect(r.sql).toBe("");
  });

  it("reports the SQL for a schema change no migration covers", async () => {
    const changed = schemaText.replace(
      /model MailingList \{/,
      'model MailingList {\n  description String @default("")',
    ) + '\nmodel Tag {\n  id Int @id @default(autoincrement())\n  name String @unique\n}\n';
    const r = await diffMigrationsToSchema({ schemaText: changed, migrationsDir: migrationsDir() });
    expect(r.sql).toContain(`ALTER TABLE "MailingList" ADD COLUMN`);
    expect(r.sql).toContain(`"description" TEXT NOT NULL DEFAULT ''`);
    expect(r.sql).toContain(`CREATE TABLE "Tag"`);
    expect(r.sql).toContain(`CREATE UNIQUE INDEX "Tag_name_key"`);
  });

  it("from no migrations at all, yields a CREATE TABLE for every model", async () => {
    const r = await diffMigrationsToSchema({ schemaText, migrationsDir: join(tmp, "none") });
    expect(r.migrations).toEqual([]);
    const models = [...schemaText.matchAll(/^model (\w+)/gm)].map((m) => m[1]);
    expect(models.length).toBeGreaterThan(5);
    for (const m of models) expect(r.sql).toContain(`CREATE TABLE "${m}"`);
  });
});
