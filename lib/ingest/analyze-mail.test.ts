import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMessage } from "../mail/parse-message";
import { messageFacts } from "./analyze-mail";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "mail");

async function factsOf(bytes: Buffer) {
  const res = await parseMessage(bytes);
  if (!res.ok) throw new Error(res.reason);
  return messageFacts(res.message);
}

describe("messageFacts: a scripted 'Applied \"<title>\" to the <x> tree' notice", () => {
  const raw = readFileSync(join(FIXTURES, "tree-applied-notice.eml"), "utf8");

  it("is a reply announcing the patch it answers applied, not a patch", async () => {
    const f = await factsOf(Buffer.from(raw));
    expect(f.kind).toBe("reply");
    expect(f.applied).toBe("answered");
    expect(f.patch).toBeNull();
  });

  it("takes no trailers, remarks or links from the pasted commit", async () => {
    const f = await factsOf(Buffer.from(raw));
    expect(f.trailers).toEqual([]);
    expect(f.hasComments).toBe(false);
    expect(f.changelog).toEqual([]);
    expect(f.bodyLinks).toEqual([]);
  });

  it("is recognised by its body alone under another subject ('to the asoc tree')", async () => {
    const f = await factsOf(Buffer.from(raw.replace(/^Subject: .*$/m, "Subject: spi: foo: Fix the bar clock").replace("the spi tree at", "the asoc tree at")));
    expect(f.kind).toBe("reply");
    expect(f.applied).toBe("answered");
  });

  it("leaves a patch that only mentions such a notice a patch", async () => {
    const patch = raw
      .replace(/^Subject: .*$/m, "Subject: [PATCH] spi: foo: Fix the bar clock")
      .replace(/\nThe patch\n[\s\S]*?Maint\n\n/, "\n");
    const f = await factsOf(Buffer.from(patch));
    expect(f.kind).toBe("patch");
    expect(f.applied).toBeUndefined();
    expect(f.trailers.map((t) => t.kind)).toContain("Reviewed-by");
  });
});

describe("messageFacts: a blank Subject header over a pasted patch file", () => {
  it("is a patch titled by the in-body Subject, its author from the in-body From", async () => {
    const res = await parseMessage(readFileSync(join(FIXTURES, "blank-subject-in-body.eml")));
    if (!res.ok) throw new Error(res.reason);
    expect(res.message.subject).toBe("[PATCH] spi: pxa2xx: Add CS control clock quirk");
    const f = messageFacts(res.message);
    expect(f.kind).toBe("patch");
    expect(f.patch?.author).toEqual({ name: "Other Author", email: "other@example.org" });
  });
});

describe("messageFacts: a test report under the cover's own subject", () => {
  const report = [
    "From: Tester <tester@example.org>",
    "Subject: [PATCH 00/41] rtc: Convert to platform remove callback returning void",
    "Message-Id: <report-1@example.org>",
    "In-Reply-To: <cover-1@example.com>",
    "References: <cover-1@example.com>",
    "Date: Tue, 14 Mar 2023 14:35:57 +0530",
    "",
    "> Hello,",
    "> this patch series adapts the platform drivers.",
    "",
    "This patch set applied on top of Linux next.",
    "",
    "Tested-by: Linux Kernel Functional Testing <lkft@example.org>",
    "",
  ].join("\n");

  it("is a reply carrying its Tested-by, not a cover letter", async () => {
    const f = await factsOf(Buffer.from(report));
    expect(f.kind).toBe("reply");
    expect(f.trailers.map((t) => `${t.kind} ${t.person?.email}`)).toEqual(["Tested-by lkft@example.org"]);
  });

  it("leaves a threaded cover letter that opens with its own text a cover", async () => {
    const f = await factsOf(Buffer.from(report.replace("> Hello,\n> this patch series adapts the platform drivers.\n", "This series adapts the platform drivers.\n")));
    expect(f.kind).toBe("cover");
  });
});

describe("messageFacts: a notice naming the answered patch and another", () => {
  it("'Applied this and patch 3' in a reply to patch 2 covers patches 2 and 3", async () => {
    const raw = [
      "From: Max Maintainer <max@example.org>",
      "Subject: Re: [PATCH 2/4] widget: check the returned value",
      "Date: Tue, 3 Mar 2026 10:00:00 +0000",
      "Message-ID: <ty2@example.org>",
      "In-Reply-To: <p2@example.org>",
      "",
      "On Mon, 2 Mar 2026, Ann Author wrote:",
      "> +long p2;",
      "",
      "Applied this and patch 3, thanks.",
      "",
    ].join("\n");
    const f = await factsOf(Buffer.from(raw));
    expect(f.kind).toBe("reply");
    expect(f.applied).toEqual([2, 3]);
  });
});

// Christoph Hellwig's covers: "add a ->free_disk block_device_operation v2" over untagged [PATCH k/N] patches.
describe("messageFacts: a thread starter without a bracket tag whose title ends ' vN'", () => {
  const mail = (subject: string, extra = "") =>
    Buffer.from(
      `From: C H <ch@example.org>\nSubject: ${subject}\nMessage-ID: <bare-${subject.length}@example.org>\n${extra}\n` +
        "Hi all,\n\nthis series cleans up the bdi code.\n\nChanges since v1:\n - fix a use after free in the tag set\n - rebased\n",
    );

  it("is read as a cover letter, with its changelog", async () => {
    const f = await factsOf(mail("bdi cleanups v2"));
    expect(f.kind).toBe("cover");
    expect(f.changelog.map((c) => c.text)).toEqual(["fix a use after free in the tag set", "rebased"]);
  });

  it("is not when it answers another mail or its title has no trailing version", async () => {
    expect((await factsOf(mail("bdi cleanups v2", "In-Reply-To: <x@example.org>\n"))).kind).toBe("other");
    expect((await factsOf(mail("bdi cleanups"))).kind).toBe("other");
  });

  // linux-integrity: "Add tpm i2c ptp driver" (no tag, no version) over "[PATCH v5 k/7]" patches.
  it("keeps an untagged thread starter's changelog, in case lib/thread makes it a cover; not a reply's", async () => {
    const starter = await factsOf(mail("bdi cleanups"));
    expect(starter.changelog.map((c) => c.text)).toEqual(["fix a use after free in the tag set", "rebased"]);
    expect((await factsOf(mail("bdi cleanups", "In-Reply-To: <x@example.org>\n"))).changelog).toEqual([]);
  });
});

describe("messageFacts: a pull request carrying a diff", () => {
  const pull = (subject: string, shortlog: boolean) =>
    Buffer.from(
      [
        "From: Maintainer Person <maint@example.org>",
        `Subject: ${subject}`,
        "Date: Fri, 5 Jan 2026 10:00:00 +0000",
        "Message-ID: <pull-1@example.org>",
        "",
        "Hi Linus,",
        "",
        ...(shortlog
          ? [
              "The following changes since commit 0123456789abcdef0123456789abcdef01234567:",
              "",
              "  Linux 6.7 (Sun Jan 7 2026)",
              "",
              "are available in the Git repository at:",
              "",
              "  git://git.example.org/demo.git tags/demo-6.8",
              "",
              "----------------------------------------------------------------",
              "Ann Author (2):",
              "      demo: widen the counter",
              "      demo: drop the unused lock",
              "",
            ]
          : ["Please pull, the resolution is below.", ""]),
        "diff --cc drivers/demo.c",
        "index 1111111,2222222..3333333",
        "--- a/drivers/demo.c",
        "+++ b/drivers/demo.c",
        "@@@ -10,3 -10,3 +10,3 @@@",
        "  int a;",
        "- int b;",
        " -int c;",
        "++long b;",
        "",
      ].join("\n"),
    );

  it("names the pulled commits and is no patch when it has a shortlog (the diff is the merge's or the commits')", async () => {
    const f = await factsOf(pull("[GIT PULL] demo updates for 6.8", true));
    expect(f.kind).not.toBe("patch");
    expect(f.patch).toBeNull();
    expect(f.pulled?.map((c) => c.author)).toEqual(["Ann Author", "Ann Author"]);
  });

  it("stays a patch when no shortlog names what it pulls", async () => {
    const f = await factsOf(pull("[GIT PULL] demo fix", false));
    expect(f.pulled).toBeUndefined();
  });
});
