import { afterEach, describe, expect, it, vi } from "vitest";

const setFlags = vi.fn();
vi.mock("node:v8", () => ({ setFlagsFromString: (flag: string) => setFlags(flag) }));
const { raiseTieringBudget } = await import("./raise-tiering-budget");

describe("raiseTieringBudget", () => {
  afterEach(() => setFlags.mockClear());

  it("sets the bulk flags once for overlapping runs and puts V8's defaults back when the last ends", () => {
    const outer = raiseTieringBudget();
    const inner = raiseTieringBudget(); // a second run overlapping the first in one process
    expect(setFlags.mock.calls.map((c) => c[0])).toEqual(["--interrupt-budget=600000", "--no-turbo-inlining"]);
    inner();
    inner(); // a second call of the same restore changes nothing
    expect(setFlags).toHaveBeenCalledTimes(2);
    outer();
    expect(setFlags.mock.calls.slice(2).map((c) => c[0])).toEqual(["--interrupt-budget=67584", "--turbo-inlining"]);
    // The next run sets them again, and puts them back.
    raiseTieringBudget()();
    expect(setFlags).toHaveBeenCalledTimes(8);
  });

  it("leaves a flag the user chose on the command line alone", () => {
    const argv = process.execArgv;
    Object.defineProperty(process, "execArgv", { value: [...argv, "--interrupt-budget=1000"], configurable: true });
    try {
      raiseTieringBudget()();
      expect(setFlags.mock.calls.map((c) => c[0])).toEqual(["--no-turbo-inlining", "--turbo-inlining"]);
    } finally {
      Object.defineProperty(process, "execArgv", { value: argv, configurable: true });
    }
  });
});
