import type { PrismaClient } from "../generated/prisma/client";

/** Raw SQL runner: `$1`-style parameters, rows as plain objects. */
export type QueryFn = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

/** What a raw-SQL transaction may do: parameterised queries, and multi-statement scripts (no params). */
export interface StoreTx {
  query: QueryFn;
  exec(sql: string): Promise<void>;
}

/** An open database: Prisma for ordinary reads/writes, raw SQL for bulk inserts and migrations. */
export interface Store {
  readonly kind: "pglite" | "postgres";
  /** The Prisma client on this store, created on first use (creating it costs ~0.3 s a command). */
  prisma(): Promise<PrismaClient>;
  /** The PGlite directory, or null for in-memory PGlite and for PostgreSQL. */
  readonly dataDir: string | null;
  query: QueryFn;
  /**
   * Runs `fn` in one transaction (BEGIN/COMMIT, ROLLBACK when it throws). Inside, use only `tx`:
   * on PGlite (one connection) a `store.query`/`store.prisma` call from within `fn` would deadlock.
   */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** Disconnects Prisma, closes the database and releases the directory lock. Idempotent. */
  close(): Promise<void>;
}
