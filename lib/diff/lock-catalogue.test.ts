import { describe, expect, it } from "vitest";
import { familyOf, isCataloguedPlain, lockInfo, namesItsLockClass } from "./lock-catalogue";

describe("lock catalogue", () => {
  it("knows the catalogued variants and their return conventions", () => {
    expect(lockInfo("vma_start_write_killable")).toMatchObject({ plain: "vma_start_write", form: "killable", errno: "-EINTR", mustCheck: true, matchedBy: "catalogue" });
    expect(lockInfo("mmap_write_lock_killable")).toMatchObject({ mustCheck: false });
    expect(lockInfo("down_trylock")).toMatchObject({ plain: "down", returns: "inverse" });
    expect(lockInfo("wait_event_interruptible")).toMatchObject({ errno: "-ERESTARTSYS" });
    expect(lockInfo("wait_for_completion_timeout")).toMatchObject({ returns: "jiffies" });
    expect(isCataloguedPlain("mutex_lock")).toBe(true);
    expect(isCataloguedPlain("mutex_lock_killable")).toBe(false);
  });

  it("guesses unlisted helpers from the kernel's naming conventions", () => {
    expect(lockInfo("foo_lock_killable")).toMatchObject({ plain: "foo_lock", form: "killable", matchedBy: "naming" });
    expect(lockInfo("bar_trylock")).toMatchObject({ plain: "bar_lock", form: "trylock" });
    expect(lockInfo("trylock_buffer")).toMatchObject({ plain: "lock_buffer", form: "trylock" });
    expect(lockInfo("baz_lock_nowait")).toMatchObject({ plain: "baz_lock", form: "nowait" });
    expect(lockInfo("wait_on_thing_interruptible")).toMatchObject({ errno: "-ERESTARTSYS" });
    // A suffix alone is not enough: the stem must look like a lock or a wait.
    expect(lockInfo("schedule_timeout")).toBeNull();
    expect(lockInfo("copy_killable")).toBeNull();
    expect(lockInfo("kmalloc")).toBeNull();
    expect(familyOf("mutex_lock_interruptible")).toBe("mutex_lock");
  });

  it("reads a memory-ordering suffix as an atomic's ordering, not a lock taken", () => {
    // A spin on a value until a condition holds or time runs out (`_acquire` orders the load).
    expect(lockInfo("demo_cond_read_acquire_timeout")).toBeNull();
    expect(lockInfo("demo_cond_load_relaxed_timeout")).toBeNull();
    // A lock word in the stem still counts.
    expect(lockInfo("demo_lock_acquire_timeout")).toMatchObject({ plain: "demo_lock_acquire", form: "timeout" });
  });

  it("tells the generic primitives from the families whose call names its lock class", () => {
    expect(namesItsLockClass("vma_start_write")).toBe(true);
    expect(namesItsLockClass("inode_lock")).toBe(true);
    expect(namesItsLockClass("mutex_lock")).toBe(false);
    expect(namesItsLockClass("wait_for_completion")).toBe(false);
  });
});
