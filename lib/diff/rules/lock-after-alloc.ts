// N1: a new fallible lock taken after an allocation/preallocation must undo it on failure; taking the
// lock first avoids the unwind (Liam on v3 vma_shrink/vma_link: "Could avoid allocating here by
// reordering the lock").
import type { HunkNit } from "../types";
import { signatureName } from "../function-context";
import { rowAt } from "../function-view";
import { isFallible, rootOf, rowsBefore, sitePos } from "./rule-helpers";
import type { NitRule, RuleContext } from "./rule-types";

const SETUP = /(_prealloc|_alloc|_dup|_charge)$|^(kmalloc|kzalloc|kcalloc|kvmalloc|kvzalloc|kmem_cache_alloc|kmem_cache_zalloc|security_vm_enough_memory\w*|vm_acct_memory)$/;
const TEARDOWN = /free|_put$|^put_|uncharge|unacct|destroy/;
// Handlings that leave the function or block when the lock is not taken: only they need what came before undone.
const LEAVES_ON_FAILURE = new Set(["return", "goto", "propagate", "break", "continue"]);

export const lockAfterAlloc: NitRule = {
  id: "lock-after-alloc",
  check(ctx: RuleContext): HunkNit[] {
    const { view, site } = ctx;
    if (!isFallible(site) || !LEAVES_ON_FAILURE.has(site.handling)) return [];
    const root = rootOf(site.object);
    for (const r of rowsBefore(view, site, 25)) {
      // The function's own signature (`struct x *foo_alloc(...)`) sets nothing up.
      if (r.text.charCodeAt(0) !== 9 && r.text.charCodeAt(0) !== 32 && signatureName(r.text) === view.name) break;
      for (const c of r.calls) {
        if (!SETUP.test(c.name)) continue;
        // Allocating the locked object itself cannot be reordered (that is never-fail's case).
        const lhs = r.code.slice(0, c.index).match(/([A-Za-z_][\w>.-]*)\s*=\s*$/)?.[1];
        if (lhs && rootOf(lhs) === root) continue;
        const teardown = site.cleanup.find((n) => TEARDOWN.test(n));
        if (teardown) {
          return [{
            rule: "lock-after-alloc",
            line: site.line,
            lines: [r.newLine],
            severity: "nit",
            message: `Reorder the lock to avoid allocating first: take ${site.to}() before ${c.name}() (line ${r.newLine}) and the ${teardown}() on its failure path goes away.`,
          }];
        }
        // With a goto into unseen unwind code we cannot tell; only direct exits are judged.
        if (site.handling === "return" || site.handling === "propagate" || site.handling === "break") {
          return [{
            rule: "lock-after-alloc",
            line: site.line,
            lines: [r.newLine],
            severity: "bug",
            message: `${c.name}() (line ${r.newLine}) is not undone when ${site.to}() fails: possible leak. Free it on the failure path, or take the lock before ${c.name}().`,
          }];
        }
        return [];
      }
    }
    return skippedRelease(ctx);
  },
};

// The setup may sit above the hunk, but a release of an object a few lines below the lock, on the
// success path only, shows the same leak (Jann on v1 set_mempolicy_home_node: "Doesn't this need
// mpol_put(new)?").
function skippedRelease({ view, site }: RuleContext): HunkNit[] {
  if (!["break", "return", "propagate"].includes(site.handling)) return [];
  const start = sitePos(view, site) + 1;
  const assigned = new Set<string>();
  let depth = 0;
  for (let p = start; p < view.newRows.length && p < start + 12; p++) {
    const idx = view.newRows[p] ?? -1;
    const r = rowAt(view, p);
    if (r.gapBefore) break;
    if (site.branchRows.includes(idx)) continue;
    for (const c of r.code) {
      if (c === "{") depth++;
      else if (c === "}") depth--;
    }
    if (depth < 0) break;
    for (const m of r.code.matchAll(/([A-Za-z_]\w*)\s*=[^=]/g)) assigned.add(m[1] ?? "");
    for (const c of r.calls) {
      if (!RELEASE.test(c.name)) continue;
      const obj = rootOf(c.args.split(",")[0]?.trim() ?? "");
      if (!obj || assigned.has(obj) || obj === rootOf(site.object)) continue;
      if (site.cleanup.includes(c.name)) return [];
      return [{
        rule: "lock-after-alloc",
        line: site.line,
        lines: [r.newLine],
        severity: "bug",
        message: `${c.name}(${obj}) at line ${r.newLine} runs only when ${site.to}() succeeds; the failure path skips it (leak?). Release it on failure, or take the lock before ${obj} is set up.`,
      }];
    }
  }
  return [];
}

const RELEASE = /(_put|_free)$|^kfree$|^kvfree$/;
