import { describe, expect, it } from "vitest";
import { parseChangelog } from "./parse-changelog";

const versions = (text: string) => parseChangelog(text).map((e) => [e.version, e.text]);

describe("parseChangelog: unnumbered blocks in a history", () => {
  it("reads a \"Changes since RFC\" block below numbered ones as the oldest", () => {
    const text = [
      "Changes in v4:", "- No functional changes.", "",
      "Changes in v3:", "- Use the helper. [Ann]", "",
      "Changes in v2:", "- Reword the commit message.", "",
      "Changes since RFC:", "- Drop the wrapper", "- Document the function", "",
    ].join("\n");
    expect(versions(text)).toEqual([
      [4, "No functional changes."], [3, "Use the helper. [Ann]"], [2, "Reword the commit message."],
      [1, "Drop the wrapper"], [1, "Document the function"],
    ]);
  });

  it("reads a \"Changes since RFC\" block above a single numbered one as older too", () => {
    const text = ["Changes since RFC:", "- Drop the wrapper", "", "Changes in v2:", "- Rename the flag", ""].join("\n");
    expect(versions(text)).toEqual([[1, "Drop the wrapper"], [2, "Rename the flag"]]);
  });

  it("gives the RFC block the version before the oldest numbered one", () => {
    const text = ["v5:", "- Rebase", "", "v4:", "- Split patch 2", "", "Changes from the RFC:", "- Add a Kconfig option", ""].join("\n");
    expect(versions(text)).toEqual([[5, "Rebase"], [4, "Split patch 2"], [3, "Add a Kconfig option"]]);
  });

  it("leaves a lone unnumbered block, or one at the new end of the history, as this posting's own", () => {
    expect(versions("Changes since RFC:\n- Drop the wrapper\n")).toEqual([[null, "Drop the wrapper"]]);
    const newest = ["Changes since the last version:", "- Fix the leak", "", "v3:", "- Add a test", "", "v2:", "- Rename", ""].join("\n");
    expect(versions(newest)).toEqual([[null, "Fix the leak"], [3, "Add a test"], [2, "Rename"]]);
  });

  it("reads an unnumbered block at the old end of an oldest-first history as older", () => {
    const text = ["== Changelog ==", "", "- v1,v2: Pass the policy in the ioctl.", "- v3: Add a syscall.", "- v4: Use the inode.", ""].join("\n");
    expect(versions(text)).toEqual([[2, "v1,v2: Pass the policy in the ioctl."], [3, "Add a syscall."], [4, "Use the inode."]]);
  });

  it("keeps an RFC block unnumbered when a numbered heading also names an RFC and the order says nothing", () => {
    const text = ["Changes since RFC:", " * Expand the conditions", "Changes since RFC v3:", " * Drop the ia64 part", ""].join("\n");
    expect(versions(text)).toEqual([[null, "Expand the conditions"], [4, "Drop the ia64 part"]]);
    const ascending = ["Changes since RFC:", " * a", "Changes since RFC v2:", " * b", "Changes since RFC v3:", " * c", ""].join("\n");
    expect(versions(ascending)).toEqual([[2, "a"], [3, "b"], [4, "c"]]);
  });

  it("drops b4's \"Link to RFC:\" and a bare \"Link:\" as links to earlier postings", () => {
    const text = ["Changes in v2:", "- Rename the flag", "- Link to RFC: https://lore.kernel.org/r/20250101-x-v1-1-abc@example.com", "", "Changes in v3:", "- Add a test", "- Link: https://lore.kernel.org/all/20250102-y@example.com/", ""].join("\n");
    expect(versions(text)).toEqual([[2, "Rename the flag"], [3, "Add a test"]]);
  });

  it("reads ordinals past the fifth and a version pair ending in a semicolon", () => {
    expect(versions("Changes from the sixth version of the patch:\n- Drop the check\n")).toEqual([[7, "Drop the check"]]);
    expect(versions("v3->v4;\n- add mount options;\n\nv2->v3:\n- rename\n")).toEqual([[4, "add mount options;"], [3, "rename"]]);
  });
});

describe("parseChangelog: more credit forms", () => {
  const credits = (line: string) => parseChangelog(`Changes in v2:\n- ${line}\n`).flatMap((e) => e.credits);
  it("credits whoever found, discovered or pointed out the problem", () => {
    expect(credits("Remove an unneeded symbol export found by Ann Roe")).toEqual(["Ann Roe"]);
    expect(credits("fix the error discovered by Bob Poe in patch14 in V4.")).toEqual(["Bob Poe"]);
    expect(credits("Use READ_ONCE() on the counter (found by Ann Roe).")).toEqual(["Ann Roe"]);
    expect(credits("Forbid reparenting (hinted by Al Viro).")).toEqual(["Al Viro"]);
    expect(credits("added a return statement, as pointed by Ann Roe.")).toEqual(["Ann Roe"]);
    expect(credits("Avoid a deadlock. (Caught by Bob Poe).")).toEqual(["Bob Poe"]);
  });
  it("credits the people after a word for advice and \"by\" or \"from\"", () => {
    expect(credits("Minor changes to path_walk_parent per suggestions by Ann Roe and Bob Poe.")).toEqual(["Ann Roe", "Bob Poe"]);
    expect(credits("comment from Ann Roe: drop the default lines")).toEqual(["Ann Roe"]);
    expect(credits("Code review feedback given by Bob Poe.")).toEqual(["Bob Poe"]);
    expect(credits("Rename the helper upon request from Ann Roe.")).toEqual(["Ann Roe"]);
    expect(credits("Add policy checks for buffer[suggested by Ann Roe]")).toEqual(["Ann Roe"]);
    expect(credits("Introduce a helper [Suggested by Ann Roe].")).toEqual(["Ann Roe"]);
  });
  it("reads a whole list of names, not only its first", () => {
    expect(credits("Applied remarks by Ann Roe, Bob Poe and Cy Doe")).toEqual(["Ann Roe", "Bob Poe", "Cy Doe"]);
    expect(credits("(*) Applied comments from Ann Roe, Bob Poe and Cy Doe.")).toEqual(["Ann Roe", "Bob Poe", "Cy Doe"]);
    expect(credits("Address comments from Ann Roe, Bob Poe, and Cy Doe")).toEqual(["Ann Roe", "Bob Poe", "Cy Doe"]);
    expect(credits("inlined the macro (as suggested by Ann Roe, Bob Poe and Cy Doe).")).toEqual(["Ann Roe", "Bob Poe", "Cy Doe"]);
  });
  it("reads a parenthesised list a few words after the lead", () => {
    expect(credits("Incorporated feedback from the community (Ann Roe, Bob Poe, and Cy Doe) on v5 of this series[7].")).toEqual(["Ann Roe", "Bob Poe", "Cy Doe"]);
  });
  it("keeps sentences, tools and tags out of the credits", () => {
    // A comma alone does not continue the list: the next words open a sentence.
    expect(credits("Rename it, suggested by Ann Roe, Rebased on v6.2")).toEqual(["Ann Roe"]);
    // The lines of a wrapped entry joined: the next sentence's verb is no part of the name.
    expect(credits("Add a return path fix as noted by Ann Roe Add the check on the kfree")).toEqual(["Ann Roe"]);
    expect(credits("don't write to a NULL object (found by Android testing)")).toEqual([]);
    expect(credits("Add a static __init as reported by Kbuild test robot")).toEqual([]);
    expect(credits("Added Ann's Reviewed-by tags (Thanks!)")).toEqual([]);
    expect(credits("Keep the old behaviour by default")).toEqual([]);
    expect(credits("Fix the issues found by checkpatch")).toEqual([]);
    expect(credits("Add Acked-by from Ann Roe.")).toEqual([]);
    expect(credits("The file is found by Documentation/process/howto.rst")).toEqual([]);
  });
});
