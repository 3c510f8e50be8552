import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { parseChangelog } from "../mail/parse-changelog";
import { extractComments, hasOwnComments, splitQuote, unescapeHtmlQuotes } from "./extract-comments";
import { signatureName } from "../diff/function-context";
import { enclosingFunction } from "./enclosing-function";

describe("splitQuote", () => {
  it.each([
    ["> > +\tfoo();", 2, "+\tfoo();"],
    [">>  bar", 2, " bar"],
    [">  \tctx", 1, " \tctx"],
    ["plain", 0, "plain"],
  ])("%j", (line, depth, text) => expect(splitQuote(line)).toEqual({ depth, text }));
});

describe("extractComments", () => {
  it("drops attributions (Gmail two-line, mutt, 'writes:'), elisions, greetings, sign-offs and signatures", () => {
    const body = [
      "On Tue, Feb 17, 2026 at 11:19 AM Liam R. Howlett",
      "<Liam.Howlett@oracle.com> wrote:",
      "> * Suren Baghdasaryan <surenb@google.com> [260217 11:33]:",
      "> > +\tlock();",
      "",
      "Hi Liam,",
      "",
      "First remark.",
      "",
      "[...]",
      "",
      "> second quote",
      "Second remark.",
      "",
      "Thanks,",
      "Suren.",
      "-- ",
      "sig line",
    ].join("\n");
    const { comments } = extractComments(body);
    expect(comments.map((c) => c.text)).toEqual(["First remark.", "Second remark."]);
    expect(comments[0]?.quotedAbove.map((q) => q.depth)).toEqual([1, 2]);
    expect(comments[1]?.quotedAbove).toEqual([{ depth: 1, text: "second quote" }]);
  });

  it("own trailers are trailers, quoted ones never count", () => {
    const { comments, trailers } = extractComments("> Reviewed-by: Q <q@x.org>\n\nLGTM.\n\nAcked-by: A <a@x.org>\nReported-by: the CI bot\n");
    expect(trailers.map((t) => t.person?.email)).toEqual(["a@x.org"]);
    expect(comments.map((c) => c.text)).toEqual(["LGTM.\n\nReported-by: the CI bot"]);
  });

  it("a lone 'Thanks!' between quotes is an answer, at the end it is a sign-off", () => {
    expect(extractComments("> a\n\nThanks!\n\n> b\n\nFine.\n\nThanks!\n").comments.map((c) => c.text)).toEqual(["Thanks!", "Fine."]);
  });
});

describe("extractComments: sign-offs, lead-ins and robot reports (hwmon/cgroups audit)", () => {
  const texts = (body: string): string[] => extractComments(body).comments.map((c) => c.text);

  it("drops the reviewer's bare name at the end of the last block, with or without a period", () => {
    expect(texts("> a\n\nThis needs a lock.\n\nGunnar\n")).toEqual(["This needs a lock."]);
    expect(texts("> a\n\nFirst.\n\n> b\n\nSecond remark.\nKristian.\n")).toEqual(["First.", "Second remark."]);
    expect(texts("> a\n\nRemark.\n\n> b\n\nLin\n")).toEqual(["Remark."]);
    expect(texts("> a\n\nRemark.\n\nAnna Example\n")).toEqual(["Remark."]);
  });

  it("keeps one-word remarks, inside the reply and at its end", () => {
    expect(texts("> a\n\nWhy?\n\n> b\n\nAgreed.\n")).toEqual(["Why?", "Agreed."]);
    expect(texts("> a\n\nNit.\n")).toEqual(["Nit."]);
    expect(texts("> a\n\nUnnecessary.\n\n> b\n\nSuperfluous.\n")).toEqual(["Unnecessary.", "Superfluous."]);
    expect(texts("> a\n\nApplied.\n")).toEqual(["Applied."]);
  });

  it("drops a greeting+name sign-off block and the signature after it", () => {
    const body = "> a\n\nThe formula is in the driver already.\n\nGr{oetje,eeting}s,\n\n                        Gerd\n\n-- \nThere is lots of life beyond one arch.\n";
    expect(texts(body)).toEqual(["The formula is in the driver already."]);
    expect(texts("> a\n\nGr{oetje,eeting}s,\n\n                        Gerd\n")).toEqual([]);
  });

  it("drops prose that only introduces a review tag, keeps a verdict and a request", () => {
    const lead = extractComments("> a\n\nWith or without that:\n\nReviewed-by: Rita Rev <rita@example.org>\n");
    expect(lead.comments).toEqual([]);
    expect(lead.trailers.map((t) => t.kind)).toEqual(["Reviewed-by"]);
    expect(texts("> a\n\nAfter cleanup you can add:\nAcked-by: Rita Rev <rita@example.org>\n")).toEqual([]);
    expect(texts("> a\n\nLGTM, so:\n\nReviewed-by: Rita Rev <rita@example.org>\n")).toEqual(["LGTM, so:"]);
    expect(texts("> a\n\nThis needs a tag:\nFixes: 0123456789ab (\"foo: bar\")\n")).toEqual(["This needs a tag:"]);
  });

  it("a greeting ending in a period is not a remark", () => {
    expect(texts("Hello.\n\n> a\n\nRemark.\n")).toEqual(["Remark."]);
  });

  it("a build robot report is one remark: headline and diagnostics, not listing fragments", () => {
    const body = [
      "Hi Ann,",
      "",
      "kernel test robot noticed the following build errors:",
      "",
      "[auto build test ERROR on example/next]",
      "",
      "All errors (new ones prefixed by >>):",
      "",
      ">> drivers/hwmon/foo.c:3:10: error: use of undeclared identifier 'EBAR'",
      "       3 |         return -EBAR;",
      "",
      "vim +3 drivers/hwmon/foo.c",
      "",
      "   1\tint foo(void)",
      "   2\t{",
      " > 3\t\treturn -EBAR;",
      "   4\t}",
      "",
      "-- ",
      "CI service",
    ].join("\n");
    const { comments } = extractComments(body);
    expect(comments.map((c) => c.text)).toEqual([
      "kernel test robot noticed the following build errors:\ndrivers/hwmon/foo.c:3:10: error: use of undeclared identifier 'EBAR'",
    ]);
    expect(hasOwnComments(body)).toBe(true);
  });
});

describe("extractComments: the robot's checker sections (integrity/serial audit)", () => {
  const report = (headline: string, section: string[]): string =>
    ["Hi Ann,", "", headline, "", "[auto build test WARNING on example/next]", "", "| Reported-by: kernel test robot <bot@example.org>", "", ...section, "", "vim +41 drivers/foo/bar.c", "", "    40\t{", "  > 41\t\treturn le32_to_cpu(x) error: 1;", "", "-- ", "CI service"].join("\n");
  const texts = (body: string): string[] => extractComments(body).comments.map((c) => c.text);

  it("keeps sparse findings, the '>>'-marked ones, not their continuation lines", () => {
    const body = report("Thank you for the patch! Perhaps something to improve:", [
      "sparse warnings: (new ones prefixed by >>)",
      ">> drivers/foo/bar.c:41:17: sparse: sparse: cast to restricted __le32",
      "   drivers/foo/bar.c:41:17: sparse:     expected unsigned int",
    ]);
    expect(texts(body)).toEqual(["Thank you for the patch! Perhaps something to improve:\ndrivers/foo/bar.c:41:17: sparse: sparse: cast to restricted __le32"]);
  });

  it("keeps the new smatch findings (no '>>' there) and leaves the old ones", () => {
    const body = report("kernel test robot noticed the following build warnings:", [
      "New smatch warnings:",
      "drivers/foo/bar.c:41 bar_probe() warn: passing zero to 'PTR_ERR'",
      "",
      "Old smatch warnings:",
      "drivers/foo/bar.c:90 bar_show() warn: argument 3 is cast from pointer",
    ]);
    expect(texts(body)).toEqual(["kernel test robot noticed the following build warnings:\ndrivers/foo/bar.c:41 bar_probe() warn: passing zero to 'PTR_ERR'"]);
  });

  it("keeps a marked linker error without 'error:', not the linker's own '>>>' lines, and cuts an overlong line", () => {
    const long = `drivers/foo/bar.c:12:3: warning: result of comparison of constant with expression of type '${"x".repeat(400)}' is always false`;
    const body = report("kernel test robot noticed the following build errors:", [
      "All errors (new ones prefixed by >>):",
      "",
      ">> drivers/foo/bar.c:97: undefined reference to `bar_parse'",
      "   >>> referenced by bar.c",
      `>> ${long}`,
    ]);
    const [text] = texts(body);
    const lines = (text ?? "").split("\n");
    expect(lines.slice(0, 2)).toEqual(["kernel test robot noticed the following build errors:", "drivers/foo/bar.c:97: undefined reference to `bar_parse'"]);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.startsWith("drivers/foo/bar.c:12:3: warning: result of comparison")).toBe(true);
    expect(lines[2]?.length).toBe(300);
  });
});

describe("extractComments: the robot's older openings (linux-security-module audit)", () => {
  const texts = (body: string): string[] => extractComments(body).comments.map((c) => c.text);
  const listing = ["", "vim +362 security/foo/bar.c", "", "   361\t", " > 362\t\tctx = foo_alloc(GFP_KERNEL);", "   363\t\tif (!ctx)", "", "---", "0-DAY CI Kernel Test Service"];

  it("reads 'I love your patch! Yet something to improve:' as a report's headline: one remark, not caret fragments", () => {
    const body = [
      "Hi Ann,", "", "I love your patch! Yet something to improve:", "", "[auto build test ERROR on example/master]", "",
      "If you fix the issue, kindly add following tag as appropriate", "Reported-by: kernel test robot <bot@example.org>", "",
      "All error/warnings (new ones prefixed by >>):", "",
      "   security/foo/bar.c: In function 'bar_audit':",
      ">> security/foo/bar.c:362:12: error: implicit declaration of function 'foo_alloc' [-Werror=implicit-function-declaration]",
      "     362 |  ctx = foo_alloc(GFP_KERNEL);", "         |        ^~~~~~~~~", "   cc1: some warnings being treated as errors", "",
      ...listing,
    ].join("\n");
    expect(texts(body)).toEqual([
      "I love your patch! Yet something to improve:\nsecurity/foo/bar.c:362:12: error: implicit declaration of function 'foo_alloc' [-Werror=implicit-function-declaration]",
    ]);
  });

  it("reads a checker header printed with the script's 'echo'", () => {
    const body = [
      "Hi,", "", "I love your patch! Perhaps something to improve:", "", "Reported-by: kernel test robot <bot@example.org>", "",
      "echo", 'echo "sparse warnings: (new ones prefixed by >>)"', "echo",
      ">> fs/foo/bar.c:60:22: sparse: sparse: incompatible types in comparison expression (different address spaces):",
      ">> fs/foo/bar.c:60:22: sparse:    char const [noderef] __rcu *", ...listing,
    ].join("\n");
    expect(texts(body)).toEqual([
      "I love your patch! Perhaps something to improve:\nfs/foo/bar.c:60:22: sparse: sparse: incompatible types in comparison expression (different address spaces):\nfs/foo/bar.c:60:22: sparse:    char const [noderef] __rcu *",
    ]);
  });

  it("heads a report on a commit in a tree with its commit line", () => {
    const body = [
      "tree:   https://git.example.org/foo.git for-next", "head:   0123456789abcdef0123456789abcdef01234567",
      "commit: 89abcdef0123456789abcdef0123456789abcdef [8/12] foo: add the bar syscall", "config: x86_64-randconfig (attached as .config)", "",
      "All warnings (new ones prefixed by >>):", "",
      ">> security/foo/bar.c:270:1: warning: no previous prototype for function 'sys_bar' [-Wmissing-prototypes]",
      "   COND_SYSCALL(bar);", "   ^", "   1 warning generated.", "", ...listing,
    ].join("\n");
    expect(texts(body)).toEqual([
      "commit: 89abcdef0123456789abcdef0123456789abcdef [8/12] foo: add the bar syscall\nsecurity/foo/bar.c:270:1: warning: no previous prototype for function 'sys_bar' [-Wmissing-prototypes]",
    ]);
    // A person's answer over the report they include whole stays their remark.
    const forwarded = ["The file is no part of the library.", "", "-----Original Message-----", "From: kernel test robot <bot@example.org>",
      "Sent: Saturday, September 5, 2031 11:34 AM", "Subject: [foo:next 6/6] bar.c:12:1: warning: x", "", ...body.split("\n")].join("\n");
    expect(texts(forwarded)).toEqual(["The file is no part of the library."]);
    // A person's mail naming a tree and a commit in prose is no report.
    expect(texts(["tree: the for-next branch", "", "> x = 3;", "", "Why 3?"].join("\n"))).toEqual(["tree: the for-next branch", "Why 3?"]);
  });
});

describe("enclosingFunction / signatureName", () => {
  it.each([
    ["static int vma_link(struct mm_struct *mm, struct vm_area_struct *vma)", "vma_link"],
    ["static __must_check struct vm_area_struct *vma_merge_existing_range(", "vma_merge_existing_range"],
    ["SYSCALL_DEFINE4(set_mempolicy_home_node, unsigned long, start, unsigned long, le", "set_mempolicy_home_node"],
    ["\tvma_start_write(vma);", null],
    ["if (x)", null],
    ["EXPORT_SYMBOL(foo);", null],
  ])("%s", (line, name) => expect(signatureName(line)).toBe(name));

  it("a closing brace in column 0 ends the function", () => {
    const hunk = {
      index: 0, header: "@@ -1,3 +1,3 @@ int a(void)", oldStart: 1, oldLines: 3, newStart: 1, newLines: 3, headerContext: "int a(void)",
      lines: [
        { type: "context" as const, text: "}", oldLine: 1, newLine: 1 },
        { type: "context" as const, text: "", oldLine: 2, newLine: 2 },
        { type: "add" as const, text: "static int b;", oldLine: null, newLine: 3 },
      ],
    };
    expect(enclosingFunction(hunk, 0)).toBe("a");
    expect(enclosingFunction(hunk, 2)).toBeNull();
  });
});

describe.skipIf(!haveCorpus)("changelog credits that resolution relies on (lib/mail parseChangelog, v3 cover)", () => {
  it("reads the bullets and who they credit", async () => {
    const { parseMessage } = await import("../mail/parse-message");
    const r = await parseMessage(readFileSync(corpusPath("lore", "killable-vma", "v3", "20260225T230606-0800_cover_0-3_Suren-Baghdasaryan.ppc.eml")));
    if (!r.ok) throw new Error(r.reason);
    const log = parseChangelog(r.message.body);
    expect(log).toHaveLength(9);
    expect(log.filter((l) => l.credits.length).map((l) => l.credits)).toEqual([["Matthew Wilcox"], ["Liam R. Howlett"], ["Liam R. Howlett"]]);
    expect(log[3]?.text).toBe("moved vma_start_write_killable() inside __mmap_new_vma() to lock the vma right after it's allocation, per Liam R. Howlett");
  });
});

describe("hasOwnComments", () => {
  it.each([
    "On Mon, Jan 1, A wrote:\n> +\tfoo();\n\nWhy foo here?\n\nThanks,\nBob",
    "On Mon, Jan 1, A wrote:\n> +\tfoo();\n\nReviewed-by: Bob <bob@example.org>\n",
    "> quoted only\n> more\n",
    "Hi,\n\n> x\n\nThanks!\n-- \nsig",
    "plain text without quotes\r\nsecond line\r\n",
    "",
  ])("agrees with extractComments: %j", (body) => {
    expect(hasOwnComments(body)).toBe(extractComments(body).comments.length > 0);
  });
});

// Closings modelled on the pwm/netfilter audit: compound formulas, separators, no-break spaces, a name
// signed above inline remarks, footnotes after the name.
describe("sign-offs leave the comment text", () => {
  const texts = (body: string) => extractComments(body).comments.map((c) => c.text);
  it.each([
    ["> x\n\nWhy here?\n\nThanks. Best regards,\nAnna Tester\n", ["Why here?"]],
    ["> x\n\nWhy here?\n\nBR and thanks,\nAnna\n", ["Why here?"]],
    ["> x\n\nWhy here?\n\nThanks & Regards,\nAnna\n", ["Why here?"]],
    ["> x\n\nWhy here?\n\nBest regards and thanks!\nAnna\n", ["Why here?"]],
    ["> x\n\nI'm asking do we need it here ?\n\nBest regards\n---\nKuni Tester\n", ["I'm asking do we need it here ?"]],
    ["> x\n\nIs this intended?\n\nBest Regards\nMicha\u0142\u00a0Miros\u0142aw\n", ["Is this intended?"]],
    // Slovenian mailers' attribution, "napisal(a):" without the Polish letter.
    ["Dne \u010detrtek, 18. avgust 2022 ob 15:55:22 CEST je Ann Writer napisal(a):\n> x\n\nWhy here?\n", ["Why here?"]],
    // "B.R." (best regards) with its dots, then the name: a sign-off, not the remark's last words.
    ["> x\n\nYou can remove it if you resend.\n\nB.R.\nMedad\n", ["You can remove it if you resend."]],
  ])("%j", (body, want) => expect(texts(body)).toEqual(want));

  it("drops a bare name that signs a summary above inline remarks", () => {
    const body = "On Mon, A wrote:\n> x\n\nIt's not sensible to define it here.\n\nThierry\n\n> y\n\nYes, I suppose that's true.\n\nThierry\n";
    expect(texts(body)).toEqual(["It's not sensible to define it here.", "Yes, I suppose that's true."]);
  });

  it("keeps footnotes below the name and one-word remarks between quotes", () => {
    const body = "> x\n\nBoot it with qemu [1].\n\nCheers,\nLiam\n\n[1]. https://example.org/img/\n";
    expect(texts(body)).toEqual(["Boot it with qemu [1].\n\n[1]. https://example.org/img/"]);
    expect(texts("> a\n\nOtherwise fine.\n\nDitto\n\n> b\n\nSame.\n")).toEqual(["Otherwise fine.\n\nDitto", "Same."]);
    expect(texts("> a\n\nok, thanks,\n\n> b\n\nfoo\n")[0]).toBe("ok, thanks,");
  });
});

describe("a name after a sentence that closes with thanks", () => {
  it.each([
    ["> x\n\nNow queued up, thanks.\ngreg k-h\n", ["Now queued up, thanks."]],
    ["> x\n\nThat sounds good, thanks!\n\u2014G\u00fcnther\n", ["That sounds good, thanks!"]],
    // Not the mail's end: the line after is a remark, not a name.
    ["> x\n\nOk, thanks.\nRebuilding the packages now.\n", ["Ok, thanks.\nRebuilding the packages now."]],
  ])("%j", (body, want) => expect(extractComments(body).comments.map((c) => c.text)).toEqual(want));
});

describe("fragments that are not remarks (i2c/watchdog audit)", () => {
  const texts = (body: string): string[] => extractComments(body).comments.map((c) => c.text);

  it.each([
    ["07.06.2019 8:37, Ann Tester пишет:\n> x\n\nRemark.\n"],
    ["Il 26/07/22 08:20, Ann Tester ha scritto:\n> x\n\nRemark.\n"],
    ["wt., 17 mar 2020 o 21:50 Ann Tester <ann@example.com> napisał(a):\n> x\n\nRemark.\n"],
    ["Fri, May 19, 2023 at 02:01:23PM +0300, Ann Tester kirjoitti:\n> x\n\nRemark.\n"],
    ["Den 2024-01-02 kl. 10:00, skrev Ann Tester:\n> x\n\nRemark.\n"],
    ["Op 02-01-2024 om 10:00 schreef Ann Tester:\n> x\n\nRemark.\n"],
    ["Am 2020-06-05 10:49, schrieb Ann Tester:\n> x\n\nRemark.\n"],
    ["út 16. 5. 2023 v 15:51 odesílatel Ann Tester <ann@example.com> napsal:\n> x\n\nRemark.\n"],
    // Wrapped over two lines, the first half a date.
    ["Em Wed, 12 Jun 2019 18:02:37 -0600\nAnn Tester <ann@example.com> escreveu:\n> x\n\nRemark.\n"],
    // Without the colon.
    ["On 22 July 2022 17:07 Ann Tester wrote\n> x\n\nRemark.\n"],
    ["pon., 23 mar 2020 o 22:31 Ann Tester <ann@example.com>\nnapisał(a):\n> x\n\nRemark.\n"],
    // Nested: an elision between the attribution and its quote.
    ["> a\n\nRemark.\n\nOn 10/7/19 12:58 AM, Ann Tester wrote:\n[ ... ]\n> x\n"],
  ])("attribution %#", (body) => expect(texts(body)).toEqual(["Remark."]));

  it("keeps prose that ends like an attribution but introduces no quote", () => {
    expect(texts("> a\n\nHere is what Ann wrote:\n\nthe clock must be on.\n")).toEqual(["Here is what Ann wrote:\n\nthe clock must be on."]);
  });

  it.each(["(...)", "[..]", "[]", ". . .", "..", "(snip)", "snip", "<snip>", "[ .... ]", "..snip..", "<cut>"])("snip marker %j", (mark) => {
    expect(texts(`> a\n\nFirst.\n\n${mark}\n\n> b\n\nSecond.\n`)).toEqual(["First.", "Second."]);
    expect(texts(`> a\n${mark}\n> b\n`)).toEqual([]);
  });

  it.each([
    ["> a\n\nRemark.\n\nYours,\nAnn Tester\n", ["Remark."]],
    ["> a\n\nRemark.\n\n> b\n\nYours,\nAnn Tester\n", ["Remark."]],
    ["> a\n\nRemark.\n\n[...]\n\nMBR, Sergey\n", ["Remark."]],
    ["> a\n\nRemark.\n\nBest regards,\nAnn\n", ["Remark."]],
    ["> a\n\nRemark.\n\n> b\n...\nCJ\n", ["Remark."]],
    ["> a\n\nRemark.\n\nCJ\n", ["Remark."]],
    // Acronyms written alone stay remarks.
    ["> a\n\nOK\n", ["OK"]],
    ["> a\n\nACK\n", ["ACK"]],
  ])("closing %j", (body, want) => expect(texts(body)).toEqual(want));

  it.each([
    ["FWIW,\nReviewed-by: Rita Rev <rita@example.org>"],
    ["With that\n\nReviewed-by: Rita Rev <rita@example.org>"],
    ["With that fixed,\nReviewed-by: Rita Rev <rita@example.org>"],
    ["Looks good:\nReviewed-by: Rita Rev <rita@example.org>"],
    ["Looks good to me,\n\nAcked-by: Rita Rev <rita@example.org>"],
    ["Otherwise:\nReviewed-by: Rita Rev <rita@example.org>"],
  ])("lead-in to a cut trailer %j", (tail) => {
    const r = extractComments(`> a\n\n${tail}\n`);
    expect(r.comments).toEqual([]);
    expect(r.trailers).toHaveLength(1);
  });

  it("keeps a remark above a trailer, and a verdict that is more than a lead-in", () => {
    expect(texts("> a\n\nPlease fix the typo\n\nReviewed-by: Rita Rev <rita@example.org>\n")).toEqual(["Please fix the typo"]);
    expect(texts("> a\n\nLooks good to me.\n\nReviewed-by: Rita Rev <rita@example.org>\n")).toEqual(["Looks good to me."]);
    expect(texts("> a\n\nFor the extcon part,\nAcked-by: Rita Rev <rita@example.org>\n")).toEqual(["For the extcon part,"]);
  });

  it("a reply with every kind of fragment keeps only its remarks (fixture)", () => {
    const body = readFileSync(new URL("../../fixtures/review/fragments.txt", import.meta.url), "utf8");
    const want = JSON.parse(readFileSync(new URL("../../fixtures/review/fragments.expected.json", import.meta.url), "utf8")) as { comments: string[]; trailers: string[] };
    const r = extractComments(body);
    expect(r.comments.map((c) => c.text)).toEqual(want.comments);
    expect(r.trailers.map((t) => `${t.kind} ${t.person?.email}`)).toEqual(want.trailers);
    expect(hasOwnComments(body)).toBe(true);
    expect(hasOwnComments("Il 26/07/22 08:20, Ann Tester ha scritto:\n> x\n(...)\n> y\n\nMBR, Rita\n")).toBe(false);
  });
});

describe("a remark right above a one-line attribution stays", () => {
  it("keeps 'Applied to 6.1' above 'On Mon, 2 Jan 2023 ..., X wrote:'", () => {
    const body = "Applied to 6.1, thanks\nOn Mon, 2 Jan 2023 10:00:00 +0100, Ann Tester wrote:\n> x\n";
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Applied to 6.1, thanks"]);
  });
});

describe("corporate footers below the sign-off", () => {
  const fixtures = new URL("../../fixtures/review/", import.meta.url);
  it("drops a company's legal footer and the signed name above it, keeps the remark", () => {
    const body = readFileSync(new URL("corporate-footer.txt", fixtures), "utf8");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual([
      "Why would the client know the FIFO size of the peripheral? This belongs\nin the DT binding of the DMA controller.",
    ]);
    expect(hasOwnComments(body)).toBe(true);
  });

  it("a reply of only quotes, a name and a footer has no comment", () => {
    const body = readFileSync(new URL("corporate-footer-only.txt", fixtures), "utf8");
    expect(extractComments(body).comments).toEqual([]);
    expect(hasOwnComments(body)).toBe(false);
  });

  it("a remark that mentions a business id is kept", () => {
    const body = "> +\tid = read_id();\n\nThe business ID: field is never filled here.\n";
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["The business ID: field is never filled here."]);
  });
});

// Modelled on the linux-rtc/linux-spi audit: attribution lines in other shapes, lower-case signatures.
describe("attributions without the usual 'On ... wrote:' shape (rtc/spi audit)", () => {
  const texts = (body: string) => extractComments(body).comments.map((c) => c.text);

  it("a dated 'On ... wrote:' whose quote was cut is no remark", () => {
    const body = ["On Wed, Jul 07, 2021 at 05:08:02PM +0800, Ann Writer wrote:", "", "This looks pretty nice, a few small issues below:", "", "> +static int foo;", "", "Make this const."].join("\n");
    expect(texts(body)).toEqual(["This looks pretty nice, a few small issues below:", "Make this const."]);
  });

  it("Gmail's CJK form: a date, a name and an address ending in a colon", () => {
    const body = ["Hi,", "", "2019年10月31日(木) 16:57 Ann Writer <ann@example.org>:", ">", "> The month value is 1-indexed.", "", "Good catch, applied."].join("\n");
    expect(texts(body)).toEqual(["Good catch, applied."]);
  });

  it("'X wrote on <date>' wrapped onto a second line", () => {
    const body = ["Hi Ann,", "", "Ann Writer <ann@example.org> wrote on Wed, 8 Jan 2020", "14:55:14 +0200:", "", "> Add the new compatible.", "", "Acked-by: Rev Iewer <rev@example.org>"].join("\n");
    expect(texts(body)).toEqual([]);
  });

  it("'X wrote on <date>:' on one line", () => {
    const body = ["ann@example.org wrote on Thu, 19 May 2022 11:06:41 +0100:", "", "> +\tint x;", "", "Unused."].join("\n");
    expect(texts(body)).toEqual(["Unused."]);
  });

  it("Chinese '写到:' and '寫道：' with a full-width colon", () => {
    const one = ["于 2021年7月29日 GMT+08:00 下午6:32:28, Ann Writer <ann@example.org> 写到:", ">On Thu, Jul 29, 2021 at 04:04:10PM +0800, Bo wrote:", ">> text", "", "I see, thanks."].join("\n");
    expect(texts(one)).toEqual(["I see, thanks."]);
    const two = ["Thank you for your comments,", "I will remove the unused logs in the next patch.", "", "Ann Writer <ann@example.org> 於 2024年10月24日 週四 下午11:33寫道：", "> +\tpr_info(\"x\");"].join("\n");
    expect(texts(two)).toEqual(["Thank you for your comments,\nI will remove the unused logs in the next patch."]);
  });

  it("an undated 'On Monday ... wrote:' inside a paragraph stays prose", () => {
    const body = ["As I said before, the note I wrote:", "", "Make this const."].join("\n");
    expect(texts(body)).toEqual(["As I said before, the note I wrote:\n\nMake this const."]);
  });
});

describe("lower-case signatures (rtc audit)", () => {
  const texts = (body: string) => extractComments(body).comments.map((c) => c.text);

  it("a lower-case name below a finished sentence is a signature", () => {
    expect(texts(["> +\tx = 1;", "", "Or something to prevent anyone else from using this, right?", "", "greg k-h"].join("\n"))).toEqual([
      "Or something to prevent anyone else from using this, right?",
    ]);
    expect(texts(["> +\tx = 1;", "", "I could not find anything in the kernel source.", "", "baruch"].join("\n"))).toEqual([
      "I could not find anything in the kernel source.",
    ]);
  });

  it("a lower-case word a reviewer writes as a remark stays", () => {
    expect(texts(["> +\tint x;", "", "Use this:", "", "unsigned int"].join("\n"))).toEqual(["Use this:\n\nunsigned int"]);
    expect(texts(["> +\tint x;", "", "Same here.", "", "ditto"].join("\n"))).toEqual(["Same here.\n\nditto"]);
    expect(texts(["> +\tint x;", "", "typo"].join("\n"))).toEqual(["typo"]);
  });
});

describe("wrapped attributions whose quote was cut or whose address wrapped (spi/rtc audit)", () => {
  const texts = (body: string) => extractComments(body).comments.map((c) => c.text);

  it("'On <date>' then '<name> <addr> wrote:' with no quote below", () => {
    const body = ["On Wed, 8 Jan 2020 12:34:48 +0100", "Ann Writer <ann@example.org> wrote:", "", "Hi Ann,", "", "many thanks for taking care of this!"].join("\n");
    expect(texts(body)).toEqual(["many thanks for taking care of this!"]);
  });

  it("a date and 'skrev/schrieb <name>' with the address on the next line", () => {
    const body = ["Thanks for review.", "", "Den tir. 23. jul. 2019 kl. 20.48 skrev Ann Writer", "<ann@example.org>:", ">", "> Why this?"].join("\n");
    expect(texts(body)).toEqual(["Thanks for review."]);
  });
});

describe("a maintainer's reply with a cut attribution, etiquette and wrapped attributions (fixture)", () => {
  it("keeps the remarks, drops the attributions and the lower-case signature, reads etiquette as other", async () => {
    const { classifyComment } = await import("./classify-comment");
    const body = readFileSync(new URL("../../fixtures/review/maintainer-etiquette.txt", import.meta.url), "utf8");
    const want = JSON.parse(readFileSync(new URL("../../fixtures/review/maintainer-etiquette.expected.json", import.meta.url), "utf8")) as {
      comments: { text: string; kind: string }[];
    };
    const got = extractComments(body).comments.map((c) => ({ text: c.text, kind: classifyComment(c.text) }));
    expect(got).toEqual(want.comments);
  });
});

// pwm: Outlook's "Friday, Mar 06, 2020 at 4:06 PM, X wrote" (no colon, no "On"), and Outlook for Mac
// quoting by indentation ("On 2021/4/12, 8:55 PM,Ann Writerwrote:" then the quoted mail four spaces in,
// its own ">" marks kept), answers at the left margin.
describe("Outlook attributions and indented quotes", () => {
  it("drops alot's 'Quoting Name (date)' attribution above a quote, and keeps a remark that opens with 'Quoting'", () => {
    const body = ["Quoting Ann Writer (2020-04-14 13:36:07)", "> +\tclk_prepare_enable(priv->clk);", "", "Check the return value.", "", "Quoting the spec (2020-04-14 draft) is not enough here."].join("\n");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Check the return value.\n\nQuoting the spec (2020-04-14 draft) is not enough here."]);
  });

  it("drops a weekday-dated 'X wrote' line without a colon above a quote", () => {
    const body = ["Friday, Mar 06, 2020 at 4:06 PM, Ann Writer wrote", "> On Fri, Mar 06, 2020 at 01:23:08AM +0900, Bo wrote:", "> > +\tint error;", "> Why int?", "", "Because it holds an errno.", "", "Thanks,", "Bo"].join("\n");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Because it holds an errno."]);
  });

  it("reads indented lines as quotes under an attribution followed by an indented '>' line", () => {
    const body = [
      "Best Regards,",
      "Bo Tester",
      "",
      "On 2021/4/12, 8:55 PM,Ann Writerwrote:",
      "",
      "    > Hello,",
      "",
      "    On Mon, Apr 12, 2021 at 05:54:54PM +0800, Bo Tester wrote:",
      "    > +  - Bo Tester <bo_tset@example.com>",
      "",
      "    The address has a typo.",
      "",
      "This is a typo, my address is bo_test@example.com.",
      "I will fix it in v2.",
      "",
      "    > Best regards",
      "    > Ann",
    ].join("\n");
    const { comments } = extractComments(body);
    expect(comments.map((c) => c.text)).toEqual(["This is a typo, my address is bo_test@example.com.\nI will fix it in v2."]);
    expect(comments[0]!.quotedAbove.map((q) => q.text)).toContain("The address has a typo.");
    expect(hasOwnComments(["On 2021/4/12, 8:55 PM, Ann wrote:", "", "    > +\tfoo();", "    Why foo?"].join("\n"))).toBe(false);
  });

  it("reads the tab- or space-indented block under a dated attribution as the quote, not an undated lead-in's excerpt", () => {
    const body = ["I have sent v11. Please drop this one.", "", "\ufeffOn 2021/7/16, 11:14 AM, \"Bo Tester\" <bo@example.com> wrote:", "", "    This patch adds the PWM driver.", "", "    +static int aspeed_pwm_probe(struct platform_device *pdev)"].join("\n");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["I have sent v11. Please drop this one."]);
    const excerpt = ["> +\tirq = platform_get_irq_optional(pdev, 0);", "", "The commit that introduced platform_get_irq_optional() said:", "", "\tIntroduce a new platform_get_irq_optional().", "", "So why?"].join("\n");
    expect(extractComments(excerpt).comments.map((c) => c.text)).toEqual(["The commit that introduced platform_get_irq_optional() said:\n\n\tIntroduce a new platform_get_irq_optional().\n\nSo why?"]);
  });

  it("drops an addressed or dated attribution with a greeting between it and the quote, and an indented greeting", () => {
    const gnus = ["Ann Writer <ann@example.org> writes:", "", "Hello Ann,", "", "> +\tfoo();", "", "Why foo?"].join("\n");
    expect(extractComments(gnus).comments.map((c) => c.text)).toEqual(["Why foo?"]);
    const dated = ["On Wed, Jan 07, 2026 at 03:22:42PM +0100, Ann Writer wrote:", "  Hi Ann,", "> +\tfoo();", "", "Why foo?"].join("\n");
    expect(extractComments(dated).comments.map((c) => c.text)).toEqual(["Why foo?"]);
    // Undated and unaddressed: the writer's own words introducing what they quote.
    const lead = ["Here is what I wrote:", "Hi all,", "> the old text", "", "Still true."].join("\n");
    expect(extractComments(lead).comments.map((c) => c.text)).toEqual(["Here is what I wrote:\nHi all,", "Still true."]);
  });

  it("keeps indented code in a mail that quotes with '>'", () => {
    const body = ["On Mon, Apr 12, 2021 at 05:54:54PM +0800, Bo wrote:", "> +\tfoo();", "", "Use this instead:", "", "    if (x)", "        foo();"].join("\n");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Use this instead:\n\n    if (x)\n        foo();"]);
  });
});

// Modelled on the linux-iio / pwm audit: attributions still left in comment text.
describe("attributions stacked, glued, byte-order-marked, or with the answer right below", () => {
  it("drops stacked Outlook-for-Mac attributions whose name is glued to 'wrote:'", () => {
    const body = [
      "On 2021/5/3, 12:42 PM,Bo Testerwrote:",
      "",
      "On 2021/4/27, 4:44 AM,Ann Writerwrote:",
      "",
      "    On Wed, Apr 14, 2021 at 06:49:39PM +0800, Bo Tester wrote:",
      "    > +#define WIDGET_CTRL 0x00",
      "",
      "    Why not BIT()?",
      "",
      "Sorry for that. I will fix it in v3.",
    ].join("\n");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Sorry for that. I will fix it in v3."]);
  });

  it("drops an Outlook attribution behind a byte-order mark, below the writer's answer", () => {
    const body = ["Fixes: 0123456789ab (\"widget: add probe\")", "", "Thanks,", "Bo", "", "\ufeffOn 9/3/23, 6:52 AM, \"Ann Writer\" <ann@example.org> wrote:", "", "", "    Please add a Fixes tag."].join("\n");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual([]);
    const answered = ["\ufeffOn 9/3/23, 6:52 AM, \"Ann Writer\" <ann@example.org> wrote:", "", "This seems reasonable, but please add a Fixes tag."].join("\n");
    expect(extractComments(answered).comments.map((c) => c.text)).toEqual(["This seems reasonable, but please add a Fixes tag."]);
  });

  it("drops a wrapped dated attribution naming an address when the answer follows right below it", () => {
    const body = ["On Sat, 1 Apr 2023 11:10:11 +0200", "Ann Writer <ann@example.org> wrote:", "Hi Ann,", "", "Various comments inline.", "", "> +\tfoo();", "", "Why foo?"].join("\n");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Various comments inline.", "Why foo?"]);
    // Undated prose naming someone stays: "As Ann <ann@example.org> wrote:" introduces what follows.
    const prose = ["As Ann Writer <ann@example.org> wrote:", "the lock is not needed.", "", "I agree."].join("\n");
    expect(extractComments(prose).comments.map((c) => c.text)).toEqual(["As Ann Writer <ann@example.org> wrote:\nthe lock is not needed.\n\nI agree."]);
  });

  it("drops Evolution's German attribution whose bare address wrapped onto its own line", () => {
    const body = ["Am Mittwoch, dem 01.02.2023 um 13:51 +0100 schrieb", "ann@example.org:", "> I understand that the first priority is finding a use case.", "", "The obvious things to try first: enable debug output."].join("\n");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["The obvious things to try first: enable debug output."]);
  });
});

// linux-ext4: Ted's "- Ted" stayed in 79 comments when a P.S. or a pasted commit followed it.
describe("extractComments: a dash-signed name above a postscript", () => {
  it("drops the signature and keeps the remark and the postscript", () => {
    const body = "On Mon, Ann wrote:\n> +\tfoo();\n\nThis needs a NULL check.\n\n- Ted\n\nP.S. Please also run the xfstests.\n";
    const texts = extractComments(body).comments.map((c) => c.text);
    expect(texts.join("\n")).not.toMatch(/- Ted/);
    expect(texts.join("\n")).toMatch(/NULL check/);
    expect(texts.join("\n")).toMatch(/P\.S\. Please also run/);
  });

  it("keeps a dash bullet that is no signature", () => {
    const body = "On Mon, Ann wrote:\n> +\tfoo();\n\nTwo things:\n\n- Rename\n\nP.S. the rest is fine.\n";
    const texts = extractComments(body).comments.map((c) => c.text).join("\n");
    expect(texts).toMatch(/Two things:\s+- Rename/);
    expect(texts).toMatch(/P\.S\./);
  });
});

describe("extractComments: included, forwarded and pasted mails", () => {
  const texts = (body: string) => extractComments(body).comments.map((c) => c.text);

  it("stops at Outlook's Original Message line above the unquoted mail it answers", () => {
    const body = [
      "Merged, thanks!", "", "Best regards,", "Ann", "", "-----Original Message-----", "From: Bob Sample <bob@example.org>",
      "Sent: Monday, March 2, 2031 10:00 AM", "To: widget@example.org", "Subject: [PATCH] widget: add a lock", "",
      "Add a lock to the widget.", "", "Signed-off-by: Bob Sample <bob@example.org>", "---", " widget.c | 2 ++", "",
      "diff --git a/widget.c b/widget.c", "+\tmutex_lock(&w->lock);",
    ].join("\n");
    expect(texts(body)).toEqual(["Merged, thanks!"]);
    // Over a quoted mail, the header is an attribution: the answers inline below it stay.
    const inline = [
      "----- Original Message -----", "> From: \"Bob Sample\" <bob@example.org>", "> To: widget@example.org", ">",
      "> The lock is taken twice here.", "", "Right, I will drop the second one.", "", "> And the error path leaks.", "",
      "Agreed, fixed in v2.",
    ].join("\n");
    expect(texts(inline)).toEqual(["Right, I will drop the second one.", "Agreed, fixed in v2."]);
  });

  it("takes an Outlook header block without an Original Message line as an attribution", () => {
    const quoted = [
      "Sorry to jump in here.", "", "", "From: Bob Sample <bob@example.org>", "Sent: Monday, March 2, 2031 10:00 AM",
      "To: Ann; Carl", "Subject: Re: [PATCH 2/2] widget: add a lock", "", ">> The lock is taken twice.", ">",
      "> Right, only once.", "", "So can the second lock go?", "", "Regards,", "Dan",
    ].join("\n");
    expect(texts(quoted)).toEqual(["Sorry to jump in here.", "So can the second lock go?"]);
    // Only "From:" and "Sent:" above the quote, nothing of the replier's own above.
    expect(texts(["", "From: Bob <bob@example.org>", "Sent: Tuesday, June 8, 2031 8:58 AM", "", ">> a card may stay busy", "", "Which section says so?"].join("\n")))
      .toEqual(["Which section says so?"]);
  });

  it("stops at a localised Outlook header over the unquoted mail, dropping the rule drawn above it", () => {
    const body = [
      "Looks good to me.", "", "________________________________________", "Von: Bob Sample <bob@example.org>",
      "Gesendet: Montag, 2. M\u00e4rz 2031 10:00", "An: Ann", "Betreff: [PATCH] widget: add a lock", "", "Add a lock to the widget.",
      "", "Please check the error path too.",
    ].join("\n");
    expect(texts(body)).toEqual(["Looks good to me."]);
  });

  it("drops Outlook's one-line 'From: ... Sent: <date>' attribution above a quote, its date wrapped or not", () => {
    const body = [
      "From: Ann Author <ann@example.org> Sent: Monday, December 8, 2031 9:11 PM", ">", "> This series adds a widget driver.", "",
      "Is there any particular meaning for \"scalable\" here?", "", "> The driver implements the following.",
    ].join("\n");
    expect(texts(body)).toEqual(['Is there any particular meaning for "scalable" here?']);
    const wrapped = ["From: Ann Author <ann@example.org> Sent: Monday, December", "8, 2031 9:11 PM", "> +\tret = widget_lock();", "", "This can fail: check ret."].join("\n");
    expect(texts(wrapped)).toEqual(["This can fail: check ret."]);
    // The replier's own words naming a sender and a time stay.
    const prose = ["> x = 3;", "", "From: the datasheet, Sent: 2 bytes at a time.", "", "So x must be 3."].join("\n");
    expect(texts(prose)).toEqual(["From: the datasheet, Sent: 2 bytes at a time.\n\nSo x must be 3."]);
  });

  it("drops a 'From:' line whose header fields below it are quoted with the mail (the whole block, or its date line)", () => {
    const quoted = [
      "From: Ann Author", "> Sent: 04 May 2031 16:38", ">", "> On Thu, May 01, 2031 at 01:27:34AM -0700, Bob Sample wrote:",
      "> > +\tif (n_fs > 1)", ">", "> Is this a uapi break?", "", "The thought of that is horrid.", "", "\tDan",
    ].join("\n");
    const { comments } = extractComments(quoted);
    expect(comments.map((c) => c.text)).toEqual(["The thought of that is horrid."]);
    // The quoted header lines are no part of the quote the remark answers.
    expect(comments[0]?.quotedAbove.map((q) => q.text)).toEqual(["", "On Thu, May 01, 2031 at 01:27:34AM -0700, Bob Sample wrote:", "+\tif (n_fs > 1)", "", "Is this a uapi break?"]);
    const fields = [
      "From: Ann Author <ann@example.org>", "> Sent: Friday, May 13, 2031 3:21 AM", "> To: widget@example.org; Carl Third <carl@example.org>;",
      "> dan@example.org", "> Subject: [PATCH] widget: fix the error path", ">", "> Add a missing cleanup.", "", "Looks right to me.",
    ].join("\n");
    expect(texts(fields)).toEqual(["Looks right to me."]);
    // A date line given unquoted, the rest quoted.
    const partly = ["From: Ann Author", "Sent: 04 May 2031 16:38", "> To: Bob", ">", "> x = 3;", "", "Why 3?"].join("\n");
    expect(texts(partly)).toEqual(["Why 3?"]);
  });

  it("drops a 'From: Name <address>' line right over the quote, its date line cut", () => {
    const body = ["From: Ann Author <ann@example.org>", ">", "> Add a missing cleanup in widget_probe().", "", "Looks right to me."].join("\n");
    expect(texts(body)).toEqual(["Looks right to me."]);
    // Over the quoted "> Subject:" line only; lore's page form; Outlook's one-line form without its space.
    expect(texts(["From: Ann Author <ann@example.org>", "> Subject: [PATCH] widget: fix the eror path", "", "Typo in the subject."].join("\n")))
      .toEqual(["Typo in the subject."]);
    expect(texts(["From: Ann Author @ 2031-01-22 20:49 UTC (permalink / raw)", ">", "> x = 3;", "", "Why 3?"].join("\n"))).toEqual(["Why 3?"]);
    expect(texts(["From: ann@example.org <ann@example.org>Sent: Thursday, January 16, 2031 4:00 PM", ">", "> x = 3;", "", "Why 3?"].join("\n")))
      .toEqual(["Why 3?"]);
    // Without an address, or with a blank line before the quote, such a line may be prose: it stays.
    expect(texts(["From: Ann's reading of it", "> x = 3;", "", "Why 3?"].join("\n"))).toEqual(["From: Ann's reading of it", "Why 3?"]);
  });

  it("drops the dated one-line Outlook attribution with the answer right below it and the quote cut further down", () => {
    const body = [
      "From: Ann Author <ann@example.org> Sent: Wednesday, August 27, 2031 6:00 PM", "", "Same comment as on patch 1 about the prefix.", "",
      "> CONFIG_WIDGET is an umbrella option", "", "s/widget/Widget/",
    ].join("\n");
    expect(texts(body)).toEqual(["Same comment as on patch 1 about the prefix.", "s/widget/Widget/"]);
  });

  it("drops a Gmail header block whose address list wraps at the margin", () => {
    const body = [
      "From: Bob Sample <bob@example.org>", "Date: Thu, May 16, 2031 at 6:20 PM", "To: Ann Author", "Cc: <carl@example.org>, <dan@example.org>,",
      "<widget@example.org>, Eve Fifth, Fay Sixth,", "<list@example.org>", "", "> I wonder if the series should be reordered.", "",
      "Sure, I will do that in v2.",
    ].join("\n");
    expect(texts(body)).toEqual(["Sure, I will do that in v2."]);
  });

  it("keeps 'From:' prose above a quote that is no header block", () => {
    const body = ["From: the datasheet, table 4:", "> Sent bytes: 2", "", "So x must be 2."].join("\n");
    expect(texts(body)).toEqual(["From: the datasheet, table 4:", "So x must be 2."]);
  });

  it("keeps a 'From:' line of the replier's own prose", () => {
    const body = ["> x = 3;", "", "From: the datasheet, table 4.", "Sent: 2 bytes, then the reply.", "", "So x must be 3."].join("\n");
    expect(texts(body)).toEqual(["From: the datasheet, table 4.\nSent: 2 bytes, then the reply.\n\nSo x must be 3."]);
  });

  it("stops at a forwarded message and at a pasted git format-patch file", () => {
    const forwarded = ["It looks like an unlock is missing on line 56.", "", "---------- Forwarded message ---------",
      "From: build bot <bot@example.org>", "Date: Mon, 2 Mar 2031", "", "Hello,", "", "please check line 56: missing unlock"].join("\n");
    expect(texts(forwarded)).toEqual(["It looks like an unlock is missing on line 56."]);
    const pasted = ["Could you try the patch below?", "", "From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001",
      "From: Ann <ann@example.org>", "Subject: [PATCH] widget: fix it", "", "Fix the widget, it is broken.", "", "---"].join("\n");
    expect(texts(pasted)).toEqual(["Could you try the patch below?"]);
  });

  it("drops an attribution with blank lines and a greeting between it and the quote", () => {
    const body = ["\u0447\u0442, 11 \u043c\u0430\u0440. 2031 \u0433. \u0432 14:41, Bob Sample <bob@example.org>:", "", "", "Hi Bob,", "",
      "> The lock is taken twice.", "", "Is it also taken in the error path?"].join("\n");
    expect(texts(body)).toEqual(["Is it also taken in the error path?"]);
  });

  it("drops an attribution whose quote was cut to a lone '.'", () => {
    const body = ["On Mon, Mar 03, 2031 at 10:11:12AM +0100, Ann Writer wrote:", ".", "> +static int widget_size(void)", "",
      "Compute this once at probe time.", "", "Thanks,"].join("\n");
    expect(texts(body)).toEqual(["Compute this once at probe time."]);
    expect(texts(["Ann Writer wrote:", "> a", "", "Fine by me.", ".", "> b", "", "ok"].join("\n"))).toEqual(["Fine by me.", "ok"]);
  });

  it("drops a mail footer's confidentiality notice, its translation and the company line above it", () => {
    const notice = ["> the lock is taken twice", "", "Yes, will fix in v2.", "", "Thanks,", "Ann", "",
      "** This message and its attachments are for the sole use of the intended recipient(s) and may be",
      "confidential. If you are not the intended recipient, please delete it and notify the sender. **", "", "Example Corp.<http://example.com>"].join("\n");
    expect(texts(notice)).toEqual(["Yes, will fix in v2."]);
    const signed = ["> x", "", "Agreed.", "", "Cheers", "Ann", "IMPORTANT NOTICE: The contents of this email are confidential. If you are",
      "not the intended recipient, please notify the sender immediately."].join("\n");
    expect(texts(signed)).toEqual(["Agreed."]);
    const twice = ["> x", "", "Right, that is a bug.", "", "________________", "",
      "Ce message peut contenir des informations confidentielles. Si vous n'\u00eates pas le destinataire, merci de le d\u00e9truire.", "",
      "This message may contain confidential information. If you are not the intended recipient, please delete it."].join("\n");
    expect(texts(twice)).toEqual(["Right, that is a bug."]);
    const company = ["> x", "", "Please split this patch.", "", "-----------------------------", "Example Research Oy", "",
      "This e-mail and any attachments may contain confidential material for the sole use of the intended recipient(s)."].join("\n");
    expect(texts(company)).toEqual(["Please split this patch."]);
    // A remark about privileged code is kept.
    const remark = ["> x", "", "Should this be privileged only? The intended user is the daemon."].join("\n");
    expect(texts(remark)).toEqual(["Should this be privileged only? The intended user is the daemon."]);
  });
});

describe("salutations, marked signatures and bare attributions", () => {
  const texts = (body: string): string[] => extractComments(body).comments.map((c) => c.text);

  it("drops a name signed behind a slash or a tilde, and the sign-off above it", () => {
    expect(texts(["> +\tfoo();", "", "Please rename this.", "", "/Ann"].join("\n"))).toEqual(["Please rename this."]);
    expect(texts(["> +\tfoo();", "", "/Ann"].join("\n"))).toEqual([]);
    expect(texts(["> +\tfoo();", "", "Makes sense.", "", "Regards", "//bob"].join("\n"))).toEqual(["Makes sense."]);
    expect(texts(["> +\tfoo();", "", "Same as above.", "", "~Carol"].join("\n"))).toEqual(["Same as above."]);
    expect(texts(["> +\tfoo();", "", "Will do.", "~Carol"].join("\n"))).toEqual(["Will do."]);
    expect(texts(["> +\tfoo();", "", "Can someone explain this?", "", "Rgds,", "~C"].join("\n"))).toEqual(["Can someone explain this?"]);
    // What stays above the marked name is the remark, however short.
    expect(texts(["> +\tfoo();", "", "WFM.", "", "/Ann"].join("\n"))).toEqual(["WFM."]);
    // A path on its own line is not a signature.
    expect(texts(["> +\tfoo();", "", "It shows up under", "", "/proc"].join("\n"))).toEqual(["It shows up under\n\n/proc"]);
  });

  it("drops a lone signed initial below the last remark", () => {
    expect(texts(["> +\tfoo();", "", "That is the wrong register.", "", "\tQ."].join("\n"))).toEqual(["That is the wrong register."]);
    expect(texts(["> +\tfoo();", "", "Q."].join("\n"))).toEqual([]);
    expect(texts(["> +\tfoo();", "", "No objection.", "", "Acked-by: Ann Writer <ann@example.org>", "", "\tQ."].join("\n"))).toEqual(["No objection."]);
  });

  it("drops a sign-off written twice, not the sentence above it", () => {
    expect(texts(["> +\tfoo();", "", "I can take this one.", "", "BR, Ann", "", "BR, Ann"].join("\n"))).toEqual(["I can take this one."]);
    expect(texts(["> +\tfoo();", "", "Thanks, applied.", "", "BR, Ann"].join("\n"))).toEqual(["Thanks, applied."]);
  });

  it("drops the salutation the mail opens with", () => {
    const body = ["Bob,", "", "On Tue, May 28, 2031 at 02:57:13PM -0400, Bob Writer wrote:", "> +\tfoo();", "", "Why not bar()?"].join("\n");
    expect(texts(body)).toEqual(["Why not bar()?"]);
    expect(texts(["Bob,", "", "this breaks the build.", "", "> +\tfoo();"].join("\n"))).toEqual(["this breaks the build."]);
    // Nor is a closing: "Regards," over the name is the sign-off.
    expect(texts(["> +\tfoo();", "", "Reviewed-by: Ann Writer <ann@example.org>", "", "Regards,", "", "Ann Writer"].join("\n"))).toEqual([]);
    // A sentence opener is not a name.
    expect(texts(["However,", "", "this breaks the build.", "", "> +\tfoo();"].join("\n"))).toEqual(["However,\n\nthis breaks the build."]);
  });

  it("drops Gnus's '* Name:' attribution and an 'On ... at HH:MM ..., X wrote:' over an unmarked quote", () => {
    expect(texts(["* Ann Writer:", "", "> Should we add a flag?", "", "A flag would not help here."].join("\n"))).toEqual(["A flag would not help here."]);
    // A list item over a quote stays.
    expect(texts(["* Note:", "> quoted", "", "ok then"].join("\n"))).toEqual(["* Note:", "ok then"]);
    const unmarked = ["On Sat, 2031-12-18 at 10:58 +0100, Ann Writer wrote:", "The patch description, not quoted by the client.", "",
      "Hi Ann,", "", "this broke my board."].join("\n");
    expect(texts(unmarked)[0]).toBe("The patch description, not quoted by the client.\n\nHi Ann,\n\nthis broke my board.");
  });
});

describe("a NAK given as a trailer stays the reply's objection (platform-driver-x86 audit)", () => {
  const reply = [
    "On Mon, 3 Nov 2025, Ann Author wrote:",
    "> This adds a second driver for the same firmware interface.",
    "",
    "NAKed-by: Mark Maintainer <mark@example.org>",
    "",
  ].join("\n");

  it("keeps the NAK line as text, so the reply has a remark", () => {
    const { comments } = extractComments(reply);
    expect(comments.map((c) => c.text)).toEqual(["NAKed-by: Mark Maintainer <mark@example.org>"]);
    expect(hasOwnComments(reply)).toBe(true);
  });

  it("still reads a review tag as a tag, not as a remark", () => {
    const acked = reply.replace("NAKed-by", "Acked-by");
    expect(extractComments(acked).comments).toEqual([]);
  });
});

describe("sign-offs from the linux-nfs and linux-bluetooth audits", () => {
  const quote = "> +\tret = foo();\n";
  it("drops the sender's own name, login or marked name closing the mail, when the caller passes From:", () => {
    const cases: [string, { name: string; email: string }][] = [
      ["Committed... (tag: tool-2-6-3-rc5)\n\nstevew.\n", { name: "Steve Writer", email: "stevew@example.com" }],
      ["I think the \"+ 1\" here is wrong.\n\nNeilBrown\n", { name: "NeilBrown", email: "neil@example.name" }],
      ["Applied and pushed out.\n\nhttps://example.org/merge_requests/83\n\njosh\n", { name: "Josh Tester", email: "jtester@example.org" }],
      ["should you update the commit text too?\n\n/jeff\n", { name: "Jeff Writer", email: "jwriter@example.com" }],
    ];
    for (const [own, sender] of cases) {
      const body = `${quote}\n${own}`;
      const text = extractComments(body, sender).comments.at(-1)?.text ?? "";
      expect(text).not.toMatch(/stevew\.|NeilBrown|josh|\/jeff/);
      expect(text.length).toBeGreaterThan(10);
    }
    // A one-word remark names no one.
    const sender = { name: "Steve Writer", email: "stevew@example.com" };
    expect(extractComments(`${quote}\nOK, see below.\n\nAgreed.\n`, sender).comments.at(-1)?.text).toMatch(/Agreed\.$/);
    expect(extractComments(`${quote}\nNAK\n`, sender).comments[0]?.text).toBe("NAK");
  });

  it("drops a dash-signed initial run onto the last sentence ('Patches look OK to me.--b.')", () => {
    expect(extractComments(`s/It's/Its/.\n\nPatches look OK to me.--b.\n\n${quote}`).comments[0]?.text).toBe("s/It's/Its/.\n\nPatches look OK to me.");
    expect(extractComments(`${quote}\nThis needs i--;\n`).comments[0]?.text).toBe("This needs i--;");
  });

  it("drops a closing and name with a postscript, a footnote or a piped company line below", () => {
    const ps = extractComments(`${quote}\nThis breaks the build.\n\nKind regards,\n\nPaul\n\nPS: The other patch is fine.\n`).comments[0]?.text;
    expect(ps).toBe("This breaks the build.\n\nPS: The other patch is fine.");
    const fn = extractComments(`${quote}\nSee the thread [1].\n\nCheers,\nAnn\n\n[1]\nhttps://example.org/msg1\n`).comments[0]?.text;
    expect(fn).toBe("See the thread [1].\n\n[1]\nhttps://example.org/msg1");
    const piped = extractComments(`${quote}\nGreat, I will add it to v2.\n\nBest regards,\nAnn Writer | Example, Inc. | Senior Engineer\n`).comments[0]?.text;
    expect(piped).toBe("Great, I will add it to v2.");
    // A "Thanks!" between paragraphs with no name below it stays.
    expect(extractComments(`${quote}\nThanks!\n\nOne more thing: foo must be u32.\n`).comments[0]?.text).toBe("Thanks!\n\nOne more thing: foo must be u32.");
  });

  it("drops 'Thanx, Paul' and an attribution ending 'wrote:.'", () => {
    expect(extractComments(`${quote}\nOr am I missing something subtle here?\n\n\t\t\t\t\t\t\tThanx, Paul\n`).comments[0]?.text).toBe("Or am I missing something subtle here?");
    const body = "On Fri, 20 Oct 2023 at 05:12, Ann Writer <ann@example.org> wrote:.\n>\n> I'd like a counter.\n\nHmm. Can we not do it in memory?\n";
    expect(extractComments(body).comments[0]?.text).toBe("Hmm. Can we not do it in memory?");
  });
});

describe("attributions and wrapped trailers from the linux-acpi audit", () => {
  it("drops an attribution opening the mail above the answer, the quote further down", () => {
    const body = "Ann Writer wrote:\n\nThanks for taking the time, this really helps.\n\n[..]\n> We have no test hardware.\n\nI can lend you a board.\n";
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Thanks for taking the time, this really helps.", "I can lend you a board."]);
  });
  it("reads a review tag whose address wrapped onto the next line as a trailer, not text", () => {
    const body = "> +\tfoo();\n\nGot it.\n\nReviewed-by: Ann Very-Long-Family-Name\n<ann.very-long-family-name@example.org>\n";
    const r = extractComments(body);
    expect(r.comments.map((c) => c.text)).toEqual(["Got it."]);
    expect(r.trailers.map((t) => t.person?.email)).toEqual(["ann.very-long-family-name@example.org"]);
  });
});

describe("HTML-escaped quotes (Coremail and some webmail text/plain parts)", () => {
  const escaped = [
    "Hi, Ann,",
    "",
    "&gt; -----Original Message-----",
    "&gt; From: \"Ann Writer\" <ann@example.org>",
    "&gt; ",
    "&gt; @@ -10,3 +10,4 @@ static int foo_probe(struct foo *f)",
    "&gt;  \tif (f-&gt;len &lt; 4 &amp;&amp; f-&gt;ok)",
    "&gt; +\t\treturn -EINVAL;",
    "Why -EINVAL here and not -ENODEV?",
    "",
    "Bob",
    "&gt; ",
    "&gt; &gt; +\tfoo();",
    "</ann@example.org>",
  ].join("\n");

  it("reads '&gt;' lines as quotes, unescapes the quoted code and drops the left-over closing tags", () => {
    const { comments } = extractComments(escaped);
    expect(comments.map((c) => c.text)).toEqual(["Why -EINVAL here and not -ENODEV?"]);
    expect(comments[0]?.quotedAbove.slice(-2)).toEqual([
      { depth: 1, text: " \tif (f->len < 4 && f->ok)" },
      { depth: 1, text: "+\t\treturn -EINVAL;" },
    ]);
    expect(hasOwnComments(escaped)).toBe(true);
  });

  it("leaves a mail with real quote marks alone, even when it mentions &gt;", () => {
    const body = ["> +\tif (a &gt; b)", "> +\t\tx();", "Write 'a > b', the &gt; is a typo.", "&gt; once"].join("\n");
    expect(unescapeHtmlQuotes(body)).toBe(body);
    expect(extractComments(body).comments[0]?.text).toBe("Write 'a > b', the &gt; is a typo.\n&gt; once");
  });

  it("decodes numeric entities once ('&amp;gt;' stays '&gt;')", () => {
    expect(unescapeHtmlQuotes("&gt; a\n&gt; b &#39;c&#x27; &amp;gt;\nok")).toBe("> a\n> b 'c' &gt;\nok");
  });
});

describe("a verdict whose last line leads into the tag (pwm audit)", () => {
  it("keeps the end of a sentence wrapped onto the lead-in line, without its colon", () => {
    const body = "On Thu, Hans wrote:\n> foo\n\nOther than the two small nits, this looks much more idiomatic and true\nto the atomic API, so:\n\nAcked-by: Thierry Reding <thierry.reding@gmail.com>\n";
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Other than the two small nits, this looks much more idiomatic and true\nto the atomic API."]);
  });

  it("drops a lead-in sentence that ends the wrapped line ('If so:', 'With that:')", () => {
    const tag = "\n\nAcked-by: Ann Writer <ann@example.org>\n";
    const texts = (t: string) => extractComments(`> foo\n\n${t}${tag}`).comments.map((c) => c.text);
    expect(texts("Looks good to me. I assume Lee will want to merge this along with the\nother changes through the MFD tree? If so:")).toEqual([
      "Looks good to me. I assume Lee will want to merge this along with the\nother changes through the MFD tree?",
    ]);
    expect(texts("Tiny nit, but please add the name here too, the commit message doesn't match\nthe code anymore. With that:")).toEqual([
      "Tiny nit, but please add the name here too, the commit message doesn't match\nthe code anymore.",
    ]);
  });

  it("drops a lead-in sentence closing the remark's last line ('... you are correct. So:')", () => {
    const body = "> foo\n\nLooking at the schematics it looks like you are correct. So:\n\nReviewed-by: Bob Reviewer <bob@example.org>\n";
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Looking at the schematics it looks like you are correct."]);
  });

  it("drops 'FWIW on this trivial patch' above the tag", () => {
    const body = "On Tue, Ann wrote:\n> foo\n\nFWIW on this trivial patch\n\nReviewed-by: Bob Reviewer <bob@example.org>\n";
    expect(extractComments(body).comments).toEqual([]);
  });

  it("keeps 'Feel free to add:' closing a wrapped verdict", () => {
    const body = "> foo\n\nWith the removal in patch 6, as reported by\nthe bot, the changes seem ok to me. Feel free to add:\n\nReviewed-by: Bob Reviewer <bob@example.org>\n";
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["With the removal in patch 6, as reported by\nthe bot, the changes seem ok to me. Feel free to add:"]);
  });

  it("still drops a lead-in line of its own", () => {
    const body = "> foo\n\nLooks good.\nWith that fixed:\n\nReviewed-by: Ann Writer <ann@example.org>\n";
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Looks good."]);
  });
});

describe("extractComments: a quoted code line wrapped without its '>'", () => {
  it("drops the tail of a quoted line the reply's mail client wrapped", () => {
    const body = "On Mon, Ann wrote:\n> +\t\twritel(WIDGET_LEN(len - 1),\n> +\t\t       w->base +\nWIDGET_DMA_LEN);\n> +\t\tw->buf =\nw->dma_buf;\n> +\t\tif (!w->buf)\n\nWhy not a local here?\n";
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Why not a local here?"]);
  });

  it("keeps a short remark that closes a bracket in words or reads as prose", () => {
    const body = "> +\tif (widget_ready(w)\n\nmissing )\n\n> +\tfoo(a,\n\nDon't forget spin_unlock(&w->lock);\n";
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["missing )", "Don't forget spin_unlock(&w->lock);"]);
  });
});

describe("extractComments: io_uring audit (session 20)", () => {
  it("drops a 'quoth thus:' attribution", () => {
    const body = ["On Tue, Nov 30 2021 at 22:07:47 -0800, Ann Writer quoth thus:", "", "> +\tret = foo();", "", "Check ret here."].join("\n");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Check ret here."]);
  });

  it("reads a cut mark of one ellipsis character run onto a quote line as that quote line", () => {
    const body = ["On 10/28/25 09:21, Ann Writer wrote:", "\u2026> ---", "> v2: use foo()", "", "Please drop the cast."].join("\n");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["Please drop the cast."]);
  });

  it("reads a cut mark run onto the quote line below it as that quote line", () => {
    const body = ["On 7/12/25 00:59, Ann Writer wrote:", "...>   \t/*", ">   \t * If multishot has posted, flush first.", "> +\tcflags |= FOO_POLLED;", "", "Can you avoid the new uapi here?"].join("\n");
    const { comments } = extractComments(body);
    expect(comments.map((c) => c.text)).toEqual(["Can you avoid the new uapi here?"]);
    expect(comments[0]?.quotedAbove.map((q) => q.text)).toEqual(["  \t/*", "  \t * If multishot has posted, flush first.", "+\tcflags |= FOO_POLLED;"]);
  });
});

describe("extractComments: a confidentiality note sent twice (session 20)", () => {
  it("drops both notices, their heading, the company name and the rules", () => {
    const notice = [
      "CONFIDENTIALITY NOTE:",
      "",
      "This e-mail and any attachments may contain confidential information and/or personal data. If you receive",
      "this e-mail in error, please notify us immediately and delete this mail as well as its attachment(s).",
      "",
      "Example Widgets Co., Ltd.",
      "",
      "=====================================================================",
    ];
    const body = ["> Do you need both modes?", "", "No, just one of them: the mode is set by a pin at boot.", "", ...notice, "", "====================", "", ...notice].join("\n");
    expect(extractComments(body).comments.map((c) => c.text)).toEqual(["No, just one of them: the mode is set by a pin at boot."]);
  });
});
