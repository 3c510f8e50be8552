import { describe, expect, it } from "vitest";
import type { CommentJson } from "../db/queries/contract-types";
import { commentsText, hasOpenObjection, runReviewJobs, type ReviewJobInput } from "./review-job";

const comment = (messageId: string, kind: CommentJson["kind"], status: "open" | "addressed" = "open"): CommentJson => ({
  messageId,
  author: { name: "Rev", email: "rev@example.org" },
  anchor: null,
  text: "x",
  kind,
  response: null,
  resolution: { status, inVersion: null, evidence: "" },
});

describe("hasOpenObjection", () => {
  it("counts an objection the next revision did not address", () => {
    expect(hasOpenObjection([comment("r1", "nit"), comment("r2", "objection")])).toBe(true);
    expect(hasOpenObjection([comment("r2", "objection", "addressed")])).toBe(false);
  });

  // linux-pci: "pci_ids in the subject is unnecessary" above the reviewer's own Acked-by.
  it("does not count an objection made in a reply that also acks or reviews the patch", () => {
    const objection = [comment("r-acked", "objection")];
    expect(hasOpenObjection(objection, new Set(["r-acked"]))).toBe(false);
    expect(hasOpenObjection([...objection, comment("r-other", "objection")], new Set(["r-acked"]))).toBe(true);
  });
});

describe("runReviewJobs: the author's other addresses", () => {
  const mail = (headers: string, body: string) => new TextEncoder().encode(`${headers}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${body}`);
  const patchBody = [
    "Fix the widget count.",
    "",
    "Signed-off-by: Mark Kell <mkell@mail.example>",
    "---",
    "diff --git a/w.c b/w.c",
    "--- a/w.c",
    "+++ b/w.c",
    "@@ -1,3 +1,3 @@ int widgets(void)",
    " {",
    "-\treturn 1;",
    "+\treturn 2;",
    " }",
    "",
  ].join("\n");
  const review = "On Mon, Rita wrote:\n> -\treturn 1;\n> +\treturn 2;\n\nWhy 2 and not 3? Please explain in the commit message.\n";
  const answer = "On Tue, Rita Reviewer wrote:\n> Why 2 and not 3? Please explain in the commit message.\n\nTwo widgets exist on every board; I will say so in v2.\n";
  const headers = (messageId: string, name: string, email: string, inReplyTo: string | null) => ({ messageId, from: { name, email }, date: "2026-03-02T12:00:00Z", inReplyTo });
  const job = (authorAddresses?: string[]): ReviewJobInput => ({
    version: 1,
    number: 1,
    total: 1,
    patch: { headers: headers("p1@x", "Mark Kell", "mk58@bare.example", null), raw: mail("From: mk58@bare.example\nSubject: [PATCH] w: fix count\nMessage-ID: <p1@x>", patchBody) },
    annotated: undefined,
    replies: [
      { headers: headers("r1@x", "Rita Reviewer", "rita@example.org", "p1@x"), raw: mail("From: Rita Reviewer <rita@example.org>\nSubject: Re: [PATCH] w: fix count\nMessage-ID: <r1@x>", review) },
      // "Mark" alone: the name does not say it is the author, the identity does.
      { headers: headers("a1@x", "Mark", "mkell@mail.example", "r1@x"), raw: mail("From: Mark <mkell@mail.example>\nSubject: Re: [PATCH] w: fix count\nMessage-ID: <a1@x>", answer) },
    ],
    next: null,
    changelog: [],
    ...(authorAddresses ? { authorAddresses } : {}),
  });
  const authors = async (j: ReviewJobInput) => {
    const [out] = await runReviewJobs([j]);
    return (JSON.parse(commentsText(out!.json)) as CommentJson[]).map((c) => c.author.email);
  };

  it("a reply from one of them is an answer, not a remark", async () => {
    expect(await authors(job())).toContain("mkell@mail.example");
    const merged = await authors(job(["mk58@bare.example", "mkell@mail.example"]));
    expect(merged).not.toContain("mkell@mail.example");
    expect(merged).toContain("rita@example.org");
  });
});
