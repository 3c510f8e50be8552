import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { parseMessage } from "./parse-message";
import { canonicalTrailerKey, cleanTrailerValue, isNakTrailerKind, isReviewTrailerKind, parseTrailerLine, parseTrailers, reviewTrailerKey } from "./parse-trailers";
import { extractReplyTrailers, splitPatchBody } from "./split-patch-body";
import { hostileTrailerLines } from "../../test/hostile-inputs";

/** Test-only mbox split on `From ` lines (the real reader lives in lib/sources). */
function splitMbox(text: string): Buffer[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("From ") && cur.length > 0) {
      out.push(cur.join("\n"));
      cur = [];
    }
    cur.push(line);
  }
  if (cur.length) out.push(cur.join("\n"));
  return out.map((s) => Buffer.from(s));
}

async function bodyOf(bytes: Buffer): Promise<string> {
  const res = await parseMessage(bytes);
  if (!res.ok) throw new Error(res.reason);
  return res.message.body;
}

const short = (t: { kind: string; person: { name: string; email: string } | null; value: string; comment: string | null }) =>
  [t.kind, t.person ? `${t.person.name ? `${t.person.name} ` : ""}<${t.person.email}>` : t.value, t.comment ?? ""].join(" | ");

describe("parseTrailerLine", () => {
  it.each([
    ["Reviewed-by: Jane Doe <Jane@Example.com>", "Reviewed-by | Jane Doe <jane@example.com> | "],
    ["reviewed-BY: Jane Doe <jane@example.com>", "Reviewed-by | Jane Doe <jane@example.com> | "],
    ["Signed-off-by: \"Doe, Jane\" <jane@example.com>", "Signed-off-by | Doe, Jane <jane@example.com> | "],
    ["Reported-and-tested-by: bot <bot@example.com>", "Reported-and-tested-by | bot <bot@example.com> | "],
    ["Co-developed-by: A B <ab@example.com>", "Co-developed-by | A B <ab@example.com> | "],
    ["Nacked-by: N <n@example.com>", "Nacked-by | N <n@example.com> | "],
    ["Suggested-by: S (Corp) <s@example.com>", "Suggested-by | S (Corp) <s@example.com> | "],
    ["Acked-by: A <a@example.com> # for arm64", "Acked-by | A <a@example.com> | for arm64"],
    ["Reviewed-by: R <r@example.com> [for the bits I understand]", "Reviewed-by | R <r@example.com> | for the bits I understand"],
    ["CC: stable@vger.kernel.org # 6.1+", "Cc | <stable@vger.kernel.org> | 6.1+"],
    ["Cc: <stable@vger.kernel.org>", "Cc | <stable@vger.kernel.org> | "],
    ["Fixes: 0123456789ab (\"mm: a title\")", "Fixes | 0123456789ab (\"mm: a title\") | "],
    ["Link: https://lore.kernel.org/r/x@y # v1", "Link | https://lore.kernel.org/r/x@y # v1 | v1"],
    ["Closes: https://bugzilla.example.org/1", "Closes | https://bugzilla.example.org/1 | "],
    ["message-id: <x@y>", "Message-ID | <x@y> | "],
    ["Change-Id: I0123abcd", "Change-Id | I0123abcd | "],
    ["Reviewed-by: H J <h@example.com<mailto:h@example.com>>", "Reviewed-by | H J <h@example.com> | "],
  ])("%s", (line, expected) => {
    const t = parseTrailerLine(line);
    expect(t && short(t)).toBe(expected);
  });

  it.each(["https://example.com/x", "just prose", "Reviewed-by:", "Key with space: x", ""])("rejects %j", (line) => {
    expect(parseTrailerLine(line)).toBeNull();
  });

  it("canonicalises keys", () => {
    expect(canonicalTrailerKey("SIGNED-OFF-BY")).toBe("Signed-off-by");
    expect(canonicalTrailerKey("buglink")).toBe("BugLink");
  });

  it("cleans Outlook mailto junk", () => {
    expect(cleanTrailerValue("A <a@x.org> [mailto:a@x.org]")).toBe("A <a@x.org>");
  });

  it("joins wrapped trailers", () => {
    const t = parseTrailers(["Signed-off-by: Wrapped Person", "<w@example.com>", "Tested-by: T <t@example.com>", "    [on hardware]"]);
    expect(t.map(short)).toEqual(["Signed-off-by | Wrapped Person <w@example.com> | ", "Tested-by | T <t@example.com> | on hardware"]);
  });

  // How long they take is a figure of `npm run bench`; here, what comes out: none is a trailer (a key of
  // 100,000 characters, an address that never closes, a Cc of 100,000 words).
  it("reads hostile lines as no trailers", () => {
    expect(parseTrailers(hostileTrailerLines())).toEqual([]);
  });
});

describe.skipIf(!haveCorpus)("trailers in b4's samples", () => {
  const b4 = (f: string) => readFileSync(corpusPath("b4", f));

  it("trailers-test-simple.txt: person, person, utility, utility in order", async () => {
    const { trailers } = splitPatchBody(await bodyOf(b4("trailers-test-simple.txt")));
    expect(trailers.map(short)).toEqual([
      "Reported-by | Doe, Jane <jane@example.com> | ",
      "Reviewed-by | Bogus Bupkes <bogus@example.com> | ",
      "Fixes | abcdef01234567890 | ",
      "Link | https://msgid.link/some@msgid.here | ",
    ]);
    expect(trailers[0]!.value).toBe('"Doe, Jane" <jane@example.com>');
    expect(trailers.map((t) => t.person !== null)).toEqual([true, true, false, false]);
  });

  it("trailers-test-extinfo.txt: scope comments, indented extinfo, wrapped Signed-off-by", async () => {
    const { trailers, commitMessage } = splitPatchBody(await bodyOf(b4("trailers-test-extinfo.txt")));
    expect(trailers.map(short)).toEqual([
      "Reported-by | Some, One <somewhere@example.com> | ",
      "Reviewed-by | Bogus Bupkes <bogus@example.com> | for the parts that are bogus",
      "Fixes | abcdef01234567890 | ",
      "Tested-by | Some Person <bogus2@example.com> | this person visually indented theirs",
      "Link | https://msgid.link/some@msgid.here # initial submission | initial submission",
      "Signed-off-by | Wrapped Persontrailer <broken@example.com> | ",
    ]);
    expect(commitMessage).toBe("This is a simple trailer parsing test.");
  });

  it("trailers-followup-htmljunk.mbox: the follow-up's trailer is cleaned", async () => {
    const [, reply] = splitMbox(b4("trailers-followup-htmljunk.mbox").toString("utf8"));
    const t = extractReplyTrailers(await bodyOf(reply!));
    expect(t.map((x) => `${x.kind}: ${x.value}`)).toEqual(["Reviewed-by: HTML Junker <html-junker@example.com>"]);
  });

  it("trailers-followup-name-parens.mbox: names kept verbatim, quoted trailers ignored", async () => {
    const [, ...replies] = splitMbox(b4("trailers-followup-name-parens.mbox").toString("utf8"));
    const all = [];
    for (const r of replies) all.push(...extractReplyTrailers(await bodyOf(r)));
    expect(all.map(short)).toEqual([
      "Reviewed-by | Followup Reviewer1 (corporate) <followup-reviewer1@example.com> | ",
      "Tested-by | Followup Reviewer2 <followup-reviewer2@example.com> | ",
      "Reviewed-by | Mismatched Reviewer1 <mismatched-reviewer1@example.net> | ",
      "Tested-by | Followup Tester1 [corporate] <followup-tester1@example.com> | ",
      "Tested-by | Tester2, Followup <followup-tester2@example.com> | ",
    ]);
  });
});

describe.skipIf(!haveCorpus)("trailers in lore/killable-vma replies", () => {
  const dir = (v: string) => corpusPath("lore", "killable-vma", v);
  const read = (v: string, f: string) => readFileSync(`${dir(v)}/${f}`);
  const find = (v: string, part: string) => readdirSync(dir(v)).find((f) => f.includes(part))!;

  it("Ritesh Harjani's v1 review carries the # powerpc scope", async () => {
    const t = extractReplyTrailers(await bodyOf(read("v1", find("v1", "Ritesh-Harjani"))));
    expect(t).toEqual([
      {
        kind: "Reviewed-by",
        value: "Ritesh Harjani (IBM) <ritesh.list@gmail.com> # powerpc",
        person: { name: "Ritesh Harjani (IBM)", email: "ritesh.list@gmail.com" },
        comment: "powerpc",
      },
    ]);
  });

  it("Liam's review of v3 2/3 and Claudio's ack of v3 3/3", async () => {
    const liam = extractReplyTrailers(await bodyOf(read("v3", "20260226T124308-0500_reply_2-3_Liam-R-Howlett.s390.eml")));
    expect(liam.map(short)).toEqual(["Reviewed-by | Liam R. Howlett <liam.howlett@oracle.com> | "]);
    const claudio = extractReplyTrailers(await bodyOf(read("v3", "20260227T095714+0100_reply_3-3_Claudio-Imbrenda.s390.eml")));
    expect(claudio.map((t) => t.kind)).toEqual(["Acked-by"]);
  });

  it("replies that only quote trailers give none", async () => {
    const t = extractReplyTrailers(await bodyOf(read("v3", "20260226T134447-0800_reply_2-3_Suren-Baghdasaryan.s390.eml")));
    expect(t).toEqual([]);
  });

  it("every reply's own trailers are among index.json's unquoted_trailers hints", async () => {
    const index = JSON.parse(readFileSync(corpusPath("lore", "killable-vma", "index.json"), "utf8")) as {
      messages: Array<{ kind: string; unquoted_trailers: string[]; copies: Array<{ file: string }> }>;
    };
    let checked = 0;
    for (const msg of index.messages.filter((m) => m.kind === "reply")) {
      const body = await bodyOf(readFileSync(corpusPath("lore", "killable-vma", msg.copies[0]!.file)));
      const hints = msg.unquoted_trailers.map((h) => h.replace(/\s+/g, " ").trim());
      for (const t of extractReplyTrailers(body)) {
        expect(hints).toContain(`${t.kind}: ${t.value}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });
});

describe("isReviewTrailerKind", () => {
  it("accepts review trailers with compounds and misspellings, rejects authorship and references", () => {
    const yes = ["Acked-by", "Reviewed-by", "Tested-by", "Nacked-by", "Reviwed-by", "Reveiwed-by", "Reviewd-by", "Test-by", "Build-tested-by", "Acked-for-mfd-by", "Reported-and-tested-by"];
    const no = ["Signed-off-by", "Signed-of-by", "Not-signed-off-by", "Reported-by", "Suggested-by", "Co-developed-by", "Bisected-by", "Cc", "To", "Fixes", "Link", "Closes"];
    expect(yes.filter((k) => !isReviewTrailerKind(k))).toEqual([]);
    expect(no.filter((k) => isReviewTrailerKind(k))).toEqual([]);
  });
});

// pdx86 audit: "Reviwed-by" 10, "Reveiewed-by" 3, "Ack-by" 2 were shown as written; "Nacked-By", "NAKed-by" collected.
describe("reviewTrailerKey / isNakTrailerKind", () => {
  it("reads a one-word key one typo from Reviewed/Acked/Tested-by, or its bare stem, as that key", () => {
    const keys = ["Reviwed-by", "Reveiewed-by", "Reveiwed-by", "Reviewd-by", "Revieweed-by", "Reviewe-by", "Review-by", "Ack-by", "Ackey-by", "Testes-by", "Test-by", "Acked-by", "Reviewed-by"];
    expect(keys.map(reviewTrailerKey)).toEqual([
      "Reviewed-by", "Reviewed-by", "Reviewed-by", "Reviewed-by", "Reviewed-by", "Reviewed-by", "Reviewed-by", "Acked-by", "Acked-by", "Tested-by", "Tested-by", "Acked-by", "Reviewed-by",
    ]);
  });

  it("keeps every other key as written: a NAK, a sign-off, other words one letter from an ack", () => {
    const keys = ["Nacked-by", "Naked-by", "Backed-by", "Asked-by", "Rested-by", "Revewied-by", "Nacked-off-by", "Suggested-off-by", "Signed-off-by", "Reported-by", "Requested-by", "Acked-for-mfd-by", "Reported-and-tested-by", "Cc", "Fixes"];
    expect(keys.map(reviewTrailerKey)).toEqual(keys);
  });

  // linux-pwm: v3 carried Ray Jui's reply tag as "Reviewed-off-by", v4 as "Reviewed-by": both read as dropped.
  it("reads a review key with the sign-off's '-off' typed in as that key", () => {
    expect(["Reviewed-off-by", "Acked-Off-By", "Tested-off-by", "Reviwed-off-by"].map(reviewTrailerKey)).toEqual(["Reviewed-by", "Acked-by", "Tested-by", "Reviewed-by"]);
    expect(["Signed-off-by", "Signed-Off-By", "Co-signed-off-by"].map(reviewTrailerKey)).toEqual(["Signed-off-by", "Signed-Off-By", "Co-signed-off-by"]);
  });

  it("tells a NAK from an ack", () => {
    expect(["Nacked-by", "Naked-by", "Nack-by", "Nak-by"].every(isNakTrailerKind)).toBe(true);
    expect(["Acked-by", "Snacked-by", "Nacked-for-x-by", "Reviewed-by"].some(isNakTrailerKind)).toBe(false);
  });
});

describe("parseTrailerLine: a no-break space after the colon", () => {
  it("reads 'Acked-by:\\u00a0 Name <addr>' as the trailer", () => {
    const t = parseTrailerLine("Acked-by:\u00a0 Ann Roe <ann@example.org>");
    expect(t?.kind).toBe("Acked-by");
    expect(t?.person).toEqual({ name: "Ann Roe", email: "ann@example.org" });
    expect(parseTrailerLine("Reviewed-by:\u00a0Bob Poe <bob@example.org>")?.person?.email).toBe("bob@example.org");
  });
});

describe("parseTrailerLine: what after the address is a comment", () => {
  it.each([
    ["Acked-by: Ann Roe <ann@example.org> # powerpc", "powerpc"],
    ["Acked-by: Ann Roe <ann@example.org> [for the foo part]", "for the foo part"],
    ["Acked-by: Ann Roe <ann@example.org> (For drivers/platform)", "(For drivers/platform)"],
    ["Reviewed-by: Ann Roe <ann@example.org> for the gpu parts.", "for the gpu parts."],
    ["Reviewed-by: Ann Roe <ann@example.org>, with one nit:", ", with one nit:"],
    ["Cc: Stable <stable@vger.kernel.org> 5.1+", "5.1+"],
  ])("%s -> %j", (line, comment) => expect(parseTrailerLine(line)?.comment).toBe(comment));

  it.each([
    // A stray key typed after the address, a doubled ">" or a quoted line run on, a signature, a lone word.
    "Reviewed-by: Mia Zee <mia@example.org>h",
    "Reviewed-by: Mia Zee <mia@example.org>4",
    "Reviewed-by: Mia Zee <mia@example.org> x",
    'Tested-by: Mia Zee <mia@example.org>"',
    "Reviewed-by: Mia Zee <mia@example.org>>",
    "Reviewed-by: Mia Zee <mia@example.org>> ---",
    "Reviewed-by: Mia Zee <mia@example.org> Mia",
    "Reviewed-by: Mia Zee <mia@example.org> or",
    "Cc: Mia Zee <mia@example.org>,",
  ])("%s -> no comment, the person kept", (line) => {
    const t = parseTrailerLine(line);
    expect(t?.person).toEqual({ name: "Mia Zee", email: "mia@example.org" });
    expect(t?.comment).toBeNull();
  });
});

// linux-i2c: review tags typed without their colon, with a space before it, or glued to a bare address.
describe("parseTrailerLine: loosely typed review tags", () => {
  it("reads 'Acked-by Name <addr>' and 'Reviewed-by : Name <addr>'", () => {
    expect(parseTrailerLine("Acked-by Greg Clem <greg@x.org>")?.person).toEqual({ name: "Greg Clem", email: "greg@x.org" });
    expect(parseTrailerLine("Reviewed-by : Ak Ast <ak@x.org>")?.kind).toBe("Reviewed-by");
    expect(parseTrailerLine("Tested-by Kla Mod <kla@x.org>")?.kind).toBe("Tested-by");
  });
  it("reads 'Reviewed-by:tali.perry1@example.com' as that address", () => {
    expect(parseTrailerLine("Reviewed-by:tali.perry1@example.com")?.person).toEqual({ name: "", email: "tali.perry1@example.com" });
  });
  it("leaves other keys without a colon, and a review key with no address, alone", () => {
    expect(parseTrailerLine("Signed-off-by Ann <ann@x.org>")).toBeNull();
    expect(parseTrailerLine("Reviewed-by Ann, see below")).toBeNull();
    expect(parseTrailerLine("Acked-by Ann: see <a@b.c>")).toBeNull();
  });
});

describe("parseTrailerLine: a semicolon for the colon (linux-iio)", () => {
  it("reads 'Reviewed-by; Name <address>'", () => {
    expect(parseTrailerLine("Reviewed-by; Ann Roe <ann@example.org>")?.person).toEqual({ name: "Ann Roe", email: "ann@example.org" });
    expect(parseTrailerLine("Signed-off-by; Ann Roe <ann@example.org>")).toBeNull();
  });
});

describe("parseTrailerLine: a space for the hyphen (linux-spi)", () => {
  it("reads 'Reviewed by: Name <address>' as a Reviewed-by", () => {
    const t = parseTrailerLine("Reviewed by: Ann Roe <ann@example.org>");
    expect([t?.kind, t?.person]).toEqual(["Reviewed-by", { name: "Ann Roe", email: "ann@example.org" }]);
    expect(parseTrailerLine("Reviewed by: the whole team")).toBeNull();
    expect(parseTrailerLine("Signed off by: Ann Roe <ann@example.org>")).toBeNull();
  });
});

describe("parseTrailerLine: slips in a person key (linux-raid)", () => {
  it("reads 'Reviewed--by:' as the Reviewed-by it spells", () => {
    const t = parseTrailerLine("Reviewed--by: Ann Roe <ann@example.org>");
    expect(t?.person).toEqual({ name: "Ann Roe", email: "ann@example.org" });
    expect(reviewTrailerKey(t!.kind)).toBe("Reviewed-by");
    expect(reviewTrailerKey("Acked---by")).toBe("Acked-by");
  });
  it("reads 'Signed-of_-by:' as Signed-off-by when an address ends the line", () => {
    const t = parseTrailerLine("Signed-of_-by: Ann Roe <ann@example.org>");
    expect([t?.kind, t?.person?.email]).toEqual(["Signed-off-by", "ann@example.org"]);
    expect(parseTrailerLine("Signed-of_-by: Ann Roe")).toBeNull();
    expect(parseTrailerLine("some_var-by: Ann Roe <ann@example.org>")).toBeNull();
    expect(parseTrailerLine("CONFIG_FOO: y")).toBeNull();
  });
});
