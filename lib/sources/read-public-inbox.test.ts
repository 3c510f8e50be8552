import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { collect, mails, texts } from "../../test/source-events";
import { Epoch, git } from "../../test/public-inbox-epoch";
import { readSource, SourceError, type RawMail, type SourceEvent } from "./read-source";

const tmp = realpathSync(mkdtempSync(join(tmpdir(), "patchdeck-epoch-")));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const msg = (id: string) => `From: T <t@example.org>\nSubject: ${id}\nMessage-ID: <${id}@example.org>\n\nbody ${id}\n`;

describe("public-inbox v2 epoch", () => {
  const epoch = new Epoch(join(tmp, "list", "git", "0.git"));
  const a = epoch.add(msg("a"));
  const b = epoch.add(Buffer.concat([Buffer.from(msg("b")), Buffer.from([0xff, 0xfe, 0x0a])]));
  epoch.remove(b.blob);
  const c = epoch.add(msg("c"));
  const firstHead = epoch.head!;

  it("yields each commit's m in commit order, nothing for a removal, then the cursor", async () => {
    const events = await collect(readSource(epoch.dir));
    const got = mails(events);
    expect(got.map((m) => m.origin)).toEqual([a, b, c].map((x) => ({ kind: "public-inbox", gitDir: epoch.dir, ...x })));
    expect(got[1]!.bytes.equals(Buffer.concat([Buffer.from(msg("b")), Buffer.from([0xff, 0xfe, 0x0a])]))).toBe(true);
    expect(texts(events)[2]).toBe(msg("c"));
    expect(events.filter((e) => e.type !== "mail")).toEqual([
      { type: "progress", unit: "commits", done: 4, total: 4 },
      { type: "cursor", location: epoch.dir, commit: firstHead },
    ]);
  });

  it("reads only commits after the cursor; nothing at all when the cursor is HEAD", async () => {
    const d = epoch.add(msg("d"));
    epoch.add(msg("e"));
    const asked: string[] = [];
    const cursor = (location: string) => (asked.push(location), firstHead);
    const events = await collect(readSource(epoch.dir, { cursor }));
    expect(asked).toEqual([epoch.dir]);
    expect(texts(events)).toEqual([msg("d"), msg("e")]);
    expect(mails(events)[0]!.origin).toEqual({ kind: "public-inbox", gitDir: epoch.dir, ...d });
    expect(events.at(-1)).toEqual({ type: "cursor", location: epoch.dir, commit: epoch.head });
    expect(await collect(readSource(epoch.dir, { cursor: async () => epoch.head }))).toEqual([]);
  });

  it("reads everything again, with a warning, when the cursor is unknown or not a commit id", async () => {
    for (const stale of ["0123456789abcdef0123456789abcdef01234567", "--output=/tmp/x"]) {
      const events = await collect(readSource(epoch.dir, { cursor: () => stale }));
      expect(events[0]?.type).toBe("warning");
      expect(texts(events)).toEqual(["a", "b", "c", "d", "e"].map((x) => (x === "b" ? texts(events)[1] : msg(x))));
    }
  });

  it("reads an inbox (git/0.git, git/1.git, ...) epoch by epoch, one cursor each", async () => {
    const second = new Epoch(join(tmp, "list", "git", "1.git"));
    second.add(msg("f"));
    const cursors = new Map([[epoch.dir, epoch.head]]);
    const events = await collect(readSource(join(tmp, "list"), { cursor: (l) => cursors.get(l) ?? null }));
    expect(texts(events)).toEqual([msg("f")]);
    expect(events.filter((e) => e.type === "cursor")).toEqual([{ type: "cursor", location: second.dir, commit: second.head }]);
    const all = await collect(readSource(join(tmp, "list")));
    expect(mails(all)).toHaveLength(6);
    expect(all.filter((e) => e.type === "cursor").map((e) => e.type === "cursor" && e.location)).toEqual([epoch.dir, second.dir]);
    expect(all.filter((e) => e.type === "progress").at(-1)).toEqual({ type: "progress", unit: "commits", done: 7, total: 7 });
  });

  it("yields a mail delivered twice in a row (a commit that changes no file) twice, so it counts as a duplicate", async () => {
    const twice = new Epoch(join(tmp, "twice.git"));
    const first = twice.add(msg("same"));
    const again = twice.add(msg("same"));
    const last = twice.add(msg("other"));
    expect(git(twice.dir, ["diff-tree", "--raw", "-r", again.commit])).toBe(""); // no file changed
    const events = await collect(readSource(twice.dir));
    expect(mails(events).map((m) => m.origin)).toEqual([first, again, last].map((x) => ({ kind: "public-inbox", gitDir: twice.dir, ...x })));
    expect(texts(events)).toEqual([msg("same"), msg("same"), msg("other")]);
    // The unchanged commit as the newest one, and read from a cursor.
    const tail = twice.add(msg("other"));
    const fromCursor = await collect(readSource(twice.dir, { cursor: () => last.commit }));
    expect(mails(fromCursor).map((m) => m.origin)).toEqual([{ kind: "public-inbox", gitDir: twice.dir, ...tail }]);
  });

  it("reads an epoch found inside a plain directory, after the files sorted before it", async () => {
    const dir = join(tmp, "mixed");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.eml"), msg("file-a"));
    writeFileSync(join(dir, "z.eml"), msg("file-z"));
    const nested = new Epoch(join(dir, "m.git"));
    nested.add(msg("nested"));
    const events = await collect(readSource(dir));
    expect(texts(events)).toEqual([msg("file-a"), msg("nested"), msg("file-z")]);
    expect(events.filter((e) => e.type === "cursor")).toEqual([{ type: "cursor", location: nested.dir, commit: nested.head }]);
  });

  it("stops the git processes when the reader breaks off early", async () => {
    let n = 0;
    for await (const e of readSource(epoch.dir)) {
      if (e.type === "mail" && ++n === 1) break;
    }
    expect(n).toBe(1);
  });

  it("yields an empty m as an empty mail, and an m that is not a blob as an unreadable mail with a warning", async () => {
    const odd = new Epoch(join(tmp, "odd.git"));
    odd.add("");
    // m as a gitlink to an existing commit: cat-file sends a commit object, which must be skipped whole.
    const before = odd.head!;
    const tree = git(odd.dir, ["mktree"], `160000 commit ${before}\tm\n`);
    odd.head = git(odd.dir, ["commit-tree", tree, "-p", before, "-m", "gitlink"]);
    git(odd.dir, ["update-ref", "HEAD", odd.head]);
    const gitlink = odd.head;
    odd.add(msg("after"));
    const events = await collect(readSource(odd.dir));
    expect(texts(events)).toEqual(["", "", msg("after")]);
    expect(mails(events).map((m) => m.unreadable)).toEqual([undefined, `commit ${gitlink}: m is a commit, not a blob`, undefined]);
    expect(events.filter((e) => e.type === "warning")).toHaveLength(1);
    expect(events.at(-1)).toEqual({ type: "cursor", location: odd.dir, commit: odd.head });
  });

  it("yields nothing for an empty repository", async () => {
    const empty = new Epoch(join(tmp, "empty.git"));
    expect(await collect(readSource(empty.dir))).toEqual([]);
  });

  it("throws SourceError for a directory named .git that is not a repository", async () => {
    mkdirSync(join(tmp, "fake.git"));
    await expect(collect(readSource(join(tmp, "fake.git")))).rejects.toBeInstanceOf(SourceError);
  });
});

// The full linux-s390 epoch is not part of the corpus: point PATCHDECK_S390_EPOCH at a local copy.
const s390 = process.env.PATCHDECK_S390_EPOCH;
describe.skipIf(!s390 || !haveCorpus)("linux-s390 epoch (PATCHDECK_S390_EPOCH)", () => {
  it("holds the killable-vma messages at the commits and blobs index.json names", async () => {
    const index = JSON.parse(readFileSync(corpusPath("lore", "killable-vma", "index.json"), "utf8")) as {
      messages: { copies: { file: string; repo: string; commit: string; blob: string }[] }[];
    };
    const want = new Map<string, string>();
    for (const m of index.messages) {
      for (const c of m.copies) if (c.repo.includes("s390")) want.set(c.blob, c.file);
    }
    let count = 0;
    for await (const e of readSource(s390!)) {
      if (e.type !== "mail" || e.mail.origin.kind !== "public-inbox") continue;
      count++;
      const file = want.get(e.mail.origin.blob);
      if (file) {
        expect(e.mail.bytes.equals(readFileSync(corpusPath("lore", "killable-vma", file)))).toBe(true);
        want.delete(e.mail.origin.blob);
      }
    }
    expect(want.size).toBe(0);
    expect(count).toBeGreaterThan(50_000);
  });
});
