// P6: the result of a fallible variant thrown away; the lock may not be held afterwards.
import type { HunkNit } from "../types";
import type { NitRule, RuleContext } from "./rule-types";

export const ignoredError: NitRule = {
  id: "ignored-error",
  check({ site }: RuleContext): HunkNit[] {
    if (site.handling !== "ignored" || site.direction === "to-plain") return [];
    const why = site.info.mustCheck
      ? `${site.to}() is __must_check: this warns at build time`
      : `${site.to}() is not __must_check, so nothing warns`;
    return [{
      rule: "ignored-error",
      line: site.line,
      severity: "bug",
      message: `Result of ${site.to}() is ignored: on failure the code goes on without the lock (${why}). Check it or keep ${site.from ?? site.info.plain}().`,
    }];
  },
};
