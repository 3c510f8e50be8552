// N3: a killable lock on an object this function just allocated (not yet published) cannot fail:
// it returns 0 at once. Liam on v3 __mmap_new_vma: "There's no way this is going to fail, right?"
import type { HunkNit } from "../types";
import { rootOf, rowsBefore } from "./rule-helpers";
import type { NitRule, RuleContext } from "./rule-types";

const ALLOC = /(_alloc|_dup|_zalloc)$|^(kmalloc|kzalloc|kcalloc|kmem_cache_alloc|kmem_cache_zalloc)$/;
const PUBLISH = /(vma_iter_store|vma_link|list_add|rcu_assign_pointer|xa_store|mas_store|_insert|_publish|_register|hlist_add)/;

export const neverFail: NitRule = {
  id: "never-fail",
  check({ view, site }: RuleContext): HunkNit[] {
    if (!["killable", "interruptible", "state"].includes(site.info.form) || site.direction === "to-plain") return [];
    if (site.handling === "ignored") return [];
    const obj = rootOf(site.object);
    const esc = obj.replace(/[^\w]/g, "");
    if (!esc) return [];
    const assignRe = new RegExp(`\\b${esc}\\s*=\\s*([A-Za-z_]\\w*)\\s*\\(`);
    const nullCheck = new RegExp(`\\bif\\s*\\(\\s*(?:unlikely\\s*\\(\\s*)?!\\s*${esc}\\s*\\)`);
    const before = rowsBefore(view, site, 40);
    let fresh: string | null = null;
    for (const r of before) {
      // Once the object is handed to a publishing call, other threads can hold its lock.
      if (r.calls.some((c) => PUBLISH.test(c.name) && new RegExp(`\\b${esc}\\b`).test(c.args))) return [];
      const m = r.code.match(assignRe);
      if (m && ALLOC.test(m[1] ?? "")) {
        fresh = `${m[1]}() at line ${r.newLine}`;
        break;
      }
    }
    if (!fresh) {
      // The allocation may sit just above the hunk: a NULL check right before the lock plus a
      // failure path that frees the object tells the same story.
      const near = before.filter((r) => r.code.trim()).slice(0, 3);
      const checked = near.some((r) => nullCheck.test(r.code));
      const freesObj = site.label !== null && new RegExp(`free_${esc}\\b|\\b${esc}_free`).test(site.label);
      if (!checked || !freesObj) return [];
      fresh = "NULL-checked just above, freed on failure";
    }
    return [{
      rule: "never-fail",
      line: site.line,
      severity: "question",
      message: `Can this fail at all? \`${obj}\` is freshly allocated (${fresh}) and not yet visible to other threads, so ${site.to}() returns 0 at once; drop the error path or add a comment on why it is kept.`,
    }];
  },
};
