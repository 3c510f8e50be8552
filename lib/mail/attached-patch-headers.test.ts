import { describe, expect, test } from "vitest";
import { attachedPatchHeaders, signerName } from "./attached-patch-headers";
import type { Trailer } from "./types";

const file = [
  "From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001",
  "From: Ada Writer <ada@example.com>",
  "Date: Fri, 23 Dec 2022 10:41:25 +0000",
  "Subject: [PATCH 1/3] fs: print the last update time of the",
  " interface list",
  "",
  "We keep the time; print it.",
  "",
  "Signed-off-by: Ada Writer <ada@example.com>",
  "---",
  "diff --git a/fs/a.c b/fs/a.c",
].join("\n");

describe("attachedPatchHeaders", () => {
  test("reads author and folded subject of a format-patch file pasted below a note", () => {
    const body = `Three patches from Ada attached. I changed the text a bit.\n\n\n${file}\n`;
    expect(attachedPatchHeaders([body])).toEqual({
      author: { name: "Ada Writer", email: "ada@example.com" },
      subject: "[PATCH 1/3] fs: print the last update time of the interface list",
    });
  });

  test("falls back to the attachments when the body holds no file", () => {
    expect(attachedPatchHeaders(["see attached", file])).toMatchObject({ author: { email: "ada@example.com" } });
  });

  test("a quoted file or a plain From: line is no format-patch file", () => {
    expect(attachedPatchHeaders([`> ${file.split("\n").join("\n> ")}`, "From: Someone <s@example.org>\nhello"])).toEqual({ author: null, subject: null });
  });

  test("a bare address in the file's From: gives an empty name", () => {
    const bare = file.replace("From: Ada Writer <ada@example.com>", "From: <ada@example.com>");
    expect(attachedPatchHeaders([bare]).author).toEqual({ name: "", email: "ada@example.com" });
  });
});

describe("signerName", () => {
  const t = (value: string, name: string, email: string): Trailer => ({ kind: "Signed-off-by", value, person: { name, email }, comment: null });
  test("the sign-off of the same address names the sender", () => {
    const trailers = [t("Paul Upstream <pu@example.org>", "Paul Upstream", "pu@example.org"), t("Jia Ren <jia.ren@example.com>", "Jia Ren", "jia.ren@example.com")];
    expect(signerName(trailers, "Jia.Ren@example.com")).toBe("Jia Ren");
    expect(signerName(trailers, "other@example.com")).toBe("");
  });
});
