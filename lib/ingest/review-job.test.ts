import { describe, expect, it } from "vitest";
import type { CommentJson } from "../db/queries/contract-types";
import { hasOpenObjection } from "./review-job";

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
