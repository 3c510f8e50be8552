import { describe, expect, it } from "vitest";
import { inBodyAuthor } from "./in-body-author";
import { inBodySubject } from "./in-body-subject";

describe("inBodySubject", () => {
  it("reads the Subject of a pasted format-patch header block", () => {
    const body = "From 772007b92eda50186c2e420b5bd895d4e4006ae8 Mon Sep 17 00:00:00 2001\nFrom: A <a@x.org>\nDate: Mon, 1 Jan 2024 00:00:00 +0000\nSubject: [PATCH] spi: fsl: Add GPIO\n chip select support\n\nText.\n";
    expect(inBodySubject(body)).toBe("[PATCH] spi: fsl: Add GPIO chip select support");
    expect(inBodyAuthor(body)).toEqual({ name: "A", email: "a@x.org" });
  });

  it("reads it across blank lines between the fields", () => {
    expect(inBodySubject("From: A <a@x.org>\n\nDate: Wed, 29 Jan 2020 13:54:16 -0800\nSubject: [PATCH] x: y\n\nBody\n")).toBe("[PATCH] x: y");
  });

  it("finds none below other text or without a Subject field", () => {
    expect(inBodySubject("Hello,\nSubject: [PATCH] x\n")).toBeNull();
    expect(inBodySubject("From: A <a@x.org>\n\nText\nSubject: later\n")).toBeNull();
    expect(inBodySubject("")).toBeNull();
    expect(inBodySubject("Subject:   \n\nx")).toBeNull();
  });
});
