import { describe, expect, it } from "vitest";
import { parseMessage, parseMessageBody } from "./parse-message";
import { stripListFooter } from "./strip-list-footer";

// Footers as Mailman 2 (lists.infradead.org and most list hosts), Mailman 3 and Google Groups add them.
const MAILMAN = ["_______________________________________________", "linux-foo mailing list", "linux-foo@lists.example.org", "http://lists.example.org/mailman/listinfo/linux-foo"];
const MAILMAN3 = ["_______________________________________________", "Foo-devel mailing list -- foo-devel@lists.example.org", "To unsubscribe send an email to foo-devel-leave@lists.example.org"];
const GOOGLE = [
  "-- ",
  'You received this message because you are subscribed to the Google Groups "foo-dev" group.',
  "To unsubscribe from this group and stop receiving emails from it, send an email to foo-dev+unsubscribe@googlegroups.com.",
  "To view this discussion on the web visit https://groups.google.com/d/msgid/foo-dev/20200619190144.GA1%40example.org.",
];

describe("stripListFooter", () => {
  const reply = ["> +\tret = foo();", "", "Shouldn't this check ret?", ""];

  it("removes a Mailman footer at the end of a reply, and the blank lines before it", () => {
    expect(stripListFooter([...reply, "", ...MAILMAN, ""].join("\n"))).toBe("> +\tret = foo();\n\nShouldn't this check ret?\n");
  });

  it("removes Mailman 3's and Google Groups' footers", () => {
    expect(stripListFooter([...reply, ...MAILMAN3].join("\n"))).toBe("> +\tret = foo();\n\nShouldn't this check ret?\n");
    expect(stripListFooter([...reply, ...GOOGLE, ""].join("\n"))).toBe("> +\tret = foo();\n\nShouldn't this check ret?\n");
  });

  it("removes stacked footers (a mail relayed by two lists) and leaves a trailer-only reply only its trailer", () => {
    const body = ["Reviewed-by: Jane Doe <jane@example.org>", "", ...MAILMAN, "", ...MAILMAN3].join("\n");
    expect(stripListFooter(body)).toBe("Reviewed-by: Jane Doe <jane@example.org>\n");
  });

  it("removes a footer whose link a mail gateway rewrote, indented as an Outlook quote left it", () => {
    const rewritten = ["    _______________________________________________", "    Linux-foo mailing list", "    Linux-foo@lists.example.org", "    https://urldefense.example.com/v2/url?u=http-3A__lists.example.org_mailman_listinfo_linux-2Dfoo&d=DwICAg&e= "];
    expect(stripListFooter(["Looks good.", "", ...rewritten, "", "", ...MAILMAN, ""].join("\n"))).toBe("Looks good.\n");
  });

  it("keeps text that only looks like a footer: an Outlook separator above a quoted original, a footer in mid-body", () => {
    const outlook = ["Looks good.", "", "________________________________", "From: Bob <bob@example.org>", "Sent: Monday", "Subject: [PATCH] foo"].join("\n");
    expect(stripListFooter(outlook)).toBe(outlook);
    const middle = [...MAILMAN, "", "But the real answer is below.", ""].join("\n");
    expect(stripListFooter(middle)).toBe(middle);
    const prose = ["I posted this to the linux-foo mailing list last week, see", "http://lists.example.org/mailman/listinfo/linux-foo", ""].join("\n");
    expect(stripListFooter(prose)).toBe(prose);
  });

  it("leaves a body without a footer as it is, byte for byte", () => {
    const body = "Thanks, applied.\n\n";
    expect(stripListFooter(body)).toBe(body);
  });
});

describe("parsing mail a Mailman list relayed", () => {
  // Mailman turns a single-part mail into multipart/mixed with its footer as a part of its own.
  const mail = [
    "From: Jane Doe <jane@example.org>",
    "To: linux-foo@lists.example.org",
    "Subject: Re: [PATCH v2] foo: check the return value",
    "Message-ID: <reply-1@example.org>",
    "In-Reply-To: <patch-1@example.org>",
    "Date: Fri, 19 Jun 2020 20:01:44 +0100",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="===============1234=="',
    "",
    "--===============1234==",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "> +\tret = foo();",
    "",
    "Reviewed-by: Jane Doe <jane@example.org>",
    "",
    "--===============1234==",
    'Content-Type: text/plain; charset="us-ascii"',
    "Content-Transfer-Encoding: 7bit",
    "Content-Disposition: inline",
    "",
    ...MAILMAN,
    "",
    "--===============1234==--",
    "",
  ].join("\r\n");

  it("reads the body without the footer part, whole and body-only alike", async () => {
    const parsed = await parseMessage(Buffer.from(mail));
    expect(parsed.ok && parsed.message.body).toBe("> +\tret = foo();\n\nReviewed-by: Jane Doe <jane@example.org>\n");
    const body = await parseMessageBody(Buffer.from(mail));
    expect(body.ok && body.body).toBe(parsed.ok && parsed.message.body);
  });
});
