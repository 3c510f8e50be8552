import { isAbsolute, join, resolve } from "node:path";

/** Where the store lives: an embedded PGlite directory (null = in-memory) or a PostgreSQL server. */
export type StoreConfig = { kind: "pglite"; dir: string | null } | { kind: "postgres"; url: string };

/** DATABASE_URL could not be understood; `value` is the offending setting (credentials masked). */
export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
  readonly code = "BAD_DATABASE_URL";
  constructor(
    readonly value: string,
    reason: string,
  ) {
    super(
      `DATABASE_URL=${JSON.stringify(value)}: ${reason}. Use "pglite:<dir>" (embedded, one process), ` +
        `"pglite:memory" (in-memory), or "postgresql://user@host:port/db" (a PostgreSQL server).`,
    );
  }
}

const maskPassword = (raw: string): string => raw.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, "$1***@");

/**
 * Parses DATABASE_URL. Unset or blank -> PGlite at `<cwd>/data/pglite`; `pglite:` or `pglite:memory`
 * -> in-memory PGlite; `pglite:<dir>` -> that dir (relative to cwd); `postgres(ql)://` -> a server.
 * Throws DatabaseUrlError for anything else.
 */
export function parseDatabaseUrl(value: string | undefined, cwd: string): StoreConfig {
  const raw = value?.trim() ?? "";
  if (raw === "") return { kind: "pglite", dir: join(cwd, "data", "pglite") };
  if (raw.includes("\0")) throw new DatabaseUrlError("(contains NUL)", "NUL byte in the value");
  const shown = maskPassword(raw);

  if (/^pglite:/i.test(raw)) {
    let rest = raw.slice("pglite:".length);
    // Accept the URL-ish spelling pglite:///abs/dir as well as pglite:/abs/dir.
    if (rest.startsWith("//")) rest = rest.slice(2);
    if (rest === "" || rest === "memory" || rest === "memory://") return { kind: "pglite", dir: null };
    return { kind: "pglite", dir: isAbsolute(rest) ? resolve(rest) : resolve(cwd, rest) };
  }

  if (/^postgres(ql)?:\/\//i.test(raw)) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new DatabaseUrlError(shown, "not a valid URL");
    }
    // A socket-only URL (postgresql:///db?host=/run/postgresql) is legal for pg: accept an empty host then.
    if (url.hostname === "" && !url.searchParams.has("host")) {
      throw new DatabaseUrlError(shown, "the PostgreSQL URL has no host");
    }
    return { kind: "postgres", url: raw };
  }

  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1];
  throw new DatabaseUrlError(
    shown,
    scheme ? `unsupported scheme "${scheme}:" (patchdeck speaks PostgreSQL only)` : "no scheme",
  );
}
