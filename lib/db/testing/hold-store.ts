// Child process for the lock tests (run with `node --import tsx`):
//   hold <url> <rows>  open the store, insert <rows> MailingList rows, print "ready", stay until stdin closes
//   lend <url> <rows>  the same through the web server's getStore (which lends the store when asked); each
//                      line "count" on stdin prints one JSON line {ok, rows?, name?} read through getStore again
//   try <url>          try to open the store; print one JSON line {ok, name?, message?, holderPid?}
import { createInterface } from "node:readline";
import { StoreLockedError } from "../data-dir-lock";
import { closeStore, getStore, openStore } from "../open-store";

const [mode, url, rows] = process.argv.slice(2);

if (mode === "hold") {
  const store = await openStore({ url });
  for (let i = 0; i < Number(rows ?? 0); i++) {
    await (await store.prisma()).mailingList.create({ data: { listId: `held-${process.pid}-${i}` } });
  }
  process.stdout.write("ready\n");
  process.stdin.resume();
  process.stdin.on("end", () => {
    void store.close().then(() => process.exit(0));
  });
} else if (mode === "lend") {
  process.env.DATABASE_URL = url;
  const store = await getStore();
  for (let i = 0; i < Number(rows ?? 0); i++) {
    await (await store.prisma()).mailingList.create({ data: { listId: `held-${process.pid}-${i}` } });
  }
  process.stdout.write("ready\n");
  const lines = createInterface({ input: process.stdin });
  lines.on("line", (line) => {
    if (line.trim() !== "count") return;
    getStore()
      .then(async (s) => (await s.prisma()).mailingList.count())
      .then((n) => process.stdout.write(`${JSON.stringify({ ok: true, rows: n })}\n`))
      .catch((e: Error) => process.stdout.write(`${JSON.stringify({ ok: false, name: e.name, message: e.message })}\n`));
  });
  lines.on("close", () => {
    void closeStore().then(() => process.exit(0));
  });
} else if (mode === "try") {
  try {
    const store = await openStore({ url });
    await store.close();
    process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
  } catch (e) {
    const err = e as Error;
    const holderPid = e instanceof StoreLockedError ? e.holder?.pid : undefined;
    process.stdout.write(`${JSON.stringify({ ok: false, name: err.name, message: err.message, holderPid })}\n`);
  }
  process.exit(0);
} else {
  process.stderr.write("usage: hold <url> <rows> | lend <url> <rows> | try <url>\n");
  process.exit(2);
}
