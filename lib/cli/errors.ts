// Typed errors -> CLI exit codes, in one place (ARCHITECTURE habit 9). HTTP mapping lives in
// app/api/http-errors.ts.
export class UsageError extends Error {
  readonly code = "USAGE";
}

export class NotFoundError extends Error {
  readonly code = "NOT_FOUND";
}

/** Exit codes of `patchdeck`: see CONTRACT.md. */
export function exitCodeFor(err: unknown): number {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case "NOT_FOUND":
      return 2;
    case "USAGE":
      return 64;
    case "STORE_LOCKED":
      return 75;
    case "SOURCE_UNREADABLE":
      return 66;
    case "BAD_DATABASE_URL":
      return 78;
    default:
      return 1;
  }
}
