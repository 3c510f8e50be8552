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

  it("reads 'the rest' with nothing named before as the patches its sender left unanswered", () => {
    expect(subsystemsOf("For the rest:\nReviewed-by: Bo Li <bo@example.org>\n")).toEqual([["Reviewed-by", null, ["rest:unanswered"]]]);
    expect(subsystemsOf("For the remainder:\n\nReviewed-by: Bo Li <bo@example.org>\n")).toEqual([["Reviewed-by", null, ["rest:unanswered"]]]);
    expect(subsystemsOf("For all the remaining patches:\n\nReviewed-by: Bo Li <bo@example.org>\n")).toEqual([["Reviewed-by", null, ["rest:unanswered"]]]);
  });

  it("reads only a lead-in that is the whole sentence", () => {
    expect(readRemainingLeadIn("Remaining patches:", [2])).toEqual(["except:2"]);
    expect(readRemainingLeadIn("For the other patches, feel free to add my tag:", [1, 2])).toEqual(["except:1", "except:2"]);
    expect(readRemainingLeadIn("I have not looked at the remaining patches yet:", [1])).toBeNull();
    expect(readRemainingLeadIn("For the series:", [1])).toBeNull();
    expect(readRemainingLeadIn("I have not looked at the remaining patches yet:", [])).toBeNull();
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

// linux-nvme: "For all the remaining patches:\n\nReviewed-by: …" answering a cover, after remarks sent on some patches one by
// one: the tag is for the patches the reviewer left unanswered, not for those he objected to.
describe("attributeTrailers: 'the remaining patches' with nothing named before", () => {
  const bo = { name: "Bo Li", email: "bo@example.org" };
  const series = (body: string, answered: number[]): TrailerRevisionInput[] => [{
    version: 1,
    cover: { messageId: "c" },
    patches: [1, 2, 3, 4].map((n) => ({ messageId: `p${n}`, trailers: [], previousMessageId: null, number: n, subject: `[PATCH ${n}/4] widget: part ${n}` })),
    replies: [
      ...answered.map((n) => ({ messageId: `q${n}`, from: bo, inReplyTo: `p${n}`, body: "> code\n\nPlease drop this.\n" })),
      // Another reviewer's answer is no answer of Bo's.
      { messageId: "x4", from: { name: "Cy Dee", email: "cy@example.net" }, inReplyTo: "p4", body: "> code\n\nWhy?\n" },
      { messageId: "r", from: bo, inReplyTo: "c", body },
    ],
  }];
  const holders = (out: ReturnType<typeof attributeTrailers>) => [1, 2, 3, 4].filter((n) => (out[`p${n}`] ?? []).some((t) => t.kind === "Reviewed-by"));

  it("gives the tag the patches the sender did not answer", () => {
    expect(holders(attributeTrailers(series("> cover\n\nFor all the remaining patches:\n\nReviewed-by: Bo Li <bo@example.org>\n", [2])))).toEqual([1, 3, 4]);
    expect(holders(attributeTrailers(series("> cover\n\nFor the rest:\nReviewed-by: Bo Li <bo@example.org>\n", [1, 3])))).toEqual([2, 4]);
  });

  it("gives it the whole series when he answered none, or all", () => {
    expect(holders(attributeTrailers(series("> cover\n\nFor the rest:\nReviewed-by: Bo Li <bo@example.org>\n", [])))).toEqual([1, 2, 3, 4]);
    expect(holders(attributeTrailers(series("> cover\n\nFor the rest:\nReviewed-by: Bo Li <bo@example.org>\n", [1, 2, 3, 4])))).toEqual([1, 2, 3, 4]);
  });
});
