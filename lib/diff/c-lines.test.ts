import { describe, expect, test } from "vitest";
import { callsIn } from "./c-lines";

const KEYWORDS = new Set(["if", "for", "while", "switch", "return", "sizeof", "do", "else", "case", "typeof", "__typeof__"]);

// The regex scan callsIn's hand-written one must agree with.
function reference(code: string): { name: string; args: string; index: number }[] {
  const out: { name: string; args: string; index: number }[] = [];
  const re = /([A-Za-z_]\w*)\s*\(/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(code))) {
    const name = m[1] ?? "";
    if (KEYWORDS.has(name)) continue;
    const start = m.index + m[0].length;
    let depth = 1;
    let i = start;
    for (; i < code.length && depth > 0; i++) {
      if (code[i] === "(") depth++;
      else if (code[i] === ")") depth--;
    }
    out.push({ name, args: code.slice(start, depth === 0 ? i - 1 : code.length), index: m.index });
  }
  return out;
}

describe("callsIn", () => {
  test.each([
    "\tif (mutex_lock_killable(&dev->lock))",
    "\terr = down_read_killable (&mm->mmap_lock);",
    "foo(bar(baz(1), 2), qux (3))",
    "9abc(x) 1(2) _x9 ( y )",
    "a\u00a0(b)\u2028c\t(d",
    "return sizeof(x) + f(",
    "((())) (a)(b) x.y->z(w)",
    "",
  ])("%j", (code) => expect(callsIn(code)).toEqual(reference(code)));

  test("names and arguments", () => {
    expect(callsIn("\tret = mutex_lock_interruptible(&p->lock);")).toEqual([
      { name: "mutex_lock_interruptible", args: "&p->lock", index: 7 },
    ]);
  });
});
