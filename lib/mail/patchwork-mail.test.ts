// One row per patchwork parser fixture (../shared/corpus/patchwork/mail), asserting what patchwork's
// own test_parser.py expects of it (paraphrased in ../shared/corpus/README.md).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { extractPullUrl } from "./extract-pull-url";
import { parseMessage } from "./parse-message";
import { parseSubject } from "./parse-subject";
import { extractDiff, splitPatchBody } from "./split-patch-body";

interface Row {
  file: string;
  /** Expected pull URL; `true` = any URL; null = not a pull request. */
  pull: string | true | null;
  /** Whether a diff is found (in the body or a patch attachment). */
  diff: boolean;
  /** Whether commit message / comment text is found. */
  message?: boolean;
  diffStartsWith?: string;
  diffEndsWith?: string;
  diffContains?: string[];
  /** Exact number of diff lines equal to / starting with a string. */
  diffLineCounts?: Array<[prefix: string, count: number, exact?: boolean]>;
  /** Strings the message text must not contain (diff markers). */
  messageExcludes?: string[];
  /** Strings neither the message nor the diff may contain (HTML). */
  excludes?: string[];
  subject?: string;
}

const ROWS: Row[] = [
  { file: "0001-git-pull-request.mbox", pull: "git://git.kernel.org/pub/scm/linux/kernel/git/benh/powerpc.git next", diff: false, message: true },
  { file: "0002-git-pull-request-wrapped.mbox", pull: "git://git.kernel.org/pub/scm/linux/kernel/git/benh/powerpc.git next", diff: false },
  {
    file: "0003-git-pull-request-with-diff.mbox",
    pull: "git://git.kernel.org/pub/scm/linux/kernel/git/tip/linux-2.6-tip.git x86-fixes-for-linus",
    diff: true,
    diffStartsWith: "diff --git a/arch/x86/include/asm/smp.h",
  },
  { file: "0004-git-pull-request-git+ssh.mbox", pull: "git+ssh://git.kernel.org/pub/scm/linux/kernel/git/benh/powerpc.git next", diff: false },
  { file: "0005-git-pull-request-ssh.mbox", pull: "ssh://git.kernel.org/pub/scm/linux/kernel/git/benh/powerpc.git next", diff: false },
  { file: "0006-git-pull-request-http.mbox", pull: "http://git.kernel.org/pub/scm/linux/kernel/git/benh/powerpc.git next", diff: false },
  { file: "0007-cvs-format-diff.mbox", pull: null, diff: true, message: true, diffStartsWith: "Index" },
  {
    file: "0008-git-rename.mbox", pull: null, diff: true,
    diffLineCounts: [["rename from ", 2], ["rename to ", 2]],
  },
  {
    file: "0009-git-rename-with-diff.mbox", pull: null, diff: true, message: true,
    diffLineCounts: [["rename from ", 2], ["rename to ", 2], ["-a", 1, true], ["+b", 1, true]],
  },
  { file: "0010-invalid-charset.mbox", pull: null, diff: true, message: true },
  {
    file: "0011-no-newline-at-end-of-file.mbox", pull: null, diff: true, message: true,
    diffStartsWith: "diff --git a/tools/testing/selftests/powerpc/Makefile",
    diffEndsWith: "\\ No newline at end of file\n",
    diffLineCounts: [["\\ No newline at end of file", 2, true]],
    messageExcludes: ["No newline at end of file"],
  },
  { file: "0012-invalid-header-char.mbox", pull: null, diff: true, message: true },
  { file: "0013-with-utf8-body.mbox", pull: null, diff: true, message: true },
  {
    file: "0014-with-unencoded-utf8-headers.mbox", pull: null, diff: true, message: true,
    subject: "MAINTAINERS: Update entry for BCM5301X ARM to include Rafał Miłecki",
  },
  { file: "0015-with-invalid-utf8-headers.mbox", pull: null, diff: true, message: true },
  { file: "0016-no-subject.mbox", pull: null, diff: true, message: true, subject: "" },
  { file: "0017-git-pull-request-git-2-14-3.mbox", pull: "git://git.kernel.org/pub/scm/linux/kernel/git/davem/net", diff: false },
  { file: "0019-multipart-patch.mbox", pull: null, diff: true, message: true, excludes: ["<div", "<html"] },
  { file: "0020-multipart-comment.mbox", pull: null, diff: false, message: true, excludes: ["<div", "<html", "<p"] },
  { file: "0021-git-empty-new-file.mbox", pull: null, diff: true, message: true },
  { file: "0022-git-mode-change.mbox", pull: null, diff: true, message: true },
  {
    file: "0023-git-pull-request-newline-in-url.mbox",
    pull: "https://git.kernel.org/pub/scm/linux/kernel/git/matthias.bgg/linux.git/ tags/v5.4-next-soc",
    diff: false,
  },
  {
    file: "0024-git-pull-request-trailing-space.mbox",
    pull: "git://git.kernel.org/pub/scm/linux/kernel/git/nsekhar/linux-davinci.git tags/davinci-for-v5.6/soc",
    diff: false,
  },
  {
    file: "0025-git-add-binary-file.mbox", pull: null, diff: true, message: true,
    diffStartsWith: "diff --git pixel.bmp pixel.bmp",
    diffContains: ["GIT binary patch", "literal 142", "literal 0"],
  },
  {
    file: "0026-git-add-mixed-binary-text-files.mbox", pull: null, diff: true, message: true,
    diffContains: ["GIT binary patch", "literal 142", "diff --git quit.sh quit.sh"],
  },
  {
    file: "0027-git-modify-binary-file.mbox", pull: null, diff: true, message: true,
    diffContains: ["GIT binary patch", "literal 0", "literal 142"],
  },
];

describe.skipIf(!haveCorpus)("patchwork/mail fixtures", () => {
  it.each(ROWS)("$file", async (row) => {
    const res = await parseMessage(readFileSync(corpusPath("patchwork", "mail", row.file)));
    if (!res.ok) throw new Error(`parse failed: ${res.reason}`);
    const m = res.message;
    const parts = splitPatchBody(m.body);
    // A patch attached instead of inline (0007) is still the mail's diff.
    const diff = parts.diff || extractDiff(m.patchAttachments.join("\n"));
    const pull = extractPullUrl(m.body);

    if (row.pull === null) expect(pull).toBeNull();
    else if (row.pull === true) expect(pull).not.toBeNull();
    else expect(pull).toBe(row.pull);

    expect(diff !== "").toBe(row.diff);
    // Patchwork's "content" is the text before the diff, trailers included (0027 has only a S-o-b).
    const messageText = [parts.commitMessage, ...parts.trailers.map((t) => `${t.kind}: ${t.value}`)].join("\n");
    if (row.message) expect(messageText.trim().length).toBeGreaterThan(0);
    if (row.diffStartsWith) expect(diff.startsWith(row.diffStartsWith)).toBe(true);
    if (row.diffEndsWith) expect(diff.endsWith(row.diffEndsWith)).toBe(true);
    for (const s of row.diffContains ?? []) expect(diff).toContain(s);
    const diffLines = diff.split("\n");
    for (const [prefix, count, exact] of row.diffLineCounts ?? []) {
      expect(diffLines.filter((l) => (exact ? l === prefix : l.startsWith(prefix))).length).toBe(count);
    }
    for (const s of row.messageExcludes ?? []) expect(messageText).not.toContain(s);
    for (const s of row.excludes ?? []) {
      expect(m.body).not.toContain(s);
      expect(diff).not.toContain(s);
    }
    if (row.subject !== undefined) expect(m.subject).toBe(row.subject);
    // Pull requests are read by subject too: every row with a URL has a pull-ish subject.
    if (row.pull !== null) expect(parseSubject(m.subject).isPull).toBe(true);
  });

  it("covers every file in patchwork/mail", async () => {
    const { readdirSync } = await import("node:fs");
    const files = readdirSync(corpusPath("patchwork", "mail")).sort();
    expect(ROWS.map((r) => r.file).sort()).toEqual(files);
  });
});
