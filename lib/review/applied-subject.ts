// A maintainer's scripted applied notice that pastes the applied commit below it: subject
// `Applied "spi: foo: Fix bar" to the spi tree`, body "The patch\n\n   spi: foo: Fix bar\n\nhas been
// applied to the spi tree at\n\n   https://git.kernel.org/...", then the commit with its diff; or a commit
// bot's "The following commit has been merged into the irq/irqchip-next branch of irqchip:" above the commit,
// or the old tip-bot's "Commit-ID: <sha>" / "Gitweb: <url>" header above it.
// The pasted diff makes it look like a posting; it is an answer to the patch it names.

const MAX_SUBJECT = 600;
/** `Applied "<title>" to the <tree> tree` (a tree name of one or two words: "spi", "asoc", "regulator"). */
const SUBJECT_RE = /^applied\s+"[^\n]{1,500}"\s+to\s+the\s+[\w.\/-]{1,60}(?:\s+[\w.\/-]{1,60})?\s+tree\s*\.?$/i;
/** "has been applied to the spi tree at", "have been applied to the regulator tree at". */
const APPLIED_TO_TREE_RE = /^(?:has|have)\s+been\s+applied\s+to\s+the\s+[\w.\/-]{1,60}(?:\s+[\w.\/-]{1,60})?\s+tree\b/i;
/** How far into the body the "The patch ... has been applied" opening is looked for. */
const MAX_OPENING_LINES = 12;

/**
 * Whether a mail (not a "Re:") is such a notice: its subject has the `Applied "<title>" to the <x> tree`
 * shape, or its body opens with "The patch(es) / <titles> / has been applied to the <x> tree".
 */
export function isTreeAppliedNotice(subject: string, body: string): boolean {
  const s = subject.trim();
  if (s.length <= MAX_SUBJECT && SUBJECT_RE.test(s)) return true;
  return opensWithAppliedToTree(body) || opensWithCommitMerged(body) || opensWithCommitId(body);
}

/** The old tip-bot's opening ("[tip:x86/cpu] title", 2019 and before): the commit's id and its web address. */
const COMMIT_ID_RE = /^Commit-ID:\s+[0-9a-f]{12,40}\s*\nGitweb:\s+https?:\/\/\S+[0-9a-f]{12,40}\s*$/m;

/** The body's first lines are "Commit-ID: <sha>" and "Gitweb: <url>/<sha>", the commit pasted below. */
function opensWithCommitId(body: string): boolean {
  const start = body.search(/\S/);
  if (start < 0 || !body.startsWith("Commit-ID:", start)) return false;
  const head = body.slice(start, start + 300);
  const m = COMMIT_ID_RE.exec(head);
  return m !== null && m.index === 0;
}

/** A commit bot's opening (tip-bot2 for tip, irqchip, timers...), the commit pasted below it. */
export const COMMIT_MERGED_RE = /^the following commits? (?:has|have) been merged into the [\w.\/+-]{1,100} branch of [\w.\/+-]{1,100}:?$/i;

/** The body's first words are "The following commit has been merged into the <branch> branch of <tree>:". */
function opensWithCommitMerged(body: string): boolean {
  const start = body.search(/\S/);
  if (start < 0) return false;
  const nl = body.indexOf("\n", start);
  const line = (nl < 0 ? body.slice(start) : body.slice(start, nl)).trim();
  return line.length <= 300 && COMMIT_MERGED_RE.test(line);
}

function opensWithAppliedToTree(body: string): boolean {
  let seenOpening = false;
  let start = 0;
  for (let n = 0; n < MAX_OPENING_LINES && start <= body.length; n++) {
    const nl = body.indexOf("\n", start);
    const line = (nl < 0 ? body.slice(start) : body.slice(start, nl)).trim();
    start = nl < 0 ? body.length + 1 : nl + 1;
    if (line.length > 300) return false;
    if (!seenOpening) {
      if (line === "") continue;
      // The notice is the mail's first words; anything else first is someone writing about it.
      if (!/^the\s+patch(?:es)?$/i.test(line)) return false;
      seenOpening = true;
      continue;
    }
    if (APPLIED_TO_TREE_RE.test(line)) return true;
  }
  return false;
}
