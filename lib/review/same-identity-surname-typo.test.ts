// linux-clk: "Reviewed-by: Dmitry Baryshov <dmitry.baryshov@…>" sent by Dmitry Baryshkov <dmitry.baryshkov@…>: his own
// tag with the surname mistyped by a letter in the name and the mailbox alike (made-up names below).
import { describe, expect, it } from "vitest";
import { isSameIdentity } from "./attribute-trailers";

describe("isSameIdentity: the sender's own tag with his surname mistyped by a letter", () => {
  it.each([
    [{ name: "Pavel Morozov", email: "pavel.morozv@corp.example" }, { name: "Pavel Morozov", email: "pavel.morozov@corp.example" }],
    [{ name: "Pavel Morozv", email: "pavel.morozv@corp.example" }, { name: "Pavel Morozov", email: "pavel.morozov@corp.example" }],
    [{ name: "Ann Kowalsky", email: "ann.kowalsky@corp.example" }, { name: "Ann Kowalski", email: "ann.kowalski@corp.example" }],
  ])("same person %#", (person, from) => expect(isSameIdentity(person, from)).toBe(true));
  it.each([
    // Another domain, a first name not his, a mailbox further off, or a short surname.
    [{ name: "Pavel Morozv", email: "pavel.morozv@other.example" }, { name: "Pavel Morozov", email: "pavel.morozov@corp.example" }],
    [{ name: "Petr Morozv", email: "petr.morozv@corp.example" }, { name: "Pavel Morozov", email: "pavel.morozov@corp.example" }],
    [{ name: "Pavel Morozv", email: "pm@corp.example" }, { name: "Pavel Morozov", email: "pavel.morozov@corp.example" }],
    [{ name: "Li Wan", email: "li.wan@corp.example" }, { name: "Li Wang", email: "li.wang@corp.example" }],
  ])("someone else %#", (person, from) => expect(isSameIdentity(person, from)).toBe(false));
});
