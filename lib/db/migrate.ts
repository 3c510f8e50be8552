import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Store } from "./store-types";

/** A checked-in migration: `prisma/migrations/<name>/migration.sql`. */
export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 hex of the file's bytes: the value Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
}

/** The migration history in the database disagrees with the files; nothing was applied. */
export class MigrationHistoryError extends Error {
  override name = "MigrationHistoryError";
}

/** A migration's SQL failed; its transaction was rolled back and it is not recorded. */
export class MigrationFailedError extends Error {
  override name = "MigrationFailedError";
  constructor(
    readonly migration: string,
    readonly cause: unknown,
  ) {
    super(`migration ${migration} failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

// Prisma's own advisory lock key, so our runner and `prisma migrate` exclude each other.
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

// The table exactly as Prisma's schema engine creates it on PostgreSQL.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/**
 * The migrations directory: $PATCHDECK_MIGRATIONS_DIR, else prisma/migrations next to this source
 * tree, else `<cwd>/prisma/migrations` (bundled by Next, import.meta.url points into .next/).
 */
export function migrationsDir(): string {
  const env = process.env.PATCHDECK_MIGRATIONS_DIR;
  if (env) return env;
  try {
    // Not `new URL("../..", import.meta.url)`: bundlers treat that literal as an asset to bundle.
    const here = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "prisma", "migrations");
    if (existsSync(here)) return here;
  } catch {
    /* import.meta.url is not a file: URL once bundled */
  }
  return join(process.cwd(), "prisma", "migrations");
}

/** Reads every `<dir>/<name>/migration.sql`, sorted by name. A missing dir yields []. */
export function readMigrations(dir = migrationsDir()): MigrationFile[] {
  // turbopackIgnore: a run-time directory; otherwise Next traces the whole project into its output.
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((name) => !name.startsWith(".") && statSync(join(/*turbopackIgnore: true*/ dir, name)).isDirectory())
    .sort()
    .flatMap((name) => {
      const file = join(/*turbopackIgnore: true*/ dir, name, "migration.sql");
      if (!existsSync(/*turbopackIgnore: true*/ file)) return [];
      const bytes = readFileSync(/*turbopackIgnore: true*/ file);
      return [{ name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") }];
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/**
 * Applies pending migrations in name order, each in its own transaction, recording them in
 * `_prisma_migrations` like Prisma does. Throws MigrationHistoryError (before applying anything)
 * if an applied migration's file changed or a failed migration is recorded.
 */
export async function applyMigrations(
  store: Pick<Store, "kind" | "transaction">,
  opts: { dir?: string } = {},
): Promise<{ applied: string[]; total: number }> {
  const files = readMigrations(opts.dir ?? migrationsDir());
  const lock = async (tx: { query: Store["query"] }) => {
    if (store.kind === "postgres") await tx.query("SELECT pg_advisory_xact_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
  };

  const rows = await store.transaction(async (tx) => {
    await lock(tx);
    await tx.exec(CREATE_MIGRATIONS_TABLE);
    return tx.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
  });
  checkHistory(files, rows);

  const done = new Set(rows.filter((r) => r.finished_at != null && r.rolled_back_at == null).map((r) => r.migration_name));
  const applied: string[] = [];
  for (const m of files) {
    if (done.has(m.name)) continue;
    try {
      const didApply = await store.transaction(async (tx) => {
        await lock(tx);
        // Another process may have applied it while we waited for the lock.
        const again = await tx.query<AppliedRow>(
          `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"
            WHERE migration_name = $1 AND rolled_back_at IS NULL`,
          [m.name],
        );
        if (again.length > 0) {
          checkHistory([m], again);
          return false;
        }
        const started = new Date();
        await tx.exec(m.sql);
        await tx.query(
          `INSERT INTO "_prisma_migrations"
             (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
          [randomUUID(), m.checksum, m.name, started.toISOString()],
        );
        return true;
      });
      if (didApply) applied.push(m.name);
    } catch (e) {
      if (e instanceof MigrationHistoryError) throw e;
      throw new MigrationFailedError(m.name, e);
    }
  }
  return { applied, total: files.length };
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

// Like Prisma, a file whose line endings git converted (LF <-> CRLF) still counts as unchanged.
function checksumMatches(f: MigrationFile, stored: string): boolean {
  if (f.checksum === stored) return true;
  const lf = f.sql.replace(/\r\n/g, "\n");
  return sha256(lf) === stored || sha256(lf.replace(/\n/g, "\r\n")) === stored;
}

function checkHistory(files: MigrationFile[], rows: AppliedRow[]): void {
  const byName = new Map(files.map((f) => [f.name, f]));
  for (const r of rows) {
    if (r.rolled_back_at != null) continue;
    if (r.finished_at == null) {
      throw new MigrationHistoryError(
        `migration ${r.migration_name} is recorded as started but not finished in _prisma_migrations ` +
          `(a failed run of another tool). Fix the database by hand, then mark it rolled back.`,
      );
    }
    const f = byName.get(r.migration_name);
    if (f && !checksumMatches(f, r.checksum)) {
      throw new MigrationHistoryError(
        `migration ${r.migration_name} was modified after it was applied (checksum ${r.checksum.slice(0, 12)}… in the ` +
          `database, ${f.checksum.slice(0, 12)}… on disk). Restore the original file and put the change in a new ` +
          `migration (npm run migrations:new -- <name>).`,
      );
    }
  }
}
