import { describe, expect, it } from "vitest";
import { isTreeAppliedNotice } from "./applied-subject";

const BODY = "The patch\n\n   regulator: foo: Add bar\n\nhas been applied to the regulator tree at\n\n   https://git.kernel.org/x.git \n\nAll being well ...\n";

describe("isTreeAppliedNotice", () => {
  it("reads the subject shape, whatever the tree", () => {
    expect(isTreeAppliedNotice('Applied "spi: foo: Fix bar" to the spi tree', "")).toBe(true);
    expect(isTreeAppliedNotice('Applied "ASoC: foo: Fix bar" to the asoc tree', "")).toBe(true);
    expect(isTreeAppliedNotice('Applied "regulator: x" to the regulator tree', "")).toBe(true);
  });

  it("reads the body's opening alone, one patch or several", () => {
    expect(isTreeAppliedNotice("regulator: foo: Add bar", BODY)).toBe(true);
    expect(isTreeAppliedNotice("x", "The patches\n\n   a: b\n   a: c\n\nhave been applied to the spi tree at\n")).toBe(true);
  });

  it("does not take other mail for one", () => {
    expect(isTreeAppliedNotice('[PATCH] Revert "spi: foo" applied to the spi tree', "")).toBe(false);
    expect(isTreeAppliedNotice('Applied "spi: foo" to the spi tree and then reverted', "")).toBe(false);
    expect(isTreeAppliedNotice("Re: x", "Thanks.\n\nThe patch\n\n   a: b\n\nhas been applied to the spi tree at\n")).toBe(false);
    expect(isTreeAppliedNotice("x", "> The patch\n>\n>   a: b\n>\n> has been applied to the spi tree at\n")).toBe(false);
    expect(isTreeAppliedNotice("x", "The patch\n\n   a: b\n\nhas not been applied to the spi tree\n")).toBe(false);
  });
});

// gpio S1945: tip-bot2's "[irqchip: irq/irqchip-next] title" mail pastes the commit with its diff.
describe("isTreeAppliedNotice: a commit bot's notice", () => {
  it("reads 'The following commit has been merged into the <branch> branch of <tree>:' opening the body", () => {
    const body = "The following commit has been merged into the irq/irqchip-next branch of irqchip:\n\nCommit-ID:     0123456789ab\n\ndiff --git a/x.c b/x.c\n";
    expect(isTreeAppliedNotice("[irqchip: irq/irqchip-next] gpio: foo: fix bar", body)).toBe(true);
    // Said by someone, below other words, or quoted: not the bot's notice.
    expect(isTreeAppliedNotice("x", `Note:\n\n${body}`)).toBe(false);
    expect(isTreeAppliedNotice("x", `> ${body}`)).toBe(false);
  });
});

// linux-pm S127: the old tip-bot ("[tip:x86/cpu] title", 2019) opened with the commit's id and web address.
describe("isTreeAppliedNotice: the old tip-bot's commit header", () => {
  const sha = "5f4318c1b1d23a9290e4def78ee76017c288bf60";
  const body = `Commit-ID:  ${sha}\nGitweb:     https://git.kernel.org/tip/${sha}\nAuthor:     Ann Author <ann@example.org>\n\nperf/x86: fix a probe\n\n---\ndiff --git a/x.c b/x.c\n`;
  it("reads 'Commit-ID: <sha>' then 'Gitweb: <url>' opening the body", () => {
    expect(isTreeAppliedNotice("[tip:x86/cpu] perf/x86: fix a probe", body)).toBe(true);
  });
  it("not below other words, quoted, or without the web address", () => {
    expect(isTreeAppliedNotice("x", `This is now:\n\n${body}`)).toBe(false);
    expect(isTreeAppliedNotice("x", body.split("\n").map((l) => `> ${l}`).join("\n"))).toBe(false);
    expect(isTreeAppliedNotice("x", `Commit-ID:  ${sha}\nAuthor:     Ann Author <ann@example.org>\n`)).toBe(false);
  });
});
