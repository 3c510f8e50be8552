// linux-samsung-soc: an ack answering the cover letter for the two patches its sender named by title in the paragraph
// above it ('… for "Enable foo for bar panels" and "baz: Enable foo" … happy to say\nAcked-by: …\nto those two'):
// for those two patches, not for the whole series.
import { describe, expect, it } from "vitest";
import { extractReplyTrailers } from "./split-patch-body";
import { patchesOfSubsystems } from "./trailer-scope";
import { attributeTrailers, type TrailerRevisionInput } from "../review/attribute-trailers";

const BODY = `Hi Ann

> Cover text
> more of it

Not sure what I can add for "Enable the prev_first flag for
acme-x1 panels" and "br100: Enable the prev_first flag"
as I have no datasheet for those parts. Setting the flag is right,
so I'm happy to say
Acked-by: Bo Li <bo@example.org>
to those two (I could not find them in my mail to answer directly).

  Bo
`;

describe("extractReplyTrailers: 'to those two' below a tag, the titles quoted above it", () => {
  it("scopes the tag to the patches quoted by title", () => {
    const [t] = extractReplyTrailers(BODY);
    expect((t as { subsystems?: string[] }).subsystems).toEqual(["title:Enable the prev_first flag for acme-x1 panels", "title:br100: Enable the prev_first flag"]);
  });

  it("reads no back reference without a quoted title above, nor a quote without one below", () => {
    const plain = extractReplyTrailers("I like these.\nAcked-by: Bo Li <bo@example.org>\nto those two.\n");
    expect((plain[0] as { subsystems?: string[] }).subsystems).toBeUndefined();
    const unreferenced = extractReplyTrailers('The "widget: add the helper" patch is fine.\nAcked-by: Bo Li <bo@example.org>\n\nThanks\n');
    expect((unreferenced[0] as { subsystems?: string[] }).subsystems).toBeUndefined();
  });

  it("finds the titled patches by their subjects, or none of them (a companion series' patches)", () => {
    const patches = [
      { subject: "[PATCH v10 1/3] drm: exynos: rework the host", number: 1 },
      { subject: "[PATCH v10 2/3] drm: panel: Enable the prev_first flag for acme-x1 panels", number: 2 },
      { subject: "[PATCH v10 3/3] drm: bridge: br100: Enable the prev_first flag", number: 3 },
    ];
    expect(patchesOfSubsystems(["title:enable the prev_first flag for acme-x1 panels", "title:br100: enable the prev_first flag"], patches)).toEqual([2, 3]);
    expect(patchesOfSubsystems(["title:something else entirely"], patches)).toEqual([]);
    // The words of the title in another order or with a word left out still name it.
    expect(patchesOfSubsystems(["title:enable prev_first flag for acme-x1 panels"], patches)).toEqual([2]);
    // Without subjects nothing can be told: the whole series, as before.
    expect(patchesOfSubsystems(["title:br100: enable the prev_first flag"], [{ number: 1 }, { number: 2 }])).toBeNull();
  });

  it("collects the ack on those patches only", () => {
    const subjects = ["drm: exynos: rework the host", "drm: panel: Enable the prev_first flag for acme-x1 panels", "drm: bridge: br100: Enable the prev_first flag"];
    const rev: TrailerRevisionInput[] = [{
      version: 10,
      cover: { messageId: "c" },
      patches: subjects.map((s, i) => ({ messageId: `p${i + 1}`, trailers: [], previousMessageId: null, number: i + 1, subject: `[PATCH v10 ${i + 1}/3] ${s}` })),
      replies: [{ messageId: "r", from: { name: "Bo Li", email: "bo@example.org" }, inReplyTo: "c", body: BODY }],
    }];
    const out = attributeTrailers(rev);
    expect([1, 2, 3].filter((n) => (out[`p${n}`] ?? []).some((t) => t.kind === "Acked-by"))).toEqual([2, 3]);
  });

  it("collects it on no patch of a posting that has none of those titles", () => {
    const rev: TrailerRevisionInput[] = [{
      version: 10,
      cover: { messageId: "c" },
      patches: ["drm: exynos: rework the host", "drm: exynos: add a hook"].map((s, i) => ({ messageId: `p${i + 1}`, trailers: [], previousMessageId: null, number: i + 1, subject: `[PATCH v10 ${i + 1}/2] ${s}` })),
      replies: [{ messageId: "r", from: { name: "Bo Li", email: "bo@example.org" }, inReplyTo: "c", body: BODY }],
    }];
    const out = attributeTrailers(rev);
    expect([1, 2].filter((n) => (out[`p${n}`] ?? []).some((t) => t.kind === "Acked-by"))).toEqual([]);
  });
});
