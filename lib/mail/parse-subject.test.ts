import { describe, expect, it } from "vitest";
import { numberPart, parseSubject } from "./parse-subject";
import type { ParsedSubject } from "./types";
import { hostileSubjects } from "../../test/hostile-inputs";

type Expect = Partial<ParsedSubject>;

const CASES: Array<[string, Expect]> = [
  ["[PATCH v3 2/3] mm: replace foo", { title: "mm: replace foo", isPatch: true, version: 3, versionInferred: false, versionRaw: "3", number: 2, total: 3, prefixes: ["patch"] }],
  ["[PATCH net-next v2 05/10] net: fix", { title: "net: fix", version: 2, number: 5, total: 10, prefixes: ["patch", "net-next"] }],
  ["[RFC PATCH v2 1/4] x: y", { isRfc: true, isPatch: true, version: 2, number: 1, total: 4, prefixes: ["rfc", "patch"] }],
  ["[PATCHv2] x", { version: 2, versionInferred: false, isPatch: true, prefixes: ["patch"], number: null, total: null }],
  ["[PATCH V2] x", { version: 2, versionRaw: "2" }],
  ["[RFCv3 0/2] x", { isRfc: true, isPatch: true, version: 3, number: 0, total: 2 }],
  ["[PATCH] foo (v2)", { title: "foo", version: 2, versionInferred: false }],
  // On patch k of N the suffix counts that patch's own rounds (drm's habit), or names a spec (`ClockInput (v6.5)`).
  ["[PATCH 3/9] rcu/sync: Remove custom check for reader-section (v2)", { title: "rcu/sync: Remove custom check for reader-section", version: 1, versionInferred: true, number: 3, total: 9 }],
  ["[PATCH 09/32] ACPICA: add support for ClockInput resource (v6.5)", { title: "ACPICA: add support for ClockInput resource", versionInferred: true }],
  ["[PATCH v5 17/31] ACPI: video: Add brightness control detection (v3)", { title: "ACPI: video: Add brightness control detection", version: 5 }],
  ["[PATCH 0/3] perf tools: Tidy up symbol end fixup (v3)", { title: "perf tools: Tidy up symbol end fixup", version: 3, versionInferred: false }],
  ["[PATCH 1/1] x: frob the widget (v2)", { title: "x: frob the widget", version: 2, versionInferred: false }],
  // The first line of a format-patch file as the subject, mangled by a stray character: no title.
  ["xFrom e2ebdef7c3a5e7ba998ff20bf62806c388efeaac Mon Sep 17 00:00:00 2001", { title: "", isPatch: false }],
  ["From e2ebdef7c3a5e7ba998ff20bf62806c388efeaac Mon Sep 17 00:00:00 2001", { title: "" }],
  ["From the maintainers: e2ebdef7c3a5", { title: "From the maintainers: e2ebdef7c3a5" }],
  // A bare trailing "vN" is a product or format far more often than the version (cgroup v2, Elite V2).
  ["[PATCH 0/2] cleanup the RAID6 P/Q library v3", { title: "cleanup the RAID6 P/Q library v3", version: 1, versionInferred: true, versionRaw: null, number: 0, total: 2 }],
  ["[PATCH] taskstats: fix the stats for cgroup v2", { title: "taskstats: fix the stats for cgroup v2", version: 1, versionInferred: true }],
  ["[PATCH] hwmon: (foo) add support for the Widget Board Elite V2", { title: "hwmon: (foo) add support for the Widget Board Elite V2", versionInferred: true }],
  ["[PATCH] x: frob the widget [v3]", { title: "x: frob the widget", version: 3, versionInferred: false, versionRaw: "3" }],
  ["[PATCH] x: frob the widget - v2", { title: "x: frob the widget", version: 2, versionInferred: false }],
  ["[PATCH 1/2] x: frob the widget V4", { title: "x: frob the widget V4", version: 1, versionInferred: true, number: 1 }],
  ["[PATCH v3 0/2] x: y v3", { title: "x: y v3", version: 3 }],
  ["[PATCH v3 0/2] x: y v2", { title: "x: y v2", version: 3, versionRaw: "3" }],
  ["[PATCH] media: add v4l2", { title: "media: add v4l2", version: 1, versionInferred: true }],
  ["[PATCH] virtio: implement the virtio v1.1 spec", { title: "virtio: implement the virtio v1.1 spec", versionInferred: true }],
  ["[PATCH] virtio: support v1.1", { title: "virtio: support v1.1", versionInferred: true }],
  ["[PATCH] nfs: drop support for v2", { title: "nfs: drop support for v2", versionInferred: true }],
  ["[PATCH] arm64: dts: add foo-v2", { title: "arm64: dts: add foo-v2", versionInferred: true }],
  ["[GIT PULL] mm fixes for v6", { title: "mm fixes for v6", versionInferred: true }],
  ["Plans for the widget v2", { title: "Plans for the widget v2", versionInferred: true }],
  ["[PATCH] v2", { title: "v2", versionInferred: true }],
  ["(v2) foo", { title: "(v2) foo", version: 1, versionInferred: true }],
  ["[PATCH 1 of 2] hg: thing", { number: 1, total: 2, title: "hg: thing", version: 1, versionInferred: true }],
  ["Re: [PATCH v3 2/3] mm: x", { isReply: true, title: "mm: x", version: 3, number: 2 }],
  ["Re: Re: RE: [PATCH] x", { isReply: true, title: "x" }],
  ["AW: [PATCH] x", { isReply: true, title: "x" }],
  ["SV: Antw: x", { isReply: true, title: "x", isPatch: false }],
  ["Re[2]: x", { isReply: true, title: "x" }],
  ["回复: [PATCH v2] hwmon: x", { isReply: true, title: "hwmon: x", version: 2 }],
  ["回复：[PATCH] x", { isReply: true, title: "x" }],
  ["Fwd: [PATCH] x", { isForward: true, isReply: false, title: "x", isPatch: true }],
  ["FW: Re: x", { isForward: true, isReply: true, title: "x" }],
  ["[PATCH v5.1 3/6] x", { version: 5, versionRaw: "5.1", versionInferred: false, number: 3, total: 6 }],
  ["[RESEND PATCH v2 1/2] x", { isResend: true, isPatch: true, version: 2, number: 1, total: 2 }],
  ["[PATCH RESEND] x", { isResend: true, isPatch: true, version: 1, versionInferred: true }],
  ["[PATCH] [net] foo", { title: "foo", prefixes: ["patch", "net"] }],
  ["[net,v2,1/2] net: ieee802154: x", { version: 2, number: 1, total: 2, prefixes: ["net"], isPatch: true }],
  ["[Patch 2/2]: dlpar: x", { title: "dlpar: x", isPatch: true, number: 2, total: 2 }],
  ["[GIT PULL] soc: updates for v5.5", { isPull: true, isPatch: true, title: "soc: updates for v5.5", version: 1, versionInferred: true }],
  ["[git pull] Please pull powerpc.git next branch", { isPull: true }],
  ["[GIT] Networking", { isPull: true, title: "Networking" }],
  ["[PATCH -next] bpf: x", { prefixes: ["patch", "-next"], title: "bpf: x" }],
  ["[PATCH-next v5 1/4] mm: x", { isPatch: true, version: 5, number: 1, total: 4, prefixes: ["patch-next"] }],
  ["[PATCH -resend v2] x", { isResend: true, version: 2, prefixes: ["patch", "resend"] }],
  ["[PATCH RESEND^2 v3 1/2] x", { isResend: true, version: 3, number: 1, total: 2 }],
  // i2c's `[PATCH REPOST v8 0/3]` and `[PATCH RESUBMIT]`: RESEND by another name.
  ["[PATCH REPOST v8 0/3] i2c: x", { isResend: true, version: 8, number: 0, total: 3, prefixes: ["patch", "resend"] }],
  ["[PATCH RESUBMIT] i2c: x", { isResend: true, isPatch: true, versionInferred: true, title: "i2c: x" }],
  // The RESEND word written outside the brackets: before the prefix, or after the title in parentheses.
  ["resend: [PATCH frobtool] super9: fix a division by zero", { isResend: true, isPatch: true, versionInferred: true, title: "super9: fix a division by zero" }],
  ["Re: Resend: [PATCH v2 frobtool] super9: skip a sync", { isReply: true, isResend: true, version: 2, title: "super9: skip a sync" }],
  ["move the frob lock to the widget (resend)", { isResend: true, isPatch: false, title: "move the frob lock to the widget" }],
  ["resend: the plan for the widget", { isResend: false, title: "resend: the plan for the widget" }],
  // `Revised: [PATCH] x` (mdadm's list): a word saying a new round before the prefix, not part of the title.
  ["Revised: [PATCH] frobadm: detect a too-small device", { isResend: false, isPatch: true, versionInferred: true, prefixes: ["patch"], title: "frobadm: detect a too-small device" }],
  ["Updated: the plan for the widget", { isPatch: false, title: "Updated: the plan for the widget" }],
  // The kernel release a fix targets is not the patch's version (i2c's `[PATCH for v5.9]`).
  ["[PATCH for v5.9] i2c: x", { version: 1, versionInferred: true, versionRaw: null }],
  // `v0`: the author's round before their v1, named, not a v1 with no version.
  ["[PATCH v0 0/6] Hyper-V: Implement hypervisor core collection", { version: 0, versionInferred: false, versionRaw: "0", number: 0, total: 6 }],
  ["[RFC/RFT][PATCH v0.1] ACPI: OSL: x", { version: 0, versionInferred: false, versionRaw: "0.1" }],
  ["[PATCH 0/6] x", { version: 1, versionInferred: true, versionRaw: null, number: 0, total: 6 }],
  ["[PATCH v2 for v5.9] i2c: x", { version: 2, versionInferred: false }],
  ["[PATCH v4a 2/5] x", { version: 4, versionRaw: "4a", versionInferred: false, number: 2, total: 5 }],
  ["[PATCH v4l 2/5] media: x", { version: 1, versionInferred: true, prefixes: ["patch", "v4l"] }],
  // Build robot reports: the tree:branch tag's n/N names the reported patch.
  ["[widget:widget-next 2/11] drivers/widget/core.c:1949:14: error: 'foo' undeclared", { isPatch: false, number: null, total: null, prefixes: ["widget:widget-next"] }],
  ["[linux-next:master] BUILD REGRESSION 1234abcd", { isPatch: false, number: null }],
  ["[PATCH widget:fixes 1/2] x", { isPatch: true, number: 1, total: 2 }],
  ["[REGRESSION] [PATCH v2 1/2] x: y", { isPatch: false, number: null, total: null, title: "x: y" }],
  ["[bug] [PATCH 0/3] x: y", { isPatch: false, number: null }],
  ["[PATCH] bug: fix x", { isPatch: true, title: "bug: fix x" }],
  // Bot notices about someone's patch (they often carry its diff): reports, not patches.
  ['FAILED: patch "io_uring: fix x" failed to apply to 6.1-stable tree', { isReport: true, isPatch: false }],
  ['Patch "io_uring: fix x" has been added to the 6.1-stable tree', { isReport: true }],
  ['patch "kernfs: convert x" added to driver-core-testing', { isReport: true }],
  ['Applied "regulator: x: add y" to the regulator tree', { isReport: true }],
  ["+ mm-fix-x.patch added to mm-hotfixes-unstable branch", { isReport: true }],
  ["[tip: core/rcu] net/netfilter: Replace x", { isReport: true, isPatch: false, title: "net/netfilter: Replace x" }],
  ["linux-next: manual merge of the net-next tree with the netfilter tree", { isReport: true }],
  ["linux-next: build failure after merge of the net-next tree", { isReport: true }],
  ['[PATCH] patch "x" added to y: a title that only looks like a notice', { isReport: false, isPatch: true }],
  ['Re: FAILED: patch "x" failed to apply to 5.10-stable tree', { isReply: true, isReport: true }],
  ["linux-next: add the foo tree", { isReport: false }],
  ["  [PATCH\n v2\t1/2]   folded\n  subject  ", { title: "folded subject", version: 2, number: 1, total: 2 }],
  ["Use Killable VMA Locking", { title: "Use Killable VMA Locking", isPatch: false, version: 1, versionInferred: true, versionRaw: null }],
  ["", { title: "", isPatch: false }],
  ["[PATCH", { title: "[PATCH", isPatch: false }],
  ["Re: [PATCH v2 0/3] Use killable vma write locking in most places", { isReply: true, number: 0, total: 3, title: "Use killable vma write locking in most places" }],
  // A bracket nested in the prefix (a hand-edited subject) is one prefix, not a title starting "1/9]".
  ["[[PATCH v2] 1/9] riscv: add a thing", { isPatch: true, version: 2, number: 1, total: 9, title: "riscv: add a thing" }],
  ["[RESEND (v2) PATCH] netfilter: fix a typo", { isResend: true, isPatch: true, version: 2, versionInferred: false, title: "netfilter: fix a typo" }],
  // Stable backports name their tree, not a version: separate postings for separate trees.
  ["[PATCH v5.4.y] netfilter: fix x", { version: 1, versionInferred: true, stableTree: "5.4.y", title: "netfilter: fix x" }],
  ["[PATCH 4.19.y 1/2] netfilter: fix x", { version: 1, stableTree: "4.19.y", number: 1, total: 2 }],
  ["[PATCH 5.10-stable] x", { version: 1, stableTree: "5.10.y" }],
  // A backport's tree named with its `linux-` prefix, in a worded tag.
  ["[Backport for linux-5.10.y PATCH 1/2] clocksource: x", { version: 1, versionInferred: true, stableTree: "5.10.y", number: 1, total: 2 }],
  ["[PATCH linux-5.15.y] foo: x", { version: 1, versionInferred: true, stableTree: "5.15.y" }],
  // A lone patch's dotted 4-7 major is the stable release it is backported to (gpio's `[PATCH v5.3]`,
  // erofs' `[PATCH v6.6]`); with an n/N counter or another major it is a fix-up of revision N.
  ["[PATCH v5.1] x", { version: 1, versionInferred: true, versionRaw: null, stableTree: "5.1.y" }],
  ["[PATCH v3.1] Input: x", { version: 3, versionRaw: "3.1" }],
  ["[PATCH v10.1 3/4] x", { version: 10, versionRaw: "10.1" }],
  // A pull request's dotted number is the release it is for, also on the patches it carries; its plain vN is a round.
  ["[PATCH PULL v6.9 2/3] ARM: dts: foo: x", { version: 1, versionInferred: true, isPull: true, number: 2, total: 3, stableTree: "6.9.y" }],
  ["[PATCH PULL v2 2/3] x", { version: 2, isPull: true, number: 2, total: 3 }],
  ["[PATCH v4.14] gpiolib: x", { version: 1, versionInferred: true, stableTree: "4.14.y" }],
  ["[PATCH 1/2 v5.10] netfilter: x", { version: 1, versionInferred: true, stableTree: "5.10.y", number: 1, total: 2 }],
  ["[PATCH v5.3, v4.19] gpiolib: x", { version: 1, versionInferred: true, stableTree: "5.3.y" }],
  ["[PATCH v4.19 v4.14 v4.9] rtc: x", { version: 1, versionInferred: true, stableTree: "4.19.y" }],
  ["[PATCH v2 v5.10] x", { version: 2, versionRaw: "2", stableTree: "5.10.y" }],
  ["[PATCH 5.15 v2] x", { version: 2, versionRaw: "2" }],
  // A stable tree written as a version, then the revision (`[PATCH v5.4 v2 1/3]`): a plain version of another major
  // beside the dotted one leaves that one the release, counter or not; beside its own major it is a fix-up.
  ["[PATCH v5.4 v2 1/3] x", { version: 2, versionRaw: "2", stableTree: "5.4.y", number: 1, total: 3 }],
  ["[PATCH v2 v6.1 2/2] x", { version: 2, versionRaw: "2", stableTree: "6.1.y", number: 2, total: 2 }],
  ["[PATCH v4 v4.1 2/5] x", { version: 4, versionRaw: "4", number: 2, total: 5 }],
  ["[PATCH v2.1 v3 1/3] x", { version: 2, versionRaw: "2.1", number: 1, total: 3 }],
  // A range of releases names the trees a backport is for (the first of them), never a version.
  ["[PATCH v5.15-v6.1] lsm: fix x", { version: 1, versionInferred: true, stableTree: "5.15.y", title: "lsm: fix x" }],
  ["[PATCH 5.10.y-6.1.y 1/2] x", { version: 1, versionInferred: true, stableTree: "5.10.y", number: 1, total: 2 }],
  // A dash before the version, as before a tree: `[PATCH -v2]`.
  ["[PATCH -v2] platform/x86: x", { version: 2, versionRaw: "2", versionInferred: false, title: "platform/x86: x" }],
  ["[PATCH v2 5.10] x", { version: 2, versionRaw: "2" }],
  // A version in the PATCH bracket outranks one in another bracket; a name's version in a bracket before
  // the PATCH one is that project's (`[libgpiod v2]`), while a bare `[v2]` or a tree's after it still counts.
  ["[libgpiod v2][PATCH v4 0/2] x", { version: 4, versionRaw: "4", number: 0, total: 2 }],
  ["[libgpiod v2][PATCH 0/3] x", { version: 1, versionInferred: true, versionRaw: null, number: 0, total: 3 }],
  ["[libgpiod v2][RFC PATCH] x", { version: 1, versionInferred: true, isRfc: true }],
  ["[v2][PATCH] pinctrl: x", { version: 2, versionRaw: "2" }],
  ["[v3][libgpiod][PATCH 1/1] x", { version: 3 }],
  ["[PATCH] [v2] x", { version: 2 }],
  ["[PATCH 0/3] [v5 net-next] x", { version: 5, number: 0, total: 3 }],
  ["[PATCH] [nf-next v3] x", { version: 3 }],
  ["[RESEND v2][PATCH] x", { version: 2, isResend: true }],
  ["[nf-next v3] x", { version: 3 }],
  ["[PATCH v4 00/13] [PATCH v3 00/15] x", { version: 4, number: 0, total: 13 }],
  ["[PATCH [unbalanced] x", { isPatch: true, title: "x" }],
  // Mistyped brackets: repaired only when the bracket holds nothing but PATCH/RFC words, versions and n/N.
  ["PATCH v2] ring/kbuf: cap the lists", { isPatch: true, version: 2, versionInferred: false, title: "ring/kbuf: cap the lists", prefixes: ["patch"] }],
  ["Re: RFC v3 1/2] x: y", { isReply: true, isRfc: true, version: 3, number: 1, total: 2, title: "x: y" }],
  ["[PATCH[ ring: let submissions go on", { isPatch: true, title: "ring: let submissions go on" }],
  ["[PATCH RFC} ring: a request cache", { isPatch: true, isRfc: true, title: "ring: a request cache", prefixes: ["patch", "rfc"] }],
  ["[PATCH ring/net: fix the type of a variable", { isPatch: true, version: 1, title: "ring/net: fix the type of a variable" }],
  ["[PATCHv3 2/4 foo: bar", { isPatch: true, version: 3, number: 2, total: 4, title: "foo: bar" }],
  ["Patches v2] look fine to me", { title: "Patches v2] look fine to me", isPatch: false }],
  ["PATCH something] x", { title: "PATCH something] x", isPatch: false }],
  // The header name pasted into the subject, sometimes with the whole prefix again.
  ["[PATCH v5] Subject: ring: yield the CPU when polling", { version: 5, title: "ring: yield the CPU when polling" }],
  ["Re: [PATCH for-6.1 0/2] Subject: [PATCH for-6.1 0/2] 6.1 poll patches", { isReply: true, number: 0, total: 2, title: "6.1 poll patches", prefixes: ["patch", "for-6.1"] }],
  ["[PATCH v7 0/2] Subject: [PATCH v7 0/2] leds: add a regulator", { version: 7, number: 0, total: 2, title: "leds: add a regulator", prefixes: ["patch"] }],
  ["Subject: the plan", { title: "Subject: the plan", isPatch: false }],
  // The next header lines run into the subject (their line breaks lost): the title ends before them.
  ['[PATCH] Input: keys: use the right struct names Content-Type: text/plain; charset="utf-8" Content-Transfer-Encoding: 8bit', { isPatch: true, title: "Input: keys: use the right struct names" }],
  ["[PATCH v2] net: foo: fix x Content-Transfer-Encoding: 7bit", { version: 2, title: "net: foo: fix x" }],
  ["Re: [PATCH] http: parse the Content-Type: header once", { isReply: true, title: "http: parse the Content-Type: header once" }],
  // vN with a note (erofs-utils): vN sent again, not the next version.
  ["[PATCH v3-rebased] erofs-utils: oci: add support for indexing by layer digest", { version: 3, versionInferred: false, isResend: true, prefixes: ["patch"], title: "erofs-utils: oci: add support for indexing by layer digest" }],
  ["[PATCH v7-change-email 2/3] erofs-utils: x", { version: 7, isResend: true, number: 2, total: 3 }],
  ["[PATCH RFC v4-bis] locking: introduce devm_mutex_init", { version: 4, isRfc: true, isResend: true }],
  ["[PATCH 5.10-v5.15] x: y", { versionInferred: true, isResend: false }],
  ["[PATCH v6-v6.1] x: y", { versionInferred: true, isResend: false }],
];

describe("parseSubject", () => {
  it.each(CASES)("%j", (subject, expected) => {
    expect(parseSubject(subject)).toMatchObject(expected);
  });

  it("returns every field", () => {
    expect(Object.keys(parseSubject("[PATCH] x")).sort()).toEqual(
      ["isForward", "isPatch", "isPull", "isReply", "isReport", "isResend", "isRfc", "number", "prefixes", "title", "total", "version", "versionInferred", "versionRaw"].sort(),
    );
  });

  // How long they take is a figure of `npm run bench`; here, what comes out.
  it("reads hostile subjects: unclosed and endless prefixes", () => {
    const [brackets, replies, unclosedTag] = hostileSubjects().map(parseSubject);
    for (const s of [brackets, unclosedTag]) expect(s).toMatchObject({ isReply: false, isPatch: false, prefixes: [], number: null });
    expect(replies).toMatchObject({ isReply: true, isPatch: false, number: null });
    // Titles are capped: a subject is never stored or shown at 100,000 characters.
    for (const s of [brackets, replies, unclosedTag]) expect(s!.title.length).toBeLessThanOrEqual(1000);
  });
});

// linux-ext4 S58: mutt forwards a mail under "[<sender>: <subject>]"; it became a patch with an empty title.
describe("parseSubject: mutt's bracketed forward", () => {
  it("reads '[addr: subject]' as a forward of that subject", () => {
    const s = parseSubject("[tytso@mit.edu: Re: [PATCH v4 03/16] ext4: add basic fs-verity support]");
    expect([s.isForward, s.isReply, s.title, s.number]).toEqual([true, true, "ext4: add basic fs-verity support", 3]);
    // A bracket naming an address that is not the whole subject stays a tag.
    expect(parseSubject("[foo@bar.org: x] y").isForward).toBe(false);
  });
});

// linux-integrity S201: "[PATCH =v2 1/3]", a stray "=" before the version, read as no version at all.
describe("parseSubject: a stray '=' before the version", () => {
  it("reads '=v2' as v2", () => {
    const s = parseSubject("[PATCH =v2 1/3] tpm: fix the foo");
    expect([s.version, s.versionInferred, s.number, s.total, s.title]).toEqual([2, false, 1, 3, "tpm: fix the foo"]);
    expect(parseSubject("[PATCH =foo] bar").version).toBe(1);
  });
});

describe("parseSubject: prefixes written outside their brackets", () => {
  it("reads the netdev 'pull request:' form as a pull request, not a sentence", () => {
    const s = parseSubject("pull request: widget-next 2024-07-14");
    expect([s.isPull, s.isPatch, s.title, s.versionInferred]).toEqual([true, true, "widget-next 2024-07-14", true]);
    const v2 = parseSubject("pull-request v2: radio-next 2023-01-05");
    expect([v2.isPull, v2.version, v2.versionInferred, v2.title]).toEqual([true, 2, false, "radio-next 2023-01-05"]);
    expect(parseSubject("pull request to add the corrected error counter").isPull).toBe(false);
  });

  it("reads 'PATCH [v3 0/2] title' like '[PATCH v3 0/2] title'", () => {
    const s = parseSubject("PATCH [v3 0/2] NFSD: use the callback for the conflict");
    expect([s.title, s.version, s.versionInferred, s.number, s.total, s.isPatch]).toEqual(["NFSD: use the callback for the conflict", 3, false, 0, 2, true]);
  });

  it("reads a bare number after PATCH ('[PATCH 3] x') as the version, not a '[PATCH 1]' or a number among other tags", () => {
    const s = parseSubject("[PATCH 3] rdma: fix sparse pages support");
    expect([s.version, s.versionInferred, s.number, s.title]).toEqual([3, false, null, "rdma: fix sparse pages support"]);
    expect(parseSubject("[PATCH 1] acpi: update the table").versionInferred).toBe(true);
    expect(parseSubject("[PATCH 2 3/5] x: y").version).toBe(1);
  });
});

describe("parseSubject: a RESEND prefix left unclosed", () => {
  it("reads '[RESEND PATCH v4 0/3 title' as the prefix and its title", () => {
    const s = parseSubject("[RESEND PATCH v4 0/3 Make the getter accept NULL args");
    expect([s.title, s.isResend, s.version, s.number, s.total]).toEqual(["Make the getter accept NULL args", true, 4, 0, 3]);
  });
});

describe("parseSubject: stgit's '[ver #N]' and patches sent in parts", () => {
  it("reads a closing '[ver #18]' as the posting's version, on the cover and on every patch", () => {
    const c = parseSubject("[PATCH 00/14] VFS: Filesystem information [ver #18]");
    expect([c.title, c.version, c.versionInferred, c.number, c.total]).toEqual(["VFS: Filesystem information", 18, false, 0, 14]);
    const p = parseSubject("[PATCH 03/11] keys: Simplify key description management [ver #2]");
    expect([p.title, p.version, p.versionInferred, p.number]).toEqual(["keys: Simplify key description management", 2, false, 3]);
    expect(parseSubject("Re: [PATCH 2/3] keys: x (ver 3)").version).toBe(3);
  });

  it("leaves 'ver' elsewhere in the title alone", () => {
    expect(parseSubject("[PATCH] foo [ver #2] bar").versionInferred).toBe(true);
    expect(parseSubject("[Bug 1] hci rev 826c, hci ver 0008").title).toBe("hci rev 826c, hci ver 0008");
  });

  it("reads '[PATCH 6a/10]' as patch 6 of 10, part a", () => {
    const s = parseSubject("[PATCH 6a/10] CaitSith: Add policy management functions.");
    expect([s.title, s.number, s.total, s.prefixes]).toEqual(["CaitSith: Add policy management functions.", 6, 10, ["patch"]]);
    expect(numberPart("[PATCH 6b/10] CaitSith: Add policy management functions.")).toBe("b");
    expect(numberPart("[PATCH 06/10] CaitSith: x")).toBeNull();
  });

  it("reads a subject read again the same way, and no caller can change that reading", () => {
    const first = parseSubject("[PATCH v3 2/3] mm: use vma_start_write_killable() in vma.c");
    expect(parseSubject("[PATCH v3 2/3] mm: use vma_start_write_killable() in vma.c")).toEqual(first);
    expect(() => { (first as { title: string }).title = "changed"; }).toThrow(TypeError);
    expect(() => first.prefixes.push("rfc")).toThrow(TypeError);
    expect(parseSubject("Re: [PATCH v3 2/3] x").isReply).toBe(true);
    expect(parseSubject("[PATCH v3 2/3] mm: use vma_start_write_killable() in vma.c").prefixes).toEqual(["patch"]);
  });
});

describe("parseSubject: prefix words joined by a slash", () => {
  it("reads RFC/PATCH, PATCH/RFC and RFC/RFT as their words: an RFC", () => {
    const a = parseSubject("[RFC/PATCH] counter: introduce support for Intel QEP Encoder");
    expect([a.title, a.isRfc, a.isPatch, a.prefixes]).toEqual(["counter: introduce support for Intel QEP Encoder", true, true, ["rfc", "patch"]]);
    const b = parseSubject("[PATCH/RFC v2 3/17] x: y");
    expect([b.isRfc, b.isPatch, b.version, b.number, b.total]).toEqual([true, true, 2, 3, 17]);
    const c = parseSubject("[RFC/RFT] iio: imu: st_lsm6dsx: do not power-off accel");
    expect([c.title, c.isRfc]).toEqual(["iio: imu: st_lsm6dsx: do not power-off accel", true]);
  });

  it("leaves a tree or path with a slash as it was", () => {
    expect(parseSubject("[PATCH net/mlx5] x").prefixes).toEqual(["patch", "net/mlx5"]);
    expect(parseSubject("[PATCH 1/2] a/b: c").isRfc).toBe(false);
  });
});
