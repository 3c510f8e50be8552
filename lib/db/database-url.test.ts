import { describe, expect, it } from "vitest";
import { DatabaseUrlError, parseDatabaseUrl } from "./database-url";

describe("parseDatabaseUrl", () => {
  const cwd = "/srv/patchdeck";

  it("defaults to PGlite under data/ when unset or blank", () => {
    expect(parseDatabaseUrl(undefined, cwd)).toEqual({ kind: "pglite", dir: "/srv/patchdeck/data/pglite" });
    expect(parseDatabaseUrl("  ", cwd)).toEqual({ kind: "pglite", dir: "/srv/patchdeck/data/pglite" });
  });

  it("reads pglite: forms", () => {
    expect(parseDatabaseUrl("pglite:", cwd)).toEqual({ kind: "pglite", dir: null });
    expect(parseDatabaseUrl("pglite:memory", cwd)).toEqual({ kind: "pglite", dir: null });
    expect(parseDatabaseUrl("pglite:data/x", cwd)).toEqual({ kind: "pglite", dir: "/srv/patchdeck/data/x" });
    expect(parseDatabaseUrl("pglite:/var/lib/pd", cwd)).toEqual({ kind: "pglite", dir: "/var/lib/pd" });
    expect(parseDatabaseUrl("pglite:///var/lib/pd/", cwd)).toEqual({ kind: "pglite", dir: "/var/lib/pd" });
  });

  it("passes PostgreSQL URLs through", () => {
    const url = "postgresql://pd:secret@db.example:5433/patchdeck?sslmode=require";
    expect(parseDatabaseUrl(url, cwd)).toEqual({ kind: "postgres", url });
    expect(parseDatabaseUrl("postgres://localhost/pd", cwd)).toEqual({ kind: "postgres", url: "postgres://localhost/pd" });
    expect(parseDatabaseUrl("postgresql:///pd?host=/run/postgresql", cwd).kind).toBe("postgres");
  });

  it("rejects other schemes with a typed error that hides the password", () => {
    expect(() => parseDatabaseUrl("file:./dev.db", cwd)).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl("file:./dev.db", cwd)).toThrow(/unsupported scheme "file:"/);
    expect(() => parseDatabaseUrl("mysql://u:p@h/db", cwd)).toThrow(/postgresql:\/\//);
    expect(() => parseDatabaseUrl("just-a-name", cwd)).toThrow(/no scheme/);
    expect(() => parseDatabaseUrl("postgresql:///pd", cwd)).toThrow(/no host/);
    try {
      parseDatabaseUrl("postgres://u:hunter2@[bad/db", cwd);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DatabaseUrlError);
      expect((e as Error).message).not.toContain("hunter2");
    }
  });
});
