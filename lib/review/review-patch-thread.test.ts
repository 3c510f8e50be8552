import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseUnifiedDiff } from "../diff/parse-unified-diff";
import { haveCorpus } from "../../test/corpus";
import { type CorpusMail, loadKillableVma, threadInput } from "./corpus-thread.test-util";
import { parseChangelog } from "../mail/parse-changelog";
import { correctsQuotedWord, reviewPatchThread } from "./review-patch-thread";
import type { ContractComment } from "./types";

const dir = join(import.meta.dirname, "..", "..", "fixtures", "review");
const read = (name: string): string => readFileSync(join(dir, name), "utf8");

// Goldens are written only when missing or with UPDATE_GOLDEN=1, then read back by hand; CI compares.
function golden(name: string, actual: unknown): unknown {
  const path = join(dir, `${name}.expected.json`);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  }
  return JSON.parse(readFileSync(path, "utf8"));
}

// Goldens keep the decision and a short excerpt, not the reviewers' full text or the hunks.
function summary(cs: ContractComment[]) {
  return cs.map((c) => ({
    messageId: c.messageId,
    author: c.author.email,
    anchor: c.anchor,
    kind: c.kind,
    text: c.text.replace(/\s+/g, " ").slice(0, 40),
    response: { kind: c.response.kind, messageId: c.response.messageId },
    resolution: { status: c.resolution.status, inVersion: c.resolution.inVersion, actionable: c.resolution.actionable, evidence: c.resolution.evidence.slice(0, 160) },
  }));
}

const dev = { name: "Dev Author", email: "dev@example.com" };
const rev = { name: "Rev One", email: "rev1@example.com" };

describe("reviewPatchThread on a hand-made thread", () => {
  const v1 = parseUnifiedDiff(read("mini-v1.diff")).files;
  const v2 = parseUnifiedDiff(read("mini-v2.diff")).files;
  const input = {
    patch: { messageId: "patch-1@example.com", author: dev, version: 1, body: "", diffText: read("mini-v1.diff"), files: v1 },
    replies: [
      { messageId: "review-1@example.com", from: rev, date: "2026-03-02T12:00:00Z", body: read("thread-review.txt"), inReplyTo: "patch-1@example.com" },
      { messageId: "answer-1@example.com", from: dev, date: "2026-03-03T09:00:00Z", body: read("thread-answer.txt"), inReplyTo: "review-1@example.com" },
    ],
  };

  it("anchors, classifies and pairs answers; open without a newer revision", () => {
    const cs = reviewPatchThread(input);
    expect(cs.map((c) => [c.anchor?.function ?? null, c.kind, c.response.kind, c.resolution.status])).toEqual([
      // An ack asks for nothing: on the latest revision there is nothing to resolve.
      [null, "ack", "thanks", "obsolete"],
      ["shrink_thing", "nit", "explained", "open"],
      ["link_thing", "nit", "will-fix", "open"],
    ]);
    expect(cs.some((c) => /Reviewed-by/.test(c.text))).toBe(false);
  });

  // linux-sh: "David!\n\n$Subject: ...\n\nThat's not a valid subsystem prefix." kept the greeting as the remark's first line.
  it("drops a first line greeting the patch's author by first name, not another name", () => {
    const greeted = (opening: string) =>
      reviewPatchThread({ ...input, replies: [{ ...input.replies[0]!, body: `${opening}\n\nPlease Cc the irq list on such patches.\n` }] })[0]?.text;
    expect(greeted("Dev!")).toBe("Please Cc the irq list on such patches.");
    expect(greeted("Dev")).toBe("Please Cc the irq list on such patches.");
    expect(greeted("Ann!")).toMatch(/^Ann!/);
  });

  it("reads the author's answer from a second address under the same full name, but not a namesake's one-word name", () => {
    const fromWork = { ...input, replies: [input.replies[0]!, { ...input.replies[1]!, from: { name: "Dev Author", email: "dev.author@work.example.net" } }] };
    expect(reviewPatchThread(fromWork).map((c) => c.response.kind)).toEqual(["thanks", "explained", "will-fix"]);
    const oneWord = { ...input, patch: { ...input.patch, author: { name: "Dev", email: "dev@example.com" } }, replies: [input.replies[0]!, { ...input.replies[1]!, from: { name: "Dev", email: "other@example.net" } }] };
    expect(reviewPatchThread(oneWord).every((c) => c.response.kind === "none")).toBe(true);
  });

  // linux-hyperv: "Allen <allen.lkml@...>" answering reviews of the patches Allen Pais sent from his work
  // address; lib/thread had merged the two addresses, the review still counted his answers as review.
  it("reads any address of the author's merged identity as the author's, whatever name it carries", () => {
    const answer = { ...input.replies[1]!, from: { name: "Dev", email: "dev.home@mail.example" } };
    const cs = (authorAddresses?: string[]) => reviewPatchThread({ ...input, replies: [input.replies[0]!, answer], authorAddresses });
    expect(cs().some((c) => c.messageId === answer.messageId)).toBe(true);
    const merged = cs(["dev@example.com", "Dev.Home@mail.example"]);
    expect(merged.some((c) => c.messageId === answer.messageId)).toBe(false);
    expect(merged.map((c) => c.response.kind)).toEqual(["thanks", "explained", "will-fix"]);
  });

  it("resolves against v2: moved lock = addressed, unchanged + explanation = explained", () => {
    const cs = reviewPatchThread({ ...input, next: { version: 2, files: v2 }, changelog: parseChangelog(read("thread-cover-v2.txt")) });
    // The ack asks for nothing: never unaddressed.
    expect(cs.map((c) => c.resolution.status)).toEqual(["obsolete", "explained", "addressed"]);
    expect(cs[2]?.resolution.details.changelog).toMatch(/link_thing\(\) before thing_prealloc\(\), per Rev One/);
    expect(cs[0]?.resolution.actionable).toBe(false);
    expect(summary(cs)).toEqual(golden("thread", summary(cs)));
  });
});

describe.skipIf(!haveCorpus)("killable-vma corpus (v1-v3)", () => {
  let all: CorpusMail[] = [];
  beforeAll(async () => {
    all = await loadKillableVma();
  });

  it("Liam's review of v3 2/3: anchors, kinds, Suren's answers; Reviewed-by is a trailer", () => {
    const cs = reviewPatchThread(threadInput(all, 3, 2)).filter((c) => c.messageId === "vb6lgskvpmk6qcdo7tthmc3hpo7jppbx4ke75vepx2nqos65je@wxv7muptiiq5");
    expect(cs.map((c) => [c.anchor?.function ?? null, c.kind, c.response.kind])).toEqual([
      [null, "ack", "thanks"],
      ["vma_shrink", "nit", "will-fix"],
      ["vma_link", "nit", "will-fix"],
      ["__mmap_new_vma", "question", "explained"],
      ["do_brk_flags", "nit", "will-fix"],
    ]);
    expect(cs[0]?.text).toBe("Some nits below, but lgtm.");
    expect(cs[1]?.anchor).toEqual({ path: "mm/vma.c", hunk: 7, function: "vma_shrink", line: 1261 });
    expect(cs.map((c) => c.response.text.split("\n")[0])).toEqual([
      "Thanks!",
      "Ack. I'll move it before vma_iter_prealloc().",
      "Ack. Will move.",
      "You are technically correct but this is only true because of how",
      "Sure, I'll add another label.",
    ]);
    expect(cs[1]?.response.messageId).toBe("CAJuCfpExatqPmdzSzRupURQ84Cme3JBT2gPvAS3WmK0G24xnPA@mail.gmail.com");
    expect(cs.every((c) => !/Reviewed-by/.test(c.text))).toBe(true);
    expect(cs.every((c) => c.resolution.status === (c.kind === "ack" ? "obsolete" : "open"))).toBe(true);
  });

  it("every v2 review is resolved against v3 (read from the v3 diff and changelog)", () => {
    const rows = [1, 2, 3].flatMap((n) =>
      reviewPatchThread(threadInput(all, 2, n)).map((c) => [n, c.author.name, c.anchor?.function ?? null, c.kind, c.resolution.status]),
    );
    expect(rows).toEqual([
      [2, "Liam R. Howlett", "set_mempolicy_home_node", "question", "addressed"],
      [2, "Liam R. Howlett", "__mmap_new_vma", "nit", "addressed"],
      // The author answered these two in words (an explanation, not a promise): explained, not unaddressed.
      [2, "Liam R. Howlett", "expand_upwards", "other", "explained"],
      // Remarks asking for nothing (an ack, a reply in discussion) are never unaddressed.
      [2, "Liam R. Howlett", "expand_upwards", "ack", "obsolete"],
      [2, "Liam R. Howlett", "expand_upwards", "other", "explained"],
      [3, "Heiko Carstens", null, "objection", "addressed"],
      [3, "Heiko Carstens", null, "other", "obsolete"],
      [3, "Matthew Wilcox", null, "nit", "addressed"],
    ]);
  });

  for (const [v, n] of [[1, 1], [2, 1], [2, 2], [2, 3], [3, 1], [3, 2], [3, 3]] as const) {
    it(`golden: every reply to v${v} ${n}/${v === 1 ? 1 : 3}`, () => {
      const actual = summary(reviewPatchThread(threadInput(all, v, n)));
      expect(actual).toEqual(golden(`killable-vma/v${v}-${n}`, actual));
    });
  }
});

describe("notification bots", () => {
  const v1 = parseUnifiedDiff(read("mini-v1.diff")).files;
  const notice = "The pull request you sent on Mon, 2 Mar 2026:\n\n> git://git.example.org/foo.git tags/foo-fixes\n\nhas been merged into torvalds/linux.git:\nhttps://git.kernel.org/torvalds/c/0123456789abcdef\n\nThank you!\n\n-- \nDeet-doot-dot, I am a bot.\n";
  const input = (email: string) => ({
    patch: { messageId: "patch-1@example.com", author: dev, version: 1, body: "", diffText: read("mini-v1.diff"), files: v1 },
    replies: [{ messageId: "bot-1@example.com", from: { name: "bot", email }, date: "2026-03-02T12:00:00Z", body: notice, inReplyTo: "patch-1@example.com" }],
  });

  it("pr-tracker-bot and patchwork-bot notices are status notes, not remarks", () => {
    expect(reviewPatchThread(input("pr-tracker-bot@kernel.org"))).toEqual([]);
    expect(reviewPatchThread(input("patchwork-bot+netdevbpf@kernel.org"))).toEqual([]);
    // The same text from a person stays a remark.
    expect(reviewPatchThread(input("maint@example.org")).length).toBeGreaterThan(0);
  });
});

describe("a word or three correcting the spelling of the quoted line (pwm audit)", () => {
  const q = (text: string) => [{ depth: 1, text }];
  it("reads the right spelling under the misspelt word as a correction", () => {
    expect(correctsQuotedWord("family.", q("Add support for the AD485X DAS familiy."))).toBe(true);
    expect(correctsQuotedWord("receive", q("so we recieve the data twice"))).toBe(true);
  });
  it("does not read a reply word, the same word, or the word with an ending added as one", () => {
    expect(correctsQuotedWord("True.", q("walk the whole tree first"))).toBe(false);
    expect(correctsQuotedWord("Agreed.", q("I agree with that"))).toBe(false);
    expect(correctsQuotedWord("family.", q("the DAS family"))).toBe(false);
    expect(correctsQuotedWord("This is not what the hardware does.", q("the hardwre does it"))).toBe(false);
  });
  it("makes such a remark a nit in the thread", () => {
    const diff = "--- a/drivers/iio/adc/foo.c\n+++ b/drivers/iio/adc/foo.c\n@@ -1,2 +1,3 @@\n #include <linux/io.h>\n+#include <linux/bits.h>\n \n";
    const cs = reviewPatchThread({
      patch: { messageId: "p@example.com", author: dev, version: 1, body: "", diffText: diff },
      replies: [{ messageId: "r@example.com", from: rev, date: "2026-03-02T12:00:00Z", body: "On Fri, Dev Author wrote:\n>\n> Add support for the AD485X DAS familiy.\n\nfamily.\n", inReplyTo: "p@example.com" }],
    });
    expect(cs.map((c) => [c.text, c.kind])).toEqual([["family.", "nit"]]);
  });
});

describe("reviewPatchThread: 'Same applies here' repeats the remark before it (leds audit)", () => {
  it("reads it as the previous remark's kind", () => {
    const diffText = ["diff --git a/drivers/leds/leds-foo.c b/drivers/leds/leds-foo.c", "--- a/drivers/leds/leds-foo.c", "+++ b/drivers/leds/leds-foo.c", "@@ -1,2 +1,4 @@", " int a;", "+int b;", "+int c;", " int d;", ""].join("\n");
    const body = ["> +int b;", "", "Drop this, it is unused.", "", "> +int c;", "", "Same applies here, nothing reads it."].join("\n");
    const out = reviewPatchThread({
      patch: { messageId: "p@example.com", author: dev, version: 1, body: "", diffText, files: parseUnifiedDiff(diffText).files },
      replies: [{ messageId: "r@example.com", from: rev, date: "2026-01-01T00:00:00Z", body, inReplyTo: "p@example.com" }],
    });
    expect(out.map((c) => c.kind)).toEqual(["objection", "objection"]);
  });
});

describe("reviewPatchThread: a bare 'Same.' repeats the remark above it", () => {
  it("gives 'Same.' the kind of the previous remark of the reply", () => {
    const diffText = read("mini-v1.diff");
    const body = "> +\tif (a)\n> +\t\treturn;\n\nPlease drop this check, it cannot happen.\n\n> +\tif (b)\n> +\t\treturn;\n\nSame.\n\n> +\tif (c)\n\nSame\n";
    const cs = reviewPatchThread({
      patch: { messageId: "p@example.com", author: dev, version: 1, body: "", diffText, files: parseUnifiedDiff(diffText).files },
      replies: [{ messageId: "r@example.com", from: rev, date: "2026-03-02T12:00:00Z", body, inReplyTo: "p@example.com" }],
    });
    expect(cs.map((c) => c.kind)).toEqual(["objection", "objection", "objection"]);
  });
});
