// Golden annotations for every patch of the killable-vma series (v1–v3). The goldens hold only short
// identifiers (paths, hunk ranges, function/call/label names, rule ids, our own messages), never corpus
// text. Regenerate deliberately with UPDATE_GOLDEN=1; CI never writes them.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { annotatePatch } from "./annotate-patch";
import { summarizeConversions } from "./conversion-status";
import type { AnnotatedFile } from "./types";

const goldenDir = join(import.meta.dirname, "..", "..", "fixtures", "diff", "golden");
const update = process.env.UPDATE_GOLDEN === "1";

interface IndexMessage {
  version: number;
  patch: number;
  total: number;
  kind: string;
  content_transfer_encoding: string;
  copies: { file: string }[];
}

function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const text = s.replace(/=\r?\n/g, "");
  for (let i = 0; i < text.length; i++) {
    const m = text[i] === "=" ? text.slice(i + 1, i + 3).match(/^[0-9A-Fa-f]{2}$/) : null;
    if (m) {
      bytes.push(parseInt(m[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i] ?? "", "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Test-only: the diff part of a patch mail, from the first `diff --git` to the `-- ` signature. */
function diffOfMail(raw: string, encoding: string): string {
  const body = raw.slice(raw.search(/\r?\n\r?\n/) + 1);
  const text = /quoted-printable/i.test(encoding) ? decodeQuotedPrintable(body) : body;
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const start = lines.findIndex((l) => l.startsWith("diff --git "));
  if (start < 0) return "";
  const end = lines.findIndex((l, i) => i > start && l === "-- ");
  return lines.slice(start, end < 0 ? undefined : end).join("\n") + "\n";
}

/** The golden shape: the CONTRACT.md files[] with hunk headers cut to their ranges. */
function goldenShape(files: AnnotatedFile[]): unknown {
  return files.map((f) => ({
    ...f,
    hunks: f.hunks.map((h) => ({ ...h, header: h.header.replace(/^(@@ [^@]* @@).*$/, "$1") })),
  }));
}

const patches: IndexMessage[] = haveCorpus
  ? (JSON.parse(readFileSync(corpusPath("lore", "killable-vma", "index.json"), "utf8")) as { messages: IndexMessage[] }).messages.filter(
      (m) => m.kind === "patch",
    )
  : [];

function annotateCorpusPatch(version: number, n: number) {
  const m = patches.find((p) => p.version === version && p.patch === n);
  if (!m || !m.copies[0]) throw new Error(`no v${version} ${n} patch in the corpus index`);
  const raw = readFileSync(corpusPath("lore", "killable-vma", m.copies[0].file), "utf8");
  return annotatePatch(diffOfMail(raw, m.content_transfer_encoding));
}

describe.skipIf(!haveCorpus)("killable-vma goldens", () => {
  it("covers every patch of v1–v3", () => {
    expect(patches.map((p) => `v${p.version}-${p.patch}-${p.total}`).sort()).toEqual(
      ["v1-1-1", "v2-1-3", "v2-2-3", "v2-3-3", "v3-1-3", "v3-2-3", "v3-3-3"],
    );
  });

  for (const p of patches) {
    const name = `v${p.version}-${p.patch}-${p.total}`;
    it(`${name} matches its golden`, () => {
      const r = annotateCorpusPatch(p.version, p.patch);
      expect(r.errors).toEqual([]);
      const got = goldenShape(r.files);
      const file = join(goldenDir, `${name}.expected.json`);
      if (update) writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
      expect(existsSync(file)).toBe(true);
      expect(got).toEqual(JSON.parse(readFileSync(file, "utf8")));
    });
  }

  it("v3 2/3: 23 vma_start_write sites and one mmap_write_lock, and Liam's four nits", () => {
    const r = annotateCorpusPatch(3, 2);
    const hunks = r.files.flatMap((f) => f.hunks);
    const conv = hunks.flatMap((h) => h.labels).filter((l) => l.rule === "lock-conversion");
    expect(conv.filter((l) => l.from === "vma_start_write" && l.to === "vma_start_write_killable")).toHaveLength(23);
    expect(conv.filter((l) => l.from === "mmap_write_lock" && l.to === "mmap_write_lock_killable")).toHaveLength(1);
    expect(conv).toHaveLength(24);
    const nits = hunks.flatMap((h) => h.nits.map((n) => `${n.rule}@${h.function}`)).sort();
    expect(nits).toEqual(
      [
        "lock-after-alloc@vma_shrink",
        "lock-after-alloc@vma_link",
        "reused-label@do_brk_flags",
        "never-fail@__mmap_new_vma",
        // Beyond Liam's four: Lorenzo's label-naming nit, and two loops whose earlier iterations commit.
        "label-name@expand_upwards",
        "label-name@expand_downwards",
        "partial-loop@kvmppc_memslot_page_merge",
        "partial-loop@set_mempolicy_home_node",
        // And Lorenzo's question on relocate_vma_down, which now passes vma_expand()'s -EINTR on (N12).
        "error-flattened@relocate_vma_down",
        // And his objection to do_brk_flags' `int err = -ENOMEM;` default that the lock failure overrides (N7).
        "default-error-code@do_brk_flags",
      ].sort(),
    );
    // The hunk headed by vma_link_file() changes vma_link().
    expect(hunks.find((h) => h.header.includes("vma_link_file"))?.function).toBe("vma_link");
  });

  it("v1: the lock taken after mpol_dup() in set_mempolicy_home_node is a possible leak (Jann Horn)", () => {
    const r = annotateCorpusPatch(1, 1);
    const n = r.files.flatMap((f) => f.hunks).filter((h) => h.function === "set_mempolicy_home_node").flatMap((h) => h.nits);
    expect(n.map((x) => x.rule)).toContain("lock-after-alloc");
    expect(n.find((x) => x.rule === "lock-after-alloc")?.message).toMatch(/mpol_put\(new\)/);
  });

  it("v3 conversion status: sites by function per file, and the cover letter's four exclusions", () => {
    const cover = readFileSync(corpusPath("lore", "killable-vma", "v3", "20260225T230606-0800_cover_0-3_Suren-Baghdasaryan.ppc.eml"), "utf8");
    const rs = [1, 2, 3].map((n) => annotateCorpusPatch(3, n));
    const s = summarizeConversions(rs.flatMap((r) => r.files), cover, rs.flatMap((r) => r.fileDiffs));
    expect(s.exclusions.map((e) => e.functions)).toEqual([["free_pgtables"], [], ["mpol_rebind_mm"], ["vm_flags_set", "vm_flags_mod", "vm_flags_clear"]]);
    const vma = s.files.find((f) => f.path === "mm/vma.c")!;
    expect(vma.converted.map((c) => [c.function, c.sites.length])).toEqual([
      ["__split_vma", 2], ["vma_merge_existing_range", 3], ["vma_expand", 2], ["vma_shrink", 1], ["vms_gather_munmap_vmas", 1],
      ["vma_link", 1], ["mm_take_all_locks", 1], ["__mmap_new_vma", 1], ["do_brk_flags", 1], ["expand_upwards", 1], ["expand_downwards", 1],
    ]);
    expect(s.files.find((f) => f.path === "mm/pagewalk.c")!.converted.map((c) => c.function)).toEqual(["process_vma_walk_lock"]);
    expect(s.files.flatMap((f) => f.unconverted)).toEqual([]);
  });
});
