// Credits that named no one (linux-rtc, linux-samsung-soc, linux-serial): a bot's tag under a change, the short names
// of tags collected ("(R-b and Ack)"), a tag's key after a verb ("Add Reviewed-by and Acked-by collected"), and the
// subject of a comment ("Change License comment style").
import { describe, expect, it } from "vitest";
import { parseChangelog } from "./parse-changelog";

const credits = (text: string) => parseChangelog(text).map((e) => e.credits);

describe("parseChangelog: credits name people only", () => {
  it("credits no bot from a tag under a change, and still credits a person so", () => {
    expect(credits("v2:\n- Fixed a bug in the error path,\n  Reported-by: kernel test robot <lkp@example.com>\n")).toEqual([[]]);
    expect(credits("v2:\n- Fixed a bug in the error path,\n  Reported-by: Ann Roe <ann@example.org>\n")).toEqual([["Ann Roe"]]);
  });

  it("reads no tag's short name or key as a name", () => {
    expect(credits("Changes in v2:\n- Added missing and new tags (R-b and Ack)\n")).toEqual([[]]);
    expect(credits("v4:\n- Patch 1,2,3,5: Add Reviewed-by and Acked-by collected.\n")).toEqual([[]]);
    expect(credits("Changes in v2:\n- Added tags (Ann Roe and Bob Poe)\n")).toEqual([["Ann Roe", "Bob Poe"]]);
  });

  it("reads no verb or topic before 'comment' as a name", () => {
    expect(credits("Changes in v2:\n- Change License comment style\n")).toEqual([[]]);
    expect(credits("Changes in v2:\n- Address Ann Roe comments\n")).toEqual([["Ann Roe"]]);
  });
});
