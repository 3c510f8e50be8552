// N7: the failure path reports a variable the failure never set. `int err = -ENOMEM;` set before the new
// lock and returned at the label turns "killed" into "out of memory" (Lorenzo on v3 do_brk_flags: "I hate
// this 'default error code' pattern … We've had real bugs come out of this before!"); a variable that holds
// 0 from an earlier call's success reports the failure as success (smatch's "missing error code").
import { rowAt, type FunctionView, type Row } from "../function-view";
import type { HunkNit } from "../types";
import { FIXED_ERRNO, rowsBefore } from "./rule-helpers";
import type { NitRule, RuleContext } from "./rule-types";

const IDENT = /^[A-Za-z_]\w*$/;
const SETS_ERRNO = /(?:^|[^\w>.])([A-Za-z_]\w*)\s*=(?!=)\s*(-E[A-Z0-9]+)\s*;/;

export const staleErrorCode: NitRule = {
  id: "stale-error-code",
  check({ view, site }: RuleContext): HunkNit[] {
    const form = site.info.form;
    if ((form !== "killable" && form !== "interruptible" && form !== "timeout") || site.direction === "to-plain") return [];
    const branch = site.branchRows.map((i) => view.rows[i]).filter((r): r is Row => r !== undefined && r.type !== "del");
    // `err = -EINTR; goto fail;`: whatever the label returns, the branch chose the error.
    for (const r of branch) {
      const set = r.code.match(SETS_ERRNO);
      if (set && (site.handling === "goto" || site.handling === "return")) return defaultErrorCode(view, site.to, set[1] ?? "", set[2] ?? "", r);
    }
    const reported = reportedVariable(view, site.handling, site.errno, site.labelRow);
    if (!reported || reported === site.resultVar) return [];
    const v = reported;
    const assigns = new RegExp(`(?:^|[^\\w>.])${v}\\s*=(?!=)\\s*([^;]*);|&\\s*${v}\\b`);
    if (branch.some((r) => assigns.test(r.code))) return [];
    const before = rowsBefore(view, site, 40);
    for (let k = 0; k < before.length; k++) {
      const r = before[k] as Row;
      const m = r.code.match(assigns);
      if (!m) continue;
      const value = (m[1] ?? "").trim();
      if (FIXED_ERRNO.test(value)) {
        return [nit(site.line, r.newLine, `When ${site.to}() fails, the path returns \`${v}\`, which still holds ${value} from line ${r.newLine}: set it to the call's error (or ${site.info.errno ?? "a fitting errno"}) on this path.`)];
      }
      // `ret = f(x); if (ret) goto out;` above: past that test the variable is 0.
      if (value === "0" || (/^[A-Za-z_]\w*\s*\(/.test(value) && leavingTestBetween(before, k, v))) {
        return [nit(site.line, r.newLine, `When ${site.to}() fails, the path returns \`${v}\`, which is 0 here (line ${r.newLine}): the failure is reported as success. Set \`${v}\` to an error first.`)];
      }
      return [];
    }
    return [];
  },
};

/**
 * The branch sets the error, but over a default the patch adds (`+int err = -ENOMEM;`, then `err = -EINTR;
 * goto fail;`): the pattern Lorenzo objects to on v3 do_brk_flags, since the next path that forgets to set it
 * reports the default.
 */
function defaultErrorCode(view: FunctionView, to: string, v: string, set: string, branch: Row): HunkNit[] {
  // The declaration, usually at the function's top, hunks above the site.
  const declares = new RegExp(`^\\s*(?:[A-Za-z_]\\w*\\s+)+\\**${v}\\s*=\\s*(-E[A-Z0-9]+)\\s*;`);
  const init = view.rows.find((r) => r.type === "add" && declares.test(r.code));
  const value = init?.code.match(declares)?.[1] ?? "";
  if (!init || value === set) return [];
  return [{
    rule: "default-error-code",
    line: branch.newLine,
    lines: init.newLine !== null ? [init.newLine] : undefined,
    severity: "nit",
    message: `\`${v}\` now starts as a default ${value} (line ${init.newLine}) that the ${to}() failure overrides with ${set}: a "default error code" invites bugs when a later path forgets to set it; set the error on each failure path instead.`,
  }];
}

function nit(line: number | null, at: number | null, message: string): HunkNit {
  return { rule: "stale-error-code", line, lines: at !== null ? [at] : undefined, severity: "bug", message };
}

/**
 * Whether `if (ret) goto out;` (on one line or two) stands between the assignment (index k of `before`, nearest
 * first) and the site: past it the variable is 0.
 */
function leavingTestBetween(before: Row[], k: number, v: string): boolean {
  const test = new RegExp(`^\\s*if\\s*\\(\\s*(?:unlikely\\s*\\(\\s*)?${v}\\s*(?:<\\s*0\\s*)?\\)+\\s*(.*)$`);
  for (let j = 0; j < k; j++) {
    const m = (before[j] as Row).code.match(test);
    if (!m) continue;
    const branch = m[1]?.trim() ? m[1] : j > 0 ? (before[j - 1] as Row).code : "";
    if (/^\s*(?:goto\s+\w+|return\b[^;]*);/.test(branch ?? "")) return true;
  }
  return false;
}

/** The variable a failure reports: `return ret;` in its branch, or the `return ret;` its goto label ends in. */
function reportedVariable(view: FunctionView, handling: string, errno: string | null, labelRow: number | null): string | null {
  if (handling === "return") return errno && IDENT.test(errno) && !/^(?:[A-Z]|true$|false$)/.test(errno) ? errno : null;
  if (handling !== "goto" || labelRow === null) return null;
  const start = view.newRows.indexOf(labelRow);
  for (let p = start + 1; start >= 0 && p < view.newRows.length && p < start + 30; p++) {
    const r = rowAt(view, p);
    if (r.gapBefore || r.text.startsWith("}")) return null;
    const ret = r.code.match(/\breturn\s+(?:ERR_PTR\s*\(\s*)?([A-Za-z_]\w*)\s*\)?\s*;/);
    if (ret) {
      const v = ret[1] ?? "";
      return /^(?:[A-Z]|true$|false$)/.test(v) ? null : v;
    }
    // The label's own code sets what it returns (`out: ret = -EIO;`): not a value left from above.
    if (/^\s*[A-Za-z_]\w*\s*=(?!=)/.test(r.code)) return null;
  }
  return null;
}
