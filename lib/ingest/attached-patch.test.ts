// Patches sent without git send-email, end to end through ingest: a sender header with no name, and a
// `git format-patch` file pasted under a subject that gives no title. The posting takes its title from the
// file's own headers and records the file's author as the commit's; a nameless sender gets the name of
// their own Signed-off-by.
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../db/open-store";
import { loadSeriesDetail } from "../db/queries/load-series-detail";
import { ingest } from "./ingest";

function mail(id: string, from: string, subject: string, body: string[]): string {
  return [`From x@example.org Mon Mar  2 10:00:00 2026`, `From: ${from}`, `Subject: ${subject}`, "Date: Mon, 2 Mar 2026 10:00:00 +0000",
    `Message-ID: <${id}@example.org>`, "", ...body, ""].join("\n");
}

const diff = (file: string) => [` ${file} | 2 +-`, "", `diff --git a/${file} b/${file}`, `--- a/${file}`, `+++ b/${file}`, "@@ -1,3 +1,3 @@", " int a;", "-int b;", "+long b;", " int c;"];

describe("patches sent without git send-email", () => {
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), "patchdeck-attached-")));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("titles a posting from its pasted format-patch file and records that file's author; a nameless sender gets their sign-off's name", async () => {
    const mbox = join(tmp, "attached.mbox");
    writeFileSync(mbox, [
      mail("pasted", "Max Maintainer <max@example.org>", "[PATCH][widget client]", [
        "Bob's fix, which he asked me to send on.",
        "",
        // mboxrd escapes a body line opening with "From "; the reader gives it back unescaped.
        ">From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001",
        "From: Bob Builder <bob@example.org>",
        "Date: Sun, 1 Mar 2026 09:00:00 +0000",
        "Subject: [PATCH] widget: handle the empty list",
        "",
        "An empty list made the walk start past its end.",
        "",
        "Signed-off-by: Bob Builder <bob@example.org>",
        "---",
        ...diff("widget/list.c"),
      ]),
      mail("nameless", "<carol@example.org>", "[PATCH] widget: widen the counter", [
        "The counter wraps after four billion events.",
        "",
        "Signed-off-by: Carol Coder <carol@example.org>",
        "---",
        ...diff("widget/count.c"),
      ]),
    ].join("\n"));
    const store = await openStore({ url: "pglite:" });
    try {
      await ingest({ store, sources: [mbox], workers: 0 });
      const pasted = (await loadSeriesDetail("pasted@example.org", store))!.series;
      expect(pasted.title).toBe("widget: handle the empty list");
      // A colleague's patch its author never posted is the sender's to carry (lib/thread finishPosting); the
      // commit's author is still known.
      expect(pasted.author).toMatchObject({ name: "Max Maintainer", email: "max@example.org" });
      const [facts] = await store.query<{ author: { name: string; email: string } | null }>(
        `SELECT facts->'patch'->'author' AS author FROM "Message" WHERE "messageId" = 'pasted@example.org'`,
      );
      expect(facts?.author).toEqual({ name: "Bob Builder", email: "bob@example.org" });
      expect(pasted.revisions[0]!.patches[0]!.title).toBe("widget: handle the empty list");
      const nameless = (await loadSeriesDetail("nameless@example.org", store))!.series;
      expect(nameless.author).toMatchObject({ name: "Carol Coder", email: "carol@example.org" });
    } finally {
      await store.close();
    }
  });
});
