import { describe, expect, it } from "vitest";
import { callsIn } from "./c-lines";
import { guardedLockCall } from "./guard-calls";

const read = (code: string) => {
  const call = callsIn(code)[0]!;
  const g = guardedLockCall(call, code);
  return g && { name: g.call.name, object: g.call.args, spelled: g.spelled, failure: g.failure, acquireVar: g.acquireVar };
};

describe("guardedLockCall", () => {
  it("reads each guard macro as the lock call its class makes", () => {
    expect(read("\tguard(mutex)(&st->lock);")).toEqual({ name: "mutex_lock", object: "&st->lock", spelled: "guard(mutex)", failure: null, acquireVar: null });
    expect(read("\tscoped_guard(rwsem_write, &sem) {")).toMatchObject({ name: "down_write", object: "&sem" });
    expect(read("\tscoped_cond_guard(rwsem_write_kill, goto out_unlock, &mm->sem) {")).toMatchObject({
      name: "down_write_killable", object: "&mm->sem", failure: "goto out_unlock" });
    expect(read("\tACQUIRE(mutex_intr, lock)(&mds->poison.mutex);")).toMatchObject({
      name: "mutex_lock_interruptible", object: "&mds->poison.mutex", acquireVar: "lock" });
    expect(read("\tscoped_cond_guard(spinlock_try, return -EBUSY, &p->state_lock) {")).toMatchObject({ name: "spin_trylock" });
    // A class named after a catalogued plain call makes that call.
    expect(read("\tguard(mmap_read_lock)(mm);")).toMatchObject({ name: "mmap_read_lock", object: "mm" });
  });

  it("leaves guards of other classes and the macros' own definitions alone", () => {
    expect(read("\tguard(rcu)();")).toBeNull();
    expect(read("\tguard(spinlock_irqsave)(&dev->lock);")).toBeNull();
    expect(read("#define scoped_cond_guard(_name, _fail, args...) \\")).toBeNull();
    expect(read("\tguard(mutex);")).toBeNull();
  });
});
