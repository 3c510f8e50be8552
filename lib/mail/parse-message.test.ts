import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { parseChangelog } from "./parse-changelog";
import { parseMessage, parseMessageBody, parseMessageWithMailparserOnly } from "./parse-message";
import { parseSubject } from "./parse-subject";
import { extractReplyTrailers, hasDiff, splitPatchBody } from "./split-patch-body";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "mail");

async function mustParse(bytes: Buffer) {
  const res = await parseMessage(bytes);
  if (!res.ok) throw new Error(`parse failed: ${res.reason}`);
  return res.message;
}

describe("parseMessage on own fixtures (golden files)", () => {
  const names = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => f.slice(0, -4));

  it("has fixtures", () => expect(names.length).toBeGreaterThanOrEqual(5));

  it.each(names)("%s matches its .expected.json", async (name) => {
    const m = await mustParse(readFileSync(join(FIXTURES, `${name}.eml`)));
    const parts = splitPatchBody(m.body);
    const actual = {
      message: { ...m, date: m.date ? m.date.toISOString() : null },
      subject: parseSubject(m.subject),
      parts,
      replyTrailers: extractReplyTrailers(m.body),
      changelog: parseChangelog(parts.notes),
    };
    const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), "utf8"));
    expect(JSON.parse(JSON.stringify(actual))).toEqual(expected);
  });

  it("falls back to the newest Received date when Date is invalid, never to now", async () => {
    const m = await mustParse(readFileSync(join(FIXTURES, "date-invalid-received.eml")));
    expect(m.dateSource).toBe("received");
    expect(m.date?.toISOString()).toBe("2026-01-05T10:02:11.000Z");
  });

  it("synthesises a stable Message-ID from the bytes when none is given", async () => {
    const bytes = readFileSync(join(FIXTURES, "no-message-id.eml"));
    const a = await mustParse(bytes);
    const b = await mustParse(Buffer.from(bytes));
    expect(a.messageIdSynthesized).toBe(true);
    expect(a.messageId).toMatch(/^[0-9a-f]{16}@patchdeck\.invalid$/);
    expect(b.messageId).toBe(a.messageId);
    const other = await mustParse(Buffer.concat([bytes, Buffer.from("x\n")]));
    expect(other.messageId).not.toBe(a.messageId);
  });

  it("turns HTML-only mail into text without markup", async () => {
    const m = await mustParse(readFileSync(join(FIXTURES, "html-only.eml")));
    for (const tag of ["<div", "<p>", "<br", "<html>", "<body", "<script", "<style", "<!--"]) expect(m.body).not.toContain(tag);
    expect(m.body).not.toContain("alert(1)");
    expect(m.body).not.toContain("color: red");
    expect(m.body).toContain("Reviewed-by: Html Person <html@example.com>");
  });
});

describe("parseMessage edge cases", () => {
  it("returns a reason for empty input", async () => {
    const res = await parseMessage(Buffer.alloc(0));
    expect(res.ok).toBe(false);
  });

  it("returns a reason for an mbox From line alone", async () => {
    const res = await parseMessage(Buffer.from("From x@y Thu Jan  1 00:00:00 1970\n"));
    expect(res.ok).toBe(false);
  });

  it("returns a reason for bytes without any mail header", async () => {
    for (const raw of ["hello world\n", "\n\nbody only\n", ":::\n\n", "X-Foo: bar\n\nbody\n"]) {
      const res = await parseMessage(Buffer.from(raw));
      expect(res.ok, raw).toBe(false);
    }
  });

  it("drops NUL characters that PostgreSQL text cannot store", async () => {
    const m = await mustParse(Buffer.from("Message-ID: <n@x>\nSubject: a\u0000b\nFrom: N\u0000 <n@x>\n\nbo\u0000dy\n"));
    expect(JSON.stringify(m)).not.toContain("\\u0000");
    expect(m.subject).toBe("ab");
    expect(m.body).toBe("body\n");
  });

  it("never throws on random bytes", async () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let i = 0; i < 200; i++) {
      const res = await parseMessage(Buffer.from(Array.from({ length: 1500 }, rand)));
      expect(res.ok || res.reason.length > 0).toBe(true);
    }
  });

  it("strips a leading mbox From line and reads headers after it", async () => {
    const res = await parseMessage(Buffer.from("From x@y Thu Jan  1 00:00:00 1970\nSubject: hi\nMessage-ID: <a@b>\n\nbody\n"));
    expect(res.ok && res.message.subject).toBe("hi");
    expect(res.ok && res.message.messageId).toBe("a@b");
  });

  it("reads References given as one id or as several headers", async () => {
    const raw = "Message-ID: <c@x>\nReferences: <a@x>\nReferences: <a@x>\n <b@x>\nIn-Reply-To: <b@x> (comment)\n\nhi\n";
    const m = await mustParse(Buffer.from(raw));
    expect(m.references).toEqual(["a@x", "b@x"]);
    expect(m.inReplyTo).toEqual(["b@x"]);
  });

  it("keeps the root and the newest ids of an abusive References header", async () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `<r${i}@x>`).join(" ");
    const m = await mustParse(Buffer.from(`Message-ID: <z@x>\nReferences: ${ids}\n\nhi\n`));
    expect(m.references).toHaveLength(200);
    expect(m.references[0]).toBe("r0@x");
    expect(m.references.at(-1)).toBe("r4999@x");
  });

  it("caps over-long message-ids but keeps them distinct", async () => {
    const long = "a".repeat(5000);
    const m1 = await mustParse(Buffer.from(`Message-ID: <${long}1@x>\n\nhi\n`));
    const m2 = await mustParse(Buffer.from(`Message-ID: <${long}2@x>\n\nhi\n`));
    expect(m1.messageId.length).toBeLessThanOrEqual(250);
    expect(m1.messageId).not.toBe(m2.messageId);
  });

  it("has no date (not now) when neither Date nor Received is readable", async () => {
    const m = await mustParse(Buffer.from("Message-ID: <d@x>\nDate: yesterday\n\nhi\n"));
    expect(m.date).toBeNull();
    expect(m.dateSource).toBe("none");
  });

  // linux-input: Outlook replies in charset=utf-7 lost their "> " quoting ("+AD4- ..."): mailparser leaves
  // UTF-7 undecoded on purpose (an HTML concern); as text it is decoded, in parseMessageBody's path too.
  it("decodes a UTF-7 text body", async () => {
    const mail = Buffer.from(
      "From: A <a@example.com>\r\nSubject: RE: [PATCH] x\r\nMessage-ID: <u7@example.com>\r\nMIME-Version: 1.0\r\n" +
        'Content-Type: text/plain; charset="utf-7"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' +
        "Thanks, looks good.\r\n\r\n+AD4- From: Ann +ADw-ann+AEA-example=\r\n.org+AD4-\r\n+AD4- +AFs-PATCH+AF0- 1 +- 1\r\n",
    );
    const body = "Thanks, looks good.\n\n> From: Ann <ann@example.org>\n> [PATCH] 1 + 1\n";
    expect((await mustParse(mail)).body).toBe(body);
    expect(await parseMessageBody(mail)).toEqual({ ok: true, body, patchAttachments: [] });
  });

  it("collects text attachments that hold a diff as patch attachments", async () => {
    const raw = [
      "Message-ID: <att@x>", "Subject: [PATCH] x", "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="b"', "",
      "--b", "Content-Type: text/plain", "", "see attached", "--b",
      "Content-Type: text/x-patch", 'Content-Disposition: attachment; filename="fix.patch"', "",
      "--- a/f", "+++ b/f", "@@ -1 +1 @@", "-a", "+b", "--b", "Content-Type: text/plain",
      'Content-Disposition: attachment; filename="notes.txt"', "", "just notes", "--b--", "",
    ].join("\n");
    const m = await mustParse(Buffer.from(raw));
    expect(m.body.trim()).toBe("see attached");
    expect(m.patchAttachments).toHaveLength(1);
    expect(hasDiff(m.patchAttachments[0]!)).toBe(true);
  });
});

describe.skipIf(!haveCorpus)("parseMessage on patchwork fuzz files", () => {
  const files = haveCorpus ? readdirSync(corpusPath("patchwork", "fuzz")) : [];
  it("has the 17 fuzz files", () => expect(files.length).toBe(17));
  it.each(files)("%s: never throws, ok or a reason", async (file) => {
    const res = await parseMessage(readFileSync(corpusPath("patchwork", "fuzz", file)));
    if (res.ok) {
      const m = res.message;
      expect(m.messageId.length).toBeGreaterThan(0);
      expect(m.messageId.length).toBeLessThanOrEqual(250);
      expect(m.messageId).not.toMatch(/[<>\s]/);
      if (m.from) expect(m.from.email.length).toBeLessThanOrEqual(320);
      // "Never now": a fuzzed date is either a real past date or null.
      if (m.date) expect(m.date.getTime()).toBeLessThan(Date.UTC(2100, 0, 1));
      expect(() => splitPatchBody(m.body)).not.toThrow();
      expect(() => parseSubject(m.subject)).not.toThrow();
    } else {
      expect(res.reason.length).toBeGreaterThan(0);
    }
  });
});

interface IndexCopy { file: string; repo: string }
interface IndexMessage {
  subject: string; from_: string; date: string; message_id: string; in_reply_to: string | null;
  references: string[]; copies: IndexCopy[]; kind: string; has_diff: boolean;
}

const LIST_IDS: Record<string, string> = {
  "linux-mailinglist-archives/linux-s390.vger.kernel.org.0": "linux-s390.vger.kernel.org",
  "linux-mailinglist-archives/linuxppc-dev.lists.ozlabs.org.0": "linuxppc-dev.lists.ozlabs.org",
};

describe.skipIf(!haveCorpus)("parseMessage on lore/killable-vma", () => {
  const index: { messages: IndexMessage[] } = haveCorpus
    ? JSON.parse(readFileSync(corpusPath("lore", "killable-vma", "index.json"), "utf8"))
    : { messages: [] };
  const copies = index.messages.flatMap((msg) => msg.copies.map((c) => ({ msg, copy: c, name: c.file })));

  it("indexes 45 messages", () => expect(index.messages.length).toBe(45));

  it.each(copies)("$name matches index.json", async ({ msg, copy }) => {
    const m = await mustParse(readFileSync(corpusPath("lore", "killable-vma", copy.file)));
    expect(m.messageId).toBe(msg.message_id);
    expect(m.messageIdSynthesized).toBe(false);
    expect(m.inReplyTo).toEqual(msg.in_reply_to ? [msg.in_reply_to] : []);
    expect(m.references).toEqual(msg.references);
    expect(m.subject).toBe(msg.subject);
    expect(m.dateSource).toBe("header");
    // Independent oracle: V8's own RFC 2822 reader on the index's Date string.
    expect(m.date?.getTime()).toBe(Date.parse(msg.date));
    expect(m.listId).toBe(LIST_IDS[copy.repo]);
    const [, name, email] = /^"?(.*?)"? <([^>]+)>$/.exec(msg.from_) ?? [];
    expect(m.from).toEqual({ name, email: email?.toLowerCase() });
    expect(hasDiff(m.body)).toBe(msg.has_diff);
    expect(m.body).not.toMatch(/=3D|=20\n/); // quoted-printable decoded
  });
});

describe.skipIf(!haveCorpus)("parseMessage on public-inbox samples", () => {
  const pi = (f: string) => readFileSync(corpusPath("public-inbox", f));

  it("decodes an RFC 2047 UTF-8 subject and name (utf8.eml)", async () => {
    const m = await mustParse(pi("utf8.eml"));
    expect(m.subject).toBe("Testing for Eléanor");
    expect(m.from?.name).toBe("Eléanor");
  });

  it("decodes an ISO-2022-JP body (iso-2202-jp.eml)", async () => {
    const m = await mustParse(pi("iso-2202-jp.eml"));
    expect(m.body).toContain("今はフリー");
  });

  it("falls back to UTF-8 for charset=X-UNKNOWN (x-unknown-alpine.eml)", async () => {
    const m = await mustParse(pi("x-unknown-alpine.eml"));
    expect(m.body).toContain("• bullet point");
  });

  it("prefers text/plain over HTML (mda-mime.eml)", async () => {
    const m = await mustParse(pi("mda-mime.eml"));
    expect(m.body.trim().length).toBeGreaterThan(0);
    for (const tag of ["<div", "<p>", "<br", "<html", "<b>"]) expect(m.body).not.toContain(tag);
  });

  it("keeps both inline text/plain bodies in order (plack-2-txt-bodies.eml)", async () => {
    const m = await mustParse(pi("plack-2-txt-bodies.eml"));
    expect(m.body.indexOf("hi")).toBeGreaterThanOrEqual(0);
    expect(m.body.indexOf("bye")).toBeGreaterThan(m.body.indexOf("hi"));
    expect(m.inReplyTo).toEqual(["irp@example.com"]);
  });

  it("finds the diff of an inline patch part (plack-attached-patch.eml)", async () => {
    const m = await mustParse(pi("plack-attached-patch.eml"));
    expect(hasDiff([m.body, ...m.patchAttachments].join("\n"))).toBe(true);
  });

  it.each(readdirSync(haveCorpus ? corpusPath("public-inbox") : ".").filter((f) => f.endsWith(".eml")))(
    "parses %s",
    async (f) => {
      const res = await parseMessage(pi(f));
      expect(res.ok).toBe(true);
    },
  );
});

/** Each body under each header block, with LF and with CRLF line ends, reads as mailparser alone reads it. */
async function expectReadAsMailparser(heads: string[][], bodies: string[], encoding: BufferEncoding): Promise<void> {
  for (const head of heads) {
    for (const eol of ["\n", "\r\n"]) {
      for (const body of bodies) {
        const bytes = Buffer.from([...head, "", body.replace(/\n/g, eol)].join(eol), encoding);
        expect(await parseMessage(bytes)).toEqual(await parseMessageWithMailparserOnly(bytes));
      }
    }
  }
}

// parseMessage hands mailparser only the headers that need decoding and reads plain single-part bodies
// itself; it must read every mail exactly as mailparser reading the whole message does.
describe("parseMessage reads mail as mailparser alone does", () => {
  const ownFiles = readdirSync(FIXTURES).filter((f) => f.endsWith(".eml")).map((f) => join(FIXTURES, f));
  const corpusDirs = haveCorpus
    ? [["lore", "killable-vma", "v1"], ["lore", "killable-vma", "v2"], ["lore", "killable-vma", "v3"], ["patchwork", "mail"], ["patchwork", "fuzz"], ["public-inbox"]]
    : [];
  const corpusFiles = corpusDirs.flatMap((parts) => {
    const dir = corpusPath(...parts);
    return readdirSync(dir).filter((f) => /\.(eml|mbox|txt)$/.test(f) || !f.includes(".")).map((f) => join(dir, f));
  });

  it.skipIf(!haveCorpus)("covers the corpus mail (killable-vma, patchwork mail/ and fuzz/, public-inbox samples)", () => {
    expect(corpusFiles.length).toBeGreaterThan(100);
  });

  /** Every own fixture and corpus mail file's bytes, with its path (directories skipped). */
  function* mailFiles(): Generator<[string, Buffer]> {
    for (const file of [...ownFiles, ...corpusFiles]) {
      try {
        yield [file, readFileSync(file)];
      } catch {
        // a directory
      }
    }
  }

  it("gives the same MailMessage for every own fixture and corpus mail", async () => {
    const differing: string[] = [];
    for (const [file, bytes] of mailFiles()) {
      const [fast, whole] = await Promise.all([parseMessage(bytes), parseMessageWithMailparserOnly(bytes)]);
      if (JSON.stringify(fast) !== JSON.stringify(whole)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });

  it("parseMessageBody gives the body and patch attachments parseMessage gives, for every own fixture and corpus mail", async () => {
    const differing: string[] = [];
    let attachments = 0;
    for (const [file, bytes] of mailFiles()) {
      const [body, whole] = await Promise.all([parseMessageBody(bytes), parseMessage(bytes)]);
      const expected = whole.ok ? { ok: true, body: whole.message.body, patchAttachments: whole.message.patchAttachments } : whole;
      if (JSON.stringify(body) !== JSON.stringify(expected)) differing.push(file);
      if (body.ok && body.patchAttachments.length) attachments++;
    }
    expect(differing).toEqual([]);
    // The corpus holds patches sent as attachments (patchwork's 0019 and others): that road is covered too.
    if (haveCorpus) expect(attachments).toBeGreaterThan(0);
  });

  it("reads an 8-bit body without charset under a header mailparser needs nothing from, without a stray first line", async () => {
    // No From, Subject or MIME field goes to mailparser here, only the body: its header must still end once.
    const bytes = Buffer.concat([Buffer.from("Message-ID: <bare-1@example.org>\nDate: Tue, 3 Feb 2026 10:00:00 +0100\n\nGr", "latin1"), Buffer.from([0xfc, 0xdf]), Buffer.from("e\n")]);
    const fast = await parseMessage(bytes);
    expect(fast).toEqual(await parseMessageWithMailparserOnly(bytes));
    expect(fast.ok && fast.message.body.startsWith("Gr")).toBe(true);
    expect(await parseMessageBody(bytes)).toEqual({ ok: true, body: fast.ok ? fast.message.body : null, patchAttachments: [] });
  });

  it("reads quoted-printable bodies (with and without format=flowed) as mailparser does", async () => {
    const bodies = [
      "Gr=C3=BC=C3=9Fe, a long li=\nne, a soft break=  \nbehind blanks  \nand =3D signs =3d, a stray = sign\n",
      "split escape =4=\n1, lower =c3=a9, at the end=",
      "flowed and encoded =\nlines \n> quoted =E2=80=94 \n> more\n",
      "not UTF-8 once decoded: =FF=FE\n",
      "a lone CR=\rinside\n",
    ];
    const heads = ["; charset=utf-8", "; charset=us-ascii", "", "; charset=utf-8; format=flowed", "; charset=utf-8; format=flowed; delsp=yes"].map((params) => [
      "From: Ann <ann@example.org>", "Subject: qp", "Message-ID: <q@example.org>", `Content-Type: text/plain${params}`, "Content-Transfer-Encoding: quoted-printable",
    ]);
    await expectReadAsMailparser(heads, bodies, "latin1");
  });

  it("reads format=flowed bodies and repeated Cc headers as mailparser does", async () => {
    const bodies = [
      "Hi Ann, \nthis wraps \nacross lines.\n\n> quoted and \n> wrapped\n>> deeper \n> back\n\n-- \nMax\n",
      " From the top, stuffed \n line two\n\u00e9t\u00e9 \u2028 line \n\u2028 sep\n",
      "trailing space at the end \n",
      "> > spaced quote \n> > more\n>> tight\n\n",
    ];
    const heads = ["; format=flowed", "; format=flowed; delsp=yes", '; format="flowed"; DelSp="Yes"', "; delsp=yes; format=flowed"].map((params) => [
      "From: Ann <ann@example.org>", "Cc: one@example.org", "Cc: Two <two@example.org>", "Subject: flowed", "Message-ID: <f@example.org>",
      `Content-Type: text/plain; charset=utf-8${params}`, "Content-Transfer-Encoding: 8bit",
    ]);
    await expectReadAsMailparser(heads, bodies, "utf8");
  });

  it("reads a plain body marked Content-Disposition: inline (mutt's default) as mailparser does, and leaves other dispositions to it", async () => {
    const bodies = ["Plain words.\n", "Gr\u00fc\u00dfe in UTF-8.\n", "> quoted\nreply\n"];
    const heads = ["inline", "INLINE", "inline; filename=fix.patch", ' inline ;filename="a b.diff"', "attachment", "attachment; filename=fix.patch", "inline (a comment)", "form-data", ""].flatMap((disposition) =>
      ["Content-Type: text/plain; charset=utf-8", null].map((type) =>
        [
          "From: Ann <ann@example.org>", "Subject: inline", "Message-ID: <inline@example.org>",
          ...(type ? [type] : []), "Content-Transfer-Encoding: 8bit", ...(disposition ? [`Content-Disposition: ${disposition}`] : []),
        ],
      ),
    );
    await expectReadAsMailparser([...heads, [...heads[0]!, "Content-Disposition: inline"]], bodies, "utf8");
  });

  it("reads To, Cc and From that need decoding (encoded-word names, names that are addresses, groups) as mailparser does", async () => {
    const fields = [
      ["To: =?UTF-8?q?Radka=20Kr=C3=A1lov=C3=A1?= <radka@example.org>, Bo <bo@example.org>", "Cc: \"bo@example.org\" <bo@example.org>,\n\t=?iso-8859-1?Q?J=F6rn?= Roe <jorn@example.org>"],
      ["To: undisclosed-recipients:;", "Cc: team: Ann <ann@example.org>, cy@example.org;, Dee <dee@example.org>"],
      ["To: \"Roe\\, Jane\" <jane@example.org>", "Cc: 'Quoted Name' <q@example.org>, list@example.org (The List)"],
      ["To: =?UTF-8?B?w4VzYQ==?=\n =?UTF-8?B?IEJlcmc=?= <asa@example.org>", "Cc: =?utf-8?q?broken <x@example.org>"],
      ["To: Ann <ann@example.org>", "Cc: =?UTF-8?q?Radka=20Kr=C3=A1lov=C3=A1?= <radka@xn--bcher-kva.example>"],
      // A fold inside a quoted name reads as one space, as mailparser's header reader unfolds it.
      ["To: \"Roe,\n\t  Jane\" <jane@example.org>", "Cc: =?UTF-8?q?Bo?= <bo@example.org>,\n    \"A\n\t B\" <ab@example.org>"],
    ];
    const froms = ["From: Michal =?UTF-8?B?U3VjaMOhbmVr?= <michal@example.org>", "From: \"ann@example.org\" <relay@example.org>", "From: =?UTF-8?Q?J=C3=B6rg?= Roe (Acme) <jorg@example.org>"];
    const heads = fields.flatMap((pair) => froms.map((from) => [from, ...pair, "Subject: addresses", "Message-ID: <addr@example.org>", "Content-Type: text/plain; charset=utf-8"]));
    await expectReadAsMailparser(heads, ["Body.\n"], "utf8");
  });

  it("reads headers folded over lines, CRLF line ends and a UTF-8 body alike", async () => {
    const raw = [
      "From: =?UTF-8?Q?J=C3=B6rg?= Roe <jorg@example.org>",
      "To: Jane Roe <jane@example.org>,",
      "\tlinux-mm@kvack.org",
      "Subject: [PATCH v2 1/2] mm: fold",
      " this subject",
      "Message-ID: <fold-1@example.org>",
      "Date: Tue, 3 Feb 2026 10:00:00 +0100",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      "",
      "Gr\u00fc\u00dfe from the body.",
      "",
    ];
    for (const eol of ["\n", "\r\n"]) {
      const bytes = Buffer.from(raw.join(eol), "utf8");
      const fast = await parseMessage(bytes);
      expect(fast).toEqual(await parseMessageWithMailparserOnly(bytes));
      expect(fast.ok && fast.message.from?.name).toBe("J\u00f6rg Roe");
      expect(fast.ok && fast.message.to.map((a) => a.email)).toEqual(["jane@example.org", "linux-mm@kvack.org"]);
      expect(fast.ok && fast.message.subject).toBe("[PATCH v2 1/2] mm: fold this subject");
      expect(fast.ok && fast.message.body).toBe("Gr\u00fc\u00dfe from the body.\n");
    }
  });
});
