import { describe, expect, it } from "vitest";
import { parseMessage } from "../mail/parse-message";
import { messageFacts } from "./analyze-mail";
import { trailersGivenIn } from "./derive-review";

async function factsOf(text: string) {
  const res = await parseMessage(Buffer.from(text));
  if (!res.ok) throw new Error(res.reason);
  return messageFacts(res.message);
}

const diff = "---\n x.c | 2 +-\n 1 file changed\n\ndiff --git a/x.c b/x.c\n--- a/x.c\n+++ b/x.c\n@@ -1,3 +1,3 @@\n a\n-b\n+c\n d\n";

// linux-serial S243: one send run held two "[PATCH 2/3]" mails; lib/thread placed the second among the
// replies, and the Acked-by its commit had collected went to the series' other patches as a reviewer's.
describe("trailersGivenIn", () => {
  it("gives nothing for a patch mail among the replies: its trailers are its own commit's", async () => {
    const dup = await factsOf(
      "From: Ann <ann@example.org>\nSubject: [PATCH 2/3] tty: x: support y\nMessage-ID: <d@example.org>\nIn-Reply-To: <c@example.org>\n\n" +
        "Support y.\n\nSigned-off-by: Ann <ann@example.org>\nAcked-by: Bo <bo@example.org>\n" + diff,
    );
    expect(dup.kind).toBe("patch");
    expect(dup.trailers.map((t) => t.kind)).toContain("Acked-by");
    expect(trailersGivenIn(dup)).toEqual([]);
  });

  it("gives nothing for a cover letter among the replies: its block is its own posting's", async () => {
    const cover = await factsOf(
      "From: Ann <ann@example.org>\nSubject: [PATCH RFT 0/2] hwmon: x: support y\nMessage-ID: <c2@example.org>\nIn-Reply-To: <c@example.org>\n\n" +
        "Please test this on your board.\n\nAnn (2):\n  hwmon: x: a\n  hwmon: x: b\n\nTested-by: Cy <cy@example.org>\n",
    );
    expect(cover.kind).toBe("cover");
    expect(cover.trailers.map((t) => t.kind)).toEqual(["Tested-by"]);
    expect(trailersGivenIn(cover)).toEqual([]);
  });

  it("gives a reviewer's reply its trailers", async () => {
    const reply = await factsOf(
      "From: Bo <bo@example.org>\nSubject: Re: [PATCH 2/3] tty: x: support y\nMessage-ID: <r@example.org>\nIn-Reply-To: <d@example.org>\n\n" +
        "> Support y.\n\nAcked-by: Bo <bo@example.org>\n",
    );
    expect(trailersGivenIn(reply).map((t) => t.kind)).toEqual(["Acked-by"]);
    expect(trailersGivenIn(undefined)).toEqual([]);
  });
});
