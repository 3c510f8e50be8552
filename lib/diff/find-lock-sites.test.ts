// Lock sites on small hand-written diffs modelled on shapes met on linux-mips/pwm/nfs/s390/lsm mail:
// rewritten calls, renames of one form, declarations, new code, conditional conversions, return conventions.
import { describe, expect, it } from "vitest";
import { annotatePatch } from "./annotate-patch";
import type { HunkLabel, HunkNit } from "./types";

function diff(path: string, header: string, lines: string[]): string {
  const old = lines.filter((l) => !l.startsWith("+")).length;
  const neu = lines.filter((l) => !l.startsWith("-")).length;
  return [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`, `@@ -10,${old} +10,${neu} @@ ${header}`, ...lines, ""].join("\n");
}
function labels(text: string): HunkLabel[] {
  return annotatePatch(text).files.flatMap((f) => f.hunks.flatMap((h) => h.labels.filter((l) => l.rule === "lock-conversion")));
}
function nits(text: string): HunkNit[] {
  return annotatePatch(text).files.flatMap((f) => f.hunks.flatMap((h) => h.nits));
}

describe("what is not a conversion", () => {
  it("a call of the same variant rewritten (arguments changed) keeps its failure path", () => {
    const t = diff("drivers/demo.c", "static int demo_wait(struct demo *d)", [
      " \tint t;",
      "-\tt = wait_for_completion_timeout(&d->done, 5 * HZ);",
      "+\tt = wait_for_completion_timeout(&d->done, secs_to_jiffies(5));",
      " \tif (!t)",
      " \t\treturn -ETIMEDOUT;",
    ]);
    expect(labels(t)).toEqual([]);
  });

  it("a variant replaced by another of the same form is a rename (P0)", () => {
    const t = diff("fs/demo.c", "static int demo_mksubvol(struct inode *dir)", [
      " \tint error;",
      "-\terror = down_write_killable_nested(&dir->i_rwsem, I_MUTEX_PARENT);",
      "+\terror = inode_lock_killable_nested(dir, I_MUTEX_PARENT);",
      " \tif (error == -EINTR)",
      " \t\treturn error;",
    ]);
    expect(labels(t)).toEqual([]);
  });

  it("prototypes and macro names in a header declare calls, they make none", () => {
    const t = diff("include/linux/demo.h", "", [
      " /* lock for reading */",
      "-extern void demo_down_read(struct demo_sem *sem);",
      "-extern int __must_check demo_down_read_killable(struct demo_sem *sem);",
      "+extern void demo_down_read(struct demo_sem *sem) __acquires_shared(sem);",
      "+extern int __must_check demo_down_read_trylock(struct demo_sem *sem) __cond_acquires_shared(true, sem);",
      "-#define demo_raw_lock(l)\t__LOCK(l)",
      "+#define demo_raw_trylock(l)\t__TRYLOCK(l)",
      " ",
    ]);
    expect(labels(t)).toEqual([]);
  });

  it("a fallible call in a new function is not labelled, unless its result is thrown away", () => {
    const t = diff("drivers/demo.c", "static int demo_probe(struct demo *d)", [
      " }",
      " ",
      "+static int demo_apply(struct demo *d)",
      "+{",
      "+\tif (mutex_lock_interruptible(&d->lock))",
      "+\t\treturn -EINTR;",
      "+\td->count++;",
      "+\tmutex_unlock(&d->lock);",
      "+\treturn 0;",
      "+}",
      "+",
      "+static void demo_get(struct demo *d)",
      "+{",
      "+\tmutex_lock_interruptible(&d->lock);",
      "+\td->seen = d->count;",
      "+\tmutex_unlock(&d->lock);",
      "+}",
    ]);
    expect(labels(t).map((l) => [l.function, l.handling])).toEqual([["demo_get", "ignored"]]);
    expect(nits(t).map((n) => n.rule)).toEqual(["ignored-error"]);
  });

  it("a return type respelled (an attribute, a fixed-width alias, 'unsigned' for 'unsigned int') is no return-type change", () => {
    const returnTypes = (before: string, after: string) =>
      annotatePatch(diff("drivers/spi/demo.c", "", [`-static ${before} demo_suspend(struct device *dev)`, `+static ${after} demo_suspend(struct device *dev)`, " {"]))
        .files.flatMap((f) => f.hunks.flatMap((h) => h.labels.filter((l) => l.rule === "return-type").map((l) => l.change)));
    expect(returnTypes("int __maybe_unused", "int")).toEqual([]);
    expect(returnTypes("int", "__maybe_unused int")).toEqual([]);
    expect(returnTypes("uint32_t", "u32")).toEqual([]);
    expect(returnTypes("unsigned", "unsigned int")).toEqual([]);
    expect(returnTypes("unsigned long int", "unsigned long")).toEqual([]);
    expect(returnTypes("int", "void")).toEqual(["int -> void"]);
    expect(returnTypes("u32", "phys_addr_t")).toEqual(["u32 -> phys_addr_t"]);
    expect(returnTypes("signed char", "char")).toEqual(["signed char -> char"]);
    // Attributes no list names: the kernel's `__name` annotations and a library's ALL-CAPS inline macro.
    expect(returnTypes("u32 __pure", "u32")).toEqual([]);
    expect(returnTypes("int", "int __init_or_module")).toEqual([]);
    expect(returnTypes("IOURINGINLINE void", "void")).toEqual([]);
    expect(returnTypes("bool", "_LOCAL_INLINE bool")).toEqual([]);
    // Types spelled like them stay types, and an address space changes the type.
    expect(returnTypes("__le32", "__be32")).toEqual(["__le32 -> __be32"]);
    expect(returnTypes("const __le32 *", "const __be32 *")).toEqual(["const __le32 * -> const __be32 *"]);
    expect(returnTypes("__wsum", "__sum16")).toEqual(["__wsum -> __sum16"]);
    expect(returnTypes("EFI_STATUS", "efi_status_t")).toEqual(["EFI_STATUS -> efi_status_t"]);
    expect(returnTypes("struct demo_stats *", "struct demo_stats __percpu *")).toEqual(["struct demo_stats * -> struct demo_stats __percpu *"]);
    expect(returnTypes("__u64", "bool")).toEqual(["__u64 -> bool"]);
    // The kernel's fixed-width names are the C types they stand for; `unsigned long` has none.
    expect(returnTypes("unsigned long long", "u64")).toEqual([]);
    expect(returnTypes("s32", "int")).toEqual([]);
    expect(returnTypes("unsigned int *", "u32 *")).toEqual([]);
    expect(returnTypes("unsigned long", "u64")).toEqual(["unsigned long -> u64"]);
    expect(returnTypes("short", "int")).toEqual(["short -> int"]);
    // asmlinkage names a calling convention, not a type (an assembly routine given a C prototype).
    expect(returnTypes("asmlinkage void", "void")).toEqual([]);
    expect(returnTypes("asmlinkage void", "asmlinkage long")).toEqual(["asmlinkage void -> asmlinkage long"]);
  });

  it("a definition whose name opens its line (the return type on the line above) is renamed, not called", () => {
    const t = diff("kernel/demo/gate.c", "", [
      " /**",
      "- * gate_wait_interruptible_timeout: - wait for the gate (w/(to,intr))",
      "+ * __gate_wait_interruptible_timeout: - wait for the gate (w/(to,intr))",
      "  */",
      " long __sched",
      "-gate_wait_interruptible_timeout(struct demo_gate *g,",
      "-\t\t\t\tunsigned long timeout)",
      "+__gate_wait_interruptible_timeout(struct demo_gate *g,",
      "+\t\t\t\t  unsigned long timeout)",
      " {",
      " \treturn gate_wait_common(g, timeout, TASK_INTERRUPTIBLE);",
      " }",
    ]);
    expect(labels(t)).toEqual([]);
  });

  it("a macro's body spells what its callers get: an arch header defining a timed wait converts nothing", () => {
    const t = diff("arch/demo/include/asm/cmpwait.h", "", [
      " #undef __DEMO_GEN",
      " ",
      "-#define demo_cmpwait_relaxed(ptr, val) \\",
      "-\t__demo_cmpwait((ptr), (unsigned long)(val), sizeof(*(ptr)))",
      "+#define demo_cmpwait_relaxed_timeout(ptr, val, ns)\t\t\\",
      "+\t__demo_cmpwait_timeout((ptr), (unsigned long)(val), ns, sizeof(*(ptr)))",
      "+",
      "+#define demo_sleep_unsafe(t)\t\\",
      "+\tschedule_timeout_interruptible(t)",
    ]);
    expect(labels(t)).toEqual([]);
  });

  it("a wait given its sleep state is the form the state names", () => {
    const t = diff("fs/demo.c", "static int demo_gather(struct demo_core *core)", [
      " \tif (core->waiters > 0) {",
      "-\t\tdemo_freeze_skip();",
      "-\t\twait_for_completion(&core->started);",
      "-\t\tdemo_freeze_count();",
      "+\t\twait_for_completion_state(&core->started,",
      "+\t\t\t\t\t  TASK_UNINTERRUPTIBLE | TASK_FREEZABLE);",
      " \t\tdemo_settle(core);",
      " \t}",
      " \tif (core->child) {",
      "-\t\tret = wait_for_completion_killable(&core->child_done);",
      "+\t\tret = wait_for_completion_state(&core->child_done, TASK_KILLABLE | TASK_FREEZABLE);",
      " \t\tif (ret)",
      " \t\t\treturn ret;",
      " \t}",
      " \tif (core->peer) {",
      "-\t\twait_for_completion(&core->peer_done);",
      "+\t\tif (wait_for_completion_state(&core->peer_done, TASK_INTERRUPTIBLE))",
      "+\t\t\treturn -EINTR;",
      " \t}",
    ]);
    // The uninterruptible one cannot fail (no label, no ignored-error); the killable one is a rename.
    expect(labels(t).map((l) => [l.from, l.to, l.form, l.handling])).toEqual([
      ["wait_for_completion", "wait_for_completion_state", "interruptible", "return"],
    ]);
    expect(nits(t).filter((n) => n.rule === "ignored-error")).toEqual([]);
    // A killable wait given the uninterruptible state can no longer fail.
    const back = diff("fs/demo.c", "static void demo_settle_all(struct demo_core *core)", [
      "-\tif (wait_for_completion_killable(&core->settled))",
      "-\t\treturn;",
      "+\twait_for_completion_state(&core->settled, TASK_UNINTERRUPTIBLE);",
      " \tdemo_release(core);",
    ]);
    expect(labels(back).map((l) => [l.direction, l.from, l.form])).toEqual([["to-plain", "wait_for_completion_killable", "plain"]]);
  });

  it("a wait moved into a branch, its arguments now starting on the next line, is the same wait", () => {
    const t = diff("drivers/usb/demo.c", "static int demo_swap(struct demo_port *port, int role)", [
      " \tif (ret < 0)",
      " \t\tgoto out_unlock;",
      "-\tif (!wait_for_completion_timeout(&port->done,",
      "-\t\t\t\t\t msecs_to_jiffies(DEMO_SWAP_MS)))",
      "-\t\treturn -ETIMEDOUT;",
      "+\tcur = demo_read_role(port);",
      " ",
      "+\tif (cur != role) {",
      "+\t\tif (!wait_for_completion_timeout(",
      "+\t\t\t    &port->done,",
      "+\t\t\t    msecs_to_jiffies(DEMO_SWAP_MS)))",
      "+\t\t\treturn -ETIMEDOUT;",
      "+\t}",
    ]);
    expect(labels(t)).toEqual([]);
  });

  it("a call moved to another function with its statement is moved, not made", () => {
    const t = [
      "diff --git a/kernel/demo.c b/kernel/demo.c",
      "--- a/kernel/demo.c",
      "+++ b/kernel/demo.c",
      "@@ -20,6 +20,9 @@ static int demo_do_load(struct demo_image *img)",
      " {",
      " \tint ret;",
      " ",
      "+\tif (!mutex_trylock(&demo_load_mutex))",
      "+\t\treturn -EBUSY;",
      "+",
      " \tret = demo_prepare(img);",
      " \treturn ret;",
      " }",
      "@@ -60,9 +63,6 @@ SYSCALL_DEFINE2(demo_load, unsigned long, entry, unsigned long, flags)",
      " \tif (ret)",
      " \t\treturn ret;",
      " ",
      "-\tif (!mutex_trylock(&demo_load_mutex))",
      "-\t\treturn -EBUSY;",
      "-",
      " \tret = demo_do_load(img);",
      " \treturn ret;",
      " }",
      "",
    ].join("\n");
    expect(labels(t)).toEqual([]);
    // Made anew (nothing removed elsewhere), the same call is labelled.
    const made = t.replace(/^-.*\n/gm, "").replace("@@ -60,9 +63,6 @@", "@@ -60,6 +63,6 @@");
    expect(labels(made).map((l) => [l.function, l.direction, l.handling, l.errno])).toEqual([["demo_do_load", "added", "return", "-EBUSY"]]);
  });

  it("a function rewritten whole, sharing only its braces with the old one, is new code", () => {
    const t = diff("kernel/demo/selftest.c", "static int demo_selftest_init(void)", [
      "-/* Cleanup function. */",
      "-static void demo_selftest_cleanup(void)",
      "+static int demo_selftest_thread(void *arg)",
      " {",
      "+\tdemo_run_all();",
      "+\twhile (!kthread_should_stop())",
      "+\t\tschedule_timeout_interruptible(3600 * HZ);",
      "+\treturn 0;",
      " }",
    ]);
    expect(labels(t)).toEqual([]);
  });

  it("a lock moved into a function split off, and written there as a guard, is moved, not made", () => {
    const header = "static ssize_t demo_write(struct file *file, const char __user *buf, size_t count)";
    const lines = [
      "-static ssize_t demo_write(struct file *file, const char __user *buf, size_t count)",
      "+static int demo_run_cmd(struct demo_dev *dd, const struct demo_cmd *cmd)",
      " {",
      "-\tstruct demo_dev *dd = file->private_data;",
      "-\tstruct demo_cmd cmd;",
      "-\tint error;",
      "-",
      "-\tif (copy_from_user(&cmd, buf, sizeof(cmd)))",
      "-\t\treturn -EFAULT;",
      "-",
      "-\terror = mutex_lock_interruptible(&dd->mutex);",
      "-\tif (error)",
      "-\t\treturn error;",
      "-",
      "-\tdd->last = cmd.type;",
      "+\tdd->last = cmd->type;",
      "+\treturn 0;",
      "+}",
      "+",
      "+static ssize_t demo_write(struct file *file, const char __user *buf, size_t count)",
      "+{",
      "+\tstruct demo_dev *dd = file->private_data;",
      "+\tstruct demo_cmd cmd;",
      "+",
      "+\tif (copy_from_user(&cmd, buf, sizeof(cmd)))",
      "+\t\treturn -EFAULT;",
      "+",
      "+\tscoped_cond_guard(mutex_intr, return -EINTR, &dd->mutex)",
      "+\t\tdemo_run_cmd(dd, &cmd);",
      " ",
      "-\tmutex_unlock(&dd->mutex);",
      "-\treturn count;",
      "+\treturn count;",
      " }",
    ];
    expect(labels(diff("drivers/demo/cmd.c", header, lines))).toEqual([]);
    // With no such call removed anywhere, the guard is a lock the patch adds.
    const made = diff("drivers/demo/cmd.c", header, lines.filter((l) => !l.includes("= mutex_lock_interruptible(")));
    expect(labels(made).map((l) => [l.function, l.to, l.handling])).toEqual([["demo_write", "mutex_lock_interruptible", "return"]]);
  });

  it("a new function written above another's end, which diff gives the old end, is new code", () => {
    const t = diff("drivers/demo/video.c", "static int demo_negotiate(struct demo_par *par)", [
      " 	par->version = ver;",
      "+	pr_info(\"demo: version %u\\n\", ver);",
      "+",
      "+out:",
      "+\treturn ret;",
      "+}",
      "+",
      "+static int demo_get_modes(struct demo_par *par)",
      "+{",
      "+\tunsigned long t;",
      "+\tint ret = 0;",
      "+",
      "+\tdemo_send(par, DEMO_MODES_REQUEST);",
      "+\tt = wait_for_completion_timeout(&par->wait, DEMO_TIMEOUT);",
      "+\tif (!t) {",
      "+\t\tret = -ETIMEDOUT;",
      "+\t\tgoto out;",
      "+\t}",
      "+\tpar->modes = par->reply.count;",
      " ",
      " out:",
      " \treturn ret;",
      " }",
    ]);
    expect(labels(t)).toEqual([]);
  });

  it("a word beside a type keyword is an attribute macro, whatever its spelling", () => {
    const t = diff("kernel/demo/core.c", "", [
      "-void demo_func_entry(void *pc)",
      "+void demo_noinstr demo_func_entry(void *pc)",
      " {",
      " \tdemo_note(pc);",
      " }",
      "-static unsigned long demo_save_flags(void)",
      "+static demo_irq_attrs unsigned long demo_save_flags(void)",
      " {",
      " \treturn demo_read_flags();",
      " }",
      "-static int demo_count(void)",
      "+static demo_irq_attrs long demo_count(void)",
      " {",
      " \treturn 0;",
      " }",
    ]);
    const rt = annotatePatch(t).files.flatMap((f) => f.hunks.flatMap((h) => h.labels.filter((l) => l.rule === "return-type")));
    expect(rt.map((l) => [l.function, l.change])).toEqual([["demo_count", "int -> demo_irq_attrs long"]]);
  });

  it("a lock named in documentation is prose", () => {
    const t = diff("Documentation/demo/locking.rst", "", [
      " The driver takes the",
      "-required locks using the mutex_lock() function.",
      "+required locks using the mutex_trylock() function and if the lock can not be",
    ]);
    expect(labels(t)).toEqual([]);
  });
});

describe("conversions and their failure paths", () => {
  it("a call kept on one branch and given a new form on another converts it on that branch", () => {
    const t = diff("fs/demo.c", "static int demo_commit(struct demo *d, bool nowait)", [
      " \t/* lock out background commit */",
      "-\tdown_read(&d->ctx_lock);",
      "+\tif (nowait) {",
      "+\t\tif (!down_read_trylock(&d->ctx_lock))",
      "+\t\t\treturn -EAGAIN;",
      "+\t} else {",
      "+\t\tdown_read(&d->ctx_lock);",
      "+\t}",
      " \td->count++;",
    ]);
    expect(labels(t).map((l) => [l.direction, l.from, l.to, l.handling, l.errno])).toEqual([
      ["to-variant", "down_read", "down_read_trylock", "return", "-EAGAIN"],
    ]);
  });

  it("reads a sleep state kept in a variable by what the visible lines set it to", () => {
    const lines = [
      " {",
      "+\tunsigned int state = TASK_UNINTERRUPTIBLE | TASK_KILLABLE | TASK_FREEZABLE;",
      " \tint killed;",
      " ",
      "-\tkilled = wait_for_completion_killable(done);",
      "+\tkilled = wait_for_completion_state(done, state);",
      " \tif (killed)",
      " \t\treturn -EINTR;",
    ];
    // Killable before and after: a rewrite.
    expect(labels(diff("kernel/demo.c", "static int demo_wait_child(struct completion *done)", lines))).toEqual([]);
    const plain = lines.map((l) => l.replace("TASK_KILLABLE | ", "").replace("_killable(done)", "(done)"));
    plain.splice(1, 1, "+\tunsigned int state = TASK_UNINTERRUPTIBLE;", "+", "+\tif (demo_may_stop())", "+\t\tstate |= TASK_INTERRUPTIBLE;");
    expect(labels(diff("kernel/demo.c", "static int demo_wait_child(struct completion *done)", plain)).map((l) => [l.from, l.form, l.handling]))
      .toEqual([["wait_for_completion", "interruptible", "return"]]);
  });

  it("reads the test of a kept result a few statements on, in a later hunk the patch adds to", () => {
    const t = [
      "diff --git a/drivers/demo/sensor.c b/drivers/demo/sensor.c",
      "--- a/drivers/demo/sensor.c",
      "+++ b/drivers/demo/sensor.c",
      "@@ -50,7 +50,8 @@ static int demo_read(struct demo *d, long *val)",
      " \tdemo_start(d);",
      " ",
      "-\twait_for_completion(&d->done);",
      "+\tt = wait_for_completion_timeout(&d->done, d->timeout);",
      " ",
      " \tdemo_stop(d);",
      " \tdemo_irq_mask(d,",
      "@@ -60,6 +61,9 @@ static int demo_read(struct demo *d, long *val)",
      " ",
      " \tmutex_unlock(&d->lock);",
      " ",
      "+\tif (!t)",
      "+\t\treturn -ETIMEDOUT;",
      "+",
      " \t*val = d->data;",
      " \treturn 0;",
      " }",
      "",
    ].join("\n");
    expect(labels(t).map((l) => [l.handling, l.errno])).toEqual([["return", "-ETIMEDOUT"]]);
    // A value set again before the test is another value.
    const reset = t.replace(" \tmutex_unlock(&d->lock);", " \tt = demo_status(d);");
    expect(labels(reset).map((l) => l.handling)).toEqual(["assigned"]);
  });

  it("pairs a plain call taking no argument with its timed form, and reads a helper the patch declares void as reporting nothing", () => {
    const t = [
      "diff --git a/include/linux/demo.h b/include/linux/demo.h",
      "--- a/include/linux/demo.h",
      "+++ b/include/linux/demo.h",
      "@@ -20,3 +20,4 @@",
      " extern int demo_probe_done(void);",
      " extern void wait_for_demo_probes(void);",
      "+extern void wait_for_demo_probes_killable_timeout(unsigned long timeout);",
      " ",
      "diff --git a/kernel/demo/user.c b/kernel/demo/user.c",
      "--- a/kernel/demo/user.c",
      "+++ b/kernel/demo/user.c",
      "@@ -58,5 +58,6 @@ static int demo_open(struct inode *inode, struct file *filp)",
      " \tdefault:",
      "-\t\twait_for_demo_probes();",
      "+\t\t/* Wait a while, not for ever. */",
      "+\t\twait_for_demo_probes_killable_timeout(300 * HZ);",
      " \t\tbreak;",
      " \t}",
      "",
    ].join("\n");
    expect(labels(t).map((l) => [l.direction, l.from, l.to, l.handling])).toEqual([
      ["to-variant", "wait_for_demo_probes", "wait_for_demo_probes_killable_timeout", "ignored"],
    ]);
    expect(nits(t)).toEqual([]);
    // Declared to return the time left, the dropped result is worth a word.
    expect(nits(t.replace("extern void wait_for_demo_probes_killable", "extern long wait_for_demo_probes_killable")).map((n) => n.rule)).toEqual(["ignored-error"]);
  });

  it("reads a comparison after a call whose arguments run onto the next line", () => {
    const t = diff("drivers/demo/bus.c", "static int demo_resume(struct device *dev)", [
      " \tdemo_request_offers();",
      " ",
      "-\twait_for_completion(&demo_conn.resume_done);",
      "+\tif (wait_for_completion_timeout(",
      "+\t\t&demo_conn.resume_done, 10 * HZ) == 0)",
      "+\t\tpr_err(\"demo: a device is missing after resume\\n\");",
      " ",
      " \treturn 0;",
    ]);
    expect(labels(t).map((l) => [l.to, l.handling])).toEqual([["wait_for_completion_timeout", "logged"]]);
  });

  it("reads a condition begun on the line above", () => {
    const t = diff("fs/demo.c", "static vm_fault_t demo_page_mkwrite(struct vm_fault *vmf)", [
      " \tstruct page *page = vmf->page;",
      "-\twait_on_page_writeback(page);",
      "+\tif (PageWriteback(page) &&",
      "+\t    wait_on_page_writeback_killable(page) < 0)",
      "+\t\treturn VM_FAULT_RETRY;",
      " \tlock_page(page);",
    ]);
    expect(labels(t).map((l) => [l.direction, l.handling, l.errno])).toEqual([["to-variant", "return", "VM_FAULT_RETRY"]]);
  });

  it("reads a timeout wait by its convention: 0 is the timeout, non-zero the success", () => {
    const success = diff("drivers/demo.c", "static int demo_xfer(struct demo *d)", [
      " \tdemo_start(d);",
      "-\twait_for_completion(&d->done);",
      "+\tif (wait_for_completion_timeout(&d->done, HZ))",
      "+\t\treturn d->result;",
      " \tdemo_stop(d);",
    ]);
    expect(labels(success).map((l) => [l.handling, l.errno])).toEqual([["other", null]]);
    const split = diff("drivers/demo.c", "static int demo_xfer(struct demo *d)", [
      " \tdemo_start(d);",
      "-\twait_for_completion(&d->done);",
      "+\tt = wait_for_completion_timeout(&d->done,",
      "+\t\t\t\t\tmsecs_to_jiffies(100));",
      "+\tif (t == 0)",
      "+\t\treturn -ETIMEDOUT;",
      " \tdemo_stop(d);",
    ]);
    expect(labels(split).map((l) => [l.direction, l.handling, l.errno])).toEqual([["to-variant", "return", "-ETIMEDOUT"]]);
  });

  it("reads a failure branch that only sets the error returned further down as 'assigned', with that errno", () => {
    // Modelled on spi controller drivers leaving an interruptible wait for a plain timeout one.
    const t = diff("drivers/spi/demo-qspi.c", "static int demo_exec_op(struct spi_mem *mem,", [
      " 		demo_write(q, DEMO_IEN, DEMO_IXR_MASK);",
      "-		if (!wait_for_completion_interruptible_timeout(&q->done,",
      "+		if (!wait_for_completion_timeout(&q->done,",
      " 						       msecs_to_jiffies(1000)))",
      " 			err = -ETIMEDOUT;",
      " 	}",
    ]);
    expect(labels(t).map((l) => [l.direction, l.handling, l.errno])).toEqual([["variant-change", "assigned", "-ETIMEDOUT"]]);
    // The errno then flows on: an interruptible wait's -ERESTARTSYS overwritten by -EINTR is worth a word.
    const intr = diff("drivers/spi/demo-csi.c", "static int demo_wait_for_interrupt(struct demo_csi *csi, u32 mask)", [
      "-	ret = wait_event_timeout(csi->wait, csi->status & mask, HZ);",
      "+	ret = wait_event_interruptible(csi->wait, csi->status & mask);",
      "+	if (ret || csi->aborted)",
      "+		ret = -EINTR;",
      " 	demo_disable_irqs(csi, mask);",
    ]);
    expect(labels(intr).map((l) => [l.handling, l.errno])).toEqual([["assigned", "-EINTR"]]);
    expect(nits(intr).map((n) => n.rule)).toEqual(["errno-choice"]);
  });

  it("reads a bare call whose arguments run over several lines as ignored", () => {
    // Modelled on crypto engine drivers that wait, then read the device's status instead of the result.
    const t = diff("drivers/crypto/demo-ahash.c", "static int demo_hash_run(struct demo_ctx *ctx)", [
      " 		demo_dma_start(ctx->dev, sg);",
      "+		wait_for_completion_interruptible_timeout(&ctx->dev->complete,",
      "+							  msecs_to_jiffies(2000));",
      " 		if (!ctx->dev->status) {",
      " 			err = -EFAULT;",
    ]);
    expect(labels(t).map((l) => [l.direction, l.handling])).toEqual([["added", "ignored"]]);
    // A new bounded wait whose result goes unread is often deliberate: labelled, no nit.
    expect(nits(t)).toEqual([]);
  });

  it("asks nothing of a variant exchanged for another when the old result was dropped as well", () => {
    const t = diff("drivers/char/demo-random.c", "void demo_add_randomness(const char *buf, size_t count)", [
      "-	wait_event_interruptible(demo_write_wait,",
      "+	wait_event_interruptible_timeout(demo_write_wait,",
      " 			kthread_should_stop() ||",
      "-			demo_bits() <= demo_wakeup_bits);",
      "+			demo_bits() <= demo_wakeup_bits,",
      "+			DEMO_RESEED_INTERVAL);",
      " 	demo_mix(buf, count);",
    ]);
    expect(labels(t).map((l) => [l.direction, l.handling])).toEqual([["variant-change", "ignored"]]);
    expect(nits(t)).toEqual([]);
  });

  it("reads an interruptible sleep's time left as 'woken early', and does not ask to check a bare one", () => {
    const t = diff("drivers/demo.c", "static int demo_retry(struct demo *d)", [
      " \tfor (i = 0; rc && i < 3; i++) {",
      "-\t\tmsleep(100);",
      "+\t\tif (msleep_interruptible(100))",
      "+\t\t\treturn -EINTR;",
      " \t\trc = demo_try(d);",
      " \t}",
      "-\tmsleep(10);",
      "+\tmsleep_interruptible(10);",
      " \treturn rc;",
    ]);
    expect(labels(t).map((l) => [l.handling, l.errno])).toEqual([["return", "-EINTR"], ["ignored", null]]);
    expect(nits(t)).toEqual([]);
  });

  it("takes -ERESTARTSYS after an interruptible lock as the kernel idiom, not an errno to change", () => {
    const t = diff("drivers/demo.c", "static ssize_t demo_store(struct demo *d)", [
      " \tint rc;",
      "-\tmutex_lock(&d->lock);",
      "+\tif (mutex_lock_interruptible(&d->lock))",
      "+\t\treturn -ERESTARTSYS;",
      " \trc = demo_commit(d);",
    ]);
    expect(labels(t).map((l) => [l.handling, l.errno])).toEqual([["return", "-ERESTARTSYS"]]);
    expect(nits(t)).toEqual([]);
  });

  it("does not read the second line of a conditional expression as an ignored call", () => {
    const t = diff("fs/demo.c", "static int demo_iterate(struct inode *inode, bool shared)", [
      " \tint res;",
      "-\tres = down_read_killable(&inode->i_rwsem);",
      "+\tres = shared ? down_read_killable(&inode->i_rwsem) :",
      "+\t\t       down_write_killable(&inode->i_rwsem);",
      " \tif (res)",
      " \t\treturn res;",
    ]);
    expect(labels(t).filter((l) => l.handling === "ignored")).toEqual([]);
    expect(nits(t)).toEqual([]);
  });

  it("reads both arms of a conditional expression through the variable, the second on a line of its own", () => {
    const t = diff("fs/demo.c", "static int demo_walk(struct demo_dir *dir, bool shared, bool nowait)", [
      "-\tif (shared)",
      "-\t\tres = down_read_killable(&dir->rwsem);",
      "-\telse",
      "-\t\tres = down_write_killable(&dir->rwsem);",
      "+\tif (nowait) {",
      "+\t\tres = shared ? down_read_trylock(&dir->rwsem) :",
      "+\t\t\t       down_write_trylock(&dir->rwsem);",
      "+\t\tif (!res)",
      "+\t\t\tres = -EAGAIN;",
      "+\t} else {",
      "+\t\tres = shared ? down_read_killable(&dir->rwsem) :",
      "+\t\t\t       down_write_killable(&dir->rwsem);",
      "+\t}",
      " \tif (res < 0)",
      " \t\tgoto out;",
    ]);
    expect(labels(t).map((l) => [l.from, l.to, l.handling, l.errno])).toEqual([
      ["down_read_killable", "down_read_trylock", "assigned", "-EAGAIN"],
      ["down_write_killable", "down_write_trylock", "assigned", "-EAGAIN"],
    ]);
  });
});
