// Lending the embedded store. PGlite allows one process per directory, and the dashboard keeps its store
// open for as long as it runs: without this, `ingest` (or `series`, `show`...) would have to wait until the
// dashboard is stopped. A holder that can give the store up for a while (the web server: it reopens the
// store on its next request) opens a door beside the lock: a loopback port and a secret token in
// `<dir>.door`, readable only by its owner. A command that finds the store locked asks through the door;
// the holder finishes its queries, closes the store and releases the lock, and then answers — so the two
// processes never have the directory open at once, and no row is lost.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { createConnection, createServer, type Server, type Socket } from "node:net";
import { basename, dirname, resolve } from "node:path";

/** What `<dir>.door` records: who listens where, and the token a request must carry. */
interface DoorFile {
  pid: number;
  port: number;
  token: string;
}

export interface LendingDoor {
  /** Stops listening and removes the door file (only if it is still this door's). Idempotent. */
  close(): void;
}

/** A request or answer is one small JSON object on one line: anything longer is not patchdeck talking. */
const MAX_LINE_BYTES = 4096;
/** How long a client waits for the holder to finish its queries and close the store. */
const DEFAULT_ANSWER_TIMEOUT_MS = 30_000;

/** The door file for a PGlite directory: a sibling, like the lock file. */
export function doorPathFor(dir: string): string {
  const abs = resolve(dir);
  return resolve(dirname(abs), `${basename(abs)}.door`);
}

/**
 * Listens on a loopback port for requests to lend the store in `dir`. For each valid request `lend(by)` runs
 * (it must close the store and release the lock before it resolves); only then is the answer sent. Concurrent
 * requests share one lending.
 */
export async function openLendingDoor(dir: string, lend: (by: string) => Promise<void>): Promise<LendingDoor> {
  const path = doorPathFor(dir);
  const token = randomBytes(24).toString("hex");
  let lending: Promise<void> | null = null;
  const server: Server = createServer((socket) => {
    socket.setTimeout(5_000, () => socket.destroy());
    firstJsonLine(socket)
      .then(async (request) => {
        // The answer may take a while (the holder finishes its queries first): no idle timeout from here on.
        socket.setTimeout(0);
        if (socket.destroyed) return;
        if (!request || !sameToken(request.token, token)) {
          socket.end(`${JSON.stringify({ lent: false, reason: "bad request" })}\n`);
          return;
        }
        lending ??= lend(typeof request.by === "string" ? request.by.slice(0, 300) : "another process");
        await lending;
        socket.end(`${JSON.stringify({ lent: true })}\n`);
      })
      .catch((e: unknown) => {
        socket.end(`${JSON.stringify({ lent: false, reason: e instanceof Error ? e.message : String(e) })}\n`);
      });
  });
  server.unref();
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const port = (server.address() as { port: number }).port;
  const tmp = `${path}.${process.pid}.tmp`;
  // 0600: the token is the only thing that stops another local user from making the dashboard let go.
  writeFileSync(tmp, `${JSON.stringify({ pid: process.pid, port, token } satisfies DoorFile)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
  let closed = false;
  const removeFile = () => {
    if (readDoor(path)?.token !== token) return;
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  };
  // A server shutting down on a signal exits normally once drained (Next does). A file left by a harder
  // death names a dead pid, which no lock holder has: clients ignore it, and the next door replaces it.
  process.on("exit", removeFile);
  return {
    close() {
      if (closed) return;
      closed = true;
      process.off("exit", removeFile);
      server.close();
      removeFile();
    },
  };
}

/**
 * Asks the process `holderPid`, which holds the store in `dir`, to lend it. True once the holder has closed
 * the store and released its lock; false when it has no door (an `ingest`, an older version), the door is
 * another process's, or it does not answer in time.
 */
export async function askHolderToLend(dir: string, holderPid: number, by: string, timeoutMs = DEFAULT_ANSWER_TIMEOUT_MS): Promise<boolean> {
  const door = readDoor(doorPathFor(dir));
  if (!door || door.pid !== holderPid) return false;
  const socket: Socket = createConnection({ host: "127.0.0.1", port: door.port }, () => {
    socket.write(`${JSON.stringify({ token: door.token, by })}\n`);
  });
  // Out of time, the connection is cut: the answer reads as none.
  const timer = setTimeout(() => socket.destroy(), timeoutMs);
  const answer = await firstJsonLine(socket);
  clearTimeout(timer);
  socket.destroy();
  return answer?.lent === true;
}

function readDoor(path: string): DoorFile | null {
  try {
    const v = JSON.parse(readFileSync(path, "utf8")) as Partial<DoorFile>;
    if (!Number.isInteger(v.pid) || !Number.isInteger(v.port) || typeof v.token !== "string") return null;
    return v as DoorFile;
  } catch {
    return null;
  }
}

/**
 * The first line the peer sends, parsed as a JSON object; null when it is no object, runs past
 * `MAX_LINE_BYTES`, or the connection fails or closes first.
 */
function firstJsonLine(socket: Socket): Promise<Record<string, unknown> | null> {
  return new Promise((done) => {
    let text = "";
    let settled = false;
    const finish = (value: Record<string, unknown> | null) => {
      if (settled) return;
      settled = true;
      socket.removeListener("data", onData);
      done(value);
    };
    const onData = (chunk: string) => {
      text += chunk;
      const nl = text.indexOf("\n");
      if (nl < 0) {
        if (text.length > MAX_LINE_BYTES) finish(null);
        return;
      }
      try {
        const value = JSON.parse(text.slice(0, nl)) as unknown;
        finish(value && typeof value === "object" ? (value as Record<string, unknown>) : null);
      } catch {
        finish(null);
      }
    };
    socket.setEncoding("utf8");
    socket.on("data", onData);
    // Kept after the line is read: a write to a peer that went away must not become an unhandled error.
    socket.on("error", () => finish(null));
    socket.on("close", () => finish(null));
  });
}

function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== "string" || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
