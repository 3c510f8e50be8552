import { describe, expect, test } from "vitest";
import { extractBodyLinks } from "./extract-body-links";

describe("extractBodyLinks", () => {
  test("lore, lkml and msgid.link URLs, URL-decoded", () => {
    const body = [
      "Changes since v1 [1]:",
      "[1] https://lore.kernel.org/all/20260209220849.2126486-1-surenb@google.com/",
      "v2: https://lore.kernel.org/linux-mm/abc%40example.org/T/#u",
      "Link: https://patch.msgid.link/x.y@z.example",
      "see https://lkml.kernel.org/r/r1@host.example",
    ].join("\n");
    expect(extractBodyLinks(body)).toEqual([
      "20260209220849.2126486-1-surenb@google.com",
      "abc@example.org",
      "x.y@z.example",
      "r1@host.example",
    ]);
  });

  test("bracketed ids after version labels; addresses, quotes and dependencies are not links", () => {
    const body = [
      "v1: <old-cover@example.org>",
      "Reviewed-by: Ann Lee <ann@example.org>",
      "> v0: <quoted@example.org>",
      "Depends-on: https://lore.kernel.org/all/dep@example.org/",
      "Depends-on: <dep2@example.org>",
      "Cc: <bare@example.org>",
    ].join("\n");
    expect(extractBodyLinks(body)).toEqual(["old-cover@example.org"]);
  });
});
