// Resolution compares the code a remark was anchored to with the same code in the next revision's matched
// patch: the lines of its function (in every hunk of the file), or, at file scope (includes, declarations,
// any line of a file that is not C), the run of lines around it, found again by content or line range.
// Only +/- lines are compared, whitespace-normalised, so a rebase that shifts line numbers does not count.
import type { AnnotatedFile, FileDiff, Hunk } from "../diff/types";
import { normalizedLines } from "./anchor-comment";
import { hasCourtesyThanks } from "./classify-comment";
import { statesChange } from "./classify-response";
import { enclosingFunction } from "./enclosing-function";
import { remarkedLinesKept, samePath } from "./remarked-lines";
import type { Anchor, ChangelogLine, CommentKind, CommentResponse, Resolution, ResolutionEvidence } from "./types";

export interface RevisionCode {
  version: number;
  files: FileDiff[];
  annotated?: AnnotatedFile[];
  /** The other patches of the same revision, searched when code moved to another patch. */
  others?: { files: FileDiff[]; annotated?: AnnotatedFile[] }[];
  /** The patch mail's body (commit message, notes, diff): a remark on the commit message is read against it. */
  body?: string;
  /** The mail's own text, a cover letter's too: the identifiers it names are what the whole posting is about. */
  text?: string;
  /**
   * The revision carries nothing of the patch: no patch of it matches this one or changes its files (the patch was
   * dropped, or went in on its own).
   */
  absent?: boolean;
}

export interface ResolveInput {
  comment: {
    text: string;
    kind: CommentKind;
    anchor: Anchor | null;
    reviewer: string;
    /** The quoted lines right above the remark (nearest last): a remark on the commit message quotes it. */
    quoted?: readonly string[];
  };
  old: RevisionCode;
  next: RevisionCode | null;
  response: CommentResponse;
  /** The next revision's changelog (cover letter or patch notes). */
  changelog: ChangelogLine[];
}

const ACTIONABLE: ReadonlySet<CommentKind> = new Set(["nit", "question", "objection"]);
const NOTHING_TO_RESOLVE: ReadonlySet<CommentKind> = new Set(["ack", "praise"]);
// "+Desmond", "+Cc Arnd, Greg", "Adding Ann to Cc.": a remark that only copies people in.
const CC_NAMES = String.raw`[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?(?:\s*<[^>\s]+>)?(?:\s*(?:,|&|\band\b)\s*\+?\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?(?:\s*<[^>\s]+>)?)*`;
const CC_ONLY_RE = new RegExp(
  String.raw`^\s*(?:(?:\+\s*(?:[Cc][Cc]:?\s*)?${CC_NAMES}|(?:[Aa]dding|[Aa]dd|[Cc][Cc]'?ing)\s+${CC_NAMES}\s+(?:to|in)\s+(?:the\s+)?(?:[Cc][Cc]|loop))\s*[.!]?\s*)+$`,
);

// Words by which an approval still asks for something: a question, "please", "missing", "should", "but", "instead".
const CARRIES_REQUEST_RE = /\?|\b(?:please|missing|should(?:n'?t)?|could you|can you|would you|needs? to|must|don'?t|instead|rather|but|except)\b/i;
// A link's query string ("commit/?h=next&id=...") asks nothing: its "?" is no question.
const URL_RE = /\b(?:https?|ftp):\/\/\S{1,2000}/gi;
function carriesRequest(text: string): boolean {
  return CARRIES_REQUEST_RE.test(text.includes("://") ? text.replace(URL_RE, "") : text);
}

// A remark asking for the code the patch adds to go ("Do not duplicate an entire function", "Drop this
// helper", "this wrapper is not needed"): when the patch no longer adds it, the request is met. A remark on
// part of it ("No need for ret here") is not: the code may have gone for another reason.
const UNIT = String.raw`(?:function|helper|wrapper|macro|copy|code|hunk|change|patch|file|variant|callback|struct(?:ure)?|define|field|member|parameter|argument|check)s?`;
const ASKS_REMOVAL_RE = new RegExp(
  [
    // "Do not duplicate an entire function", "This largely duplicates what dma-direct does", "a lot of code
    // duplication" ("Do you sort just for finding duplicates?" names no code to go).
    String.raw`\b(?:don'?t|do not|no need to|avoid|rather than|instead of)\s+(?:\w+\s+){0,2}?duplicat\w*|\bduplicat(?:e|es|ed|ing|ion)\s+(?:of\s+)?(?:what|the|this|that|code|logic|functions?|implementation|[a-z_]+\(\)|[a-z]+_\w+)|\b(?:code|much|lot of|lots of)\s+duplication\b`,
    String.raw`\b(?:drop|remove|delete|get rid of)\s+(?:(?:this|that|these|those|the)\s+)?(?:(?:whole|entire|new|extra|separate|second)\s+)?(?:[\w-]+\s+)?${UNIT}\b`,
    String.raw`\b(?:this|that|these|the)\s+(?:[\w-]+\s+)?${UNIT}\s+(?:is|are|seems?|looks?)\s+(?:\w+\s+)?(?:unnecessary|unneeded|not needed|redundant|unused|dead|pointless|superfluous)\b`,
    String.raw`\b(?:do not|don'?t|no need to|shouldn'?t|should not)\s+(?!(?:hesitate|be afraid|forget|mind)\b)(?:\w+\s+){0,2}?(?:add|duplicate|introduce|copy)\b`,
    String.raw`\bno need for (?:this|these|a|an|the)\s+(?:(?:new|extra|separate|second)\s+)?${UNIT}\b`,
  ].join("|"),
  "i",
);

/** Decide open / addressed / unaddressed / explained / obsolete for one remark, with the evidence. */
export function resolveComment(input: ResolveInput): Resolution {
  const { comment, old, next, response } = input;
  const actionable = ACTIONABLE.has(comment.kind);
  const details: ResolutionEvidence = {
    oldHunks: [],
    newHunks: [],
    nitsCleared: [],
    nitsRemaining: [],
    authorWords: response.kind === "none" ? null : response.text,
    changelog: null,
  };
  // On the latest revision, an approval, praise or a Cc note asks for nothing: there is nothing to resolve
  // ("open" would count it among the remarks waiting for the author). Unless the author promised a change
  // for it: a remark read as an ack may carry a request ("Otherwise this looks fine to me."). With a next
  // revision, the checks below read the code and the answer as for any remark.
  // "Thank you for the patch.", "Thanks for your patch. I will merge it this weekend.", "Anyway. Thanks for the patch.":
  // read as praise was, a remark with the courtesy and carrying no request asks for nothing (its kind is "other": it
  // praises nothing).
  const courtesy = comment.kind === "other" && hasCourtesyThanks(comment.text) && !carriesRequest(comment.text);
  if (!next && (NOTHING_TO_RESOLVE.has(comment.kind) || courtesy || (comment.kind === "other" && CC_ONLY_RE.test(comment.text))) && response.kind !== "will-fix") {
    const what = courtesy ? "a courtesy" : comment.kind === "other" ? "a Cc note" : `${comment.kind} remark`;
    return { status: "obsolete", inVersion: null, evidence: `${what} asking for nothing: nothing to resolve`, actionable, details };
  }
  if (!next) return { status: "open", inVersion: null, evidence: "no newer revision yet", actionable, details };
  const credited = creditedLines(input.changelog, comment.reviewer);
  const answered = response.kind === "explained" || response.kind === "disagreed";
  const v = next.version;

  if (!comment.anchor) {
    // A changelog credit says a request was handled; a remark that asked for nothing is not credited.
    // A line only recording collected tags ("added Reviewed-by, per Ann and Bob", "Included a review from
    // Ann") is no evidence at all: it says the reviewer gave a tag, not that a remark was acted on.
    const specific = actionable ? credited.find((l) => sharesIdentifier(comment.text, l.text)) : undefined;
    // A question the author answered in words is explained, unless a credit names what it asked about: another
    // line crediting the same reviewer ("reverted the MAINTAINERS entry as per Jarkko") answered another remark.
    const answeredQuestion = comment.kind === "question" && answered && !specific;
    // A question the author did not promise to act on is not what any line crediting the reviewer handled: "I
    // wonder how this copes with ..." is no request that "Split the PM ops (Ann)" met. Only a line sharing a word
    // of substance with it counts ("Does the error code matter here?", "dropped the error code patch (Ann)").
    // A question that asks for a change ("Can you change the title to ...?", "So perhaps ...?") is a request.
    const anyCredit = comment.kind !== "question" || response.kind === "will-fix" || ASKS_CHANGE_RE.test(comment.text);
    const line =
      actionable && !answeredQuestion
        ? (droppedLine(next, credited, old.text ?? old.body) ?? specific ?? splitLine(comment.text, credited) ?? credited.find((l) => !isTagsOnly(l.text) && (anyCredit || sharesWord(comment.text, l.text))) ?? null)
        : null;
    details.changelog = line?.text ?? null;
    if (line) return done("addressed", `v${v} changelog credits ${comment.reviewer}: "${line.text}"`);
    // "checkpatch --strict says: ... I expect the rest to be fixed", then "fix remaining checkpatch issues": a tool's
    // report is answered by a changelog line naming the same tool, credited or not.
    const tool = actionable ? toolLine(comment.text, input.changelog) : null;
    if (tool) {
      details.changelog = tool.text;
      return done("addressed", `v${v} changelog: "${tool.text}"`);
    }
    // Only for a remark that asked for something: "Looks good. I sometimes look at sparc patches." names sparc, and
    // v3 leaving sparc out is no answer to it.
    const gone = actionable || response.kind === "will-fix" ? mentionedCodeGone(comment.text, old.files, next) : null;
    if (gone) return done("addressed", `v${v} no longer changes ${gone}, which the remark is about`);
    // A remark on the commit message ("s/caculation/calculation/", "The subject says X but …") has no code
    // to compare: the commit message line it answers is. Gone from v(N+1)'s message: reworded as asked.
    const message = commitMessageRemark(comment.quoted, old.body, next.body);
    if (message?.kept === false && (actionable || response.kind === "will-fix")) {
      return done("addressed", `v${v}'s commit message no longer says "${clip(message.line)}"`);
    }
    if (answered) return done("explained", `general remark; the author explained: "${clip(response.text)}"`);
    // A general remark has no code to compare: the author's promise to change it, then the next revision,
    // is the best evidence there is (changelogs often say only "addressed review comments"). Whatever its
    // kind: a remark read as an ack or a reply in discussion that the author promised to act on asked for something.
    // An answer that only agrees ("Yes, probably. Although ...") promised nothing: the author answered in words.
    if (response.kind === "will-fix") {
      if (statesChange(response.text)) {
        return done("addressed", `general remark; the author answered "${clip(response.text)}" and posted v${v} (no changelog line credits ${comment.reviewer})`);
      }
      return done("explained", `general remark; the author agreed: "${clip(response.text)}"`);
    }
    // A remark asking for nothing (an ack, praise, a reply in a discussion) cannot go unaddressed: the next
    // revision supersedes the one it was about.
    if (!actionable) return done("obsolete", `general ${comment.kind} remark asking for nothing; v${v} supersedes the revision it was about`);
    // A sign-off kept is no evidence: "Applied, thanks!" below the quoted tags is about the patch. (One gone, under
    // "Full name please." or "Drop the fake tag", is: the remark was about it.)
    if (message?.kept && !TAG_LINE_RE.test(message.line)) return done("unaddressed", `v${v}'s commit message still says "${clip(message.line)}"`);
    const named = namingLine(comment.text, input.changelog, old.text ?? old.body);
    if (named) {
      details.changelog = named.text;
      return done("addressed", `v${v} changelog names what the remark is about: "${named.text}"`);
    }
    // Nothing credits the remark and the next revision no longer carries the patch (Suren Baghdasaryan's KVM: s390
    // patch, v4 3/4, "dropped ... per Sashiko and Lorenzo Stoakes" in v5): nothing is left to act on, and nothing
    // says the author ignored it.
    if (next.absent) return done("obsolete", `v${v} no longer carries this patch`);
    const tagOnly = credited.length === 0 ? "" : credited.every((l) => isTagsOnly(l.text)) ? " (only for a tag)" : " for this question";
    return done("unaddressed", `general remark; no v${v} changelog line credits ${comment.reviewer}${tagOnly}`);
  }

  // A remark read as "other" (a terse "A single empty line is enough.", a reply in discussion) that the author
  // promised to act on ("Sorry, will fix.") asked for something all the same: its fate is read as a request's.
  const asked = actionable || (!NOTHING_TO_RESOLVE.has(comment.kind) && !courtesy && response.kind === "will-fix" && statesChange(response.text));
  const { path, function: fn } = comment.anchor;
  const oldHunks = anchoredRegions(old.files, comment.anchor);
  const regionsIn = (files: FileDiff[]) => (fn ? functionRegions(files, path, fn) : matchingRegions(oldHunks, files, path));
  const before = changedLines(oldHunks);
  let newHunks = regionsIn(next.files);
  // The nit detectors' findings are per hunk of one patch: read them from the patch the code was found in.
  let newAnnotated = next.annotated;
  let newFiles = next.files;
  let where = "";
  for (const other of newHunks.length ? [] : (next.others ?? [])) {
    // Another patch changing the same function is only where the code went if it carries most of the
    // remarked change: a sibling patch may always have changed other lines of that function.
    const found = regionsIn(other.files);
    if (found.length && carriesMostOf(before, changedLines(found))) {
      newHunks = found;
      newAnnotated = other.annotated;
      newFiles = other.files;
      where = " (moved to another patch of the series)";
      break;
    }
  }
  details.oldHunks = oldHunks.map(hunkText);
  details.newHunks = newHunks.map(hunkText);
  // A build report ("foo.c:310:5: warning: no previous prototype for ...", anchored at the line it names) is
  // answered by a changelog line crediting its sender, whatever code the fix touched ("Fixes compilation error
  // reported by the kernel test robot": a prototype added to a header leaves the warned function as it was).
  // A line naming the remarked function first: "moved vma locking before vrm_calc_charge() in move_vma()" answers a
  // remark on move_vma() better than an earlier line sharing some other identifier with it (v5 of Suren
  // Baghdasaryan's series credited Lorenzo Stoakes' move_vma() objection with its set_mempolicy_home_node() line).
  const fnLine =
    (fn !== null ? credited.find((l) => withBracesExpanded(l.text).includes(fn)) : undefined) ??
    credited.find((l) => sharesIdentifier(comment.text, withBracesExpanded(l.text))) ??
    droppedLine(next, credited, old.text ?? old.body) ??
    (BUILD_REPORT_RE.test(comment.text) ? (credited.find((l) => !isTagsOnly(l.text)) ?? null) : null);
  details.changelog = fnLine?.text ?? null;
  const label = `${path}${fn ? ` ${fn}()` : ""}`;
  if (newHunks.length === 0) {
    if (fnLine) return done("addressed", `${label} is no longer changed in v${v}; changelog: "${fnLine.text}"`);
    // The remarked code was new in this revision (only added lines) and the next one no longer adds it.
    if (actionable && before.length > 0 && before.every((l) => l.startsWith("+")) && ASKS_REMOVAL_RE.test(comment.text)) {
      return done("addressed", `the remark asked for this code to go; ${label} is no longer added in v${v}`);
    }
    // The author promised a change and the remarked code is gone from the matched patch: reworked or dropped as
    // asked ("Ok, I'll move it into its own initcall", then v5 no longer touches vsyscall_init()). Without a
    // matched patch nothing says where the code went.
    if (asked && response.kind === "will-fix" && next.files.length > 0) {
      return done("addressed", `the author agreed ("${clip(response.text)}"); ${label} is no longer changed in v${v}`);
    }
    // A question (or a reply in discussion) the author answered in words ("It is the hardware's default") whose
    // code is no longer changed: the answer, not the code's disappearance, settled it. A request answered in
    // words may still have been carried out ("I am fine to switch to regmap but ...", then the helper is gone).
    if (answered && (comment.kind === "question" || comment.kind === "other") && !statesChange(response.text) && !STATES_FIX_RE.test(response.text)) {
      return done("explained", `${label} is no longer changed in v${v}; the author explained: "${clip(response.text)}"`);
    }
    const stillChanged = !fn && allFiles(next).some((f) => samePath(f, path) && f.hunks.length > 0);
    if (stillChanged) return done("obsolete", `${path}: v${v} still changes the file but no longer the lines the remark is about`);
    if (!next.files.length) return done("obsolete", `no v${v} patch changes ${label} any more`);
    return done("obsolete", `${label} is no longer changed by the matched v${v} patch`);
  }
  const nitsOld = nitRules(old.annotated, path, oldHunks);
  const nitsNew = nitRules(newAnnotated, path, newHunks);
  details.nitsCleared = nitsOld.filter((r) => !nitsNew.includes(r));
  details.nitsRemaining = nitsNew;
  const after = changedLines(newHunks);
  const same = before.join("\n") === after.join("\n");
  const onlyComments = !same && codeOnly(before).join("\n") === codeOnly(after).join("\n");
  const cleared = details.nitsCleared.length ? `; detector no longer fires: ${details.nitsCleared.join(", ")}` : "";
  const credit = fnLine ? `; changelog: "${fnLine.text}"` : "";
  if (same) {
    if (fnLine) return done("addressed", `${label} unchanged in v${v} but the changelog credits it${credit}`);
    if (answered) return done("explained", `${label} unchanged in v${v}; the author explained: "${clip(response.text)}"`);
    if (!asked) return done("obsolete", `${comment.kind} remark asking for nothing; ${label} unchanged in v${v}`);
    // The comparison above ignores white space; a remark about it ("align to here", "spaces instead of tabs",
    // a checkpatch whitespace report) is met when the same lines come back with other white space.
    if (LAYOUT_REMARK_RE.test(comment.text) && changedLines(oldHunks, asWritten).join("\n") !== changedLines(newHunks, asWritten).join("\n")) {
      return done("addressed", `${label}: only white space changed in v${v}, which the remark is about`);
    }
    // "error: passing argument 4 of 'hugetlb_file_setup' ...", then "Fix hugetlb_file_setup() declaration if
    // CONFIG_HUGETLBFS=n": the fix went elsewhere (a header), and the changelog says so without a credit.
    const named = namingLine(comment.text, input.changelog, old.text ?? old.body);
    if (named) {
      details.changelog = named.text;
      return done("addressed", `${label} unchanged in v${v} but the changelog names what the remark is about: "${named.text}"`);
    }
    return done("unaddressed", `${label}: the changed lines are identical in v${v}`);
  }
  if (onlyComments && answered) {
    return done("explained", `${label}: only comments changed in v${v}; the author explained: "${clip(response.text)}"`);
  }
  // The author argued against the remark and the code changed for other reasons ("use ksft_*() helpers",
  // answered "not clear to me that it has any benefit", then v3 reworks main() elsewhere): when the remark
  // names code and no line that changed between the revisions mentions it, the change is not its answer.
  // Not when the answer also states a change ("Argh. Fixed.", "fix in v14", "Renamed it in v2"): read as an
  // explanation, it still says the change was made.
  if (answered && !fnLine && !statesChange(response.text) && !STATES_FIX_RE.test(response.text)) {
    const named = namedCode(comment.text);
    const moved = symmetricDifference(before, after);
    if (named.length && moved.length && !moved.some((l) => named.some((n) => l.includes(n)))) {
      return done("explained", `${label} changed in v${v}, but no changed line touches ${named.join(", ")}; the author explained: "${clip(response.text)}"`);
    }
  }
  // "LGTM" or "Nice." under a hunk asked for nothing: the code changing in the next revision does not answer it,
  // as on the latest revision (above) it is resolved by nothing. One that carries a request ("LGTM, but please
  // rename it") or that the author promised to act on is read from the code like any request.
  // "Thank you for the patch." above the hunk is a courtesy: read like praise (its kind is "other").
  if (!asked && (NOTHING_TO_RESOLVE.has(comment.kind) || courtesy) && response.kind !== "will-fix" && !carriesRequest(comment.text)) {
    return done("obsolete", `${comment.kind} remark asking for nothing; v${v} supersedes the revision it was about`);
  }
  // The function changed, but maybe not where the remark is: the anchored line and the lines it quotes may come
  // back as they were while other lines of the function changed (another remark's fix, a rebase). A maintainer
  // reading "addressed" expects the remarked code to have changed or gone. The same holds outside functions: a DT
  // binding, a Kconfig entry or a .dts node is compared as a whole hunk above, and any change to a new file would
  // read "addressed" for every remark on it. Not for a remark on the function as a
  // whole (anchored on no line) or one a changelog line credits, nor a build report: it is anchored at the line the
  // compiler names, and the fix is often elsewhere (a missing #include, a variable left unused further down).
  // The fix may still sit lines away from the quote ("the global foo could be removed as well", "Replace 5 with
  // sizeof(buf)" under the declaration): a changed line naming the code the remark names is its answer. A remark
  // about layout compares the lines as written: the white-space-blind comparison cannot see an indent fixed.
  if (
    !fnLine &&
    !BUILD_REPORT_RE.test(comment.text) &&
    remarkedLinesKept(old.files, comment.anchor, newFiles, LAYOUT_REMARK_RE.test(comment.text)) === true &&
    touchedWords(comment.text, symmetricDifference(before, after)).length === 0
  ) {
    const elsewhere = `the remarked lines are unchanged in v${v}, ${label} changed elsewhere${where}`;
    if (!asked) return done("obsolete", `${comment.kind} remark asking for nothing; ${elsewhere}`);
    if (answered) return done("explained", `${elsewhere}; the author explained: "${clip(response.text)}"`);
    // The author promised a change and changed the function: the fix may well sit lines away from the quote
    // (a leak remarked at the allocation, freed on the error path below).
    if (response.kind === "will-fix") return done("addressed", `${elsewhere}; the author agreed: "${clip(response.text)}"`);
    return done("unaddressed", elsewhere);
  }
  return done("addressed", `${label} changed in v${v}${where}${cleared}${credit}`);

  function done(status: Resolution["status"], evidence: string): Resolution {
    return { status, inVersion: v, evidence, actionable, details };
  }
}

// Checkers whose reports reviewers paste or cite, as changelogs name them.
const TOOL_RE = /\b(?:checkpatch|sparse|smatch|coccinelle|coccicheck|dt_binding_check|dtbs_check|kernel-doc|yamllint)\b/gi;

// A remark that the patch does not apply, or asking to rebase and resend; a changelog line saying it was rebased.
// ("I no longer apply patches" says who applies them.)
const REBASE_ASK_RE = /\bre-?base\b[^.?!]{0,60}\bre-?(?:send|submit|post)\b|(?<!\b(?:i|we)\s+(?:\w+\s+)?)\b(?:does not|doesn'?t|did not|didn'?t|won'?t|no longer|fails? to|failed to) (?:cleanly )?apply\b/i;
const REBASED_RE = /^\W*(?:re-?bas(?:e|ed|ing)|(?:just |only )?re-?based?)\b/i;

/** The changelog line naming a checker the remark names, or saying "Rebased ..." under a remark that the patch does not apply (not a line about tags only), or null. */
function toolLine(text: string, changelog: ChangelogLine[]): ChangelogLine | null {
  // "The patch doesn't apply. Could you please rebase and resend?", then "Rebase": the base was the remark.
  if (changelog.length && REBASE_ASK_RE.test(text)) {
    const rebased = changelog.find((l) => REBASED_RE.test(l.text));
    if (rebased) return rebased;
  }
  const tools = new Set((text.match(TOOL_RE) ?? []).map((t) => t.toLowerCase()));
  if (!tools.size || !changelog.length) return null;
  return changelog.find((l) => !isTagsOnly(l.text) && (l.text.match(TOOL_RE) ?? []).some((t) => tools.has(t.toLowerCase()))) ?? null;
}

/** "dropped the patch changing S390 error handling", "Drop patch 3", "removed the s390 change": a patch left out. */
const DROPPED_PATCH_RE = /\b(?:drop(?:ped|s)?|remov(?:ed|es?)|revert(?:ed|s)?)\s+(?:(?:the|this|that|a|an|my|your)\s+)?((?:[\w/.:-]+\s+){0,3}?)(?:patch|commit|change)(?:e?s)?\b/i;
/** Words before "patch" that name no patch ("dropped wrong patches", "removed the two extra commits"). */
const GENERIC_PATCH_WORDS = new Set(
  "wrong bad broken unneeded unnecessary redundant extra last first second third two three both all some these those old obsolete controversial problematic separate individual following above below other remaining rfc".split(" "),
);

/**
 * For a revision that no longer carries the patch, the changelog line crediting the reviewer that says a patch was
 * left out (v5 of Suren Baghdasaryan's series: "dropped the patch changing S390 error handling, per Sashiko and
 * Lorenzo Stoakes", where the first line crediting Lorenzo was "split patch 2 into 3 parts"). A line naming the patch it
 * dropped by words of its own ("Dropped procfs patch as per Jason") counts only when the patch's text has one of them:
 * a kcov patch left out of the same v3 was not that one.
 */
function droppedLine(next: RevisionCode, credited: readonly ChangelogLine[], patchText: string | undefined): ChangelogLine | null {
  if (!next.absent) return null;
  const text = (patchText ?? "").toLowerCase();
  return (
    credited.find((l) => {
      const m = DROPPED_PATCH_RE.exec(l.text);
      if (!m || isTagsOnly(l.text)) return false;
      const named = (m[1] ?? "").toLowerCase().split(/\s+/).filter((w) => w.length >= 3 && !GENERIC_PATCH_WORDS.has(w) && !/^\d+$/.test(w));
      return named.length === 0 || named.some((w) => text.includes(w));
    }) ?? null
  );
}

/** The files of the matched patch and of the revision's other patches. */
function allFiles(code: RevisionCode): FileDiff[] {
  return [...code.files, ...(code.others ?? []).flatMap((o) => o.files)];
}

/**
 * "added Reviewed-by, per ...", "collected Acked-by tags", "picked up R-b", "Included a review from ...", "Add
 * Rob's Acked-by", "Collect review tag from ...", 'added "Reviewed-by" signature (Ann)', "Added one more
 * Reviewed-by sign (thanks Ann)": a changelog line about trailers only.
 */
const TAGS_ONLY_RE =
  /^\s*(?:added|add|collected|collect|picked\s+up|pick\s+up|applied|carried|included|include)\s+(?:(?:the|all|his|her|their|my|a|an|one\s+more|another|more|[a-z][\w-]*['\u2019]s)\s+)?["'\u201c]?(?:(?:review|reviewed-by|ack|acked-by)\s+)?(?:[\w-]+-by|r-b|a-b|t-b|tags?|trailers?|acks?|reviews?)\b/i;
/** "added tag (Uwe), left only the one-line change (Uwe, Ann)", "Added Ann's R-b and added a sanity check": more than a tag. */
const ANOTHER_CHANGE_RE =
  /(?:[,;]|\band)\s+(?:also\s+)?(?:left|dropped|removed|fixed|changed|split|moved|renamed|reworked|updated|added|used|made|kept|switched|replaced|converted|reworded|simplified|rebased|documented|squashed)\b/i;

/** A changelog line that only records collected tags. */
function isTagsOnly(text: string): boolean {
  return TAGS_ONLY_RE.test(text) && !ANOTHER_CHANGE_RE.test(text);
}

// A compiler's or sparse's diagnostic, a linker's error: what a build report quotes.
const BUILD_REPORT_RE = /:\d+:(?:\d+:)?\s+(?:(?:fatal )?error|warning|sparse):|\bundefined reference to\b/;

// "Add Reviewed-by from Jarkko Sakkinen", "Removed Kees Cook Reviewed-by tags": a tag collected or dropped, no credit.
const TAG_MENTION_RE = /\b[A-Za-z]+-by\b|\btags?\b/i;

/**
 * Changelog lines crediting a reviewer, by full name, by surname, or by first name alone ("[Michael]", "per
 * Masami", "Randy's suggestion": kernel changelogs credit reviewers by first name as often as by full name).
 */
export function creditedLines(changelog: ChangelogLine[], reviewer: string): ChangelogLine[] {
  const name = reviewer.replace(/\s*\(.*?\)\s*/g, " ").trim().toLowerCase();
  if (!name) return [];
  const tokens = name.split(/\s+/);
  const surname = tokens[tokens.length - 1] ?? name;
  const first = tokens.length > 1 ? tokens[0]! : null;
  // A line naming the reviewer in full credits them too, however it is laid out ("Addressed comments from:" over
  // "Jarkko Sakkinen: https://lore...", "revert misc.h (kernel test robot)"); a first or last name alone does not.
  const full = tokens.length > 1 && name.length > 6 ? name : null;
  return changelog.filter((l) =>
    (full !== null && l.text.toLowerCase().includes(full) && !TAG_MENTION_RE.test(l.text)) ||
    l.credits.some((c) => {
      const cn = c.toLowerCase();
      const parts = cn.split(/\s+/);
      return cn === name || cn.includes(name) || (surname.length > 2 && parts.includes(surname)) || (first !== null && first.length > 2 && parts.length === 1 && cn === first);
    }),
  );
}

/** Hunks of `path` whose changed lines sit in function `fn` (or just the anchored hunk when fn is unknown). */
export function functionHunks(
  files: FileDiff[],
  path: string,
  fn: string | null,
  _annotated: AnnotatedFile[] | undefined,
  anchoredHunk: number | null,
): Hunk[] {
  const file = files.find((f) => samePath(f, path));
  if (!file) return [];
  return file.hunks.filter((h) => {
    if (!fn) return anchoredHunk !== null && h.index === anchoredHunk;
    return h.lines.some((l, i) => l.type !== "context" && enclosingFunction(h, i, file.path) === fn);
  });
}

// A region is a slice of one hunk (same index and header), so a remark on one function of a new 500-line
// file is compared with that function only, not with every line of the file.
function slice(h: Hunk, from: number, to: number): Hunk {
  return from === 0 && to === h.lines.length - 1 ? h : { ...h, lines: h.lines.slice(from, to + 1) };
}

/** Per hunk of `path`, the lines from the first to the last one inside function `fn`, when any of them changes. */
export function functionRegions(files: FileDiff[], path: string, fn: string): Hunk[] {
  const out: Hunk[] = [];
  for (const h of functionHunks(files, path, fn, undefined, null)) {
    const file = files.find((f) => samePath(f, path));
    let first = -1;
    let last = -1;
    h.lines.forEach((_, i) => {
      if (enclosingFunction(h, i, file?.path) !== fn) return;
      if (first < 0) first = i;
      last = i;
    });
    if (first >= 0) out.push(slice(h, first, last));
  }
  return out;
}

/**
 * The region a remark is anchored to: its function's lines in every hunk of the file, or, outside any
 * function, the file-scope run of lines (includes, declarations) around the anchored line of its hunk;
 * the whole hunk for a file that is not C, or when that run changes nothing.
 */
export function anchoredRegions(files: FileDiff[], anchor: Anchor): Hunk[] {
  if (anchor.function) {
    const regions = functionRegions(files, anchor.path, anchor.function);
    if (regions.length) return regions;
  }
  const file = files.find((f) => samePath(f, anchor.path));
  const h = file?.hunks.find((x) => x.index === anchor.hunk);
  if (!file || !h) return [];
  const at = h.lines.findIndex((l) => (l.type === "del" ? l.oldLine : l.newLine) === anchor.line);
  if (at < 0) return [h];
  return [fileScopeRun(h, at, file.path)];
}

function fileScopeRun(h: Hunk, at: number, path: string): Hunk {
  const fnAt = (i: number): string | null => enclosingFunction(h, i, path);
  if (fnAt(at) !== null) return h;
  let from = at;
  let to = at;
  while (from > 0 && fnAt(from - 1) === null) from--;
  while (to < h.lines.length - 1 && fnAt(to + 1) === null) to++;
  const run = slice(h, from, to);
  return run.lines.some((l) => l.type !== "context") ? run : h;
}

/**
 * The next revision's code matching a file-scope region: of the file-scope runs of `path`'s hunks (whole
 * hunks for a file that is not C), the one whose changes share the most distinctive lines with the old
 * region's (at least two), else one overlapping its line range; [] when that code is no longer changed.
 */
export function matchingRegions(oldRegions: Hunk[], files: FileDiff[], path: string): Hunk[] {
  const file = files.find((f) => samePath(f, path));
  const old = oldRegions[0];
  if (!file || !old) return [];
  const oldLines = new Set(changedNorms(old).filter((n) => /[A-Za-z0-9_]{3}/.test(n)));
  // One shared line such as `S: Maintained` or `#include <linux/module.h>` is not yet the same code.
  const enough = Math.min(2, oldLines.size);
  const oldRange = newRange(old);
  let best: Hunk | null = null;
  let bestShared = 0;
  let overlapping: Hunk | null = null;
  for (const h of file.hunks) {
    for (const run of fileScopeRuns(h, file.path)) {
      if (!run.lines.some((l) => l.type !== "context")) continue;
      let shared = 0;
      for (const n of new Set(changedNorms(run))) if (oldLines.has(n)) shared++;
      if (shared >= enough && shared > bestShared) {
        best = run;
        bestShared = shared;
      }
      const r = newRange(run);
      if (!overlapping && oldRange && r && r[0] <= oldRange[1] + 3 && oldRange[0] <= r[1] + 3) overlapping = run;
    }
  }
  const found = best ?? overlapping;
  return found ? [found] : [];
}

function changedNorms(h: Hunk): string[] {
  const norms = normalizedLines(h);
  return norms.filter((_, i) => h.lines[i]?.type !== "context");
}

// Maximal runs of lines outside any function (the whole hunk for a file that is not C).
function fileScopeRuns(h: Hunk, path: string): Hunk[] {
  const out: Hunk[] = [];
  let from = -1;
  for (let i = 0; i <= h.lines.length; i++) {
    const outside = i < h.lines.length && enclosingFunction(h, i, path) === null;
    if (outside && from < 0) from = i;
    if (!outside && from >= 0) {
      out.push(slice(h, from, i - 1));
      from = -1;
    }
  }
  return out;
}

// First and last new-file line numbers of a region (old-file ones for a removal-only region).
function newRange(h: Hunk): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const l of h.lines) {
    const n = l.newLine ?? l.oldLine;
    if (n === null) continue;
    lo = Math.min(lo, n);
    hi = Math.max(hi, n);
  }
  return lo <= hi ? [lo, hi] : null;
}

// A remark about white space or layout: what the whitespace-blind comparison cannot see change.
const LAYOUT_REMARK_RE =
  /\b(?:white ?spaces?|indent\w*|align\w*|tabs?|spaces?|spacing|trailing|checkpatch|coding style|wrap\w*|line up|column)\b/i;

/** A hunk's lines as written, white space and all (a CR line end aside): for `changedLines`. */
function asWritten(h: Hunk): string[] {
  return h.lines.map((l) => l.text.replace(/\r$/, ""));
}

/** The changed lines, "+"/"-" before each, read white-space-blind (normalizedLines) unless told otherwise. */
function changedLines(hunks: Hunk[], lineTexts: (h: Hunk) => string[] = normalizedLines): string[] {
  const out: string[] = [];
  for (const h of hunks) {
    const norms = lineTexts(h);
    h.lines.forEach((l, i) => {
      if (l.type !== "context") out.push(`${l.type === "add" ? "+" : "-"}${norms[i]}`);
    });
  }
  return out;
}

/** Whether at least half of the changed lines `before` (at least one) are among `after`. */
function carriesMostOf(before: string[], after: string[]): boolean {
  if (!before.length) return false;
  const present = new Set(after);
  return before.filter((l) => present.has(l)).length * 2 >= before.length;
}

function codeOnly(lines: string[]): string[] {
  return lines.filter((l) => !/^[+-]\s*(?:\/\*|\*|\/\/)/.test(l) && l.length > 1);
}

function nitRules(annotated: AnnotatedFile[] | undefined, path: string, hunks: Hunk[]): string[] {
  const file = annotated?.find((a) => a.path === path);
  if (!file) return [];
  const indexes = new Set(hunks.map((h) => h.index));
  const rules = new Set<string>();
  for (const h of file.hunks) if (indexes.has(h.index)) for (const n of h.nits) rules.add(n.rule);
  return [...rules].sort();
}

// A general remark naming a path or function the old patch changed and the new one does not.
function mentionedCodeGone(text: string, oldFiles: FileDiff[], next: RevisionCode): string | null {
  const nextPaths = new Set(allFiles(next).map((f) => f.path));
  for (const f of oldFiles) {
    if (nextPaths.has(f.path)) continue;
    const parts = f.path.split("/");
    const base = parts[parts.length - 1] ?? "";
    const arch = parts[0] === "arch" ? parts[1] : undefined;
    if (text.includes(f.path) || (base.length > 4 && text.includes(base)) || (arch && new RegExp(`\\b${arch}\\b`).test(text))) {
      return f.path;
    }
  }
  return null;
}

/** Shortest identifier that names one thing ("io_wq" or "dev_id" is a whole subsystem or a common field). */
const MIN_NAMING_ID = 8;
/**
 * An identifier that names one thing: a macro ("BIP_CTRL_NOCHECK"), a name of three parts or more
 * ("req_set_fail"), or a call written as one ("epi_fget()"); "io_uring" or "page_pool" names a subsystem.
 */
function namesOneThing(id: string, text: string): boolean {
  return /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(id) || id.indexOf("_") !== id.lastIndexOf("_") || text.includes(`${id}()`);
}
// Not part of a path or branch name ("for-6.13/io_uring").
const NAMING_ID_RE = /(?<![\w/.-])[A-Za-z_]\w*_\w+\b(?![/.-]\w)/g;

/**
 * A changelog line crediting nobody that names an identifier the remark names ("Can we keep the copied value in
 * struct xattr_ctx?", then "keep kvalue in struct xattr_ctx"): the change the remark asked about. Identifiers the
 * patch's own text (commit message, cover letter) names are left out: those are what every remark and line is about.
 */
function namingLine(text: string, changelog: ChangelogLine[], oldText: string | undefined): ChangelogLine | null {
  const lines = changelog.filter((l) => l.credits.length === 0 && !isTagsOnly(l.text));
  if (!lines.length) return null;
  const ids = new Set((text.match(NAMING_ID_RE) ?? []).filter((id) => id.length >= MIN_NAMING_ID && namesOneThing(id, text)));
  if (!ids.size) return null;
  if (oldText) for (const line of commitMessageLines(oldText)) for (const id of line.match(NAMING_ID_RE) ?? []) ids.delete(id);
  if (!ids.size) return null;
  return lines.find((l) => (withBracesExpanded(l.text).match(NAMING_ID_RE) ?? []).some((id) => ids.has(id))) ?? null;
}

// "foo_{read,write}_reg()": shell-style braces naming several identifiers at once, as changelogs write them.
const BRACE_FORM_RE = /(?:\b([A-Za-z_]\w*))?\{((?:[\w ]{1,40},){1,7}[\w ]{1,40})\}(\w*)/g;

/**
 * The text with each brace form followed by the identifiers it stands for: "Rename foo_{rd,wr}()" also names
 * foo_rd and foo_wr, so a remark on foo_rd() is found in it.
 */
export function withBracesExpanded(text: string): string {
  if (!text.includes("{")) return text;
  const names: string[] = [];
  for (const m of text.matchAll(BRACE_FORM_RE)) {
    for (const part of (m[2] ?? "").split(",")) names.push(`${m[1] ?? ""}${part.trim()}${m[3] ?? ""}`);
  }
  return names.length ? `${text} (${names.join(", ")})` : text;
}

/**
 * For a remark asking to split the patch ("probably worth splitting out based on the different parts you changed"),
 * the credited line saying a part went into a patch of its own ("separated error checking fix for s390 into its own
 * patch, per Lorenzo Stoakes"), not the first line crediting the reviewer ("fixed cpusset -> cpuset, per ...").
 */
function splitLine(text: string, credited: readonly ChangelogLine[]): ChangelogLine | undefined {
  if (!ASKS_SPLIT_RE.test(text)) return undefined;
  return credited.find((l) => DID_SPLIT_RE.test(l.text));
}
const ASKS_SPLIT_RE = /\bsplit(?:ting|ted)?\b|\bseparate (?:patch|commit|change)|\b(?:break|breaking) (?:it |this |that )?(?:up|out|apart)\b|\bown patch\b/i;
const DID_SPLIT_RE = /\bsplit\b|\bseparated?\b|\bits own patch\b|\b(?:broke|broken) (?:up|out)\b|\bmoved? (?:\w+ ){0,4}(?:in)?to (?:a |its own |a separate )?(?:new |separate )?patch\b/i;

// What makes a question a request: "could you", "please", "how about", "perhaps", "should", "must", "wrong".
const ASKS_CHANGE_RE = /\b(?:can|could|would|will) you\b|\bplease\b|\bhow about\b|\bwhat about\b|\bperhaps\b|\bmaybe\b|\bshould(?:n'?t)?\b|\bwhy not\b|\bmust\b|\bneeds? to\b|\bwrong\b|\bforbidden\b|\bnever\b/i;

// Words any changelog line or remark may say: they tie a line to no remark in particular.
const COMMON_WORDS = new Set(
  ("about above added after again allow based before below being change changed changes comment comments commit could " +
    "fixed fixes following from further having improve improved improvements instead issue issues later maybe might other " +
    "patch patches please rebase rebased remove removed review reviews series should since still suggested suggestion " +
    "thank thanks their there these thing things think those through update updated using version where which while would").split(" "),
);

/** Whether the changelog line `b` says a word of five letters or more, not a common one, that the remark `a` says. */
function sharesWord(a: string, b: string): boolean {
  const inA = new Set((a.toLowerCase().match(/[a-z]{5,}/g) ?? []).filter((w) => !COMMON_WORDS.has(w)));
  return (b.toLowerCase().match(/[a-z]{5,}/g) ?? []).some((w) => !COMMON_WORDS.has(w) && inA.has(w));
}

// Code identifiers (`PGWALK_WRLOCK`, `mpol_dup()`) named by both the remark and a changelog line.
function sharesIdentifier(a: string, b: string): boolean {
  const ids = (t: string): Set<string> => new Set(t.match(/\b[A-Za-z_]\w*_\w+\b/g) ?? []);
  const inB = ids(b);
  for (const id of ids(a)) if (inB.has(id)) return true;
  return false;
}

/**
 * Code a remark names: identifiers with an underscore or a call's parentheses (`ksft_*()` gives the prefix
 * `ksft_`, `kfree()` gives `kfree`). Plain words and acronyms ("IIUC", "LSM") name nothing to look for.
 */
export function namedCode(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b([A-Za-z_]\w*)(\*)?\(\)|\b([A-Za-z]\w*_\w*)(\*)?/g)) {
    const id = m[1] ?? m[3];
    if (id && id.replace(/_/g, "").length >= 3) out.add(id);
  }
  return [...out];
}

// "Will be fixed.", "already fixed", "fix in v14", "in v2", "next version will have ...": a change made or to come.
const STATES_FIX_RE = /\b(?:fixed|fix(?:ed)? (?:it )?in v\d+|(?:in|for) (?:the )?(?:v\d+|next (?:version|revision|spin|iteration))|next (?:version|revision|spin) will)\b/i;

// Words of a remark that name no code: C keywords and common English ("Please remove this check, when is clk NULL?"
// names clk; "return", "this", "check" name nothing).
const NOT_CODE_WORDS = new Set(
  ("the this that these those there here what when where which while with without would could should will shall " +
    "can not and but for from into onto you your yours our are was were been being have has had does did done " +
    "why how who its it's than then them they also just only more less some any all each other same such very " +
    "use used using make made need needs like please sure think thanks maybe rather instead else return int " +
    "void static const unsigned signed char long short bool true false null struct enum union sizeof break " +
    "continue goto case default switch inline extern volatile define include endif ifdef ifndef").split(" "),
);

/**
 * The code the remark names (calls and identifiers as `namedCode` reads them, and any other word that is not
 * English or a C keyword, such as "clk" or "val") found as a whole word on a changed code line, strings and
 * comments aside.
 */
function touchedWords(text: string, changed: string[]): string[] {
  const words = new Set(namedCode(text));
  for (const w of text.match(/\b[A-Za-z_]\w{2,40}\b/g) ?? []) if (!NOT_CODE_WORDS.has(w.toLowerCase())) words.add(w);
  const code = codeOnly(changed).map((l) => l.replace(/"(?:[^"\\\n]|\\.){0,200}"/g, '""'));
  const idents = new Set(code.flatMap((l) => l.match(/\b[A-Za-z_]\w*\b/g) ?? []));
  return [...words].filter((w) => idents.has(w) || (w.includes("_") && code.some((l) => l.includes(w))));
}

/** Lines in one list and not the other: what changed between two revisions of the same code. */
function symmetricDifference(a: string[], b: string[]): string[] {
  const inA = new Set(a);
  const inB = new Set(b);
  return [...a.filter((l) => !inB.has(l)), ...b.filter((l) => !inA.has(l))];
}

/** Evidence shows the hunks, clipped: a 500-line hunk would be stored with every comment on it. */
const MAX_EVIDENCE_LINES = 40;

function hunkText(h: Hunk): string {
  const lines = h.lines.map((l) => `${l.type === "add" ? "+" : l.type === "del" ? "-" : " "}${l.text}`);
  const shown = lines.length > MAX_EVIDENCE_LINES ? [...lines.slice(0, MAX_EVIDENCE_LINES), `… (${lines.length - MAX_EVIDENCE_LINES} more lines)`] : lines;
  return [h.header, ...shown].join("\n");
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > 160 ? `${one.slice(0, 157)}...` : one;
}

/** A sign-off, another tag or the "From:" line above the message: lines that stay in every revision. */
const TAG_LINE_RE = /^(?:[A-Z][\w-]*-by|From|Cc|Date|Link|Closes|Message-I[Dd]):\s/;

/** A quoted commit message line this short says too little to be found again ("Hi,", "Thanks"). */
const MIN_MESSAGE_LINE = 12;

/**
 * The commit message line a general remark answers, and whether the next revision's commit message keeps it:
 * the quoted line nearest above the remark, when it is a line of this patch's commit message (whitespace
 * aside). Null when it is none (a quoted diff line, the cover, a line too short to tell) or a body is missing.
 */
export function commitMessageRemark(quoted: readonly string[] | undefined, oldBody: string | undefined, nextBody: string | undefined): { line: string; kept: boolean } | null {
  if (!quoted?.length || oldBody === undefined || nextBody === undefined) return null;
  let nearest = "";
  for (let i = quoted.length - 1; i >= 0 && !nearest; i--) nearest = squeeze(quoted[i] ?? "");
  if (nearest.length < MIN_MESSAGE_LINE) return null;
  if (!commitMessageLines(oldBody).has(nearest)) return null;
  return { line: nearest, kept: commitMessageLines(nextBody).has(nearest) };
}

/** A patch mail's commit message lines, whitespace-squeezed: everything above its `---` line or its diff. */
function commitMessageLines(body: string): Set<string> {
  const out = new Set<string>();
  for (const line of body.split("\n")) {
    if (line.trimEnd() === "---" || line.startsWith("diff --git ") || line.startsWith("Index: ")) break;
    const s = squeeze(line);
    if (s) out.add(s);
  }
  return out;
}

function squeeze(line: string): string {
  return line.replace(/\s+/g, " ").trim();
}
