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

  it("a remark answering prose quoted below the patch's '-- ' line is general", () => {
    const tail = ["> \tthing_store(&it, t);", "> \tmm->count++;", "> \treturn 0;", "> -- ", "> 2.40.1", ">"];
    const applied = [...tail, "> Applied, thanks. Do you want it in stable too?", "", "Yes please."].join("\n");
    expect(analyse(applied).comments.map((c) => c.anchor)).toEqual([null]);
    const signed = [...tail.slice(0, 3), "> ", "> Looks sane.", ">", "> -- ", "> Reviewer Name", "", "Thanks for the review!"].join("\n");
    expect(analyse(signed).comments.map((c) => c.anchor)).toEqual([null]);
  });

  it("a remark under a quoted trailer is general, unless it introduces code quoted below it", () => {
    const review = ["> \tthing_store(&it, t);", "> \tmm->count++;", ">", "> Reviewed-by: Some Reviewer <some@reviewer.example>", "", "Thanks for the review!"];
    expect(analyse(review.join("\n")).comments.map((c) => c.anchor)).toEqual([null]);
    const except = ["> Signed-off-by: A U Thor <author@example.org>", "", "Looks fine to me, except:", "", "> +\t\tthing_free(t);", "> +\t\treturn err;", "", "This leaks the iterator."];
    expect(analyse(except.join("\n")).comments[0]?.anchor).toEqual({ path: "mm/thing.c", hunk: 1, function: "link_thing", line: 54 });
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

describe("the quote's nearest file or hunk header decides (audit: a new file's remark went to the file above)", () => {
  const diff = [
    "diff --git a/Documentation/acme/index.rst b/Documentation/acme/index.rst",
    "index 1111111..2222222 100644",
    "--- a/Documentation/acme/index.rst",
    "+++ b/Documentation/acme/index.rst",
    "@@ -20,6 +20,7 @@ Acme Widgets",
    "     widgets/overview",
    " ",
    "     widgets/sprockets",
    "+    widgets/gears",
    " ",
    "     gadgets/levers",
    "     gadgets/pulleys",
    "diff --git a/Documentation/acme/widgets/gears.rst b/Documentation/acme/widgets/gears.rst",
    "new file mode 100644",
    "index 0000000..3333333",
    "--- /dev/null",
    "+++ b/Documentation/acme/widgets/gears.rst",
    "@@ -0,0 +1,4 @@",
    "+=============",
    "+Gear handling",
    "+=============",
    "+Gears turn other gears.",
    "",
  ].join("\n");
  const files = parseUnifiedDiff(diff).files;
  const quoted = (upTo: number) => diff.split("\n").slice(0, upTo).map((l) => `> ${l}`);
  const anchorsOf = (body: string) => extractComments(body).comments.map((c) => anchorComment(c, files));

  it("a remark right under a new file's @@ line is about that file, not the file quoted above it", () => {
    const body = ["Hi,", "", ...quoted(18), "", "Missing SPDX line?", "", "> +=============", "> +Gear handling"].join("\n");
    expect(anchorsOf(body).at(-1)).toEqual({ path: "Documentation/acme/widgets/gears.rst", hunk: 0, function: null, line: 1 });
  });

  it("a remark right under a file's +++ line is about that file; a quote cut at --- a/ is only an ending", () => {
    const body = [...quoted(17), "", "Filename should match the compatible.", "", "> @@ -0,0 +1,4 @@", "> +============="].join("\n");
    expect(anchorsOf(body)).toEqual([{ path: "Documentation/acme/widgets/gears.rst", hunk: 0, function: null, line: 1 }]);
    const cut = [...quoted(3), "", "Applied, thanks"].join("\n");
    expect(anchorsOf(cut)).toEqual([null]);
  });

  it("lines above the nearest hunk header belong to another hunk and do not outvote it", () => {
    const c = [
      "--- a/drivers/acme/gear.c",
      "+++ b/drivers/acme/gear.c",
      "@@ -10,9 +10,10 @@ static int gear_probe(struct device *dev)",
      " \tgear->teeth = read_teeth(dev);",
      " \tgear->ratio = compute_ratio(gear);",
      " \tgear->axle = find_axle(dev);",
      "+\tgear_lock(gear);",
      " \tgear->speed = initial_speed(gear);",
      " \tgear->torque = initial_torque(gear);",
      " \tgear->wear = initial_wear(gear);",
      " \treturn 0;",
      " }",
      "@@ -40,6 +41,5 @@ static void gear_turn(struct gear *gear)",
      " \t\tbreak;",
      " \t}",
      " ",
      "-\tgear_lock(gear);",
      " \tspin(gear);",
      " }",
      "",
    ].join("\n");
    const gear = parseUnifiedDiff(c).files;
    const body = [...c.split("\n").slice(0, 17).map((l) => `> ${l}`), "", "Why is the lock dropped here?"].join("\n");
    const [comment] = extractComments(body).comments;
    expect(comment && anchorComment(comment, gear)).toEqual({ path: "drivers/acme/gear.c", hunk: 1, function: "gear_turn", line: 43 });
  });
});

describe("a format=flowed reply runs a blank context line into the changed line below it (pdx86 audit)", () => {
  const diff = [
    "--- a/drivers/acme/lever.c",
    "+++ b/drivers/acme/lever.c",
    "@@ -120,6 +120,14 @@ static int lever_init(struct lever *lever)",
    " \treturn 0;",
    " }",
    " ",
    "+static int lever_profile_setup(struct lever *lever)",
    "+{",
    "+\tif (!lever->quirks->profiles)",
    "+\t\treturn 0;",
    "+\treturn lever_profile_register(lever);",
    "+}",
    "+",
    " static int lever_probe(struct device *dev)",
    " {",
    "",
  ].join("\n");
  const lever = parseUnifiedDiff(diff).files;

  it("reads '  +static int ...' as the added line, not as context that matches nothing", () => {
    // The quoted " " line and "+static int ..." arrive as one line: "  +static int lever_profile_setup(...)".
    const body = [
      "> @@ -120,6 +120,14 @@ static int lever_init(struct lever *lever)",
      ">   \treturn 0;",
      ">   }",
      ">   +static int lever_profile_setup(struct lever *lever)",
      "",
      "Please rename this function to lever_profile_init().",
    ].join("\n");
    const [c] = extractComments(body).comments;
    expect(c && anchorComment(c, lever)).toEqual({ path: "drivers/acme/lever.c", hunk: 0, function: "lever_profile_setup", line: 123 });
  });

  it("keeps a real context line that starts with a minus sign as context", () => {
    const doc = parseUnifiedDiff(
      ["--- a/Documentation/acme.rst", "+++ b/Documentation/acme.rst", "@@ -3,3 +3,4 @@ Levers", " - pull the lever", "+- push the lever", " - turn the lever", ""].join("\n"),
    ).files;
    const [c] = extractComments(["> @@ -3,3 +3,4 @@ Levers", ">  - pull the lever", "> +- push the lever", "", "Why push?"].join("\n")).comments;
    expect(c && anchorComment(c, doc)).toEqual({ path: "Documentation/acme.rst", hunk: 0, function: null, line: 4 });
  });
});

// Invented replies modelled on the linux-hyperv and linux-kbuild anchor audit.
describe("the line the reviewer quoted, and remarks that answer no code (hyperv/kbuild audit)", () => {
  const c = [
    "--- a/drivers/acme/ipi.c",
    "+++ b/drivers/acme/ipi.c",
    "@@ -100,8 +100,8 @@ static bool acme_send_ipi(int cpu)",
    " \tlocal_irq_save(flags);",
    "-\targ = *this_cpu_ptr(acme_input_arg);",
    "+\targ = acme_arg_setup(acme_input_arg);",
    " \tif (unlikely(!arg))",
    " \t\tgoto ipi_done;",
    " ",
    " \targ->vector = vector;",
    " \targ->flags = 0;",
    "",
  ].join("\n");
  const files = parseUnifiedDiff(c).files;
  const quote = (from: number, to: number) => c.split("\n").slice(from, to).map((l) => `> ${l}`);
  const anchor = (body: string[]) => {
    const [comment] = extractComments(body.join("\n")).comments;
    return comment ? anchorComment(comment, files) : undefined;
  };

  it("a quote of context lines only points at them, not at the change above they leave out", () => {
    // "is this check really needed?" under the `if` and its `goto`: the change two lines up was not quoted.
    expect(anchor(["On Mon, Ann wrote:", ...quote(0, 3), "> [...]", ...quote(6, 8), "", "While here, is this check really needed?"])).toEqual({
      path: "drivers/acme/ipi.c", hunk: 0, function: "acme_send_ipi", line: 103,
    });
    // With the change quoted, the remark is about the change.
    expect(anchor([...quote(0, 8), "", "Why not keep the per-cpu pointer?"])?.line).toBe(101);
  });

  it("a remark under a quoted mail's sign-off answers that mail, not the code quoted further up", () => {
    expect(anchor([">> " + c.split("\n")[5], "> I will fold this into the next version.", ">", "> Thanks,", "> Ann", "", "Sent the fix: https://example.org/fix"])).toBeNull();
  });

  it("a remark inside the quoted commit message (its sign-off below) is general", () => {
    const body = [
      "> The helper prints the traceback with",
      "> \targ = *this_cpu_ptr(acme_input_arg);",
      "> and dies.",
      "",
      "typo: s/traceback/trace back/",
      "",
      "> Signed-off-by: Ann Writer <ann@example.org>",
      "> ---",
      ">  drivers/acme/ipi.c | 2 +-",
    ];
    expect(anchor(body)).toBeNull();
    // b4's "---" over "base-commit:" below the diff is no commit message.
    expect(anchor([...quote(0, 6), "", "Looks fine.", "", "> ---", "> base-commit: 0123456789ab"])?.line).toBe(101);
  });
});

describe("anchorComment: a build report names the line it warns about", () => {
  const diff = [
    "diff --git a/drivers/iio/adc/foo.c b/drivers/iio/adc/foo.c",
    "--- a/drivers/iio/adc/foo.c",
    "+++ b/drivers/iio/adc/foo.c",
    "@@ -40,6 +40,10 @@ static int foo_probe(struct spi_device *spi)",
    " \tstruct foo_state *st;",
    " \tint ret;",
    " ",
    "+\tif (ret)",
    "+\t\treturn ret;",
    "+",
    "+\tst->ready = true;",
    " \tindio_dev = devm_iio_device_alloc(&spi->dev, sizeof(*st));",
    " \tif (!indio_dev)",
    " \t\treturn -ENOMEM;",
  ].join("\n");
  const files = parseUnifiedDiff(diff).files;
  const general = { quotedAbove: [], quotedBelow: [] };

  it("anchors a robot's diagnostic at the file and new line it names", () => {
    const text = "kernel test robot noticed the following build warnings:\ndrivers/iio/adc/foo.c:43:6: warning: variable 'ret' is uninitialized when used here [-Wuninitialized]";
    expect(anchorComment({ ...general, text }, files)).toEqual({ path: "drivers/iio/adc/foo.c", hunk: 0, function: "foo_probe", line: 43 });
    // checkpatch's "#55: FILE: path:line:" form too.
    const checkpatch = "ERROR: trailing whitespace\n#30: FILE: drivers/iio/adc/foo.c:46:\n+^I$";
    expect(anchorComment({ ...general, text: checkpatch }, files)?.line).toBe(46);
  });

  it("stays general when the named line or file is not in the patch", () => {
    expect(anchorComment({ ...general, text: "include/linux/vmstat.h:518:36: warning: arithmetic between different enumeration types" }, files)).toBeNull();
    expect(anchorComment({ ...general, text: "drivers/iio/adc/foo.c:400:6: warning: unused variable 'x'" }, files)).toBeNull();
    // A path and number in prose is no diagnostic.
    expect(anchorComment({ ...general, text: "See drivers/iio/adc/foo.c:43 for how it is done." }, files)).toBeNull();
  });
});
