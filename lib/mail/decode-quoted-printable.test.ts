import { describe, expect, it } from "vitest";
import { decodeQuotedPrintable } from "./decode-quoted-printable";

const qp = (s: string) => decodeQuotedPrintable(Buffer.from(s, "latin1")).toString("latin1");

describe("decodeQuotedPrintable", () => {
  it("turns =XX escapes (either case) into bytes and keeps everything else", () => {
    expect(qp("caf=C3=A9 =3d =3D x=y =\n")).toBe("caf\u00c3\u00a9 = = x=y ");
    expect(qp("=e2=80=94")).toBe("\u00e2\u0080\u0094");
  });

  it("joins soft line breaks, also behind trailing blanks, and drops blanks at line ends", () => {
    expect(qp("long li=\nne and=  \r\nmore  \nend\t")).toBe("long line andmore\nend");
    expect(qp("split =4=\n1")).toBe("split A");
    expect(qp("last=")).toBe("last");
  });

  it("keeps a stray = before a lone CR or a short tail", () => {
    expect(qp("a= \rb")).toBe("a=\rb");
    expect(qp("=4")).toBe("=4");
  });
});
