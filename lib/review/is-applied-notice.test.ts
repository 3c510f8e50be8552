import { describe, expect, it } from "vitest";
import { appliedNotice, appliedNoticeListing, isAppliedLine } from "./is-applied-notice";

describe("isAppliedLine", () => {
  // Shapes maintainers and their bots write (modelled on cgroups, hwmon and netdev replies).
  it.each([
    "Applied, thanks!",
    "Applied, thanks.",
    "Applied.",
    "Applied. Thanks!",
    "Thanks, applied.",
    "Applied to cgroup/for-6.6.",
    "Applied to cgroup/for-7.1-fixes with the following changes:",
    "Applied 1-3 to cgroup/for-5.16.",
    "Applied to hwmon-next.",
    "Applied to the vfs.misc branch of the vfs/vfs.git tree.",
    "Applied for 5.4, thanks Jane.",
    "Series applied to hwmon-next.",
    "Now queued up, thanks.",
    "Ok, now queued up for 4.19.y and 4.14.y, thanks!",
    "Applied and queued up for -stable.",
    "This series was applied to bpf/bpf-next.git (master)",
    "This patch was applied to netdev/net-next.git (master)",
    "patch has now been applied. Patch trailers will be updated.",
    "has been merged into torvalds/linux.git:",
    "I've queued it up for 5.4.",
    "I applied the series to my tree.",
    // pwm and netfilter shapes.
    "Applied to",
    "I applied this patch to",
    "Applied this to",
    "I applied it as is to",
    "Also applied, thanks",
    "I have applied this series.",
    "Applied this series too.",
    "Series applied after inserting suggested Fixes: tags.",
    "I've applied all 4 patches and pushed them out.",
    "Patch applied.",
    // io-uring and leds shapes: the notice inside a line, and what may follow it.
    "Looks good to me, thanks. Applied.",
    "Thanks, looks good, applied.",
    "Ok, let me take it separately. Applied, thanks.",
    "Thanks, applied. I dropped that last sentence, as it doesn't apply any more.",
    "Thank you, applied. Not taking the dts change though.",
    "Applied, but please use the subsystem prefix next time.",
    "Applied - the Fixes tag was wrong, corrected it.",
    "Applied, and marked for stable.",
    "Applied with the below incremental on top.",
    "I applied this one, adding a Fixes tag.",
    "Thanks, applied, sorry for the delay.",
  ])("reads %j as an applied notice", (line) => {
    expect(isAppliedLine(line)).toBe(true);
  });

  it.each([
    "[If your patch is applied to the wrong git tree, kindly drop us a note.",
    "With this patch applied, strace works as expected:",
    "Note: no patches were applied.",
    "If this patchset is applied, there are following cleanup patches to",
    "I applied the patch locally and it fixes the warning.",
    "Applied on top of v6.1 and tested, works for me.",
    "Applied cleanly, booted fine.",
    "merged directly.",
    "Not applied: this needs a rebase.",
    "Can this be applied to for-next?",
    "I'll test with your fix applied and see how it goes.",
    "The patch will be merged upstream soon.",
    "Yeah, I'd rather keep it. The patch which used this didn't get merged",
    "These two lines can be merged into the condition above:",
    "Applied after review, please.",
    "I applied this patch and the warning is gone.",
    "I have applied it to 0123abcd without problems as well.",
    "Looks fine, but it cannot be applied to for-next.",
  ])("does not read %j as an applied notice", (line) => {
    expect(isAppliedLine(line)).toBe(false);
  });
});

describe("appliedNotice", () => {
  it("finds the notice below the quoted patch, and never inside the quote or the signature", () => {
    const reply = ["On Mon, Jun 1, 2026 at 10:00, Ann Author wrote:", "> Applied to the queue early.", "> +\tmutex_lock(&q->lock);", "", "Applied to hwmon-next.", "", "Thanks,", "Gus"].join("\n");
    expect(appliedNotice(reply)).toBe("answered");
    expect(appliedNotice("> Applied, thanks!\n\nWhy is this needed?\n")).toBeNull();
    expect(appliedNotice("Looks fine.\n\n-- \nApplied Widgets Inc.\n")).toBeNull();
  });

  it("never reads a notice from a line that goes on with the sentence above it", () => {
    expect(appliedNotice("This version will not be\nmerged for sure.\n")).toBeNull();
    expect(appliedNotice("Unfortunately it's not\napplied to a kernel git tree yet.\n")).toBeNull();
    expect(appliedNotice("The fixes are usually quickly reviewed and\nmerged to mainline (for some patches it takes longer).\n")).toBeNull();
    expect(appliedNotice("Hi Ann,\n\nApplied to\n\n  https://git.example.org/pwm.git for-next\n")).toBe("answered");
  });

  it("lists the patch numbers a b4-style notice names, also for part of a series", () => {
    const ty = ["On Tue, 03 Mar 2026, Ann Author wrote:", "> This series widens the counters.", "", "Applied, thanks!", "", "[1/3] widget: widen the first counter",
      "      commit: 0123456789ab", "[3/3] widget: widen the third counter", "      commit: 89abcdef0123", "", "Best regards,", "--", "Max"].join("\n");
    expect(appliedNotice(ty)).toEqual([1, 3]);
  });

  it("tells a notice for the whole series from one for the mail it answers", () => {
    expect(appliedNotice("Series applied to hwmon-next.\n")).toBe("series");
    expect(appliedNotice("Applied 1-3 to cgroup/for-6.19.\n")).toEqual([1, 2, 3]);
    expect(appliedNotice("Thanks, I applied 1 and 2 of the series to for-next.\n")).toEqual([1, 2]);
    expect(appliedNotice("I have applied 1-5 of the series.\n")).toEqual([1, 2, 3, 4, 5]);
    expect(appliedNotice("Applied except 10/14, that one needs a rebase.\n")).toBe("answered");
    expect(appliedNotice("Applied to cgroup/for-6.19.\n")).toBe("answered");
  });
});

describe("applied notices after another action, wrapped, or in other words", () => {
  // Shapes of i2c and watchdog maintainers' replies.
  it.each([
    "Fixed the typo in the commit message and applied to for-next, thanks!",
    "Added Dan's ack, too, and applied to for-next, thanks!",
    "Squashed with 10/18 and applied to for-next, thanks!",
    "I fixed it up and applied to for-next, thanks!",
    "both patches reviewed and merged to widget/widget-host.",
    "Geez, too fast again; applied to for-current.",
    "For the record: Applied to for-next on 2026-05-21, thanks!",
    "Strange, this one got lost, too. Applied again to for-current!",
    "And applied to master! Thank you, everyone.",
    "Now it's applied in widget/widget-host.",
    "Sorry for taking so long, now it\u2019s merged to widget/widget-host.",
    "I merged your patches into widget/widget-host.",
    "I merged just this patch to widget/widget-host-fixes.",
    "I applied your patch to widget-next, but please check the result.",
    "All three patches merged to widget/widget-host.",
    "Okay I applied to widget/for-next, thanks!",
    "Queued to widget/widget-host-fixes with Tested-by Tess.",
    "Added.",
    "Added to widget-next.",
  ])("reads %j as an applied notice", (line) => {
    expect(isAppliedLine(line)).toBe(true);
  });

  it.each([
    "Thanks, yet I applied this series now:",
    "Correct, yet I applied this older patch instead:",
    "I applied this one instead",
    "The fixes are usually quickly reviewed and merged to mainline.",
    "Please rebase and it will be applied to for-next.",
    "I built it and applied it locally, the warning is gone.",
    "Added Dan's ack.",
    "Added a check for the NULL pointer.",
    "Added to the condition above, it reads better.",
    "So someone picked up patches before the dependencies were accepted?",
  ])("does not read %j as an applied notice", (line) => {
    expect(isAppliedLine(line)).toBe(false);
  });

  it("reads a notice wrapped over two lines, or starting in the middle of a wrapped line", () => {
    expect(appliedNotice("Thanks for the fix. Anyway, I\nmerged it to widget/widget-host.\n")).toBe("answered");
    expect(appliedNotice("It has been quiet for a week, so\napplied to for-next.\n")).toBe("answered");
    expect(appliedNotice("Nobody else commented, and I think\nthat no review is binding. Applied to widget/widget-host.\n")).toBe("answered");
    expect(appliedNotice("Changed the message to drop the newline\nand applied to for-current, thanks!\n")).toBe("answered");
    // A wrapped negation stays one.
    expect(appliedNotice("I am sorry, this patch has not\nbeen merged to for-next yet.\n")).toBeNull();
  });

  it("knows some patches, not which, were applied from \"just these two patches\"", () => {
    expect(appliedNotice("I merged just these two patches to widget/widget-host.\n")).toEqual([]);
    expect(appliedNotice("To unburden you a little, I applied the first two patches.\n")).toEqual([1, 2]);
    expect(appliedNotice("I merged your patches into widget/widget-host.\n")).toBe("series");
    expect(appliedNotice("I merged just this patch to widget/widget-host.\n")).toBe("answered");
  });
});

describe("a notice in a sentence wrapped over lines", () => {
  it("reads the bot-like notice whose target goes on below", () => {
    const ty = ["Thank you for your contribution, it has been applied to my local", "review-widget-next branch. Note it will show up in the public",
      "branch only once I've pushed my local branch there.", "", "The list of commits applied:", "[1/1] widget: add suspend support", "      commit: 0123456789ab"].join("\n");
    expect(appliedNotice(ty)).toEqual([1]);
  });
});

// Modelled on dmaengine (Vinod Koul's notices), erofs and u-boot replies found by the audit.
describe("appliedNotice on dmaengine/erofs shapes", () => {
  it.each([
    ["Applied 1 & 2, thanks", [1, 2]],
    ["Applied 1 & 3", [1, 3]],
    ["Applied patch 1 & 4 to dmaengine-next, thanks", [1, 4]],
    ["Applied 1-3, thanks", [1, 2, 3]],
    ["Applied 3-5 after merged tag from Santosh, thanks", [3, 4, 5]],
    ["Applied and copied stable, thanks", "answered"],
    ["Applied this manually, please check if that is okay after push", "answered"],
    ["Applied after changing subsystem name to dmaengine in patch title", "answered"],
    ["Applied this and patch 3, thanks", "answered"],
    ["Applied, with updated Fixes line. Thanks", "answered"],
    ["Thanks, applied without `Change-Id` tag.", "answered"],
    ["Applied to u-boot/next, thanks!", "answered"],
    ["Applied [03/16] to dmaengine-next, thanks", [3]],
    ["Applied patches #1-#2, thanks", [1, 2]],
  ])("%j -> %j", (text, scope) => expect(appliedNotice(`On Mon, 1 Jan 2024, A wrote:\n> patch\n\n${text}\n`)).toEqual(scope));

  it.each([
    "Applied the patch to lib/tar.c and rebuilt erofs-utils.",
    "Applied the patch and ran the test suite, no failures.",
    "Applied without problems.",
    "Applied, but it does not boot.",
    "Applied after the merge window opened.",
    // What follows "without" right after the verb reads as the applier's edit; the failure after "and" makes it a report.
    "I applied it without the second hunk and it fails.",
    "I have applied it without the first hunk and it still fails.",
    "I applied it without the Fixes tag and it breaks the build.",
  ])("a tester's or conditional %j is no notice", (text) => expect(appliedNotice(`${text}\n`)).toBeNull());
});

// Modelled on the linux-rtc/linux-spi audit.
describe("appliedNotice: ranges, asides and remarks that only say 'applies' (rtc/spi audit)", () => {
  it.each([
    ["Applied 1 to 6, thanks.", [1, 2, 3, 4, 5, 6]],
    ["I've now applied 1-3/6, thanks!", [1, 2, 3]],
    ["Applied, even if most of the churn is annoying. However, I agree it is cleaner.", "answered"],
    ["Applied, after fixing the patch that has been mangled by outlook...", "answered"],
    ["Actually, this is the one I applied.", "answered"],
    // "to" before a tree or a version is the target, not a range.
    ["Applied 1 to for-next, thanks.", [1]],
    ["Applied to 6.1-rc2, thanks.", "answered"],
  ])("%s -> %j", (body, scope) => expect(appliedNotice(body)).toEqual(scope));

  it.each([
    "Filename based on compatible, so missing prefix.\n\nThis applies everywhere, not to some files only. Applied to all your\nbindings.",
    "Same comment applies to the other drivers.",
    "I applied the patch, even though it didn't build.",
  ])("%s -> no notice", (body) => expect(appliedNotice(body)).toBeNull());
});

// spi S589: an early b4 "(subset)" notice renumbered the applied patches ("[1/2]" for patch 5 of 8).
describe("appliedNoticeListing", () => {
  it("returns b4's listed lines with their totals and titles beside the numbers", () => {
    const body = ["On Tue, 1 Sep 2020, Ann wrote:", "> cover", "", "Applied to", "", "   https://example.org/spi.git for-next", "", "Thanks!",
      "", "[1/2] spi: spi-geni-qcom: Unconditionally call dev_pm_opp_of_remove_table()", "      commit: 0123456789ab",
      "[2/2] spi: spi-qcom-qspi: Unconditionally call dev_pm_opp_of_remove_table()", "      commit: 89abcdef0123", "", "-- ", "[3/3] not this"].join("\n");
    expect(appliedNoticeListing(body)).toEqual({
      scope: [1, 2],
      listed: [
        { number: 1, total: 2, title: "spi: spi-geni-qcom: Unconditionally call dev_pm_opp_of_remove_table()" },
        { number: 2, total: 2, title: "spi: spi-qcom-qspi: Unconditionally call dev_pm_opp_of_remove_table()" },
      ],
      tree: true,
    });
    expect(appliedNotice(body)).toEqual([1, 2]);
  });

  it("lists nothing for a notice without b4's lines, or numbers named at the verb", () => {
    expect(appliedNoticeListing("Applied, thanks!\n")).toEqual({ scope: "answered", listed: [], tree: false });
    expect(appliedNoticeListing("Applied 1-3, thanks.\n\n[1/3] a: b\n")).toEqual({ scope: [1, 2, 3], listed: [], tree: false });
  });

  // linux-nfs: "Both of your patches have been merged into Linux 5.2-rc1." answering one of them.
  it("reads a notice naming the author's patches and the release they went into", () => {
    expect(appliedNotice("Both of your patches have been merged into Linux 7.2-rc1.\n")).toBe("series");
    expect(appliedNotice("All of the patches applied, thanks\n")).toBe("series");
    expect(appliedNotice("This patch is merged in v4.20 kernel\n")).toBeNull();
    expect(appliedNotice("I tested both of the patches and it works\n")).toBeNull();
  });

  // linux-hyperv: "The patch picked up for the stable tree will need this bit" (a stable backport's dependency).
  it("does not read the notice's words as the subject of another verb", () => {
    expect(appliedNotice("The patch picked up for the stable tree will need this bit\n")).toBeNull();
    expect(appliedNotice("The commit merged into for-next breaks the build on arm64\n")).toBeNull();
    expect(appliedNotice("The patch applied to for-next will be sent to Linus next week\n")).toBe("answered");
    expect(appliedNotice("Patch applied to for-next, will be in 7.1\n")).toBe("answered");
  });

  // linux-acpi: a b4 notice on a cover, "Applied drivers/perf patch to will (for-next/perf), thanks!"; linux-bluetooth:
  // "Applied, L2CAP changes were excluded since we still need to settle on / the userspace API."
  it("reads the area a notice names the patches it took, or left out, by", () => {
    expect(appliedNoticeListing("Applied widget/core patch to maint (for-next/widget), thanks!\n")).toEqual({ scope: "answered", listed: [], tree: false, area: { area: "widget/core", excluded: false } });
    expect(appliedNoticeListing("Applied, FOO changes were excluded since we still need to settle on\nthe interface.\n")).toEqual({ scope: "answered", listed: [], tree: false, area: { area: "foo", excluded: true } });
    expect(appliedNoticeListing("I've applied the arm64 patches, thanks\n")?.area).toEqual({ area: "arm64", excluded: false });
    expect(appliedNoticeListing("Applied all but the DT patches to for-next.\n")?.area ?? null).toBeNull();
    expect(appliedNoticeListing("Applied all except the dt-bindings patches.\n")?.area).toEqual({ area: "dt-bindings", excluded: true });
    // linux-hyperv: "I dropped the mshv_vtl changes in this series and applied the rest (…) to hyperv-next."
    expect(appliedNoticeListing("I dropped the foo_bar changes in this series and applied the rest\n")).toEqual({ scope: [], listed: [], tree: false, area: { area: "foo_bar", excluded: true } });
    // Which or how many, not an area.
    expect(appliedNoticeListing("Applied this patch, thanks\n")?.area).toBeUndefined();
    expect(appliedNoticeListing("Applied as fixes, thanks\n")?.area).toBeUndefined();
    expect(appliedNoticeListing("I applied the remaining patches\n")?.area).toBeUndefined();
    expect(appliedNoticeListing("Applied the first two patches.\n")?.area).toBeUndefined();
    expect(appliedNoticeListing("Looks good.\n\n[1/3] a: b\n")).toBeNull();
  });
});

describe("appliedNotice: a branch of a tree, 'testing' as a branch, pulls (iio audit)", () => {
  it.each([
    "Applied to the togreg branch of iio.git and pushed out as testing for the autobuilders to see if they can find anything we missed.",
    "Applied to the togreg branch of iio.git and pushed out as testing.",
    "Applied to the testing branch of iio.git.  I'll rebase on rc1 once available.",
    "Applied to iio.git/testing",
    "Applied to the fixes-togreg branch of iio.git and marked for stable.",
    "Pulled and pushed out, thanks.",
    "Pulled, thanks.",
  ])("reads %j as a notice", (line) => {
    expect(appliedNotice(`On Mon, 2 Mar 2026, Ann wrote:\n> text\n\n${line}\n\nJonathan\n`)).not.toBeNull();
  });

  it.each([
    "Applied it locally and testing now, will report back.",
    "I'm testing this applied on top of next.",
    "I pulled it into my tree to test it.",
    "Pulled the branch but it does not build.",
  ])("does not read %j as a notice", (line) => {
    expect(appliedNotice(`${line}\n`)).toBeNull();
  });
});

// Modelled on the linux-iio / rtc / spi / pwm audits.
describe("what the tree does next, other patches named, and words that only look like notices", () => {
  it.each([
    "Applied to fixes-widget which will go upstream after the merge window.",
    "Applied to my tree, which will go upstream when the merge window opens.",
    "Applied to the fixes-widget-for-6.16 branch that will become fixes-widget after rc1 is available.",
    "Nice. Applied to a temporary tree that I'll rebase on rc1 once available.",
    "Anyhow, good to clean it up anyway so applied to the togreg branch of widget.git but that tree will be rebased on rc1 once available.",
  ])("reads %j as a notice", (line) => {
    expect(appliedNotice(`${line}\n`)).toBe("answered");
  });

  it("marks the other patch a notice names beside the answered one, when the answered one's number is known", () => {
    const body = "Applied this and patch 3 to the togreg branch of widget.git and pushed out as testing.\n";
    expect(appliedNotice(body, undefined, 2)).toEqual([2, 3]);
    expect(appliedNotice("Applied this and patches 4-5, thanks.\n", undefined, 1)).toEqual([1, 4, 5]);
    expect(appliedNotice(body)).toBe("answered");
    // "both" here is two patches, not the series.
    expect(appliedNotice("Applied both this and patch 3 to for-next.\n")).toBe("answered");
    expect(appliedNotice("Applied both this and patch 3 to for-next.\n", undefined, 2)).toEqual([2, 3]);
    expect(appliedNotice("This patch and patch 2 applied to the pinctrl tree! I suppose Bjorn will handle patch 3.\n")).toBe("answered");
  });

  it("reads a bare \"Added.\" answering a quoted request, or after the reply's own remarks, as no notice", () => {
    expect(appliedNotice("On Mon, Rob wrote:\n> Reviewed-by: Rob Reviewer <rob@example.org>\n\nAdded.  Thanks Rob!\n")).toBeNull();
    expect(appliedNotice("> please add a comment describing the problem.\n\nAdded.\n\n> You also need COMMON_CLK.\n")).toBeNull();
    expect(appliedNotice("Missing import of the WIDGET_BUFFER namespace.\n\nAdded.\n")).toBeNull();
    expect(appliedNotice("Hi,\n\nAdded, thanks.\n")).toBe("answered");
    expect(appliedNotice("> please add a comment\n\nAdded to widget-next.\n")).toBe("answered");
  });

  it.each([
    "Ack, queued up for RFC v2.",
    "Thanks for your review, applied in v3.",
    "Good point, applied for the next version.",
    "Well, yes. In the absence of any sort of pattern, I have pushed for some consistency.",
  ])("does not read %j as a notice", (line) => {
    expect(appliedNotice(`${line}\n`)).toBeNull();
  });

  it("keeps releases and trees named with a version", () => {
    expect(appliedNotice("Thanks, queued for v5.5-rc1.\n")).toBe("answered");
    expect(appliedNotice("Pushed for 5.10, thanks\n")).toBe("answered");
  });

  it("does not start a sentence in the middle of a long one wrapped over lines", () => {
    const body =
      "If not, I'd ask you to get that merged into -next, then I can happily\npick up patches adding the LED controller for your TV box into this\nseries as it evolves.\n";
    expect(appliedNotice(body)).toBeNull();
    const stalled =
      "This is a big patch set and the improvement it brings is great, so I am a bit worried about over-review stalling the\nmerged. If there start to be nitpicky comments I would prefer follow-ups.\n";
    expect(appliedNotice(stalled)).toBeNull();
    const wrapped = "I considered that in the first place, but the refactoring was so\nsimple that the modification was just adding a pointer to an empty\nstruct (you don't know what is chip-specific until you have another\nchip) and the patch alone had no real value (otherwise it could be\napplied to all drivers that only support one device, just in case).\n";
    expect(appliedNotice(wrapped)).toBeNull();
    // A notice opening the last clause of a long wrapped sentence is still read.
    const clause = "Given we are too late for fixes other than urgent regressions introduced this cycle, I've tweaked it and\napplied it to the togreg branch of widget.git.\n";
    expect(appliedNotice(clause)).toBe("answered");
    expect(appliedNotice("Pushed for fixes, thanks!\n")).toBe("answered");
  });
});

describe("notices that go on after the verb, and reports that are no notice (gpio shapes)", () => {
  it.each([
    "Patch applied as nonurgent fix.",
    "Patch applied as non-critical fix for v5.11.",
    "Patch applied as obviously correct.",
    "This v3 patch set applied!",
    "This v2 version applied!",
    "This one patch applied to the widget tree.",
    "All three applied, thanks!",
    "Patch applied, had to rebase it on rc3 first.",
    "Patch applied, also reported by the build robot.",
    "Patch applied, can't say I fully understand it but the numbers look right.",
    "I applied the patch and tweaked the subject.",
    "I applied these two to the widget tree.",
    "I applied patch 2 as it is a fix.",
    "Applied this patch as it stands.",
    "It is now applied, it is going to conflict with your tree.",
  ])("reads %j as an applied notice", (line) => {
    expect(appliedNotice(`${line}\n`)).not.toBeNull();
  });

  it.each([
    // A tester on a board or a test tree, and another person's action ("W." is no sentence end).
    "Applied this on my Quartz64 Model A where I currently am",
    "It looks like a better fix, I applied it on my test build tree now.",
    "I see that Linus W. applied patch #1:",
  ])("does not read %j as an applied notice", (line) => {
    expect(appliedNotice(`${line}\n`)).toBeNull();
  });

  it("reads why a patch was applied, but not why something went in long ago", () => {
    expect(appliedNotice("Patch applied because it is a good fix.\n")).toBe("answered");
    expect(appliedNotice("Both patches applied because trivial.\n")).toBe("series");
    expect(appliedNotice("This was merged because somebody needed it at some point.\n")).toBeNull();
  });

  it("reads a notice drawn as a consequence, unless the premise is a condition or the clause adds a person", () => {
    expect(appliedNotice("No comments for a week so patch applied.\n")).toBe("answered");
    expect(appliedNotice("Nobody objected, so I just applied them.\n")).not.toBeNull();
    expect(appliedNotice("If nobody objects so applied.\n")).toBeNull();
    expect(appliedNotice("I don't see Hans in Cc, so added.\n")).toBeNull();
  });

  it("reads an aside after a bare notice, unless it reports a result or the passive goes on", () => {
    expect(appliedNotice("Patch applied, good catch.\n")).toBe("answered");
    expect(appliedNotice("Patch applied, the warning is gone now.\n")).toBeNull();
    expect(appliedNotice("Patch applied, right away.\n")).toBe("answered");
    expect(appliedNotice("The configuration gets checked for validity, and applied right away.\n")).toBeNull();
  });

  it("reads 'I' as going on with a sentence left at a subordinator", () => {
    expect(appliedNotice("But I could resolve the issue after\nI applied this patch. Also, the warning is gone.\n")).toBeNull();
    // A sentence that ended does not carry: the next line's "I applied" is the notice.
    expect(appliedNotice("Looks good to me.\nI applied this patch to for-next.\n")).toBe("answered");
  });

  it("takes b4's thank-you list as the notice whatever the words above it", () => {
    const ty = ["On Tue, 30 Jun 2026, Ann Author wrote:", "> The proxy must sleep.", "", "There are no build-time dependencies between this and 2/2 so let me queue this",
      "for fixes on its own.", "", "[1/2] widget: shared-proxy: always take the sleeping mutex", "      https://git.example.org/max/c/efecde8a25a1", "", "Best regards,", "-- ", "Max"].join("\n");
    expect(appliedNotice(ty)).toEqual([1]);
    // A "[k/N]" line alone (a posting list, a reference) is no notice.
    expect(appliedNotice("See the earlier posting:\n[1/2] widget: shared-proxy: always take the sleeping mutex\n")).toBeNull();
  });

  it("keeps 'these two' as some of the series, and reads the patch named with its number", () => {
    expect(appliedNotice("These two patches applied to the widget tree.\nPlease funnel the rest through the SoC tree.\n")).toEqual([]);
    expect(appliedNotice("This patch (3/3) applied to the widget tree.\n")).toBe("answered");
    expect(appliedNotice("Patch 1 is now upstream so 2-5 applied to the togreg branch.\n")).toEqual([2, 3, 4, 5]);
  });
});

// linux-remoteproc (an unaudited list): Mathieu Poirier's "I have applied this set.", Bjorn Andersson's
// "Applied patches 1 through 3, with a few fixes ..."; pwm's "I've applied patches 3 through 12 to the PWM tree".
describe("appliedNotice: a 'set', and ranges written with 'through'", () => {
  it("reads 'this set' / 'the set' as the whole series", () => {
    expect(appliedNotice("On Mon, Ann wrote:\n> The series.\n\nI have applied this set.\n\nThanks,\nMathieu\n")).toBe("series");
    expect(appliedNotice("Ann writes:\n\nI've applied the set, thanks.\n\njon\n")).toBe("series");
    // Not a set of patches: a set-top box, a branch called set_foo.
    expect(appliedNotice("I applied this on my set top box.\n")).toBeNull();
  });

  it("reads 'N through M' and 'N to M.' as ranges, also before ', with ...' and 'so ...'", () => {
    expect(appliedNotice("Applied patches 1 through 3, with a few fixes of compile warnings on\nthe way.\n")).toEqual([1, 2, 3]);
    expect(appliedNotice("I've applied patches 3 through 5 to the PWM tree.\n")).toEqual([3, 4, 5]);
    expect(appliedNotice("I have applied patches 1 to 4.\n")).toEqual([1, 2, 3, 4]);
    expect(appliedNotice("I applied patches 1 thru 4 so we get some traction.\n")).toEqual([1, 2, 3, 4]);
    // "to 6.1" is a release: the number before it is the only patch named.
    expect(appliedNotice("Applied 2 to 6.1-rc\n")).toEqual([2]);
  });
});

// gpio S1945: tip-bot2's notice answering the patch it committed.
describe("appliedNotice: a commit bot's notice", () => {
  it("reads 'The following commit has been merged into the <branch> branch of <tree>:' as the answered patch applied", () => {
    const body = "The following commit has been merged into the irq/irqchip-next branch of irqchip:\n\nCommit-ID:     0123456789ab\nAuthor:        Ann Author <ann@example.org>\n";
    expect(appliedNotice(body)).toBe("answered");
    expect(appliedNotice("> The following commit has been merged into the sched/core branch of tip:\n\nWhy was this merged?\n")).toBeNull();
  });
});

// linux-ext4: Jan Kara's "Added to my tree", Ted's "applied this patch series", a URL as the target, and
// Ted's notice quoted below an Outlook "-----Original Message-----" line.
describe("appliedNotice: own trees, patch series, URLs, Outlook quotes (ext4 audit)", () => {
  it("reads the writer's own tree as the target", () => {
    expect(appliedNotice("Thanks. Added to my tree.\n\nHonza\n")).toBe("answered");
    expect(appliedNotice("I've added the patches to my tree.\n")).toBe("series");
    expect(appliedNotice("Thanks, I've picked the patch to my tree.\n")).toBe("answered");
    expect(appliedNotice("If you agree, I've added it to my tree.\n")).toBeNull();
    expect(appliedNotice("I haven't added it to my tree yet.\n")).toBeNull();
  });

  it("reads 'this patch series' as the series, and a URL target as one word", () => {
    expect(appliedNotice("Thanks, I've applied this patch series.\n")).toBe("series");
    expect(appliedNotice("Applied to https://git.kernel.org/pub/scm/fs/fsverity/linux.git/log/?h=for-next\n")).toBe("answered");
  });

  it("stops at an Outlook 'Original Message' line: what follows is the quoted mail", () => {
    expect(appliedNotice("Any update on this?\n\n-----Original Message-----\nFrom: Maint\n\nThanks, applied.\n")).toBeNull();
  });
});

describe("appliedNotice: a bot applying a series to test it", () => {
  it("does not read 'This patch series was applied (using b4) to base:' as a notice", () => {
    expect(appliedNotice("My bot found new DTB warnings.\n\nThis patch series was applied (using b4) to base:\n Base: using specified base-commit 0123\n")).toBeNull();
  });
});

describe("appliedNoticeListing: 'some' named, b4's list below (ext4 audit)", () => {
  it("takes the listed numbers when the notice says only 'the first two patches'", () => {
    const body = "On Mon, Ann wrote:\n> The series.\n\nI've applied the first two patches, thanks!\n\n[1/3] ext4: fix the foo\n      commit: 0123456789ab\n[2/3] ext4: fix the bar\n      commit: 89abcdef0123\n\nBest regards,\n";
    expect(appliedNoticeListing(body)?.scope).toEqual([1, 2]);
    // Without a list, "the first two" are patches 1 and 2; "the last two" are not known without the posting.
    expect(appliedNotice("I've applied the first two patches, thanks!\n")).toEqual([1, 2]);
    expect(appliedNotice("I've applied the last two patches, thanks!\n")).toEqual([]);
  });

  it("does not read a merge into a company's internal branch as a notice", () => {
    expect(appliedNotice("Thanks, merged in our internal branch.\n")).toBeNull();
  });
});

describe("appliedNotice: a pull request merged 'from your tree' (ext4 audit)", () => {
  it("reads the maintainer merging the branch a pull request names", () => {
    expect(appliedNotice("On Mon, Dev wrote:\n> Please pull.\n\nThanks, I've pulled the for-next branch from your tree.\n")).toBe("answered");
    expect(appliedNotice("I merged it from your tree and it doesn't build.\n")).toBeNull();
    expect(appliedNotice("If I pulled it from your tree, would it work?\n")).toBeNull();
  });
});

describe("appliedNotice: tentative merges, what the tree waits for, two-word targets (cifs audit)", () => {
  it.each([
    "Tentatively merged into foo-2.6.git for-next",
    "tentatively applied to for-next pending review and testing",
    "Merged into foo-2.6.git for-next pending more testing",
    "merged into bar.git for-next (pending additional review)",
    "Added to foo-2.6.git for-next",
    "added to foo-utils for-next pending any more review",
    "Added to foo-2.6.git for-next since it fixes a regression",
    "Applied, thanks for all your work!",
    "Good catch - merged into foo.git for-next",
    "Slightly reworded the description and merged into foo.git for-next",
    "Added Cc: stable and tentatively merged into foo.git for-next",
    "Updated the changelog and added to foo-2.6.git for-next",
    "Merged the updated patch into foo.git for-next",
    "Merged into for-next for 6.2 when the merge window opens",
    "Queued for next, let me know if you see any issues",
  ])("reads %j as an applied notice", (line) => {
    expect(appliedNotice(`On Mon, Dev wrote:\n> a patch\n\n${line}\n`)).toBe("answered");
  });

  it("still reads no notice in a merge of the author's own, a condition, or an addition to a document", () => {
    // The new rules (a tentative merge, what a tree waits for, "added to" two words) must not reach these.
    expect(appliedNotice("I merged it into my v3.\n")).toBeNull();
    expect(appliedNotice("Once this is merged pending review, I will send the rest.\n")).toBeNull();
    expect(appliedNotice("Tentatively merged in our internal branch pending testing.\n")).toBeNull();
    expect(appliedNotice("I added this to the documentation.\n")).toBeNull();
    expect(appliedNotice("I added it to Documentation/foo.rst as well.\n")).toBeNull();
    expect(appliedNotice("When I tested it, merged pending review was fine.\n")).toBeNull();
  });

  it("takes the numbers before a parenthesis, and after 'added'", () => {
    expect(appliedNotice("Merged patches 4, 5, 6 (the client ones) into foo.git for-next\n")).toEqual([4, 5, 6]);
    expect(appliedNotice("I added patches 2-5 to mm.git.\n")).toEqual([2, 3, 4, 5]);
    // A list of numbers wrapped onto the next line.
    expect(appliedNotice("Merged patches 3, 4, 5,\n6 and 8 (the client ones) into foo.git for-next\n")).toEqual([3, 4, 5, 6, 8]);
  });
});

describe("appliedNoticeListing: whether the notice names its tree", () => {
  it("tells a notice naming a tree or branch (inline, or as the URL below its 'to') from one naming none", () => {
    const url = "On Mon, Dev wrote:\n> cover\n\nApplied patches 1-3 and 7 to\nhttps://git.example.org/foo.git/log/?h=lib-next\n\nThe rest can go via other trees.\n";
    expect(appliedNoticeListing(url)).toEqual({ scope: [1, 2, 3, 7], listed: [], tree: true });
    expect(appliedNoticeListing("Applied to for-next, thanks all\n")?.tree).toBe(true);
    expect(appliedNoticeListing("Applied to the fixes branch of foo.git.\n")?.tree).toBe(true);
    expect(appliedNoticeListing("Applied, thanks!\n")?.tree).toBe(false);
    expect(appliedNoticeListing("Applied to my tree.\n")?.tree).toBe(false);
  });
});

describe("appliedNotice: slashed patch lists, and someone else's work that went in", () => {
  it("reads three or more slashed numbers after 'patches' as a list, two as 'k of N'", () => {
    expect(appliedNotice("On Mon, Dev wrote:\n> cover\n\nPatches 2/4/6 applied.  Thanks.\n")).toEqual([2, 4, 6]);
    expect(appliedNotice("Patches 1/2/3/5 applied to for-next.\n")).toEqual([1, 2, 3, 5]);
    expect(appliedNotice("Patches 1-2/4 applied.\n")).toEqual([1, 2]);
    // An author folding patches together.
    expect(appliedNotice("Thanks for the review, I have merged patch 2/3/4 into one patch for v2.\n")).toBeNull();
  });

  it("reads no notice in a pointer to a similar series already applied, nor in a tester's base commit", () => {
    expect(appliedNotice("On Tue, Dev wrote:\n> new node\n\nI think a patch similar to this was already done and applied:\nhttps://example.org/patch/1/\n")).toBeNull();
    expect(appliedNotice("Those bugs were already fixed, and applied on foo-next, by this\nseries: https://example.org/cover/2/\n")).toBeNull();
    expect(appliedNotice("The panic is gone now.\n\nI applied the patch on commit 1234abcd5678.\n")).toBeNull();
    expect(appliedNotice("Another patch was applied for this last week.\n")).toBeNull();
    // The maintainer's own "already applied" still is one, and so are notices that mention another patch.
    expect(appliedNotice("Collected the review tag from an old identical patch and applied, thanks.\n")).toBe("answered");
    expect(appliedNotice("Applied, with a similar change to the other patches.\n")).not.toBeNull();
    expect(appliedNotice("Already applied to for-next, thanks.\n")).toBe("answered");
    expect(appliedNotice("This series was already applied to foo/for-next.\n")).toBe("series");
  });
});

describe("appliedNotice: trailing clauses, 'both of these', 'k+m' lists and 'k/N-m/N' ranges (md shapes)", () => {
  it("reads a notice going on with 'after <own edits>', 'but …', 'modulo …', 'since <reason>' or 'and then applied …'", () => {
    expect(appliedNotice("Applied to widget-fixes after a few small tweaks.\n\nThanks,\nMaint\n")).toBe("answered");
    // "v5" names the whole posting (was "answered" before the linux-mmc audit).
    expect(appliedNotice("Applied v5 to widget-next after rewording the commit log.\n")).toBe("series");
    expect(appliedNotice("Applied both but please send a cover letter next time.\n")).toBe("series");
    expect(appliedNotice("I applied this, modulo a fix to the error path where it\nwould leak the buffer.\n")).toBe("answered");
    expect(appliedNotice("That said, I have applied it since foo.c is messy across the\nboard.\n")).toBe("answered");
    expect(appliedNotice("I applied this and then applied a small follow-up to fix the\nlink.\n")).toBe("answered");
    expect(appliedNotice("Your mailer mangled this so it didn't apply, but I\napplied it by hand.\n")).toBe("answered");
  });

  it("reads 'both of these' as the series, and '(Nx)' as one notice for each patch", () => {
    expect(appliedNotice("I have applied both of these!\n\nThanks,\nMaint\n")).toBe("series");
    expect(appliedNotice("Applied (2x)\n\nThanks,\nMaint\n", undefined, 1)).toBe("series");
  });

  it("reads 'k+m' lists, 'k/N-m/N' ranges, and the numbers before an aside on another patch", () => {
    expect(appliedNotice("Applied 1+2, 3 fails to apply here.\n")).toEqual([1, 2]);
    expect(appliedNotice("Patches 2 + 3 applied for fixes!\n")).toEqual([2, 3]);
    expect(appliedNotice("Applied 1/9-4/9 to widget-6.1 branch (5/9 went in last week).\n")).toEqual([1, 2, 3, 4]);
  });

  it("keeps reading questions, testers, 'all but N', dates and reports of a problem as before", () => {
    expect(appliedNotice("Could this be applied after the merge window closes?\n")).toBeNull();
    expect(appliedNotice("I applied it locally and it fails to build.\n")).toBeNull();
    expect(appliedNotice("I applied both on top of widget-next and the oops is gone.\n")).toBeNull();
    expect(appliedNotice("I applied this but then got build warnings in foo.c.\n")).toBeNull();
    expect(appliedNotice("The change was asked for by the hw team, and later, applied since seems safer.\n")).toBeNull();
    expect(appliedNotice("It has been applied since v5.10.\n")).toBeNull();
    expect(appliedNotice("Applied after the fix from Bob.\n")).toBeNull();
    expect(appliedNotice("Applied all but patch 6 where questions remain.\n")).not.toBe("series");
    expect(appliedNotice("So I applied patches 1, 2, 3, 6, 8, 9 now so you can rework the rest.\n")).not.toEqual([1, 2, 3, 6, 8]);
  });
});

describe("appliedNotice: arrow ranges, 'patchN' lists, versions and purposes (mmc shapes)", () => {
  it("reads 'k->m' and 'patch k to patch m' ranges and 'patchK and patchM' lists", () => {
    expect(appliedNotice("Patch 1->4 applied for widget-next, thanks!\n")).toEqual([1, 2, 3, 4]);
    expect(appliedNotice("Patch 2 -> 5 applied for next, thanks!\n")).toEqual([2, 3, 4, 5]);
    expect(appliedNotice("Applied patch2->patch4 for next.\n")).toEqual([2, 3, 4]);
    expect(appliedNotice("Patch1 and patch3 applied for fixes, thanks!\n")).toEqual([1, 3]);
    expect(appliedNotice("Applied patch 1 to patch 3. The rest needs another spin.\n")).toEqual([1, 2, 3]);
    expect(appliedNotice("Patch 1 ->2 from v4 applied for next.\n")).toEqual([1, 2]);
    expect(appliedNotice("Patch 2 and 3, queued up for widget-next.\n")).toEqual([2, 3]);
    expect(appliedNotice("Applied patch 1 to patch 3 applied for next (patch 4 goes via soc).\n")).toEqual([1, 2, 3]);
    // An arrow between other numbers is no range.
    expect(appliedNotice("Applied, after fixing 4412 --> 4421 in the log.\n")).toBe("answered");
  });

  it("adds up the numbered notices of one reply, also over a wrapped line", () => {
    expect(appliedNotice("Patch 1 applied for next to my foo tree. Patch 2 and 4 applied\nfor next on my bar tree.\n")).toEqual([1, 2, 4]);
    expect(appliedNotice("Patch1 -> patch2, applied for fixes. Patch3\napplied for next.\n")).toEqual([1, 2, 3]);
  });

  it("reads 'all patches in the series', '$subject series' and a named version as the whole posting", () => {
    expect(appliedNotice("All patches in the series applied for next, thanks!\n", undefined, 2)).toBe("series");
    expect(appliedNotice("So, $subject series applied for widget-next.\n", undefined, 1)).toBe("series");
    expect(appliedNotice("Sounds good. V3 applied for next, thanks!\n", undefined, 1)).toBe("series");
    expect(appliedNotice("This v2 version applied for fixes.\n", undefined, 2)).toBe("series");
    expect(appliedNotice("Patches 1-2 of the series applied for next.\n")).toEqual([1, 2]);
    // A release named as the target is no version of the posting.
    expect(appliedNotice("Applied to v6.1-fixes, thanks!\n", undefined, 2)).toBe("answered");
  });

  it("reads a tree's purpose, the applier's resolved conflicts and a request in parentheses as asides", () => {
    expect(appliedNotice("Applied for next, to get it tested asap, thanks!\n")).toBe("answered");
    expect(appliedNotice("Applied for next so we can get it tested in linux-next.\n")).toBe("answered");
    expect(appliedNotice("Applied for next (the conflict was trivial to fix), thanks!\n")).toBe("answered");
    expect(appliedNotice("Applied for fixes, by resolving some conflicts for patch 3, thanks!\n")).toBe("answered");
    expect(appliedNotice("Applied for next and by fixing a minor conflict when applying, thanks!\n")).toBe("answered");
    expect(appliedNotice("Applied for next (please say if it should go\nto stable), thanks!\n")).toBe("answered");
    expect(appliedNotice("Added a Fixes tag (please add one yourself next time) and applied to widget-fixes.\n")).toBe("answered");
    expect(appliedNotice("I have applied the patch for fixes, thanks for testing!\n")).toBe("answered");
    expect(appliedNotice("I have queued this up via my widget tree for next.\n")).toBe("answered");
    expect(appliedNotice("Also I added a stable tag, then I applied this for fixes.\n")).toBe("answered");
  });

  it("still reads a tester's purpose, a tester's downstream branch over a line wrap and a revert as no notice", () => {
    expect(appliedNotice("I applied it to get it tested on our boards.\n")).toBeNull();
    expect(appliedNotice("To check, I applied them to our\ndownstream branch and can confirm the driver probes.\n")).toBeNull();
    expect(appliedNotice("I applied it on my\nlaptop and it is fine.\n")).toBeNull();
    expect(appliedNotice("Thanks!\n\nI've reverted this one, and applied:\n\n[PATCH 1/2] foo: bar\n[PATCH 2/2] foo: baz\n")).toBeNull();
    expect(appliedNotice("I built next-20200101 and\nthen applied this whole series.\n")).toBeNull();
    // An edit of the applier's own, and a branch notice wrapped at "to the", still count.
    expect(appliedNotice("Dropped that hunk and applied.\n")).toBe("answered");
    expect(appliedNotice("Series applied to the togreg branch of foo.git and pushed out as testing to the\nautobuilders to see.\n")).toBe("series");
  });
});

describe("appliedNotice: 'the lot', verbless 'now in <branch>', named bases and partial objects (input/pci shapes)", () => {
  it("reads 'the lot', 'all these' and a squash of the series as the whole series", () => {
    expect(appliedNotice("Applied the lot, thank you.\n", undefined, 1)).toBe("series");
    expect(appliedNotice("Renamed the subjects and applied the lot, thanks.\n", undefined, 2)).toBe("series");
    expect(appliedNotice("I applied all these to widget/core for v7.1, thanks!\n", undefined, 0)).toBe("series");
    expect(appliedNotice("I folded these together and applied to widget/misc.\n", undefined, 1)).toBe("answered");
    expect(appliedNotice("I squashed these together and applied them to widget/misc for v7.1,\nthanks!\n", undefined, 2)).toBe("series");
    expect(appliedNotice("Squashed and applied to widget/misc for v7.1, thanks!\n", undefined, 1)).toBe("series");
    // Patch 3 squashed into another is that patch only.
    expect(appliedNotice("Squashed and applied to widget/misc for v7.1, thanks!\n", undefined, 3)).toBe("answered");
    expect(appliedNotice("And applied this one only in the series to for-7.1/fixes.\n", undefined, 2)).toBe("answered");
  });

  it("reads a verbless 'now in <tree>#<branch>' or 'now in for-x.y/<topic>' sentence as a notice", () => {
    expect(appliedNotice("Now in foo.git#for-7.2/bar, thanks!\n")).toBe("answered");
    expect(appliedNotice("This is now in foo.git#for-7.2/bar. Thanks,\n")).toBe("answered");
    expect(appliedNotice("Now in for-7.2/widget, sorry for the delay and thanks.\n")).toBe("answered");
    expect(appliedNotice("The series is now in foo.git#for-7.2/bar. Thanks,\n")).toBe("series");
    // A release, linux-next, or more words after the branch: no notice.
    expect(appliedNotice("Now in v7.1, thanks.\n")).toBeNull();
    expect(appliedNotice("This is now in linux-next.\n")).toBeNull();
    expect(appliedNotice("It is now in all the various foo/bar protocols.\n")).toBeNull();
  });

  it("reads 'on top of' a named branch as the notice's base, not a tester's release or linux-next base", () => {
    expect(appliedNotice("Applied on top of foo.git#for-7.2/bar, thank you.\n")).toBe("answered");
    expect(appliedNotice("This is now queued on top of foo.git#for-7.2/bar. Thanks,\n")).toBe("answered");
    expect(appliedNotice("Applied on top of the pile in for-7.2/widget, thanks.\n")).toBe("answered");
    expect(appliedNotice("Applied on top of widget/resource, thanks!\n")).toBe("answered");
    expect(appliedNotice("Applied on top of v7.1-rc2, thanks.\n")).toBeNull();
    expect(appliedNotice("Applied on top of next-20990101, thanks.\n")).toBeNull();
    expect(appliedNotice("I applied this on top of linus/master.\n")).toBeNull();
  });

  it("reads more verbs and objects: 'pushed out', 'picked it up', 'landed', 'just this one', 'the above', bracket lists", () => {
    expect(appliedNotice("Pushed out to for-7.2/fixes.\n")).toBe("answered");
    expect(appliedNotice("OK, I picked it up.\n")).toBe("answered");
    expect(appliedNotice("Fine with me, so I've landed this in widget-misc-next.\n")).toBe("answered");
    expect(appliedNotice("Applied just this one to for-7.2/widget\n")).toBe("answered");
    expect(appliedNotice("I applied the above to widget/core for v7.1, thanks!\n")).toBe("answered");
    expect(appliedNotice("I applied this patch only to widget/core for v7.1.\n")).toBe("answered");
    expect(appliedNotice("Applied patches [1,2,4] to widget/foo for v7.1, thanks.\n")).toEqual([1, 2, 4]);
    expect(appliedNotice("Pulled [1,3] into widget/bar, thanks !\n")).toEqual([1, 3]);
    // Not a passive "has been picked it up", nor a bare "pulled in".
    expect(appliedNotice("04 has been picked it up by the media tree.\n")).toBeNull();
    expect(appliedNotice("This pulled in a new dependency.\n")).toBeNull();
  });

  // linux-pci S535: Lorenzo Pieralisi's "Applied first three patches to pci/dt" on a 4-patch v5 is patches 1-3.
  it("reads 'the rest' and 'the last two' as some of the series, and 'first three patches' as 1-3", () => {
    expect(appliedNotice("I applied the rest of the patches on widget/vga for v7.1.\n", undefined, 0)).toEqual([]);
    expect(appliedNotice("I applied the last two (the doc updates) to widget/core for v7.1,\nthanks!\n", undefined, 0)).toEqual([]);
    expect(appliedNotice("Applied first three patches to widget/dt for v7.1.\n", undefined, 0)).toEqual([1, 2, 3]);
    // "the rest … was applied, but this patch is still pending": the author on the other patches.
    expect(appliedNotice("A reminder: the rest of the series was applied, but this patch is\nstill pending.\n")).toBeNull();
  });

  it("reads what may follow the verb: 'as below', 'by <Name>', 'with X's ack', 'since there were no objections', where it goes next", () => {
    expect(appliedNotice("Applied as below to widget/pm for v7.1.\n")).toBe("answered");
    expect(appliedNotice("Applied by Anna to widget/controller/foo, but her mail\nqueue was stuck.\n")).toBe("answered");
    expect(appliedNotice("Fixed typo and applied with Anna's ack to widget/endpoint for v7.1, thanks!\n")).toBe("answered");
    expect(appliedNotice("Applied since there were no objections.\n")).toBe("answered");
    expect(appliedNotice("Applied keeping Anna's reviewed-by from the previous version; thank you.\n")).toBe("answered");
    expect(appliedNotice("Applied, so it should make it to 7.1.  Sorry for the delay.\n")).toBe("answered");
    expect(appliedNotice("Applied the series, it will go in the next merge window.\n")).toBe("series");
    expect(appliedNotice("Applied, and will expedite it to Linus.\n")).toBe("answered");
    expect(appliedNotice("Applied and will be sending to Linus soon.\n")).toBe("answered");
    // "applied by the user", "by hand" stay as they were; "no objections" elsewhere still negates.
    expect(appliedNotice("It is applied by the user at boot.\n")).toBeNull();
    expect(appliedNotice("I have not applied it since there were objections.\n")).toBeNull();
  });

  it("reads 'But I applied it to …' with a target, and not a 'but' clause without one", () => {
    expect(appliedNotice("But I applied it to widget/hotplug with the log below.\n")).toBe("answered");
    expect(appliedNotice("Sorry for the wait, but I finally applied it to\nwidget/aer for v7.1.\n")).toBe("answered");
    expect(appliedNotice("But I applied the whole series.  It sounds like a corner case.\n")).toBeNull();
    expect(appliedNotice("Thanks, but v2 is already queued.\n")).toBeNull();
    expect(appliedNotice("It is the scheme I suggested, but applied to direction.\n")).toBeNull();
  });

  it("reads the applier's own deeds before 'and applied', however many, but not a wish, a thought or a tester's steps", () => {
    expect(appliedNotice("I reordered this and the above so the entries are sorted and\napplied.\n")).toBe("answered");
    expect(appliedNotice("I have reworded the shortlog to be a bit more descriptive and\napplied, thanks.\n")).toBe("answered");
    expect(appliedNotice("I dropped this unrelated hunk, made some cosmetic changes and\napplied, thank you.\n")).toBe("answered");
    expect(appliedNotice("Instead of #ifdefs I added a stub for foo_mode() and\napplied.\n")).toBe("answered");
    expect(appliedNotice("I have fixed it up and applied, but please fix your mailer for next time.\n")).toBe("answered");
    expect(appliedNotice("I expected this to be reviewed and merged into next.\n")).toBeNull();
    expect(appliedNotice("The base is in -next and I pulled it and applied the\npatch. Is it -next?\n")).toBeNull();
  });

  it("reads a release or a linux-next tag as what a patch went into as no notice", () => {
    expect(appliedNotice("This patch is merged in v7.0 kernel. So it is a stable candidate.\n")).toBeNull();
    expect(appliedNotice("Also, the patches are merged into next-20990131 .\n")).toBeNull();
    expect(appliedNotice("I applied the patches to v7.1-rc7 and did a quick pass over it.\n")).toBeNull();
    expect(appliedNotice("I have applied your patch in v7.1-rc2 and did 100 cycles.\n")).toBeNull();
    // The maintainer merging a release into a branch, then the patch on top, is still a notice.
    expect(appliedNotice("Thanks, I merged in v7.1-rc2 and then pulled this on top!\n")).toBe("answered");
    expect(appliedNotice("Applied to v7.1-fixes, thanks!\n")).toBe("answered");
  });
});

describe("appliedNotice: staging branches, colon targets and test reports (integrity and serial audits)", () => {
  it("reads a branch named with '-testing' as a target, not a tester's 'testing'", () => {
    expect(appliedNotice("Thanks, applied to fixes-testing.\n")).toBe("answered");
    expect(appliedNotice("Thank you.  The patch set is now queued in widget-next-testing.\n")).toBe("series");
    expect(appliedNotice("Thanks!  It's now queued in next-foo-testing.\n")).toBe("answered");
    expect(appliedNotice("now in the #next-testing branch.\n")).toBe("answered");
    // A name broken at its hyphen over two lines is still the name.
    expect(appliedNotice("Thanks!  This patch is now queued in next-foo/next-foo-\ntesting.\n")).toBe("answered");
    // A tester's testing stays one.
    expect(appliedNotice("Applied it locally and testing now.\n")).toBeNull();
  });

  it("reads a tree after a colon, a URL of any scheme", () => {
    expect(appliedNotice("Applied to: git://git.example.org/pub/scm/widget/widget.git\n")).toBe("answered");
    expect(appliedNotice("Applied:  https://git.example.org/pub/scm/widget/widget.git/log/\n", undefined, 2)).toBe("answered");
  });

  it("reads 'picked … up now', 'picked it now', 'pushed out the changes to <branch>', 'pushed it and also added', 'pushed this patch out to …', 'now in <branch>'", () => {
    expect(appliedNotice("I picked this up now to the widget tree.\n")).toBe("answered");
    expect(appliedNotice("I picked it now.\n\nBR, Jo\n")).toBe("answered");
    expect(appliedNotice("I've pushed out the changes to next-testing.\n")).toBe("answered");
    expect(appliedNotice("I pushed it and also added the missing Fixes tag:\n")).toBe("answered");
    expect(appliedNotice("Thanks!  I've pushed this patch out to next-foo-\ntesting.\n")).toBe("answered");
    expect(appliedNotice("Thanks, it's now in next-queued-testing.\n")).toBe("answered");
    // A release is no branch; an author's push for others to look at is no notice.
    expect(appliedNotice("It is now in v7.0-rc1:\n")).toBeNull();
    expect(appliedNotice("I pushed it out (see [1] if you want to look) so that the bots can play.\n")).toBeNull();
    expect(appliedNotice("Nothing is committed yet.  I pushed it out in order for others to\nreview it.\n")).toBeNull();
    // The author's own branch behind a colon, or "the branches I mentioned", are no tree of the maintainer's.
    expect(appliedNotice("Thanks, I've pushed out the changes to:\nhttps://git.example.org/jo/h/widget-v5\n")).toBeNull();
    expect(appliedNotice("I've pushed the changes to the branches I mentioned before.\n")).toBeNull();
  });

  it("reads 'the first' as patch 1, and 'Both 1/8 & 2/8 cleanup are queued' as those two", () => {
    expect(appliedNotice("I applied the first. Renaming the flag makes no sense.\n", undefined, 2)).toEqual([1]);
    expect(appliedNotice("I've applied the first, but the next two you should resend.\n", undefined, 2)).toEqual([1]);
    expect(appliedNotice("Queued the first one for fixes and 2-4 for v7.18.\n", undefined, 2)).toEqual([1, 2, 3, 4]);
    expect(appliedNotice("Thanks, Jo.  Both 1/8 & 2/8 cleanup are now queued in next-\nfoo.\n", undefined, 1)).toEqual([1, 2]);
    // b4's list below says which, where the words are a typo ("the first to patches").
    expect(appliedNotice("Applied the first to patches to foo/for-next, thanks!\n\n[1/3] foo: a\n      commit: 0123456789ab\n[2/3] foo: b\n      commit: 0123456789ac\n\nBest regards,\n", undefined, 1)).toEqual([1, 2]);
  });

  it("reads a tester's build and result as no notice, also over a line's wrap", () => {
    expect(appliedNotice("Thanks. I applied v3 to linux v7.2.5 and it resolves the\nhang on my laptop.\n")).toBeNull();
    expect(appliedNotice("According to the sources, these patches\nare applied in that kernel version.\n")).toBeNull();
    expect(appliedNotice("I applied the patch to the latest mainline widget code\nand got two build errors, which I fixed.\n")).toBeNull();
    expect(appliedNotice("So I applied your patches with the check commented out and\nadded a printk() to see where it fails and I\nfind it all works as expected:\n")).toBeNull();
    // A wrapped notice's next steps and reasons below it are no test report.
    expect(appliedNotice("I applied patches 1-4 to the widget tree, this one seems independent\nand possibly should not be applied.\n")).toEqual([1, 2, 3, 4]);
    expect(appliedNotice("I applied this patch to my tree, since it is a fix for the bug, and\ndoesn't change any logic otherwise.\n")).toBe("answered");
  });

  it("reads other work as no notice: a hosting site, a relative clause, a line with its subject above", () => {
    expect(appliedNotice("Thanks Jo, just pushed to Github the patch set you mentioned.\n")).toBeNull();
    expect(appliedNotice("There was one patch about aliases\nwhich was properly reviewed and applied.\n")).toBeNull();
    expect(appliedNotice("Please backport this too, as the commit this fixes:\n\nis already queued for v7.1 and v7.6.\n")).toBeNull();
  });

  it("reads 'as <release> material' with the applier's edits or thanks after it", () => {
    expect(appliedNotice("Applied as 7.4 material with some edits in the subject and changelog, thanks!\n")).toBe("answered");
    expect(appliedNotice("Applied as 7.4-rc material under a modified subject, thanks!\n")).toBe("answered");
    expect(appliedNotice("Applied as 7.4 material under the \"foo: bar: Drop the\nwidget\" subject, thanks!\n")).toBe("answered");
    expect(appliedNotice("Applied as 7.8/8.0 material, thanks!\n")).toBe("answered");
    expect(appliedNotice("Applied as 7,4-rc material, thanks!\n")).toBe("answered");
    expect(appliedNotice("Applied as 7.4 material now, sorry for the delay.\n")).toBe("answered");
    expect(appliedNotice("Queued up as a fix for 7.4-rc and \"stable\", thanks!\n")).toBe("answered");
    expect(appliedNotice("Applied as 7.4 under a slightly edited subject, thanks!\n")).toBe("answered");
    expect(appliedNotice("Applied -- thanks!\n")).toBe("answered");
    // A tester's words after "as …" still make it none.
    expect(appliedNotice("I applied it as 7.4 material on my board and it boots fine.\n")).toBeNull();
  });

  it("reads 'along with the [2/2]' as the answered patch and those named", () => {
    expect(appliedNotice("Applied as 7.4 material along with the [2/2], thanks!\n", undefined, 1)).toEqual([1, 2]);
    expect(appliedNotice("Applied along with the [2-3/3] as 7.4 material, thanks!\n", undefined, 1)).toEqual([1, 2, 3]);
    expect(appliedNotice("Applied along with the [3/3[ as 7.4 material.\n", undefined, 2)).toEqual([2, 3]);
    expect(appliedNotice("I've queued this one and the [2/2] for 7.4.\n", undefined, 1)).toEqual([1, 2]);
    expect(appliedNotice("Applied as 7.4 material along with the rest of the series, thanks!\n", undefined, 2)).toBe("series");
    // The object on the next line: a tester's list of what was applied together.
    expect(appliedNotice("I applied this series along with\n[PATCH] foo: fix the bar\non the latest master.\n")).toBeNull();
  });

  it("reads numbers written with their total, bracketed or at a sentence's end", () => {
    expect(appliedNotice("Applied 1/2. Thanks.\n", undefined, 1)).toEqual([1]);
    expect(appliedNotice("Applied 2/2.\n", undefined, 2)).toEqual([2]);
    expect(appliedNotice("Applied [1-3]/4. Thanks.\n", undefined, 1)).toEqual([1, 2, 3]);
    expect(appliedNotice("All [1-3/3] applied, thanks!\n", undefined, 1)).toEqual([1, 2, 3]);
    expect(appliedNotice("OK, [1-2/3] applied as 7.4 material, thanks!\n", undefined, 1)).toEqual([1, 2]);
    // "all 3" is all three, not patch 3.
    expect(appliedNotice("All 3 applied, thanks.\n", undefined, 1)).toBe("series");
  });

  it("reads a pull request's 'Pulled and added to <branch> of <tree>'", () => {
    expect(appliedNotice("Pulled and added to the linux-next branch of widget.git, thanks!\n")).toBe("answered");
    expect(appliedNotice("Pulled and added to the pm branch in widget.git, thanks!\n")).toBe("answered");
    expect(appliedNotice("Pulled and added to my linux-next branch, thanks!\n")).toBe("answered");
    expect(appliedNotice("Pulled and pushed out (as 7.4 candidate material), thank you!\n")).toBe("answered");
    expect(appliedNotice("Pulled now, thanks!\n")).toBe("answered");
    expect(appliedNotice("Pulled and pushed out,t hanks.\n")).toBe("answered");
    expect(appliedNotice("Pulled and added to foo.git/thermal and foo.git/linux-next, thanks!\n")).toBe("answered");
    expect(appliedNotice("Pulled, and thanks a lot for the nice description of the contents,\nmuch appreciated!\n")).toBe("answered");
    expect(appliedNotice("Pulled in those patches and tested. Works!\n")).toBeNull();
  });

  it("reads a tester's wrapped 'Applied / and tested, everything's working' as no notice", () => {
    expect(appliedNotice("I never saw that the return value was left unset up the chain. Applied\nand tested, everything's working as expected now.\n")).toBeNull();
    // "and tested-by" names the tags taken with it.
    expect(appliedNotice("Thanks, I applied this with Jo's reported-by and tested-by and\nKim's ack to for-linus for v7.5.\n")).toBe("answered");
  });
});

describe("appliedNotice: the answered patch squashed into a commit of a named tree (edac shape)", () => {
  it("reads 'I've squashed this with/into <commit> in <tree>' as a notice, and not without a tree", () => {
    expect(appliedNotice("> A Fixes tag?\n\nNo need. I've squashed this with the topmost commit in top:widget/core\nwhich introduced foo_map.\n", undefined, 0)).toBe("answered");
    expect(appliedNotice("Folded it into the original commit in widget/for-next, thanks.\n", undefined, 0)).toBe("answered");
    expect(appliedNotice("I've squashed this into patch 3 for v2.\n", undefined, 0)).toBeNull();
    expect(appliedNotice("I squashed it into the previous commit in my local branch.\n", undefined, 0)).toBeNull();
    expect(appliedNotice("Can you squash this with the topmost commit in widget/core?\n", undefined, 0)).toBeNull();
  });
});

describe("appliedNoticeListing: a count of patches read against the posting's size (selinux shapes)", () => {
  const scope = (body: string, answered: number | null, total: number | null) => appliedNoticeListing(body, undefined, answered, total)?.scope ?? null;
  it("reads 'these N patches' as the whole series when N is the posting's size, else as some", () => {
    expect(scope("These two patches have been merged.\nThanks,\nAl\n", 1, 2)).toBe("series");
    expect(scope("Merged these four patches.\n", 0, 4)).toBe("series");
    expect(scope("I applied these 3 patches.\n", 3, 3)).toBe("series");
    expect(scope("These three patches have been merged.\n", 1, 5)).toEqual([]);
    expect(scope("These two patches have been merged.\n", null, null)).toEqual([]);
  });
  it("reads 'the last N' of a posting of known size as its last patches, and 'first N' after a slip or 'pushed'", () => {
    expect(scope("Applied the last two patches to widget-next.\n", 3, 5)).toEqual([4, 5]);
    expect(scope("I've applied to first two cleanup patches to review-widget.\n", 3, 4)).toEqual([1, 2]);
    expect(scope("Pushed first 3 to my review and testing queue, thanks!\n", 1, 5)).toEqual([1, 2, 3]);
  });
  it("reads 'all but this patch N/M' as every other patch of the posting", () => {
    expect(scope("I decided to apply all but this patch 4/5 into review-widget. I fixed a typo.\n", 4, 5)).toEqual([1, 2, 3, 5]);
    expect(scope("I've applied all but this patch into the review-widget-next branch.\n", 2, 3)).toEqual([1, 3]);
    expect(scope("I've applied all but this patch into the review-widget-next branch.\n", 2, null)).toEqual([]);
  });
});

describe("appliedNotice: selinux and platform-driver-x86 shapes", () => {
  it("reads a review-and-testing queue as a maintainer's", () => {
    expect(appliedNotice("Pushed to my review and testing queue, thanks!\n")).toBe("answered");
    expect(appliedNotice("I applied it for testing and it works.\n")).toBeNull();
  });
  it("reads a notice at the start of a format=flowed paragraph line", () => {
    const words = "Not sure whether the other tools should set the log level as well, since the paths they print are temporary and the output is hard to read for most users of the tools anyway.";
    expect(appliedNotice(`Thanks, applied. ${words} ${words}\n`)).toBe("answered");
    expect(appliedNotice(`Tested here. ${words} I applied this patch locally and it works. ${words}\n`)).toBeNull();
  });
  it("reads an applier's edit after 'without', 'as:' over a URL, a pull request's URL, git's option, 'and released'", () => {
    expect(appliedNotice("Merged without the trailing spaces.\nThanks!\n")).toBe("answered");
    expect(appliedNotice("Applied (without the extra blank line)\n")).toBe("answered");
    expect(appliedNotice("Now applied as:\nhttps://example.org/widget/commit/0123456789abcdef\n")).toBe("answered");
    expect(appliedNotice("Merged https://example.org/widget/pull/42\nThanks,\n")).toBe("answered");
    expect(appliedNotice("Merged using --whitespace=fix\n")).toBe("answered");
    expect(appliedNotice("Merged and released in 4.1-rc1\n")).toBe("answered");
    expect(appliedNotice("I merged it directly.\n")).toBe("answered");
    expect(appliedNotice("This has been merged (with the conflicts resolved).\n")).toBe("answered");
    expect(appliedNotice("Without this patch applied, the test fails.\n")).toBeNull();
    expect(appliedNotice("I applied it without problems.\n")).toBeNull();
  });
  it("reads the tree it did not go to, where it goes next, and 'kernel.org' as no veto", () => {
    expect(appliedNotice("Merged via widget/dev and not gadget/dev so it goes up in the\nsame tree as your other patch.\n")).toBe("answered");
    expect(appliedNotice("I just merged this into my widget/next tree, you should see it in the\nkernel.org repos later tonight.  Thanks!\n")).toBe("answered");
    expect(appliedNotice("Thanks, applied to review-widget and will go into the fixes branch once\nthe bots have built it.\n")).toBe("answered");
    expect(appliedNotice("I applied it to my kernel and it boots.\n")).toBeNull();
  });
  it("carries a sentence left at 'to <verb>' onto a line opening with a name", () => {
    expect(appliedNotice("Thank you for your patch, I've reworded the commit message to address\nJo's review comments and applied this patch to my review-widget branch:\n")).toBe("answered");
  });
  it("reads 'this and the other similar patch', 'this particular patch (2/3)', a replaced commit and squashed patches", () => {
    expect(appliedNotice("I've applied this and the other similar patch into the review-widget-fixes\nbranch.\n")).toBe("answered");
    expect(appliedNotice("Applied this particular patch (2/3) to my local review-widget branch.\n", undefined, 2)).toBe("answered");
    expect(appliedNotice("Okay, I've replaced the commit in the review-widget-fixes branch with this\nv3 patch. Thanks.\n")).toBe("answered");
    expect(appliedNotice("Thank you for your patch-series, I've squashed the patches into\nthe original commits in my review-widget branch:\n", undefined, 0)).toBe("series");
  });
  it("reads no notice from a tester's linux-next tag or a duplicate's reply", () => {
    expect(appliedNotice("I applied the patch on linux-next tag next-20240318, but the relevant part\ndoesn't seem to have changed lately.\n", undefined, 1)).toBeNull();
    expect(appliedNotice("Thanks, but this is a dup with:\nhttps://example.org/patch/1\n\nI have just pushed that one to widget/for-next to avoid further duplicates.\n")).toBeNull();
  });
});

describe("appliedNotice: more selinux shapes", () => {
  it("reads 'merged from' over a URL, 'this pull request', a footnote mark, an edit after 'without', 'directly' with a target", () => {
    expect(appliedNotice("Already merged from\nhttps://example.org/project/widget/patch/1/\n")).toBe("answered");
    expect(appliedNotice("I merged this pull request.\n")).toBe("answered");
    expect(appliedNotice("The pr has been merged into the widget repo.\n")).toBeNull();
    expect(appliedNotice("Now applied [1], along with a small workaround for a build issue [2].\n\n[1] https://example.org/c/1\n")).toBe("answered");
    expect(appliedNotice("This is a trivial fix, so I merged this without the usual delay.\n")).toBe("answered");
    expect(appliedNotice("Patch applied directly to the widget tree for v5.5.\n")).toBe("answered");
    expect(isAppliedLine("merged directly.")).toBe(false);
  });
});

describe("appliedNotice: linux-clk shapes", () => {
  it("reads a promise to queue in a named tree for a release as a notice, not one with a condition or no tree", () => {
    expect(appliedNotice("Reviewed-by: Jo Maint <jo@example.org>\ni.e. will queue in widget-clk for v6.9.\n")).toBe("answered");
    expect(appliedNotice("Thanks, will queue in widget-clk-for-v6.10, with the above fixed.\n")).toBe("answered");
    expect(appliedNotice("i.e. will queue as a fix in widget-clk-for-v6.4.\n")).toBe("answered");
    expect(appliedNotice("i.e. will queue in widget-clk for v6.9, unless you think it deserves\nto be a fix.\n")).toBeNull();
    expect(appliedNotice("I will queue it after -rc1.\n")).toBeNull();
    expect(appliedNotice("Thanks for the update, will queue in clock-widget-for-v5.3.\n")).toBe("answered");
    expect(appliedNotice("i.e. will queue in a branch shared by widget-clk and widget-dts for v6.7.\n")).toBe("answered");
    expect(appliedNotice("As the foo support is on hold, I will queue this in widget-clk-for-v6.8.\n")).toBe("answered");
    expect(appliedNotice("If Jo is fine with it, I will queue this in widget-clk-for-v6.8.\n")).toBeNull();
  });
  it("reads 'Pulled into to <branch>', '… for 5.3' and '… even though …' as a pull request's notice", () => {
    expect(appliedNotice("Thanks. Pulled into to widget-next\n")).toBe("answered");
    expect(appliedNotice("Ok. Pulled into widget-next for 5.3.\n")).toBe("answered");
    expect(appliedNotice("Pulled into widget-drm-next [1], thanks.\n")).toBe("answered");
    expect(appliedNotice("Thanks. Pulled into widget-fixes even though the subject says v6.2 they\nlook like fixes\n")).toBe("answered");
  });
});

describe("appliedNotice: linux-nfs and linux-bluetooth shapes", () => {
  it("reads 'committed' as a notice verb, a release tag as the tree, and no promise or author's local commit", () => {
    expect(appliedNoticeListing("Committed... (tag: widget-utils-2-9-2-rc5)\n\nsteved.\n")).toEqual({ scope: "answered", listed: [], tree: true });
    expect(appliedNotice("Committed...\n")).toBe("answered");
    expect(appliedNotice("Thanks for the cleanup!\nCommitted!\n")).toBe("answered");
    expect(appliedNotice("Series committed... (tag: widget-utils-2-7-1)\n")).toBe("series");
    expect(appliedNotice("Committed (tag: widget-utils-2-5-4-rc7\n")).toBe("answered");
    expect(appliedNotice("Both patches committed (tag: widget-utils-2-5-4-rc7)\n")).toBe("series");
    expect(appliedNotice("I committed to doing the cleanup next week.\n")).toBeNull();
    expect(appliedNotice("I committed a fix for the other leak yesterday.\n")).toBeNull();
    expect(appliedNotice("> Committed...\n\nWhy?\n")).toBeNull();
    expect(appliedNotice("Not Committed!\n")).toBeNull();
    expect(appliedNotice("Both patches are committed in my local tree.\n")).toBeNull();
    expect(appliedNotice("Reviewed  (reviewed-by)\nCommitted   (signed-off-by)\n")).toBeNull();
  });
  it("reads 'applying' alone or for a release, and a '--b.' sign-off stuck to the sentence", () => {
    expect(appliedNotice("Thanks, applying.\n")).toBe("answered");
    expect(appliedNotice("Applying for 5.4, thanks\n")).toBe("answered");
    expect(appliedNotice("Thanks, applying for 5.8.--b.\n")).toBe("answered");
    expect(appliedNotice("Thanks, applied.--b.\n")).toBe("answered");
    expect(appliedNotice("Thanks, both applied.--b.\n")).toBe("series");
    expect(appliedNotice("It fixes the hang for me. Applying this\npatch by hand resolved the issue.\n")).toBeNull();
    expect(appliedNotice("Applying this to v6.1 causes a conflict.\n")).toBeNull();
  });
  it("reads 'and tagged …, as there's no other pending changes' and a pull into a branch of a named tree", () => {
    expect(appliedNotice("Applied, and tagged \"widget-0.2\", as there's no other pending changes.\n")).toBe("answered");
    expect(appliedNotice("Pulled into the vfs.misc branch of the widget/widget.git tree.\n")).toBe("answered");
  });
  it("reads 'I went ahead and applied', an own deed after 'Applied,', a left-out part and 'all patches except'", () => {
    expect(appliedNotice("I went ahead and applied this as is but you need to fix the logging.\n")).toBe("answered");
    expect(appliedNotice("I went ahead and applied this set, you can find some examples in the tree.\n", undefined, 1)).toBe("series");
    expect(appliedNotice("Applied, Ive also enabled KASAN to detect memory problems.\n")).toBe("answered");
    expect(appliedNotice("Applied, the warning is still there.\n")).toBeNull();
    expect(appliedNotice("Applied, FOO changes were excluded since we still need to settle on the API.\n")).toBe("answered");
    expect(appliedNoticeListing("I applied all patches except 04/12 and 08/12 since they no longer apply cleanly against widget-next tree.\n", undefined, 0, 12)?.scope).toEqual([1, 2, 3, 5, 6, 7, 9, 10, 11, 12]);
  });
  it("reads the patchwork bot's summary lines as the list of what was applied", () => {
    const body = [
      "Hello:",
      "",
      "This series was applied to widget/widget.git (master)",
      "by Jo Maint <jo@example.org>:",
      "",
      "Here is the summary with links:",
      "  - [Widget,v3,01/04] doc: first",
      "    https://git.example.org/widget.git/?id=0123456789ab",
      "  - [Widget,v3,02/04] doc: second",
      "    https://git.example.org/widget.git/?id=0123456789ac",
      "  - [v3,3/4] doc: third",
      "    (no matching commit)",
      "",
      "You are awesome, thank you!",
    ].join("\n");
    const got = appliedNoticeListing(body, undefined, 0, 4);
    expect(got?.scope).toEqual([1, 2, 3]);
    expect(got?.listed.map((p) => [p.number, p.total, p.title])).toEqual([[1, 4, "doc: first"], [2, 4, "doc: second"], [3, 4, "doc: third"]]);
    // An unnumbered entry (the answered patch, posted alone) leaves the bot's list unread: the notice answers it.
    const mixed = ["This series was applied to widget/widget.git (master)", "", "Here is the summary with links:", "  - [Widget,v1] widget: fix the leak", "    (no matching commit)", "  - [Widget,v2,2/3] widget: add a knob", ""].join("\n");
    expect(appliedNoticeListing(mixed, undefined, null, null)).toEqual({ scope: "series", listed: [], tree: true });
  });
  it("reads no notice from a description, a tester's base or result, an author's push or a pasted diff", () => {
    expect(appliedNotice("There might be more - both merged into mainline and in development trees.\n")).toBeNull();
    expect(appliedNotice("For what it's worth, I applied this to recent upstream (0123456789ab) and fed it through my scripts.\n")).toBeNull();
    expect(appliedNotice("Anyway, I've made the change and pushed it.\n")).toBeNull();
    expect(appliedNotice("I have added that and pushed\n")).toBe("answered");
    expect(appliedNotice("In fact, it was merged in widget's main branch for some time.\n")).toBeNull();
    expect(appliedNotice("In fact, it was merged in widget's main\nbranch for some time.\n")).toBeNull();
    expect(appliedNotice("Applied, but they'll sit in my testing branch for a while yet.\n")).toBe("answered");
    expect(appliedNotice("Patch applied but unfortunately I'm still getting the same trace\n")).toBeNull();
    expect(appliedNotice("I've applied this but note there is still time for others to comment.\n")).toBe("answered");
    expect(appliedNotice("I applied manually after resetting at 0123456789ab\n")).toBeNull();
    expect(appliedNotice("It is applied with FOO_RT patch\n")).toBeNull();
    expect(appliedNotice("I applied:\n--- a/fs/widget.c\n+++ b/fs/widget.c\n")).toBeNull();
    expect(appliedNotice("Applied with this diff:\n--- a/fs/widget.c\n+++ b/fs/widget.c\n")).toBe("answered");
  });
});

describe("appliedNotice: headings and questions", () => {
  it("reads no notice from a list's heading or a question's purpose clause", () => {
    expect(appliedNotice("We keep few patches on top. The patches applied:\nhttps://example.org/widget/patches\n")).toBeNull();
    expect(appliedNotice("Should it also be CC'ed to stable so it is picked up\nfor the older releases?\n")).toBeNull();
    expect(appliedNotice("Nobody objected, so it is picked up for widget-next.\n")).toBe("answered");
  });
});

describe("appliedNotice: linux-acpi shapes", () => {
  it("reads a notice opening with the participle as the past, not git am's output or a gerund subject", () => {
    expect(appliedNotice("Applying as 5.6 material, thanks!\n")).toBe("answered");
    expect(appliedNotice("OK, applying the series as 5.5 material, thanks!\n")).toBe("series");
    expect(appliedNotice("Applying the series (with the tags collected so far) as 5.5 material, thanks!\n")).toBe("series");
    expect(appliedNotice("Queuing up as 5.5 material with some minor subject/changelog modifications.\n")).toBe("answered");
    expect(appliedNotice("Applying as 5.5 material with minor modifications of the subject and\nchangelog, thanks!\n")).toBe("answered");
    expect(appliedNotice("Looks good to me; applying.\n")).toBe("answered");
    expect(appliedNotice("Applying as follows, with part of the change split out into a separate\npatch (since that's how I noticed the bug).\n")).toBe("answered");
    expect(appliedNotice("Thanks applying into fixes.\n")).toBe("answered");
    expect(appliedNotice("  Applying: widget: add the knob\n  error: patch failed: drivers/widget.c:12\n")).toBeNull();
    expect(appliedNotice("It works for me. Applying this\npatch manually has resolved the issue.\n")).toBeNull();
    expect(appliedNotice("Bisected it (widget: add\nknob); applying it to 5.50 yields the issues.\n")).toBeNull();
    expect(appliedNotice("Applying the patch to for-next also breaks for me at 0004.\n")).toBeNull();
  });
  it("reads an own edit in parentheses before 'and applied', 'this change', 'converted into', 'let's give it', 'pulled this into', 'taken into my tree', 'separately'", () => {
    expect(appliedNotice("Fixed up (new subject, new changelog) and\napplied as 6.4-rc material.\n")).toBe("answered");
    expect(appliedNotice("Folded the (rewritten) [1/2] into this one and queued it up for 5.6, thanks!\n")).toBe("answered");
    expect(appliedNotice("I've queued up this change for 5.18, but I needed to rebase the patch.\n")).toBe("answered");
    expect(appliedNotice("I applied these changes in v2.\n")).toBeNull();
    expect(appliedNotice("Queued up as 5.16 material, converted into an upstream pull request, thanks!\n")).toBe("answered");
    expect(appliedNotice("I applied the series, let's give it some time in next.\n")).toBe("series");
    expect(appliedNotice("I've pulled this into the widget for-next tree.\n")).toBe("answered");
    expect(appliedNotice("I pulled it into my tree to test it.\n")).toBeNull();
    expect(appliedNotice("I have taken this now into my tree.\n")).toBe("answered");
    expect(appliedNotice("Applied this one separately to widget.git/fixes.\n")).toBe("answered");
    expect(appliedNotice("1. I committed to 4 different files: `a.rs`, `b.rs`.\n")).toBeNull();
  });
});

describe("appliedNotice: a tree moved to a new version, a queue tested, 'expect' for 'except', an answer between quotes", () => {
  it("reads a maintainer updating the tree he carries a series in to the answered version", () => {
    expect(appliedNoticeListing("Thanks, I updated foo-unstable to this version.  Here's how that altered\nfoo.git:\n")).toMatchObject({ scope: "answered", tree: true });
    expect(appliedNotice("I've updated foo-unstable to this version, thanks.\n")).toBe("answered");
    expect(appliedNotice("Cool, thanks, I updated foo.git's bar-unstable branch (and hence\nlinux-next) to this version.\n")).toBe("answered");
    expect(appliedNotice("Thanks, I've updated foo.git's bar-unstable to this version of the\npatchset.\n")).toBe("series");
    expect(appliedNotice("Thanks, I've updated foo.git's bar-unstable branch to this v2 series.\n")).toBe("series");
    expect(appliedNotice("Thanks, I've updated foo.git to v5.\n")).toBe("answered");
    // Not the author's own branch, a patch, or a tree named by no word of a tree's shape.
    expect(appliedNotice("I've updated my branch to this version.\n")).toBeNull();
    expect(appliedNotice("I updated the patch to this version.\n")).toBeNull();
    expect(appliedNotice("I updated the changelog to this version.\n")).toBeNull();
  });

  it("reads 'all added', a parenthesis before the target, a tree's branch by its owner's name, and '(re-)added'", () => {
    expect(appliedNoticeListing("All added to foo-new, thanks.  Emails suppressed.\n")).toMatchObject({ scope: "series", tree: true });
    expect(appliedNotice("Thanks, I added this (and the below) to foo.git\n")).toBe("answered");
    expect(appliedNotice("Thanks, I added this to foo.git's bar-unstable branch.\n")).toBe("answered");
    expect(appliedNotice("Thanks, I (re-)added this series to foo.git.\n")).toBe("series");
    expect(appliedNotice("All added to the condition, thanks.\n")).toBeNull();
    expect(appliedNotice("Thanks, Dev. (Re)applied to foo's for-next.\n")).toBe("answered");
  });

  it("reads a queue the maintainer then tested as the notice, not a tester's report", () => {
    expect(appliedNotice("I queued this and ran a quick torture test on it, which completed\nsuccessfully with quite a few reports.\n")).toBe("answered");
    expect(appliedNotice("I have queued the series and kicked off the nightly tests.\n")).toBe("series");
    // A tester applies: "applied … and ran" stays a report.
    expect(appliedNotice("I applied this and ran the tests, it works.\n")).toBeNull();
    expect(appliedNotice("I applied the series and booted it on my board.\n")).toBeNull();
  });

  it("reads 'expect' misspelt for 'except' after 'all'", () => {
    expect(appliedNoticeListing("I applied all patches expect the KVM one to foo-fixes. Thanks.\n", undefined, 0, 6)).toMatchObject({ tree: true, area: { area: "kvm", excluded: true } });
    expect(appliedNoticeListing("Applied all expect patch 3 to foo-next.\n", undefined, 0, 4)?.scope).toEqual([1, 2, 4]);
    expect(appliedNotice("I expect patch 3 to be applied by the foo maintainers.\n")).toBeNull();
  });

  it("does not read a bare 'Applied.' answering a quoted remark, the answers going on below, as a notice", () => {
    const inline = "> > @@ -10,6 +10,8 @@ static void foo(void)\n> Could use the local variable here.\n\nApplied.\n\n> > @@ -40,3 +42,4 @@\n> Is this needed?\n\nSure, will drop it.\n\nThanks,\n  Dev\n";
    expect(appliedNotice(inline)).toBeNull();
    const thanked = "> On Mon, Rev Iewer wrote:\n> > +/* the comment */\n> Please also fix the comment.\n\nThank you - applied.\n\n> And the label.\n\nDone, that was left over.\n";
    expect(appliedNotice(thanked)).toBeNull();
    // At the reply's end (a sign-off below), or as its opening words, it is the notice.
    expect(appliedNotice("> [PATCH] foo: fix bar\n\nApplied.\n\n> more of the patch\n\nThanks,\n  Maint\n")).toBe("answered");
    expect(appliedNotice("Applied.\n\n> +\tfoo();\n\nNit: the foo is not needed.\n")).toBe("answered");
    // Under the quoted patch itself, a maintainer's notice with remarks on the patch below it.
    expect(appliedNotice("> Fix the leak in foo_probe().\n> ...\n\nApplied.\n\n> +\tif (!buf || n <= 0)\n\nWhile applying I changed that to n == 0 as n is unsigned.\n")).toBe("answered");
    // A notice naming its tree stays one wherever it stands.
    expect(appliedNotice("> Could use the local.\n\nApplied to foo-next.\n\n> Is this needed?\n\nNo.\n")).toBe("answered");
  });

  it("reads 'Applied as <commit URL>', 'v3 of the two patches', and a merge 'with fixups due to merge conflicts' however long the aside", () => {
    expect(appliedNotice("Applied as https://git.example.org/foo.git/commit/?id=0123456789ab .\n\nThank you.\n")).toBe("answered");
    expect(appliedNotice("I see. Applied as\nhttps://git.example.org/foo.git/commit/0123456789ab .\n")).toBe("answered");
    expect(appliedNotice("I've applied this v3 of the two patches.\n\nNormally it would go through the foo tree.\n", undefined, 2)).toBe("series");
    expect(appliedNotice("Thanks.\n\nMerged into foo/dev with a fair amount fixups due to merge conflicts from the\nbar promotion as well as the tweaks in foo_copy_up() that were discussed in\nthe thread.  If anyone notices anything odd, please let me know.\n")).toBe("answered");
    // A tester's report stays one: a version applied and then hacked on, conflicts with no tree named, a problem in the aside.
    expect(appliedNotice("I applied v6 of this patch and hacked QEMU to enable the feature.\n")).toBeNull();
    expect(appliedNotice("Applied to v6.1 with some fixups due to conflicts.\n")).toBeNull();
    expect(appliedNotice("Merged into foo/dev with some fixups, but it fails to boot.\n")).toBeNull();
  });
});

// Modelled on linux-pwm and linux-mips notices (fifteenth session's audit): a premise before the notice, a word of
// approval opening the reply, the maintainers' typos, a substitution as the edit made, "minus" for "except".
describe("appliedNotice: premises, openers of approval and slips of the keys (pwm/mips audit)", () => {
  it.each([
    ["As there is still no feedback about how this should be merged, I went on\nand applied this patch to\nhttps://git.example.org/foo.git for-next\n.\n", "answered"],
    ["Since there is no feedback from the foo maintainers I have\ntentatively applied the patch for v5.6 so it gets some testing.\n", "answered"],
    ["Just to get things moving I've applied patch 1-7 to foo-next.\n", [1, 2, 3, 4, 5, 6, 7]],
    ["With so much feedback I applied the patch already to\nhttps://git.example.org/foo.git for-next\n", "answered"],
    ["Assuming silent agreement I applied the patch with your address updated\nto https://git.example.org/foo.git for-next\n", "answered"],
    ["As I'm the maintainer of that part, I've simply applied it.\n", "answered"],
    ["I agree with Jane on this one, so I've applied the patch and touched up\nthe label names while at it.\n", "answered"],
    ["On the other hand I don't care enough to argue, so I've\napplied this anyway.\n", "answered"],
    ["Works for me, I've merged your patch to foo-next.\n", "answered"],
    ["No problem for me, applied with the mentioned change to the short log to\n\nhttps://git.example.org/foo.git for-next\n\n.\n", "answered"],
    ["Never mind, applied after fixing the above.\n", "answered"],
    ["I'm happy with the patch now and applied it to\n\n\thttps://git.example.org/foo.git for-next\n\n. It will be part of the next pull request.\n", "answered"],
    ["I applied the two patches now without further feedback to\n\nhttps://git.example.org/foo.git fixes\n", "series"],
    ["Anyhow, I applied the original patch now to\n\nhttps://git.example.org/foo.git for-next\n", "answered"],
    ["Applied the series with s/iff/if (and only if)/ in the commit log.\n", "series"],
    ["seried applied to foo-next.\n", "series"],
    ["applied ti foo-fixes.\n", "answered"],
    ["I've applied it, should show up in linux-next soon.\n", "answered"],
    ["I've applied them, no need to squash.\n", "answered"],
    ["Ok, I applied the remaining patches from this series.\n", "series"],
    ["for the record: This patch was applied by Greg, I'm marking it as\nhandled elsewhere in patchwork.\n", "answered"],
    ["Applied :)\n", "answered"],
    ["Applied nonetheless, thanks!\n", "answered"],
    ["I have applied this patch but not the 2/2.\n", "answered"],
    ["I have simply applied all patches so we get some testing in linux-next\n", "series"],
    ["I just applied this one patch to the foo tree, let's see if\nthe robots complain.\n", "answered"],
    ["I applied this, but please don't ping me an hour after you submit a patch.\n", "answered"],
    ["Ok, I picked it up now, should be in linux-next starting next week.\n", "answered"],
    ["Picked this one up on the togreg branch of foo.git.\n", "answered"],
    ["OK, I've gone ahead and applied this.\n", "answered"],
  ])("reads %j", (body, scope) => {
    expect(appliedNotice(body)).toEqual(scope);
  });

  it("reads the patches a notice names with 'und', '~' or a typo'd 'path', and 'minus' as all but those", () => {
    expect(appliedNotice("no problem, I've applied patch 1 und 2 to foo-next.\n", undefined, 1)).toEqual([1, 2]);
    expect(appliedNotice("I fixed them up and applied patch #9 ~ #13.\n", undefined, 11)).toEqual([9, 10, 11, 12, 13]);
    expect(appliedNotice("I applied path #1 for 6.17-rc1.\n", undefined, 1)).toEqual([1]);
    expect(appliedNotice("Applied patch 1 et 2, thanks!\n", undefined, 1)).toEqual([1, 2]);
    expect(appliedNoticeListing("applied series minus patch 6 to foo-next.\n", undefined, 1, 8)?.scope).toEqual([1, 2, 3, 4, 5, 7, 8]);
  });

  it.each([
    "For testing, I applied the following patch.\n",
    "Given the problem is seen on big-endian only, I applied\nyour patch on both boards and recaptured the log.\n",
    "Works for me, I applied the patch on top of v6.1 and it boots.\n",
    "Since I applied the patch the board fails to boot.\n",
    "If nobody objects, I've applied this to for-next.\n",
    "Just to be sure I applied the patch to linux-next and tested it.\n",
    "With this patch applied I get a warning.\n",
    "No problem, I have not applied it yet.\n",
    "I applied the patch but not the fix.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("applied notices in the MMC and OMAP maintainers' shapes", () => {
  // Written after Ulf Hansson's and Tony Lindgren's ways of saying it (linux-mmc, linux-omap), not copied.
  it.each([
    ["Applying into foo-for-v6.8/dt thanks\n", 2, 3, "answered"],
    ["Applying patches 1-3 into foo-for-v6.8/dt thanks\n", 0, 4, [1, 2, 3]],
    ["Thanks applying patches 1 and 2 into foo-for-v6.8/soc.\n", 0, 3, [1, 2]],
    ["Thanks applying both patches into my fixes branch.\n", 0, 2, "series"],
    ["Thanks yes applying into foo-for-v6.9/bar with the prefix changed.\n", 1, 1, "answered"],
    ["Thanks (manually) applying into fixes. Your mailer replaced the tabs.\n", 1, 1, "answered"],
    ["OK applying int foo-for-v5.8/soc thanks.\n", 1, 1, "answered"],
    ["This removes a few lines so applying into foo-for-v5.5/fixes thanks.\n", 1, 1, "answered"],
    ["Applying all but the first two patches into foo-for-v5.8/dt thanks.\n", 0, 6, [3, 4, 5, 6]],
    ["Applying these all into foo-for-v5.8/dt thanks.\n", 0, 3, "series"],
    ["I'm applying this to bar-next, please send follow-ups on top.\n", 1, 1, "answered"],
    ["I have dropped the fixes tag and clarified the commit message a\nbit, before I applied this for next, thanks!\n", 1, 2, "answered"],
    ["The series looks great and I have applied it for fixes, thanks!\n", 0, 3, "answered"],
    ["I added Jane's tested-by tag when applying and queued this\nup as a fix with a stable tag.\n", 1, 2, "answered"],
    ["Applied for next (as it doesn't apply on fixes), thanks!\n", 1, 1, "answered"],
    ["Applied for fixes (it may not make it for this rc unless there is an rc8), thanks!\n", 1, 1, "answered"],
    ["That said, I decided to apply patch 1 and\npatch 2, as is.\n", 2, 2, [1, 2]],
    ["I took the liberty of applying this one to my foo tree, thanks!\n", 1, 1, "answered"],
    ["Added the ack, rebased it on top of the fixes branch, added a stable tag and applied\nit for fixes, thanks!\n", 1, 1, "answered"],
    ["I have moved the other patch to fixes and applied your patch on top, thanks!\n", 1, 1, "answered"],
    ["Along with the patch for the foo driver, this one applied too, for\nnext, thanks!\n", 2, 2, "answered"],
    ["To get this thoroughly tested, I have applied it to my next branch, for now.\n", 1, 1, "answered"],
    ["Alright, patch1 and pacth2 applied for next, thanks!\n", 1, 2, [1, 2]],
    ["Okay, I have applied the patch onto my next branch, thanks!\n", 1, 1, "answered"],
    ["Patch is applied at my fixes branch with a stable tag, please have a look.\n", 1, 1, "answered"],
    ["I have applied that one. Let's deal with the rest separately.\n", 1, 1, "answered"],
    ["Thanks for telling me. I have picked it up (again?) and applied it for next.\n", 1, 1, "answered"],
    ["Applied these first three, postponing the rest until the review is done.\n", 0, 5, [1, 2, 3]],
    ["Applied this one and the other related patches, thanks!\n", 1, 3, "series"],
    ["Makes sense to me...applied, thanks.\n", 1, 1, "answered"],
    ["Patch applied and I also sorted the compatibles when applying.\n", 2, 2, "answered"],
    ["Pulled this one into an arm/late branch, together with the other pull requests.\n", 1, 2, "answered"],
    ["I've applied patches 1-2 for now, but I'm not convinced about this yet.\n", 0, 3, [1, 2]],
    ["Applied patches 1-3 for next, but patch 4 needs more work.\n", 0, 4, [1, 2, 3]],
    ["I updated the changelogs, also according to suggestions from\nJane and then applied both patches for next, thanks!\n", 0, 2, "series"],
    ["Applied this and the following two patches to drm-foo-next.\n", 3, 6, [3, 4, 5]],
    ["Applied this patch by massaging the changelog and fixing the typo.\n", 1, 1, "answered"],
    ["I was waiting for an ack on the dt change, but as it's just a minor\nmodification I've merged the series.\n", 0, 3, "series"],
    ["Patch applied as non-critical (for-next) fix.\n", 1, 1, "answered"],
    ["The first two applied.\n", 0, 4, [1, 2]],
    ["Oops, hit send too fast. Thanks! Picked it into clk-fixes.\n", 1, 1, "answered"],
    ["Since all three changes are trivial, I ended up cherry-picking\nthe commits to where I want them.\n", 1, 1, "answered"],
    ["Thanks, queued onto foo-next.\n", 1, 1, "answered"],
  ])("reads %j", (body, answered, total, scope) => {
    expect(appliedNoticeListing(body, undefined, answered, total)?.scope).toEqual(scope);
  });

  it("reads the area a participle notice names", () => {
    expect(appliedNoticeListing("Applying the two dts changes into foo-for-v6.9/dt thanks.\n", undefined, 0, 3)?.area).toEqual({ area: "dts", excluded: false });
    expect(appliedNoticeListing("OK applying both your MMC patches into fixes today.\n", undefined, 0, 3)?.area).toEqual({ area: "mmc", excluded: false });
    expect(appliedNoticeListing("I've applied both of your foofb patches to the fbdev tree.\n", undefined, 0, 2)?.area).toEqual({ area: "foofb", excluded: false });
  });

  it.each([
    "I am queuing up the three patches for 5.3. Yes, it's a bit risky.\n",
    "I applied your foo patches to the bar.dtsi, and I was\nable to get the same response.\n",
    "I applied patches 1-2, but it doesn't boot.\n",
    "I applied patch 1 to my tree, but I don't think it's right.\n",
    "Applying the patch to for-next also breaks the build.\n",
    "I applied the patch and I tested it on my board.\n",
    "I reverted the fix before I applied this to my tree and it works.\n",
    "I applied them all to grep for the spelling issue reported by Jane.\n",
    "Applied the patch by testing it on my board.\n",
    "I applied this patch set onto v6.8-rc6.\n",
    "I cherry-picked this onto v6.1 and it boots.\n",
    "I was waiting for the fix, but as it doesn't build I've merged the other series.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNoticeListing(body, undefined, 1, 2)).toBeNull();
  });
});

describe("notices in an I2C/input maintainer's words: took, merging, pulled, asides (i2c/input audit)", () => {
  it.each([
    // "took" with the patches as object and a branch by name.
    ["Hi Jo,\n\nI took just this patch into foo/foo-host-fixes.\n\nThanks,\nAnn\n", 1, 3, [1]],
    ["I took this patch in foo/foo-host. Please let me know if you want\nme to take also the others.\n", 1, 3, "answered"],
    ["I took it anyway into foo/foo-host. Better redundant than sorry.\n", 1, 1, "answered"],
    ["No worries, I took patch 1 and 2 into foo/foo-host branch.\n", 3, 3, [1, 2]],
    // "I'm merging", "I'm applying patch N" (after a premise), "For now", a lead-in.
    ["No ack came for this patch in two years. It still looks correct to me.\n\nI'm merging it into foo/foo-host-fixes in order to have it in\ntime for the tests before the pull requests.\n", 1, 1, "answered"],
    ["Until you sort things out with patch 2, I'm applying patch 1.\n", 1, 2, [1]],
    ["For now I merged this patch in foo/foo-host-fixes.\n", 1, 1, "answered"],
    ["forgot to say that I merged the patch in foo/foo-host.\n", 1, 1, "answered"],
    // Asides on the author's next step, quoted prefixes, a stretched "and", a passive "added to", "a rebased version".
    ["Applied to for-next, so you don't need to carry this patch anymore.\n", 3, 8, "answered"],
    ["I merged just this patch to foo/foo-host so that you don't need\nto carry it around.\n", 1, 3, [1]],
    ['Added "mux: bar:" to the header and applied to for-next, thanks!\n', 1, 1, "answered"],
    ['Removed "media: " from $subject and applied to for-next, thanks!\n', 1, 1, "answered"],
    ["Aaaand applied to for-current, thanks!\n", 2, 2, "answered"],
    ["No need, your patch has been added to foo/foo-host.\n", 1, 1, "answered"],
    ["Applied a rebased version to for-next, thanks!\n", 3, 3, "answered"],
    ["Applied from 1-3 to foo/foo-host-fixes.\n", 3, 12, [1, 2, 3]],
    ["Both paches now queued in foo.git#for-6.15/bar, thanks.\n", 1, 2, "series"],
    ["Applied on 'testing', thanks.\n", 1, 1, "answered"],
    // A verbless notice with what else went in with it.
    ["Thanks, it was straightforward thanks to the split. Now in\nfor-5.9/foo, including the followup fix for F23.\n", 0, 5, "answered"],
    // Openings that look back on the thread, a smiley between sentences, an irregular past before "and", where it goes next.
    ["Please do that in the future. After all that, applied to for-next, thanks!\n", 1, 1, "answered"],
    ["Your patch is better than the old one :) Applied to for-next, thanks!\n", 1, 1, "answered"],
    ["Took the liberty to change the errno to ETIMEDOUT and applied to for-current, thanks!\n", 1, 1, "answered"],
    ["I pushed the series out now, so it should hit -next tomorrow.\n", 0, 4, "series"],
    // Some of the series named: the answered one by its number; the rest going elsewhere too; all but those named.
    ["I applied just this patch to foo/for-next.\n", 2, 3, [2]],
    ["OK applying the $subject patch into fixes, and the rest into foo-for-v5.9/bar.\n", 5, 5, "answered"],
    ["OK I've now applied these except patches 4 and 5 into a foo-for-v6.9 branch.\n", 2, 5, [1, 2, 3]],
    ["thanks for the clarification.\n\nI've queued #1 for 6.11, and the rest for 6.12 now.\n", 1, 5, "series"],
    // Answers to a pull request.
    ["And pulled, thanks!\n", null, null, "answered"],
    ["Thank you, pulled!\n", null, null, "answered"],
    ["Thank you, Ann, pulled!\n", null, null, "answered"],
    ["Thanks a lot, pulled!\n", null, null, "answered"],
  ])("reads %j", (body, answered, total, scope) => {
    expect(appliedNoticeListing(body, undefined, answered, total)?.scope).toEqual(scope);
  });

  it.each([
    "It took me a while to find the board again.\n",
    "I took your generic approach and rewrote the driver around it.\n",
    "I took a look at the patch and it needs more work.\n",
    "I took the reproducer, compiled it locally but it did not trigger.\n",
    "I'm merging the two helpers into one in v3.\n",
    "Merging the patch into for-next breaks the build.\n",
    "Now in for-5.9/foo, including the fix, but it does not build.\n",
    "Not pulled, sorry.\n",
    "After all that, applying it fails for me.\n",
    "I took a break and applied the patch to my tree, it fails to boot.\n",
    "Applied the patch, so you don't need to test it? It fails for me.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNoticeListing(body, undefined, 1, 2)).toBeNull();
  });
});

describe("applied notices of integrity and IIO maintainers (eighteenth audit)", () => {
  it.each([
    // Slips and adverbs: "queueud", "an applied", "temporarily", "initially", "carefully".
    ["Thanks, Ann.  The patch is now queueud.\n", null, null, "answered"],
    ["Thanks, Bo.  It's temporarily queued in the next-widget-testing branch.\n", null, null, "answered"],
    ["Fixed a typo an applied to the fixes-foo branch of foo.git.\n", null, null, "answered"],
    ["Anyhow, applied carefully by hand and marked for stable.\n", null, null, "answered"],
    // Objects: the patch and another by number, a version of the patch, counted changes, "full patchset", "they".
    ["Thanks, Cy.  This patch and 2/2 are now queued in next-widget.\n", 1, 2, "answered"],
    ["Thanks, Di.  This version of the patch is now queued in next-widget.\n", null, null, "answered"],
    ["Thanks, Ed.  The three doc changes are now queued in next-testing.\n", null, null, []],
    ["I just merged the full patchset into the foo/next branch, thanks all!\n", 0, 3, "series"],
    ["As of Monday, they're both queued in the next-widget branch.\n", null, null, "answered"],
    ["I did, they're applied now, thanks.\n", 1, 2, "answered"],
    ["Queued up this and the previous one.\n", 4, 7, "answered"],
    ["I've applied all three fixes, thanks.\n", 1, 3, "series"],
    // "picked" with its object and nothing after it, or numbers and "up", or a branch after "for".
    ["Thank you, I just picked this.\n", null, null, "answered"],
    ["Thanks for the ping! I picked it.\n", null, null, "answered"],
    ["I've picked 3 and 4 up now via the togreg branch of foo.git.\n", 3, 4, "answered"],
    ["I've picked this one for the fixes-foo branch of foo.git and marked it for stable.\n", 1, 3, "answered"],
    // What the maintainer does next: the pull request.
    ["I applied this patch, will include it in the next PR.\n", null, null, "answered"],
    ["I applied the patches, will send the PR later this week.\n", 1, 2, "series"],
    ["I.e. I applied and will put it to my PR.\n", null, null, "answered"],
    ["Thank you I applied and it's still in time for the first 7.3 PR.\n", null, null, "answered"],
    // In the writer's tree.
    ["It is in my tree.\n", null, null, "answered"],
    ["Ann: and also this is in my tree now.\n", null, null, "answered"],
    ["Changes are in my tree and should be mirrored to linux-next soon.\n", 0, 5, "answered"],
    ["It's in my tree git://git.example.org/foo.git\n", null, null, "answered"],
    ["I've taken these in my foo-next branch for now, thanks.\n", null, null, "series"],
    ["Oh, it is in next-testing.  I'll fold the fix in.\n", 2, 8, "answered"],
    // The autobuilders' look after "pushed out as testing".
    ["Applied and pushed out as testing to see if any compiler is unhappy!\n", null, null, "answered"],
    ["Applied and initially pushed out as testing for the bots to take a look.\n", null, null, "answered"],
    // Reasons after a bare notice.
    ["Applied as seems to be obviously right.\n", null, null, "answered"],
    ["Applied as this one stands on its own.\n", 2, 9, "answered"],
    ["Applied given it is so small and two people reviewed it!\n", null, null, "answered"],
    // The notice never sent.
    ["Oops. Seems I applied this but didn't reply here to say so.\n", null, null, "answered"],
    ["Oops. I applied this and marked it in patchwork but didn't reply to the mail.\n", null, null, "answered"],
    ["I applied these about two weeks ago but for some reason didn't say that!\n", 0, 9, "series"],
    ["I forgot to say I applied this a while back.\n", null, null, "answered"],
    ["Oops. Seems I queued this up but never replied to say I had done so.\n", null, null, "answered"],
    // Where the tree is not seen yet, and how it went in.
    ["So applied, but you can't see it yet.\n", null, null, "answered"],
    ["I applied this version of the patch to my master (not yet mirrored to kernel.org).\n", null, null, "answered"],
    ["Applied but to the togreg branch of foo.git, not as a fix because nobody noticed for years.\n", null, null, "answered"],
    // After the applier's own edit: "and series applied", "and patch applied", "and applied on the X branch".
    ["Fixed up the address and series applied to the fixes-foo branch of foo.git.\n", 1, 2, "series"],
    ["I agree with this change - tweaked and patch applied.\n", null, null, "answered"],
    ["I've done this rebase and applied on the testing branch of foo.git.\n", 11, 27, "answered"],
    // The ordinal: "1st patch".
    ["1st patch applied to the fixes-foo branch of foo.git.\n", 0, 2, [1]],
    // A last clause that is a whole notice, after a report or an edit.
    ["That worked, now queued up.\n", 0, 23, "answered"],
    ["Along with dropping the text on what this was tested on in\nthe final patch - series applied to the togreg branch of foo.git.\n", 10, 10, "series"],
    ["In meantime I've queued it up.\n", null, null, "answered"],
    // Approval, an edited version, "this and previous" before the verb; "+CC stable" and a rebase after it.
    ["Patch is fine and applied to the togreg branch of foo.git.\n", null, null, "answered"],
    ["Otherwise great find and applied to the togreg branch of foo.git with Ann's tag added!\n", 1, 2, "answered"],
    ["Adjusted version applied to the fixes-foo branch of foo.git.\n", null, null, "answered"],
    ["Anyhow, manually tweaked series applied to the togreg branch of foo.git.\n", 1, 5, "series"],
    ["This and previous applied to the togreg branch of foo.git.\n", 2, 5, "answered"],
    ["Applied and +CC stable.\n", null, null, "answered"],
    ["Series applied to what will be the togreg branch of foo.git after I've rebased on rc1.\n", 0, 2, "series"],
    // In a pull request sent or taken.
    ["This is in the pull request I just sent to Linus.\n", null, null, "answered"],
    ["Sorry, I never replied.  It was in the pull request Greg took last week.\n", null, null, "answered"],
  ])("reads %j", (body, answered, total, scope) => {
    expect(appliedNoticeListing(body, undefined, answered, total)?.scope).toEqual(scope);
  });

  it.each([
    // Promises, tests, other patches, and remarks.
    "I'll queue this up for rc2.\n",
    "Thanks, Petr.  I'll queue this in next-testing.\n",
    "This patch looks fine.  I can pick this one up, once I get a Tested-by tag.\n",
    "I'll apply once the dependency is in Linus' tree.\n",
    "I will pick these up after the merge window closes.\n",
    "OK, cool, I'll pick this series, thanks.\n",
    "I applied it to my kernel and it boots fine.\n",
    "I picked it randomly from the datasheet.\n",
    "I picked the one with the wrong semantics.\n",
    "It's in my queue, but with the merge window opening next week, this will wait.\n",
    "I briefly applied this, but it broke the build.\n",
    "Not sure I ever picked it up though :(\n",
    "This is in my tree but it fails to build.\n",
    "It is in my tree since I am testing it.\n",
    "I applied this on top of next and ran the tests, will report back.\n",
    "If that works for you, applied.\n",
    "I tested it on my board, it works - applied to my local tree.\n",
    "It is in net-next, you need to rebase.\n",
    "I had sent a patch on top of v5 to fix this, and it has been applied.\n",
    "I applied those two patches to the foo testing branch. The diffs look duplicated.\n",
    "Is this in the pull request you sent?\n",
    "The patch is fine and applied cleanly on my board, but it crashes.\n",
    "It looks good and applied on top of rc3 it works.\n",
    "This is in the pull request I sent, but it breaks the build.\n",
    "This was not in the pull request I sent.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNoticeListing(body, undefined, 1, 2)).toBeNull();
  });
});

describe("applied notices of SPI, hwmon and crypto maintainers (nineteenth audit)", () => {
  it.each([
    // A form letter answering a posting that re-sends what is in the tree: the mail it answers.
    ["Please do not submit new versions of already applied patches, please\nsubmit incremental updates to the existing code.\n", 0, 3, "answered"],
    ["Please don't resend already applied patches.\n", 2, 4, "answered"],
    ["This patch has already been applied. Please send a follow-up to that patch\nto update it.\n", null, null, "answered"],
    // Asides after a bare notice: how the applier took it, a word to the author, the applier's deed in parentheses.
    ["Applied, after build testing.\n", null, null, "answered"],
    ["Applied, after fixing several alignment problems reported by\ncheckpatch --strict.\n", 1, 2, "answered"],
    ["Applied, and sorry for the confusion.\n", null, null, "answered"],
    ["Applied, and thanks a lot for all your help over the years.\n", null, null, "answered"],
    ["Applied (and I fixed the problem reported by the robot, so no need to resend).\n", null, null, "answered"],
    ["Applied (though I removed most of the log messages from the description).\n", null, null, "answered"],
    // Openers: "No need to resend", "Never mind" after another sentence.
    ["No need to resend; I fixed it all up and applied the patch.\n", 2, 2, "answered"],
    ["No need to resend, applied after changing the above.\n", null, null, "answered"],
    ["Spaces vs. tabs again. Never mind, fixed up and applied.\n", 7, 8, "answered"],
    // A slip of the keys, and a range written with two dots.
    ["Applied th foo-next.\n", null, null, "answered"],
    ["I applied patches 2..6 to foo-next. The first and the last patch of the series\nwill have to wait for DT maintainer approval.\n", 0, 7, [2, 3, 4, 5, 6]],
    ["Applied, together with patches 2..6 of the series (all fixes).\n", 1, 21, [1, 2, 3, 4, 5, 6]],
    ["Patch[9] applied on foo-next.\n", 0, 9, [9]],
    ["Your patch has already been applied.  So please make it an incremental patch.\n", null, null, "answered"],
  ])("reads %j", (body, answered, total, scope) => {
    expect(appliedNoticeListing(body, undefined, answered, total)?.scope).toEqual(scope);
  });

  it.each([
    // Advice answering a question, a patch named before its sentence ends, a tester's result, promises.
    "You shouldn't resend already applied patches, base your new work on what's already applied.\n",
    "Would it be possible to merge these changes? Patch 1. has already been merged, so please have a look.\n",
    "Applied, after fixing the conflict, it boots but the warning is still there.\n",
    "Applied (on top of rc3), but it crashes on my board.\n",
    "No need to resend, I'll fix that up while applying.\n",
    "I'll apply once the dependencies are in mainline.\n",
    "Applied v4 and tested, works fine.\n",
    "When I tried to apply this patch, I noticed that a similar patch is already queued in foo-next.\n",
    "If you want this series applied, please send v3 with all patches tagged as v3.\n",
    "I will ask some colleagues of mine (Ann and Bob, added to this\nthread so that they get your log) to look at the rest.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNoticeListing(body, undefined, 1, 2)).toBeNull();
  });
});

describe("appliedNotice: a version named at a sentence's end, a hyphenated gerund after 'after', numbers before 'since' (cgroups, pdx86 audit)", () => {
  it("reads a version named right before the sentence's full stop as the posting applied", () => {
    expect(appliedNotice("Dropped v1 and applied v2.\n\nGus\n")).toBe("series");
    expect(appliedNotice("Applied v4.\n")).toBe("series");
    expect(appliedNotice("I applied v3.\n")).toBe("series");
    // A release is no posting's version.
    expect(appliedNotice("Applied v4.19 fixes\n")).toBeNull();
  });

  it("reads 'after back-merging …' as the maintainer's own step, as 'after merging …' is", () => {
    const reply = ["Hello,", "", "Applied to widget/for-7.2 after back-merging for-7.1-fixes to pick up", "0123456789ab (\"widget: move the check before the flag test\"), which was needed", "as a dependency.", "", "Thanks."].join("\n");
    expect(appliedNotice(reply)).toBe("answered");
    expect(appliedNotice("Applied after re-basing it.\n")).toBe("answered");
  });

  it("keeps the numbers a notice names when a reason follows with 'since'", () => {
    expect(appliedNotice("Ann, I've picked up 1/2 since it is a widget driver patch.\n", undefined, 2)).toEqual([1]);
    expect(appliedNotice("Applied 2-3 since they are fixes.\n")).toEqual([2, 3]);
  });
});

describe("appliedNotice: 'added … to my <branch>' (platform-driver-x86 audit)", () => {
  it("reads 'added' to the writer's own named branch, with an aside on where it goes next", () => {
    const reply = ["Hi,", "", "On 1/2/26 10:00, Ann Author wrote:", "> Fix the widget timeout.", "", "I've added this to my review-ann (soon to be for-next) branch now.", "", "Regards,", "", "Ann"].join("\n");
    expect(appliedNotice(reply)).toBe("answered");
    expect(appliedNotice("I've added this series to my review-ann (soon to be fixes) branch now.\n")).toBe("series");
    expect(appliedNotice("I've added patches 4-12 to my widget/review-ann (soon to be for-next) branch now.\n")).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(appliedNotice("I've added this patch to my review-ann branch, so it should show up in widget/for-next soon-ish.\n")).toBe("answered");
  });

  it("still reads no notice from a tester's own branch", () => {
    expect(appliedNotice("I've added this to my local test-tree to try it.\n")).toBeNull();
    expect(appliedNotice("I added it to my for-next branch and it boots fine.\n")).toBeNull();
  });
});

describe("applied notices of EDAC, RAID and netfilter maintainers (twenty-first audit)", () => {
  it.each([
    // "here" with the tree's URL below it; the subject before "and" naming the first patches.
    ["Patches squashed and queued here:\n\nhttps://git.example.org/foo.git/log/?h=foo-urgent\n\nWill send it upstream soon.\n", 0, 2, "series"],
    ["I've pushed it here:\n\nhttps://git.example.org/foo.git/log/?h=foo-next\n", 1, 1, "answered"],
    ["First 5 patches massaged and queued here:\n\nhttps://git.example.org/foo.git/log/?h=foo-next\n", 0, 14, [1, 2, 3, 4, 5]],
    ["Thanks, first three (1+2 squashed) pushed here:\n\nhttps://git.example.org/foo.git/log/?h=foo-next\n", 0, 4, [1, 2, 3]],
    // "queueing" spelt with both e's, and all patches up to the answered one.
    ["Ok, fixed. So I'm queueing all patches up to and including this one. I have more comments\nfor the remaining ones but they can wait.\n", 7, 10, [1, 2, 3, 4, 5, 6, 7]],
    ["Anyway, queueing for urgent.\n", 1, 1, "answered"],
    // Two patches made one, then applied: the whole posting.
    ["Thanks for the explanation.\nI merged the two patches, made some changes, and applied it to foo-next. Please\nlet me know whether it looks good.\n", 1, 2, "series"],
    // "actually already", a push still to come, and a request to send more on top.
    ["I actually already applied this one, but didn't get it pushed up. It'll\ngo up next time I push.\n", 1, 1, "answered"],
    ["I applied the series, so just send something for this on top.\n", 0, 10, "series"],
    // "only" before the numbers: those alone.
    ["That is just a bot glitch. I actually applied only patch 4/9 to the\nfoo-next tree.\n", 0, 9, [4]],
  ])("reads %j", (body, answered, total, scope) => {
    expect(appliedNoticeListing(body, undefined, answered, total)?.scope).toEqual(scope);
  });

  it.each([
    // A patch's own words, a tester's report, promises and conditions.
    "The fix applied here is wrong.\n",
    "I actually applied this patch and it crashes.\n",
    "I'm queueing all patches up to this one if nobody objects\n",
    "I applied the series, so it broke my build.\n",
    "Makes sense. I will update the patch to use 48, and apply it to foo-6.13.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNoticeListing(body, undefined, 1, 3)).toBeNull();
  });
});

describe("appliedNotice: numbers sent to two trees, and from a named version (twenty-first audit)", () => {
  it.each([
    ["Applied 1-3 to foo-next and 4 to foo-fixes.\n", 0, 5, [1, 2, 3, 4]],
    ["Applied 1-3 to foo-next, and patch 5 into bar/for-next.\n", 0, 5, [1, 2, 3, 5]],
    ["Applied patches 1-3 from v5, thanks.\n", 0, 5, [1, 2, 3]],
  ])("reads %j", (body, answered, total, scope) => {
    expect(appliedNoticeListing(body, undefined, answered, total)?.scope).toEqual(scope);
  });
});

describe("appliedNotice: a pull taken in, a promise to apply to a named branch (twenty-first audit, renesas)", () => {
  it.each([
    ["Pulled in, thanks Foo!\n"],
    ["Pulled in!\n\nThanks!\n"],
    ["Pulled into my \"devel\" branch for v5.10, excellent work as always!\n"],
    ["Reviewed-by: Ann Maint <ann@example.org>\ni.e. will apply to the topic/foo-defconfig branch, with the above fixed.\n"],
  ])("reads %j", (body) => {
    expect(appliedNoticeListing(body, undefined, 1, 1)?.scope).toBe("answered");
  });

  it.each(["Pulled in the wrong tree\n", "If you agree, I will apply it to foo/for-next\n", "Thanks, will apply to foo/for-next after the merge window.\n", "I will apply it to linux-next and test.\n"])("reads no notice in %j", (body) => {
    expect(appliedNoticeListing(body, undefined, 1, 1)).toBeNull();
  });
});

describe("appliedNotice: maintainers' shapes on remoteproc and selinux (twenty-second audit)", () => {
  it.each([
    ["I have picked-up this patch.  It will show up in foo-next when 7.1-rc1 is\nreleased next week.\n", 1, 1, "answered"],
    ["I've picked this one (4/5) up.\n", 4, 5, "answered"],
    ["I have applied this patch- Ann and Bob should handle the .dtsi files.\n", 1, 3, "answered"],
    ["I have applied this patchet.\n", 0, 3, "series"],
    ["I have applied the first two patches of this set so no need to resend them.\n", 3, 7, [1, 2]],
    ["Applied and thanks for fixing this.\n", 1, 1, "answered"],
    ["I've picked this for -fixes.\n", 1, 1, "answered"],
    ["I merged patch 1-3 yesterday, so it would have to be an incremental\npatch.\n", 3, 4, [1, 2, 3]],
    ["I have applied the other two patches in this series.\n", 3, 3, [1, 2]],
    ["This series of four patches has been merged.\n", 1, 4, "series"],
    ["Patches 1-3, 5, and 7 from this series have been merged.\n", 0, 8, [1, 2, 3, 5, 7]],
    ["It has also been merged.\n", 1, 1, "answered"],
    ["Quick update to let everyone know that I've just merged this into foo/dev.\n", 1, 1, "answered"],
  ])("reads %j", (body, answered, total, scope) => {
    expect(appliedNoticeListing(body, undefined, answered, total)?.scope).toEqual(scope);
  });

  it("reads 'the other N patches' as some, not known which, when N is not all but the answered one", () => {
    expect(appliedNoticeListing("I have applied the other two patches.\n", undefined, 2, 5)?.scope).toEqual([]);
  });

  it.each([
    "I tested it yesterday.\n",
    "Two of them, that were split out of the first patch, were merged yesterday.\n",
    "I applied the patch yesterday and got a crash.\n",
    "This has also been fixed.\n",
    "A similar patch has also been applied to foo.\n",
    "This should also be merged.\n",
    "I applied the other patch from Ann and this one conflicts.\n",
  ])("reads no notice in %j", (body) => {
    expect(appliedNoticeListing(body, undefined, 1, 2)).toBeNull();
  });
});

describe("appliedNotice: 'put on <topic branch>', '<subsystem> series applied' (twenty-second audit)", () => {
  it.each([
    ["I put these on foo/aspm for v6.9, thanks!\n", 0, 2, "series"],
    ["I put it on foo/misc.\n", 1, 1, "answered"],
    ["widget series applied.\n", 0, 3, "series"],
  ])("reads %j", (body, answered, total, scope) => {
    expect(appliedNoticeListing(body, undefined, answered, total)?.scope).toEqual(scope);
  });

  it.each(["I put it in drivers/foo/quirks.c, thanks!\n", "I put a printk in foo/bar and it fires.\n", "Which series applied?\n", "The other series applied cleanly.\n", "Previous series applied.\n"])("reads no notice in %j", (body) => {
    expect(appliedNoticeListing(body, undefined, 1, 1)).toBeNull();
  });
});

describe("appliedNotice: 'and merged.' under trailers given for the whole posting (twenty-second audit, selinux)", () => {
  it.each([
    ["Ann Author writes:\n\n> foo\n\nBoth\n\nAcked-by: Jo Maint <jo@example.org>\n\nand merged.\n\nThanks!\n", 2, 2, "series"],
    ["This whole series:\nAcked-by: Jo Maint <jo@example.org>\n\nand merged.\n", 1, 3, "series"],
    ["Acked-by: Jo Maint <jo@example.org>\n\nand merged.\n", 1, 3, "answered"],
  ])("reads %j", (body, answered, total, scope) => {
    expect(appliedNoticeListing(body, undefined, answered, total)?.scope).toEqual(scope);
  });
});

describe("appliedNotice: Tegra maintainers' shapes (twenty-second audit)", () => {
  it.each([
    ["Applied this with Ann's comments worked in. I also updated the commit\nmessage a tiny bit.\n", 1, 1, "answered"],
    ["Patches 1-8 of this have already been applied to the foo tree. Are\nthere any more comments on this or can this be merged as well?\n", 9, 9, [1, 2, 3, 4, 5, 6, 7, 8]],
    ["I've applied patches 1-3 as well as 4 to the foo tree with Ann's\nAcked-by tags from v1.\n", 0, 9, [1, 2, 3, 4]],
    ["Sorry, forgot to notify you earlier that I've picked this up into\nfoo-misc-next.\n", 1, 1, "answered"],
    ["Applied, patch 1/2 and 2/2, thanks Jan.\n", 1, 2, [1, 2]],
    ["There is no difference between setting it to 0 vs not\nsetting it at all, so I dropped the conditionals and applied.\n", 1, 1, "answered"],
  ])("reads %j", (body, answered, total, scope) => {
    expect(appliedNoticeListing(body, undefined, answered, total)?.scope).toEqual(scope);
  });

  it("does not read 'Applied, patch 2 needs work.' as patch 2 applied", () => {
    expect(appliedNoticeListing("Applied, patch 2 needs work.\n", undefined, 1, 3)?.scope).not.toEqual([2]);
  });

  it.each(["I tested it with your comments worked in and it works.\n", "A similar series has already been merged.\n", "It doesn't build, so I reverted it and applied the old one locally to test.\n"])("reads no notice in %j", (body) => {
    expect(appliedNoticeListing(body, undefined, 1, 1)).toBeNull();
  });
});

describe("appliedNotice: the maintainer's revision shown below his reply (linux-pci)", () => {
  it.each([
    "Thanks, I applied the patch below to foo/misc for v6.1.\n",
    "I tweaked the changelog, added a stable tag, and applied the patch below\nto foo/misc for v6.1.\n",
    "I applied the revised patch below on foo/pm, let me know if it doesn't work.\n",
  ])("reads %j as this patch applied", (body) => {
    expect(appliedNotice(body)).toBe("answered");
  });

  it.each([
    "I first applied the patch below to bounds-check the alignment as noted.\n",
    "Also applied the patch below, which the report needs too.\n",
    "Could you test the patch below?\n",
  ])("reads no notice in %j (another patch, or none applied)", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: pull requests answered with what they went in for (arm-soc shapes)", () => {
  it.each([
    ["Pulled in for fixes, thanks!\n", "answered"],
    ["Pulled in for v7.2!\n", "answered"],
    ["Pulled in for v7.4! Thanks Ann!\n", "answered"],
    ["Pulled into widget/drivers for now.\n", "answered"],
    ["Pulled in, nice to see the foo work land at last.\n", "answered"],
    ["Pulled both, thanks!\n", "series"],
  ])("reads %j", (body, scope) => {
    expect(appliedNotice(body)).toBe(scope);
  });

  it.each(["Pulled in for testing.\n", "Pulled for linux-next.\n", "Pulled into my tree for testing.\n", "Pulled in those patches and tested. Works!\n"])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: the applier's word to the author after the notice", () => {
  it.each([
    "I applied your patch, feel free to improve on top of that ;)\n",
    "I applied this to widget/misc, but if you want to tweak anything, let me know.\n",
    "Applied to widget/misc for v7.1, thanks! But if you want to tweak the changelog, let me know.\n",
    "I already applied it as it had your ack but I can still change it\n",
  ])("reads %j as the answered patch applied", (body) => {
    expect(appliedNotice(body)).toBe("answered");
  });

  it("reads \"I've applied the patches, I'll try to send them to Linus …\" as the series applied", () => {
    expect(appliedNotice("I've applied the patches, I'll try to send them to Linus but there are no\nguarantees this late.\n")).toBe("series");
  });

  it.each([
    "I applied your patch, feel free to add my Tested-by.\n",
    "I applied your patch, if it works for you let me know.\n",
    "I applied it as it has a fix for my problem.\n",
    "I applied your patch and it boots, feel free to improve on top of that.\n",
  ])("reads no notice in %j (a tester's words)", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: the object named by what it does, counts and a dropped letter", () => {
  it.each([
    ["Applied this fix, thanks.\n", undefined, "answered"],
    ["Queued this cleanup patch for widget/vt-d.\n", undefined, "answered"],
    ["Thanks, applied this trivial fix.\n", undefined, "answered"],
    ["Applied all twelve.\n", undefined, "series"],
    ["Applied all 1-8. Skipping 9th patch.\n", 9, [1, 2, 3, 4, 5, 6, 7, 8]],
    ["Pushed all 15 to widget-next.\n", 15, "series"],
    ["I appled patches 1/5 and 2/5. The rest need to be split up.\n", 5, [1, 2]],
  ])("reads %j", (body, total, scope) => {
    expect(appliedNoticeListing(body, undefined, 1, total ?? null)?.scope).toEqual(scope);
  });

  it.each(["I applied the fix and it works.\n", "I applied this fix on top of v7.1 and it boots.\n", "Applied this one instead of the old one to test.\n"])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNotice: 'took' and 'picked' with 'now' or 'already' (a keeper's word, no tree named)", () => {
  it.each([
    ["I took this one now as it's \"obviously\" correct :)\n", undefined, "answered"],
    ["Nevermind, I took them now, thanks.\n", undefined, "answered"],
    ["I already took this patch (you got an email about it), no need to send it again.\n", undefined, "answered"],
    ["I picked patch 2 now.\n", 3, [2]],
    ["Applied 1-3 now, thanks.\n", 5, [1, 2, 3]],
  ])("reads %j", (body, total, scope) => {
    expect(appliedNoticeListing(body, undefined, 1, total ?? null)?.scope).toEqual(scope);
  });

  it("reads 'I took this patch now, but the last two …' on 1/3 as patch 1 alone", () => {
    const body = "This is a nice cleanup, so I took this patch now, but the last two\npatches still need a bit of rework.\n";
    expect(appliedNoticeListing(body, undefined, 1, 3)?.scope).toEqual([1]);
    expect(appliedNoticeListing("I applied the last two, thanks.\n", undefined, 3, 3)?.scope).toEqual([2, 3]);
  });

  it.each(["I already took a look at it.\n", "It already took me a while.\n", "I already took this approach in v2.\n", "I took it now and it boots.\n", "I took the example now.\n"])("reads no notice in %j", (body) => {
    expect(appliedNotice(body)).toBeNull();
  });
});

describe("appliedNoticeListing: what was left out, by number written out or after a comma", () => {
  // A reply on the cover (patch 0) of a five-patch series.
  const scopeOf = (text: string) => appliedNoticeListing(`On Mon, 1 Jan 2024, A wrote:\n> [PATCH 0/5]\n\n${text}\n`, undefined, 0, 5)?.scope ?? null;
  it.each([
    ["Applied all, except patch no. 2. Will wait for the clock maintainer to pick that one.", [1, 3, 4, 5]],
    ["Applied all, except patch 2.", [1, 3, 4, 5]],
    ["Thanks, I have applied all, except for patch 3 which needs a respin.", [1, 2, 4, 5]],
    ["Applied all but patch 2.", [1, 3, 4, 5]],
    ["Applied patch nr. 3, thanks", [3]],
    ["Applied patches number 1 and 2 to for-next.", [1, 2]],
    // Unchanged: the passive shape, and a tester's report.
    ["All but 3 applied, thanks", [1, 2, 4, 5]],
    ["I applied all but patch 2 and it boots.", null],
  ])("%j -> %j", (text, scope) => expect(scopeOf(text)).toEqual(scope));
});
