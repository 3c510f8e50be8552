// "For patches 1-3:\nReviewed-by: …\n\nRemaining patches:\nAcked-by: …" (a reviewer giving a different tag to the
// patches he did not name): the second tag is for every patch but those named above it, not for the whole series.
import { describe, expect, it } from "vitest";
import { extractReplyTrailers } from "./split-patch-body";
import { readRemainingLeadIn } from "./trailer-scope";
import { attributeTrailers, type TrailerRevisionInput } from "../review/attribute-trailers";

const subsystemsOf = (body: string) => extractReplyTrailers(body).map((t) => [t.kind, t.patches ?? null, (t as { subsystems?: string[] }).subsystems ?? null]);

describe("extractReplyTrailers: 'Remaining patches:' after a numbered lead-in", () => {
  it("gives the later tag every patch but those named before", () => {
    expect(subsystemsOf("> cover\n\nFor patches 1-3:\nReviewed-by: Bo Li <bo@example.org>\n\nRemaining patches:\nAcked-by: Bo Li <bo@example.org>\n")).toEqual([
      ["Reviewed-by", [1, 2, 3], null],
      ["Acked-by", null, ["except:1", "except:2", "except:3"]],
    ]);
    expect(subsystemsOf("For patch 4:\nAcked-by: Bo Li <bo@example.org>\n\nAnd for the rest, feel free to add:\nReviewed-by: Bo Li <bo@example.org>\n")).toEqual([
      ["Acked-by", [4], null],
      ["Reviewed-by", null, ["except:4"]],
    ]);
  });

  it("reads 'the rest' with nothing named before as the whole series, as a plain tag", () => {
    expect(subsystemsOf("For the rest:\nReviewed-by: Bo Li <bo@example.org>\n")).toEqual([["Reviewed-by", null, null]]);
  });

  it("reads only a lead-in that is the whole sentence", () => {
    expect(readRemainingLeadIn("Remaining patches:", [2])).toEqual(["except:2"]);
    expect(readRemainingLeadIn("For the other patches, feel free to add my tag:", [1, 2])).toEqual(["except:1", "except:2"]);
    expect(readRemainingLeadIn("I have not looked at the remaining patches yet:", [1])).toBeNull();
    expect(readRemainingLeadIn("For the series:", [1])).toBeNull();
  });
});

describe("attributeTrailers: a cover reply's tag for the remaining patches", () => {
  const series = (body: string): TrailerRevisionInput[] => [{
    version: 2,
    cover: { messageId: "c" },
    patches: [1, 2, 3, 4].map((n) => ({ messageId: `p${n}`, trailers: [], previousMessageId: null, number: n, subject: `[PATCH v2 ${n}/4] widget: part ${n}` })),
    replies: [{ messageId: "r", from: { name: "Bo Li", email: "bo@example.org" }, inReplyTo: "c", body }],
  }];
  const holders = (out: ReturnType<typeof attributeTrailers>, kind: string) => [1, 2, 3, 4].filter((n) => (out[`p${n}`] ?? []).some((t) => t.kind === kind));

  it("puts each tag on its own patches only", () => {
    const out = attributeTrailers(series("> cover\n\nFor patches 1-2:\nReviewed-by: Bo Li <bo@example.org>\n\nRemaining patches:\nAcked-by: Bo Li <bo@example.org>\n"));
    expect(holders(out, "Reviewed-by")).toEqual([1, 2]);
    expect(holders(out, "Acked-by")).toEqual([3, 4]);
  });
});
