import { describe, expect, it } from "vitest";
import { parseSimpleAddressList } from "./parse-simple-address-list";

describe("parseSimpleAddressList", () => {
  it("reads the plain forms of a kernel Cc list", () => {
    expect(
      parseSimpleAddressList(`Andrew Morton <akpm@linux-foundation.org>, "Liam R. Howlett" <Liam.Howlett@Oracle.com>,  linux-mm@kvack.org, <x@y.org>, jane@z.org (Jane Roe)`),
    ).toEqual([
      { name: "Andrew Morton", email: "akpm@linux-foundation.org" },
      { name: "Liam R. Howlett", email: "liam.howlett@oracle.com" },
      { name: "", email: "linux-mm@kvack.org" },
      { name: "", email: "x@y.org" },
      { name: "Jane Roe", email: "jane@z.org" },
    ]);
  });

  it("keeps a comma inside a quoted name", () => {
    expect(parseSimpleAddressList(`"Roe, Jane" <jane@z.org>`)).toEqual([{ name: "Roe, Jane", email: "jane@z.org" }]);
  });

  it("skips empty entries from trailing commas", () => {
    expect(parseSimpleAddressList(`a@b.org, , c@d.org,`)).toEqual([
      { name: "", email: "a@b.org" },
      { name: "", email: "c@d.org" },
    ]);
  });

  it.each([
    ["encoded words", "=?UTF-8?Q?J=C3=B6rg?= <j@x.org>"],
    ["8-bit bytes", "J\u00f6rg <j@x.org>"],
    ["a group", "undisclosed-recipients:;"],
    ["an escape", '"a\\"b" <a@b.org>'],
    ["unbalanced brackets", "Jane <jane@z.org"],
    ["a bare name with an address", "Jane jane@z.org"],
    ["nested brackets", "<a<b>@c>"],
  ])("leaves %s to mailparser (null)", (_what, value) => {
    expect(parseSimpleAddressList(value)).toBeNull();
  });
});
