import { describe, expect, it } from "vitest";
import { isFirstNameOf, isLoginName } from "./is-login-name";

describe("isLoginName", () => {
  it("recognises the local part given as a name, with or without its separators", () => {
    expect(isLoginName("jingle.wu", "jingle.wu@emc.com.tw")).toBe(true);
    expect(isLoginName("Jingle.Wu", "jingle.wu@emc.com.tw")).toBe(true);
    expect(isLoginName("jinglewu", "jingle_wu@example.com")).toBe(true);
    expect(isLoginName("jsmith", "jsmith+lkml@example.org")).toBe(true);
  });

  it("keeps real names, names that differ from the login, and empty names", () => {
    expect(isLoginName("Jingle Wu", "jingle.wu@emc.com.tw")).toBe(false);
    expect(isLoginName("Linus", "torvalds@linux-foundation.org")).toBe(false);
    expect(isLoginName("", "a@b")).toBe(false);
    expect(isLoginName("...", "...@b")).toBe(false);
    expect(isLoginName("jingle.wu", "not-an-address")).toBe(false);
  });
});

describe("isFirstNameOf", () => {
  it("recognises a one-word name that is the first word of the name the address goes by", () => {
    expect(isFirstNameOf("Jonathan", "Jonathan Cameron")).toBe(true);
    expect(isFirstNameOf(" jonathan ", "Jonathan Cameron")).toBe(true);
  });

  it("keeps full names, other words and unknown addresses", () => {
    expect(isFirstNameOf("Jonathan Cameron", "Jonathan Cameron")).toBe(false);
    expect(isFirstNameOf("Cameron", "Jonathan Cameron")).toBe(false);
    expect(isFirstNameOf("Jonathan", "Jonathan")).toBe(false);
    expect(isFirstNameOf("Jonathan", undefined)).toBe(false);
    expect(isFirstNameOf("", "Jonathan Cameron")).toBe(false);
  });
});
