import { describe, expect, it } from "vitest";
import { isSenderSignature } from "./is-sender-signature";

const neil = { name: "NeilBrown", email: "neil@example.name" };
const steve = { name: "Steve Writer", email: "stevew@example.com" };
const greg = { name: "Greg Maintainer", email: "gregm@example.org" };

describe("isSenderSignature: the sender's own name, login or initials", () => {
  it.each([
    ["NeilBrown", neil],
    ["stevew.", steve],
    ["Steve", steve],
    ["/steve", steve],
    ["-- Steve", steve],
    ["greg m-h", greg],
    ["SW", steve],
  ])("%j is the sender's signature", (line, sender) => expect(isSenderSignature(line, sender)).toBe(true));

  it.each([
    ["Agreed.", steve],
    ["NAK", steve],
    ["Ditto", neil],
    ["Thanks!", greg],
    ["kmalloc_array()", greg],
    ["Steve wrote:", steve],
    ["Will do.", { name: "Will Deacon", email: "will@example.org" }],
  ])("%j is a remark", (line, sender) => expect(isSenderSignature(line, sender)).toBe(false));

  it("says nothing without a sender", () => expect(isSenderSignature("NeilBrown", null)).toBe(false));
});
