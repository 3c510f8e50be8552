import { describe, expect, test } from "vitest";
import { parseSubject } from "../mail/parse-subject";
import { analyzeSeries } from "./analyze-series";
import type { MessageSummary } from "./types";

const hour = 3600 * 1000;
const day = 24 * hour;
const base = Date.UTC(2026, 2, 1);

function mail(id: string, subject: string, at: number, opts: { parent?: string; files?: string[]; patchId?: string; from?: string } = {}): MessageSummary {
  const cover = / 0\/\d+\]/.test(subject);
  return {
    messageId: id,
    subject,
    from: { name: "Dana Dev", email: opts.from ?? "dana@example.org" },
    date: new Date(base + at),
    inReplyTo: opts.parent ? [opts.parent] : [],
    references: opts.parent ? [opts.parent] : [],
    hasDiff: !cover,
    ...(cover ? {} : { diffFingerprint: { files: opts.files ?? ["drivers/net/x.c"], patchId: opts.patchId ?? `pid-${id}` } }),
    changeId: null,
    bodyLinks: [],
  };
}

const shape = (a: ReturnType<typeof analyzeSeries>) =>
  a.series.map((g) => g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""}`)).sort();

describe("pairing same-day postings by title", () => {
  test("two v1s of one day and their two v2s pair by title, not by which v2 came first", () => {
    const a = analyzeSeries([
      mail("mtu1", "[PATCH net] net: foo: hardening: Validate adapter_mtu from QUERY_DEV_CONFIG", 0, { files: ["drivers/net/foo/main.c"] }),
      mail("vport1", "[PATCH net] net: foo: hardening: Reject zero max_queues from QUERY_VPORT_CONFIG", 20 * 60 * 1000, { files: ["drivers/net/foo/main.c"] }),
      // A month later the v2 of another check (GDMA) goes out first, then the VPORT one's v2.
      mail("gdma2", "[PATCH net v2] net: foo: hardening: Reject zero max_queues from GDMA_QUERY_MAX_RESOURCES", 35 * day, { files: ["drivers/net/foo/gdma.c"] }),
      mail("vport2", "[PATCH net v2] net: foo: hardening: Reject zero max_queues from QUERY_VPORT_CONFIG", 35 * day + 20 * 60 * 1000, { files: ["drivers/net/foo/main.c"] }),
    ]);
    expect(shape(a)).toEqual([["gdma2 v2"], ["mtu1 v1?"], ["vport1 v1?", "vport2 v2"]]);
  });

  test("the same v2 sent twice minutes apart, first under a wrong cover, stays one version", () => {
    const files = { files: ["scripts/gen.py"] };
    const a = analyzeSeries([
      mail("c1-0", "[PATCH 0/2] Add build information", 0),
      mail("c1-1", "[PATCH 1/2] scripts: add generator", 1000, { ...files, parent: "c1-0", patchId: "a1" }),
      mail("c1-2", "[PATCH 2/2] Makefile: call generator", 2000, { ...files, parent: "c1-0", patchId: "a2" }),
      mail("w-0", "[PATCH v2 0/2] scripts: add generator", 30 * day, {}),
      mail("w-1", "[PATCH v2 1/2] scripts: add generator", 30 * day + 1000, { ...files, parent: "w-0", patchId: "b1" }),
      mail("w-2", "[PATCH v2 2/2] Makefile: call generator", 30 * day + 2000, { ...files, parent: "w-0", patchId: "b2" }),
      mail("r-0", "[PATCH v2 0/2] Add build information", 30 * day + 2 * 60 * 1000, {}),
      mail("r-1", "[PATCH v2 1/2] scripts: add generator", 30 * day + 2 * 60 * 1000 + 1000, { ...files, parent: "r-0", patchId: "b1" }),
      mail("r-2", "[PATCH v2 2/2] Makefile: call generator", 30 * day + 2 * 60 * 1000 + 2000, { ...files, parent: "r-0", patchId: "b2" }),
    ]);
    expect(shape(a)).toEqual([["c1-0 v1?", "w-0 v2", "r-0 v2"]]);
  });
  test("a v2 answering a review in a sibling patch's thread follows the v1 it cites under its very title", () => {
    const files = { files: ["scripts/tags.sh"] };
    const a = analyzeSeries([
      mail("cs1", "[PATCH] scripts/tags.sh: Prevent binary files appearing in cscope.files", 0, files),
      mail("rs1", "[PATCH] scripts/tags.sh: Add support for rust source files", 20 * 1000, files),
      { ...mail("rev", "Re: [PATCH] scripts/tags.sh: Prevent binary files appearing in cscope.files", day, { parent: "cs1", from: "rev@example.org" }), hasDiff: false },
      { ...mail("cs2", "[PATCH v2] scripts/tags.sh: Prevent binary files appearing in cscope.files", 9 * day, { ...files, parent: "rev" }), bodyLinks: ["cs1"] },
      { ...mail("rs2", "[PATCH v2] scripts/tags.sh: Add support for rust source files", 9 * day + 4 * 60 * 1000, { ...files, parent: "rev" }), bodyLinks: ["rs1"] },
    ]);
    expect(shape(a)).toEqual([["cs1 v1?", "cs2 v2"], ["rs1 v1?", "rs2 v2"]]);
  });
});

describe("explicit versions around an unversioned first posting", () => {
  test("[PATCH v1] days after the author's [PATCH] under the very same cover title is the round after it (that one v0)", () => {
    const a = analyzeSeries([
      mail("a-0", "[PATCH 0/3] Allow order zero pages in page reporting", 0),
      mail("a-1", "[PATCH 1/3] mm/page_reporting: Allow zero order", 1000, { parent: "a-0", files: ["mm/page_reporting.c"] }),
      mail("a-2", "[PATCH 2/3] hv_balloon: Change default order", 2000, { parent: "a-0", files: ["drivers/hv/hv_balloon.c"] }),
      mail("a-3", "[PATCH 3/3] virtio_balloon: Set order to new default", 3000, { parent: "a-0", files: ["drivers/virtio/virtio_balloon.c"] }),
      mail("b-0", "[PATCH v1 0/2] Allow order zero pages in page reporting", day + 7 * hour),
      mail("b-1", "[PATCH v1 1/2] page_reporting: add DEFAULT_ORDER", day + 7 * hour + 1000, { parent: "b-0", files: ["mm/page_reporting.c"] }),
      mail("b-2", "[PATCH v1 2/2] hv_balloon: set default order", day + 7 * hour + 2000, { parent: "b-0", files: ["drivers/hv/hv_balloon.c"] }),
      mail("c-0", "[PATCH v2 0/2] Allow order zero pages in page reporting", 4 * day),
      mail("c-1", "[PATCH v2 1/2] page_reporting: add DEFAULT_ORDER", 4 * day + 1000, { parent: "c-0", files: ["mm/page_reporting.c"] }),
      mail("c-2", "[PATCH v2 2/2] hv_balloon: set default order", 4 * day + 2000, { parent: "c-0", files: ["drivers/hv/hv_balloon.c"] }),
    ]);
    expect(shape(a)).toEqual([["a-0 v0?", "b-0 v1", "c-0 v2"]]);
  });

  test("[PATCH v0] is version 0, before the v1", () => {
    expect(parseSubject("[PATCH v0 0/6] Hyper-V: core collection")).toMatchObject({ version: 0, versionInferred: false, versionRaw: "0" });
    const a = analyzeSeries([
      mail("z-0", "[PATCH v0 0/1] Hyper-V: Implement core collection", 0),
      mail("z-1", "[PATCH v0 1/1] x86/hyperv: add crash collection", 1000, { parent: "z-0", files: ["arch/x86/hyperv/crash.c"] }),
      mail("o-0", "[PATCH v1 0/1] Hyper-V: Implement core collection", 6 * day),
      mail("o-1", "[PATCH v1 1/1] x86/hyperv: add crash collection", 6 * day + 1000, { parent: "o-0", files: ["arch/x86/hyperv/crash.c"] }),
    ]);
    expect(shape(a)).toEqual([["z-0 v0", "o-0 v1"]]);
  });
});

describe("backports over a span of releases", () => {
  const title = "uio_hv_generic: Enable user space to manage interrupt_mask for subchannels";
  test("[PATCH 6.6 and older] then [PATCH 5.4-6.6 v2] is one backport, apart from the mainline patch", () => {
    const a = analyzeSeries([
      mail("m1", `[PATCH] ${title}`, 0, { files: ["drivers/uio/uio_hv_generic.c"] }),
      mail("s1", `[PATCH 6.6 and older] ${title}`, 20 * day, { files: ["drivers/uio/uio_hv_generic.c"] }),
      mail("s2", `[PATCH 5.4-6.6 v2] ${title}`, 31 * day, { files: ["drivers/uio/uio_hv_generic.c"] }),
    ]);
    expect(shape(a)).toEqual([["m1 v1?"], ["s1 v1?", "s2 v2"]]);
  });

  test("a span does not join single-release backports, nor AUTOSEL picks of two rounds", () => {
    const a = analyzeSeries([
      mail("r1", `[PATCH v5.10-v5.15] ${title}`, 0, { files: ["drivers/uio/uio_hv_generic.c"] }),
      mail("r2", `[PATCH v2 v5.15.y] ${title}`, 4 * day, { files: ["drivers/uio/uio_hv_generic.c"] }),
      mail("q1", `[PATCH AUTOSEL 6.17-5.4] ${title}`, 10 * day, { files: ["drivers/uio/uio_hv_generic.c"], from: "sasha@example.org" }),
      mail("q2", `[PATCH AUTOSEL 6.18-6.1] ${title}`, 40 * day, { files: ["drivers/uio/uio_hv_generic.c"], from: "sasha@example.org" }),
    ]);
    expect(shape(a)).toEqual([["q1 v1?"], ["q2 v1?"], ["r1 v1?"], ["r2 v2"]]);
  });
});

describe("renumbered PATCH line after an RFC line", () => {
  test("a patch re-sent as vN.1 in reply to the renumbered vN keeps that round's number, the line stays monotonic", () => {
    const files = ["arch/x86/hyperv/ivm.c"];
    const post = (key: string, tag: string, at: number): MessageSummary[] => [
      mail(`${key}-0`, `[${tag} 0/2] x86/Hyper-V: Add Isolation VM support`, at),
      mail(`${key}-1`, `[${tag} 1/2] x86/hyperv: Initialize GHCB page`, at + 1000, { parent: `${key}-0`, files }),
      mail(`${key}-2`, `[${tag} 2/2] x86/hyperv: Add new hvcall guest address host visibility support`, at + 2000, { parent: `${key}-0`, files }),
    ];
    const a = analyzeSeries([
      ...post("r1", "RFC PATCH", 0),
      ...post("r2", "RFC PATCH V2", 20 * day),
      ...post("r3", "RFC PATCH V3", 30 * day),
      // The first PATCH posting's changelog counts on from the RFCs ("Change since RFC v3").
      ...post("p1", "PATCH", 40 * day).map((m, k) => (k === 0 ? { ...m, coverVersionHint: 4 } : m)),
      ...post("p2", "PATCH V2", 50 * day),
      ...post("p3", "PATCH V3", 60 * day),
      mail("p31", "[PATCH V3.1 2/2] x86/hyperv: Add new hvcall guest address host visibility support", 61 * day, { parent: "p3-2", files }),
      ...post("p4", "PATCH V4", 65 * day),
    ]);
    const versions = a.series.map((g) => g.revisions.map((r) => `${r.posting.key} ${r.posting.version}`));
    expect(versions).toEqual([["r1-0 1", "r2-0 2", "r3-0 3", "p1-0 4", "p2-0 5", "p3-0 6", "p31 6", "p4-0 7"]]);
  });
});

