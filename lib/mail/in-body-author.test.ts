import { describe, expect, it } from "vitest";
import { inBodyAuthor } from "./in-body-author";

describe("inBodyAuthor", () => {
  it("reads the author git format-patch puts first in the body when someone else sends the patch", () => {
    expect(inBodyAuthor("From: Jane Contributor <jane@example.org>\n\nThe cache leaks on unmount.\n")).toEqual({ name: "Jane Contributor", email: "jane@example.org" });
    expect(inBodyAuthor('\nFrom: "Nuno Sá" <Nuno.Sa@example.com>\nDate: Mon, 2 Mar 2026\n\nText')).toEqual({ name: "Nuno Sá", email: "nuno.sa@example.com" });
    expect(inBodyAuthor("From: jane@example.org\n\nText")).toEqual({ name: "", email: "jane@example.org" });
  });

  it("ignores a From: that is not the body's first line, or not an address", () => {
    expect(inBodyAuthor("The cache leaks.\n\nFrom: Jane <jane@example.org>\n")).toBeNull();
    expect(inBodyAuthor("> From: Jane <jane@example.org>\n")).toBeNull();
    expect(inBodyAuthor("From: the beginning, this was wrong.\n")).toBeNull();
    expect(inBodyAuthor("")).toBeNull();
  });
});
