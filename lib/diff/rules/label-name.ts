// N2 (naming): a new failure label that is a bare verb (`free:`) says neither what failed nor what is
// freed (Lorenzo on v3 expand_upwards: "when the error label contains 'free' it is free_xxx").
import type { HunkNit } from "../types";
import type { NitRule, RuleContext } from "./rule-types";

const BARE = /^(free|put|release|unlock|undo)$/;

export const labelName: NitRule = {
  id: "label-name",
  check({ view, site }: RuleContext): HunkNit[] {
    if (site.handling !== "goto" || !site.label || !BARE.test(site.label) || site.labelRow === null) return [];
    const row = view.rows[site.labelRow];
    if (!row || row.type !== "add") return [];
    return [{
      rule: "label-name",
      line: row.newLine,
      severity: "nit",
      message: `New label \`${site.label}:\` is a bare verb; error labels are named for what they undo (\`${site.label}_<what>\`) or for the failure (e.g. \`fail\`).`,
    }];
  },
};
