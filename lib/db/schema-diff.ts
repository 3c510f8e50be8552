import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { applyMigrations } from "./migrate";

/**
 * Prisma's schema engine compiled to WebAssembly, driven through the PGlite driver adapter: the
 * offline replacement for `prisma migrate diff`. An internal Prisma API: re-test on every Prisma bump.
 */
interface WasmEngine {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}
interface WasmRuntime {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  version(): string;
  SchemaEngine: { new: (opts: unknown, log: (msg: string) => void, adapter: object) => Promise<WasmEngine> };
}

let runtimePromise: Promise<WasmRuntime> | null = null;

// The package's entry does `import * as wasm from "./x.wasm"`, which Node 20 cannot load; so
// instantiate the .wasm ourselves and hand it to the wasm-bindgen glue, as the entry would.
function loadRuntime(): Promise<WasmRuntime> {
  runtimePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as WasmRuntime;
    const module = new WebAssembly.Module(readFileSync(join(gluePath, "..", "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": glue as never });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return glue;
  })();
  return runtimePromise;
}

export interface SchemaDiffResult {
  /** SQL that takes a database migrated by every checked-in migration to the schema; "" when none. */
  sql: string;
  /** Names of the migrations replayed. */
  migrations: string[];
}

/**
 * Replays `migrationsDir` into an in-memory PGlite with our runner, then asks the schema engine for
 * the SQL from that database to `schemaText`.
 */
export async function diffMigrationsToSchema(opts: {
  schemaText: string;
  schemaPath?: string;
  migrationsDir: string;
}): Promise<SchemaDiffResult> {
  const [{ PGlite }, { PrismaPGlite }, { bindMigrationAwareSqlAdapterFactory }, runtime] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
    import("@prisma/driver-adapter-utils"),
    loadRuntime(),
  ]);
  const db = await PGlite.create();
  let engine: WasmEngine | null = null;
  try {
    const { applied } = await applyMigrations(
      {
        kind: "pglite",
        transaction: (fn) =>
          db.transaction((tx) =>
            fn({
              query: async (sql, params) => (await tx.query(sql, params)).rows as never,
              exec: async (sql) => void (await tx.exec(sql)),
            }),
          ),
      },
      { dir: opts.migrationsDir },
    );
    const path = opts.schemaPath ?? "schema.prisma";
    const files = [{ path, content: opts.schemaText }];
    const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(db));
    engine = await runtime.SchemaEngine.new({ datamodels: [[path, opts.schemaText]] }, () => {}, adapter);
    const result = await engine.diff({
      // "schemaDatasource" = the live database behind the adapter (here: the replayed PGlite).
      from: { tag: "schemaDatasource", files, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    // exitCode 2 = non-empty diff; 0 = the engine's "-- This is an empty migration." placeholder.
    const sql = result.exitCode === 2 ? (result.stdout ?? "") : "";
    return { sql, migrations: applied };
  } finally {
    engine?.free();
    await db.close();
  }
}

/** Prisma's migration directory name: UTC `YYYYMMDDHHMMSS_<name>` with the name snake-cased. */
export function migrationDirName(name: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const slug = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 200);
  return slug ? `${stamp}_${slug}` : stamp;
}
