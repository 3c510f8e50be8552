import { describe, expect, it } from "vitest";
import { extractPullUrl } from "./extract-pull-url";

describe("extractPullUrl", () => {
  const intro = "The following changes since commit abc:\n\n  x (y)\n\nare available in the Git repository at:\n\n";
  it("joins repository and ref", () => {
    expect(extractPullUrl(`${intro}  git://h/r.git tags/t\n\nfor you to fetch changes up to d:\n`)).toBe("git://h/r.git tags/t");
  });
  it("joins a ref wrapped onto the next line", () => {
    expect(extractPullUrl(`${intro}  https://h/r.git/\ntags/t-1\n\n`)).toBe("https://h/r.git/ tags/t-1");
  });
  it("accepts scp-style ssh locations", () => {
    expect(extractPullUrl(`${intro}  git@host:r.git main\n`)).toBe("git@host:r.git main");
  });
  it("is null for ordinary mail", () => {
    expect(extractPullUrl("Please pull\n\ngit://h/r.git\n")).toBeNull();
    expect(extractPullUrl(`${intro}  not a url\n`)).toBeNull();
  });
});
