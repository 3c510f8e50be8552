import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pullRequestShortlog, sameAuthorName, type PulledCommit } from "./pull-request-shortlog";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "review");
const read = (name: string) => readFileSync(join(fixtures, name), "utf8");
const golden = (name: string) => JSON.parse(read(name)) as PulledCommit[];
const titles = (commits: PulledCommit[]) => commits.map((c) => c.title);

describe("pullRequestShortlog", () => {
  it("reads the commit titles and authors of git request-pull's shortlog, and not the base, the tip, review credits or the diffstat", () => {
    expect(pullRequestShortlog("[GIT PULL REQUEST] widget - v7.2 release cycle.", read("pull-request.txt"))).toEqual(golden("pull-request.expected.json"));
  });

  it("reads the same shortlog whatever the subject says", () => {
    expect(pullRequestShortlog("Widget updates for 7.2", read("pull-request.txt"))).toEqual(golden("pull-request.expected.json"));
  });

  it("reads a maintainer's list of patch subjects added to a tree", () => {
    expect(pullRequestShortlog("Patches added for v7.2-rc1 in Widget-Next", read("added-list.txt"))).toEqual(golden("added-list.expected.json"));
  });

  it("ignores a quoted pull request and mail that is not one", () => {
    expect(pullRequestShortlog("Re: [GIT PULL] Immutable branch between MFD and Widget", read("quoted-pull-request.txt"))).toEqual([]);
    expect(pullRequestShortlog("[PATCH] widget: fix it", "Ann Author (2):\n      widget: one\n      widget: two\n")).toEqual([]);
    expect(pullRequestShortlog("", "")).toEqual([]);
  });

  it("reads a [GIT PULL] mail's shortlog even without git request-pull's preamble", () => {
    const body = ["Hi Linus,", "", "Please pull from the tag", "", " git://git.example.org/pm.git acpi-7.2-rc1", "", "---------------", "",
      "Han Guo (2):", "      ACPI: APD: Add clock frequency for the Q9 controller", "      widget: q9: Add ACPI HID", "", "---------------", ""].join("\n");
    expect(titles(pullRequestShortlog("[GIT PULL] Additional ACPI updates for v7.2-rc1", body))).toEqual(["acpi apd add clock frequency for the q9 controller", "widget q9 add acpi hid"]);
  });

  // linux-acpi: "ACPICA: add support for ClockInput resource (v6.5)" posted and pulled so; parseSubject takes the
  // "(v6.5)" off the patch's title as its version, so the pulled title goes without it too.
  it("drops a version in brackets closing a title, as a patch's title goes without it", () => {
    const body = ["are available in the git repository at:", "", "Ann Author (2):", "      WIDGET: add support for the clock input resource (v6.5)",
      "      widget: fix the v2 parser [v3]", "      widget: keep (v6.5) inside", ""].join("\n");
    expect(titles(pullRequestShortlog("[GIT PULL] widget", body))).toEqual(["widget add support for the clock input resource", "widget fix the v2 parser", "widget keep v6 5 inside"]);
  });

  // A generic title merged twice ("Wolfram Sang (2):" with two "...: move from strlcpy ..." commits) is two
  // commits, each accepting one posting; the same title by two authors is two entries.
  it("counts a title named twice, and keeps the same title by two authors apart", () => {
    const body = ["are available in the git repository at:", "", "Ann Author (2):", "      widget: fix repeated words in comments",
      "      widget: fix repeated words in comments", "", "Bo Other (1):", "      widget: fix repeated words in comments", ""].join("\n");
    expect(pullRequestShortlog("[GIT PULL] widget", body)).toEqual([
      { title: "widget fix repeated words in comments", author: "Ann Author", count: 2 },
      { title: "widget fix repeated words in comments", author: "Bo Other" },
    ]);
  });

  it("stops an added list at its first line that is not a patch subject, and survives hostile input", () => {
    const body = "The following patches have been applied to widget-next:\n\n[PATCH] widget: one\nand some prose [PATCH] widget: two\n[PATCH] widget: three\n";
    expect(pullRequestShortlog("news", body)).toEqual([{ title: "widget one", author: null }]);
    const huge = `are available in the git repository at:\n${"A (1):\n      x: y\n".repeat(20000)}`;
    expect(pullRequestShortlog("[GIT PULL] x", huge)).toEqual([{ title: "x y", author: "A", count: 16 }]);
    expect(() => pullRequestShortlog(undefined as unknown as string, null as unknown as string)).not.toThrow();
  });
});

describe("sameAuthorName", () => {
  it("matches names sharing a word, whatever the accents or a mis-decoded letter", () => {
    expect(sameAuthorName("Jörg Neuschäfer", "Jorg Neuschafer")).toBe(true);
    expect(sameAuthorName("Ren\uFFFD Rebe", "René Rebe")).toBe(true);
    expect(sameAuthorName("Heiner Kallweit", "Heiner Kallweit")).toBe(true);
  });

  it("tells different people apart, and cannot when a name is missing", () => {
    expect(sameAuthorName("Yangtao Li", "Wang ShaoBo")).toBe(false);
    expect(sameAuthorName(null, "Wang ShaoBo")).toBe(true);
    expect(sameAuthorName("Yangtao Li", "")).toBe(true);
  });
});

describe("pullRequestShortlog: titles a mailer wrapped", () => {
  it("joins the rest of a long title wrapped to column 0 and reads the entries after it", () => {
    expect(pullRequestShortlog("[GIT PULL] widget fixes", read("pull-request-wrapped.txt"))).toEqual(golden("pull-request-wrapped.expected.json"));
    // Not after a short entry, nor a line ending in a colon.
    const body = [
      "are available in the Git repository at:",
      "",
      "Ann Example (2):",
      "      widget: a short title",
      "not a continuation",
      "Bob Sample (1):",
      "      widget: a title long enough to have been wrapped by a mailer at seventy",
      "The following changes since commit 1111111111111111111111111111111111111111:",
    ].join("\n");
    expect(titles(pullRequestShortlog("[GIT PULL] widget", body))).toEqual([
      "widget a short title",
      "widget a title long enough to have been wrapped by a mailer at seventy",
    ]);
  });
});

