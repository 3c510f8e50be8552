import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotatePatch } from "../annotate-patch";
import type { HunkLabel } from "../types";

const dir = join(import.meta.dirname, "..", "..", "..", "fixtures", "diff", "rules");
const load = (name: string) => annotatePatch(readFileSync(join(dir, name), "utf8"));
const nitsOf = (name: string) => {
  const r = load(name);
  expect(r.errors).toEqual([]);
  return r.files.flatMap((f) => f.hunks.flatMap((h) => h.nits.map((n) => [n.rule, n.line])));
};
const labelsOf = (name: string): HunkLabel[] => load(name).files.flatMap((f) => f.hunks.flatMap((h) => h.labels));

describe("nit rules on hand-written fixtures", () => {
  it.each([
    ["lock-after-alloc/reorder.diff", [["lock-after-alloc", 103]]],
    ["lock-after-alloc/leak.diff", [["lock-after-alloc", 203]]],
    ["lock-after-alloc/lock-first.diff", []],
    ["reused-label/store-label.diff", [["reused-label", 403]]],
    ["reused-label/generic-out.diff", []],
    ["label-name/bare-free.diff", [["label-name", 605]]],
    ["label-name/named-label.diff", []],
    ["never-fail/fresh.diff", [["never-fail", 704]]],
    ["never-fail/null-check-only.diff", [["never-fail", 713]]],
    ["never-fail/published.diff", []],
    ["ignored-error/bare.diff", [["ignored-error", 900]]],
    ["ignored-error/checked.diff", []],
    ["ignored-error/drain-completion.diff", []],
    ["ignored-error/state-only.diff", []],
    ["ignored-error/kthread.diff", []],
    ["ignored-error/kthread-with-signals.diff", [["ignored-error", 129]]],
    ["teardown-killable/release.diff", [["teardown-killable", 52]]],
    ["teardown-killable/ioctl.diff", []],
    ["partial-loop/state-loop.diff", [["partial-loop", 1001]]],
    ["partial-loop/lock-only-loop.diff", []],
    ["errno-choice/enomem.diff", [["errno-choice", 1200]]],
    ["errno-choice/domain-code.diff", []],
    ["unlock-not-taken/label-unlocks.diff", [["unlock-not-taken", 143]]],
    ["unlock-not-taken/branch-unlocks.diff", [["unlock-not-taken", 303]]],
    ["unlock-not-taken/label-below-unlock.diff", []],
    ["unlock-not-taken/flag-guarded.diff", []],
    ["unlock-not-taken/retaken.diff", []],
    ["guard-skips-body/returns-success.diff", [["guard-skips-body", 211]]],
    ["guard-skips-body/returns-eintr.diff", []],
    ["lost-killability/semaphore-timeout.diff", [["lost-killability", 91]]],
    // The killable wait stays in the function (rewritten below the new semaphore): nothing lost.
    ["lost-killability/killable-kept.diff", []],
    ["log-on-signal/dev-err.diff", [["log-on-signal", 123]]],
    ["log-on-signal/signal-aware.diff", []],
    // Setting a signal's errno after the message tells nothing apart: every signal still prints it.
    ["log-on-signal/sets-errno.diff", [["log-on-signal", 212]]],
    ["error-flattened/caller-flattens.diff", [["error-flattened", 305]]],
    ["error-flattened/caller-propagates-now.diff", [["error-flattened", 45]]],
    ["error-flattened/caller-propagates.diff", []],
    ["stale-error-code/default-enomem.diff", [["stale-error-code", 706]]],
    ["stale-error-code/zero-after-call.diff", [["stale-error-code", 85]]],
    ["stale-error-code/set-in-branch.diff", []],
    ["stale-error-code/default-added.diff", [["default-error-code", 707]]],
  ])("%s", (name, expected) => {
    expect(nitsOf(name)).toEqual(expected);
  });

  it("says which setup a reorder would avoid", () => {
    const n = load("lock-after-alloc/reorder.diff").files[0]!.hunks[0]!.nits[0]!;
    expect(n.message).toMatch(/Reorder the lock.*vma_iter_prealloc\(\).*vma_iter_free\(\)/);
    expect(n.lines).toEqual([100]);
  });
});

describe("lock-conversion labels", () => {
  it("recognises an unlisted helper by its naming convention", () => {
    const [l] = labelsOf("lock-conversion/naming.diff");
    expect(l).toMatchObject({ matchedBy: "naming", from: "demo_dev_lock", to: "demo_dev_lock_interruptible", handling: "propagate", errno: "propagated" });
  });

  it("labels a conversion back to the plain call as removing an error path", () => {
    const [l] = labelsOf("lock-conversion/to-plain.diff");
    expect(l).toMatchObject({ direction: "to-plain", from: "mutex_lock_killable", to: "mutex_lock" });
    expect(String(l!.meaning)).toMatch(/removes an error path/);
  });

  it("labels a variant-to-variant change", () => {
    const [l] = labelsOf("lock-conversion/variant-change.diff");
    expect(l).toMatchObject({ direction: "variant-change", from: "mutex_lock_interruptible", to: "mutex_lock_killable", object: "d->lock" });
  });

  it("reads scope guards as the lock calls they make (LOCK-SEMANTICS P5)", () => {
    // mutex_lock -> scoped_cond_guard(mutex_intr, return -EINTR, ...): a failure path added, handled by the guard.
    expect(labelsOf("lock-conversion/guard-cond.diff")).toEqual([expect.objectContaining({ direction: "to-variant",
      from: "mutex_lock", to: "mutex_lock_interruptible", guard: "scoped_cond_guard(mutex_intr)", object: "d->lock",
      handling: "return", errno: "-EINTR", line: 43 })]);
    // mutex_lock_interruptible -> guard(mutex): the failure path goes.
    expect(labelsOf("lock-conversion/guard-plain.diff")).toEqual([expect.objectContaining({ direction: "to-plain",
      from: "mutex_lock_interruptible", to: "mutex_lock", guard: "guard(mutex)", handling: "ignored" })]);
    // A call that could fail, respelled as a guard (its object on the next line): labelled "to-guard" with the
    // guard's failure statement; the plain mutex_lock respelled as guard(mutex) below it stays unlabelled.
    expect(labelsOf("lock-conversion/guard-rewrite.diff")).toEqual([expect.objectContaining({ direction: "to-guard",
      from: "mutex_lock_interruptible", to: "mutex_lock_interruptible", guard: "scoped_cond_guard(mutex_intr)",
      handling: "return", errno: "-ERESTARTSYS", line: 123 })]);
    // scoped_guard(mutex_intr) skips its body on a signal: the statement after the body is its failure path.
    expect(labelsOf("guard-skips-body/returns-eintr.diff")).toEqual([expect.objectContaining({ direction: "to-guard",
      guard: "scoped_guard(mutex_intr)", handling: "return", errno: "-EINTR", line: 211 })]);
    expect(labelsOf("guard-skips-body/returns-success.diff")).toEqual([expect.objectContaining({ direction: "to-guard",
      guard: "scoped_guard(mutex_intr)", handling: "other", errno: null })]);
    // cleanup.h's class definitions name the calls a guard makes; they convert nothing.
    expect(labelsOf("lock-conversion/guard-definition.diff")).toEqual([]);
    // ACQUIRE + ACQUIRE_ERR: the failure is read where ACQUIRE_ERR is tested.
    expect(labelsOf("lock-conversion/acquire.diff")).toEqual([expect.objectContaining({ direction: "to-variant",
      from: "down_read", to: "down_read_interruptible", guard: "ACQUIRE(rwsem_read_intr)", handling: "propagate",
      errno: "propagated" })]);
  });

  it("pairs a lock moved across hunks and lists what it moved past", () => {
    const ls = labelsOf("lock-conversion/moved.diff");
    expect(ls).toHaveLength(1);
    expect(ls[0]).toMatchObject({ moved: "earlier", label: "out_free_mpol", handling: "goto", movedAcrossUnseen: true });
    expect(ls[0]!.movedPast).toEqual(["anon_vma_clone()", "…", "->open()"]);
  });

  it("reports a void -> int return type change on the function's sites", () => {
    const ls = labelsOf("lock-conversion/void-to-int.diff");
    expect(ls.filter((l) => l.rule === "return-type").map((l) => l.function)).toEqual(["demo_pages_range", "demo_next"]);
    expect(ls.find((l) => l.rule === "lock-conversion")).toMatchObject({ returnType: "void -> int", handling: "return", errno: "-EINTR" });
  });

  it("reads wait and trylock return conventions", () => {
    const ls = labelsOf("lock-conversion/trylock-wait.diff");
    expect(ls.map((l) => [l.to, l.form, l.handling, l.errno])).toEqual([
      ["wait_for_completion_killable", "killable", "propagate", "propagated"],
      ["folio_trylock", "trylock", "return", "-EAGAIN"],
    ]);
  });

  it("does not read a trylock's success branch as its failure path", () => {
    const [l] = labelsOf("lock-conversion/trylock-success-branch.diff");
    expect(l).toMatchObject({ to: "mutex_trylock", form: "trylock", handling: "other", errno: null });
    expect(nitsOf("lock-conversion/trylock-success-branch.diff")).toEqual([]);
  });

  it("reads the failure path of a condition that tests success: its else, or what follows a branch that leaves", () => {
    expect(labelsOf("lock-conversion/success-branch-leaves.diff")).toEqual([expect.objectContaining({
      to: "wait_event_timeout", handling: "return", errno: "-ETIMEDOUT" })]);
    expect(labelsOf("lock-conversion/trylock-else.diff")).toEqual([expect.objectContaining({
      to: "mutex_trylock", handling: "return", errno: "NOTIFY_DONE" })]);
  });

  it("reads a wait retried in a loop's condition as retry", () => {
    expect(labelsOf("lock-conversion/retry-loop.diff")).toEqual([expect.objectContaining({
      from: "wait_for_completion", to: "wait_for_completion_timeout", handling: "retry" })]);
  });

  it("reads a trylock that breaks out of a loop on success as retry", () => {
    expect(labelsOf("lock-conversion/trylock-break-loop.diff")).toEqual([expect.objectContaining({
      from: "mutex_lock", to: "mutex_trylock", handling: "retry", errno: null })]);
  });

  it("reads a failure that jumps back to a label above the call as retry", () => {
    expect(labelsOf("lock-conversion/goto-label-above.diff")).toEqual([expect.objectContaining({
      from: "mutex_lock", to: "mutex_trylock", handling: "retry", label: "again" })]);
    expect(nitsOf("lock-conversion/goto-label-above.diff")).toEqual([]);
  });

  it("reads each arm of a choice between trylocks through the variable both assign", () => {
    expect(labelsOf("lock-conversion/ternary-trylock.diff").map((l) => [l.to, l.handling, l.errno])).toEqual([
      ["down_read_trylock", "return", "-EAGAIN"],
      ["down_write_trylock", "return", "-EAGAIN"],
    ]);
  });

  it("reads a failure branch that only logs as logged", () => {
    expect(labelsOf("lock-conversion/logged.diff")).toEqual([expect.objectContaining({
      to: "wait_for_completion_timeout", handling: "logged", errno: null })]);
    expect(labelsOf("lock-conversion/logged-else.diff")).toEqual([expect.objectContaining({
      to: "wait_for_completion_timeout", handling: "logged", errno: null })]);
  });

  it("reads a sleep-mode argument change as a conversion", () => {
    const [l] = labelsOf("lock-conversion/wait-on-bit-mode.diff");
    expect(l).toMatchObject({ from: "wait_on_bit", to: "wait_on_bit", mode: "TASK_UNINTERRUPTIBLE -> TASK_KILLABLE", form: "killable", handling: "propagate" });
  });

  it("reads a sleep state set for a later schedule() as a conversion with no result, and a wake-up's state as none", () => {
    const ls = labelsOf("ignored-error/state-only.diff");
    expect(ls.map((l) => [l.from, l.to, l.mode, l.form, l.errno])).toEqual([
      ["prepare_to_wait", "prepare_to_wait", "TASK_UNINTERRUPTIBLE -> TASK_INTERRUPTIBLE", "interruptible", null],
    ]);
  });

  it("reads domain codes and new fallible calls", () => {
    expect(labelsOf("errno-choice/domain-code.diff")[0]).toMatchObject({ handling: "goto", errno: "H_STATE", label: "out" });
    expect(labelsOf("never-fail/fresh.diff")[0]).toMatchObject({ direction: "added", from: undefined, label: "free_vma" });
  });
});
