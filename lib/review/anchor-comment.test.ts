import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseUnifiedDiff } from "../diff/parse-unified-diff";
import { parseMessage } from "../mail/parse-message";
import { anchorComment } from "./anchor-comment";
import { classifyComment } from "./classify-comment";
import { extractComments } from "./extract-comments";

const dir = join(import.meta.dirname, "..", "..", "fixtures", "review");
const files = parseUnifiedDiff(readFileSync(join(dir, "mini-v1.diff"), "utf8")).files;

function analyse(body: string) {
  const { comments, trailers } = extractComments(body);
  return {
    comments: comments.map((c) => ({ text: c.text, anchor: anchorComment(c, files), kind: classifyComment(c.text) })),
    trailers: trailers.map((t) => ({ kind: t.kind, email: t.person?.email ?? null })),
  };
}

// Goldens are written only when UPDATE_GOLDEN=1 and then read back by hand; CI compares.
function golden(name: string, actual: unknown): unknown {
  const path = join(dir, `${name}.expected.json`);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  return JSON.parse(readFileSync(path, "utf8"));
}

describe("anchoring corner cases (hand-made fixtures)", () => {
  for (const name of ["trimmed-quote", "rewrapped", "quote-of-quote", "comment-above", "commit-message-only", "top-posting"]) {
    it(name, () => {
      const actual = analyse(readFileSync(join(dir, `${name}.txt`), "utf8"));
      expect(actual).toEqual(golden(name, actual));
    });
  }

  it("quoted-printable soft breaks inside a quoted diff are decoded before matching", async () => {
    const parsed = await parseMessage(readFileSync(join(dir, "qp-gmail.eml")));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const actual = analyse(parsed.message.body);
    expect(actual).toEqual(golden("qp-gmail", actual));
  });

  it("trimmed quote: the one distinctive context line decides the hunk", () => {
    const [c] = extractComments(readFileSync(join(dir, "trimmed-quote.txt"), "utf8")).comments;
    expect(c && anchorComment(c, files)).toEqual({ path: "mm/thing.c", hunk: 1, function: "link_thing", line: 52 });
  });

  it("function comes from the definition inside the hunk, not git's header context", () => {
    const a = analyse(readFileSync(join(dir, "quote-of-quote.txt"), "utf8")).comments[0]?.anchor;
    expect(a?.function).toBe("link_thing");
  });

  it("top-posted and commit-message-only remarks are general", () => {
    for (const name of ["top-posting", "commit-message-only"]) {
      const cs = analyse(readFileSync(join(dir, `${name}.txt`), "utf8")).comments;
      expect(cs.map((c) => c.anchor)).toEqual([null]);
    }
  });

  it("a remark below the quoted patch's '-- ' signature and git version is general", () => {
    const tail = ["> \tthing_store(&it, t);", "> \tmm->count++;", "> \treturn 0;"];
    const after = [...tail, "> -- ", "> 2.40.1", ">", "", "Looks fine overall, but please split it."].join("\n");
    expect(analyse(after).comments.map((c) => c.anchor)).toEqual([null]);
    const bare = [...tail, "> --", "", "Looks fine overall."].join("\n");
    expect(analyse(bare).comments.map((c) => c.anchor)).toEqual([null]);
    // Right below the hunk (no signature quoted) the remark is about it.
    const inline = [...tail, "", "Should this not be done under the lock?"].join("\n");
    expect(analyse(inline).comments[0]?.anchor?.function).toBe("link_thing");
  });

  it("hostile input never throws", () => {
    const nasty = [">".repeat(1_000_000), "> x\n".repeat(100_000), "> @@ -1 +1 @@\n".repeat(5000), "\u0000\r\r\n>\t>", ""];
    for (const body of nasty) expect(() => analyse(body)).not.toThrow();
  });
});

describe("new files and files that are not C (fixtures/review/new-file)", () => {
  const nf = join(dir, "new-file");
  const v1 = parseUnifiedDiff(readFileSync(join(nf, "v1.diff"), "utf8")).files;
  const comments = extractComments(readFileSync(join(nf, "review.txt"), "utf8")).comments;
  const anchors = comments.map((c) => anchorComment(c, v1));

  it("points at the quoted line of a new file, not at its line 1", () => {
    expect(comments.map((c) => c.text.split("\n")[0])).toEqual([
      "s/currect/current/",
      "Should be added in alphabetic order.",
      "Alphabetic include file order, please.",
      "No need for ret here, return the call directly?",
      "Please use DIV_ROUND_CLOSEST().",
    ]);
    // #include lines are file scope: no function.
    expect(anchors[2]).toEqual({ path: "drivers/hwmon/foo.c", hunk: 0, function: null, line: 8 });
    // `return ret;` and `if (ret < 0)` occur in both functions: the lines above them decide which.
    expect(anchors[3]).toEqual({ path: "drivers/hwmon/foo.c", hunk: 0, function: "foo_read_volt", line: 30 });
    expect(anchors[4]).toEqual({ path: "drivers/hwmon/foo.c", hunk: 0, function: "foo_read_volt", line: 31 });
  });

  it("gives no function to a line of a file that is not C, whatever git's header context says", () => {
    expect(anchors[0]).toEqual({ path: "Documentation/hwmon/foo.rst", hunk: 0, function: null, line: 4 });
    // A short change in a modified hunk is still anchored at its start.
    expect(anchors[1]).toEqual({ path: "MAINTAINERS", hunk: 0, function: null, line: 203 });
  });
});
