// A maintainer's answer saying a patch or series went into a tree: "Applied to cgroup/for-6.6.",
// "Applied, thanks!" (b4 ty), "Thanks, applied.", "Now queued up, thanks.", "I have applied this series.",
// "This series was applied to bpf/bpf-next.git (master)" (the netdev/bpf bot), "has been merged into
// torvalds/linux.git:" (the pull-request tracker), "Fixed the typo and applied to for-next, thanks!",
// "Added to linux-watchdog-next.", "Patch applied as nonurgent fix.", "No comments for a week so patch
// applied.", "Patch applied, had to rebase it", "Tentatively merged into foo-2.6.git for-next pending more
// testing", "Added to foo-utils for-next", and b4's "[k/N] title" / "commit: <sha>" list below any words.
// Read from the reply's own lines only, each at the start of a sentence
// or clause; a sentence wrapped over lines is read whole ("Anyway, I / merged it to i2c/i2c-host.").
// Quoted text, signatures, and sentences that merely talk about applying ("With this patch applied, …",
// "If your patch is applied to the wrong git tree, …", "This version will not be / merged for sure.",
// "Note: no patches were applied.") never count.
import { countOf } from "../text/count-word";
import { indentQuoteStart, isIndentQuoted } from "../mail/indent-quote";
import { isOriginalMessageLine } from "../mail/split-patch-body";
import { COMMIT_MERGED_RE } from "./applied-subject";
import { isQuoteLine } from "./extract-comments";

/**
 * "Committed... (tag: foo-utils-2-9-2-rc5)", "Series committed": a userspace maintainer's word for applied. Not
 * "committed to doing X" / "committed to this approach" (a promise) / "committed to 4 different files", only "to" a
 * branch, tree or master ("to the for-next branch", "to nfs-utils-next"); nor
 * "committed in my local tree" (an author's git commit).
 */
const COMMITTED = String.raw`committed(?!\s+(?:in|to|into)\s+my\s+local\b)(?!\s+to\s+(?!(?:the\s+)?(?:[\w.]+-[\w.-]*\w|[\w.-]+\/[\w.\/-]*\w|[\w.-]+\.git|master|main|mainline|upstream|<url>)(?![\w\/-])|(?:the\s+)?[\w.\/-]+\s+(?:branch|tree|repo)\b))`;
/**
 * "I took this patch in foo/foo-host", "I took just this patch into foo/foo-host-fixes", "I took patch 1 and 2 into
 * foo/foo-host branch", "I took it anyway into …": "took" is a notice verb only with the patches as object and a tree or
 * branch by name after it ("It took me a while", "I took a look", "I took your approach and …" are none); or with "now" or
 * "already" right after or before the patches, the keeper's word that they are in ("I took this one now as it is obviously
 * correct", "I already took this patch", "Nevermind, I took them now, thanks"); or with patches by number and the sentence done
 * there, or a reason after it ("I took patch 1/3 of this series as it is obviously correct"; not "I took patch 1 as an example");
 * or with a pronoun as the whole sentence, the keeper's short word ("So I took it :)", linux-sh: Greg taking a patch through
 * his tree; "I took it as a hint", "I took it from your branch" go on and are none).
 */
const TOOK_OBJECT = String.raw`(?:it|this|that|them|these|those|both|all|patch(?:es)?\s+\d+(?:\s*(?:,|-|and|&)\s*\d+)*|(?:this|that|the|these|those|both|all|your)\s+(?:\w+\s+)?(?:patch(?:es)?|series|ones?|fix(?:es)?|changes?|commits?))`;
const TOOK = String.raw`(?:took(?=\s+(?:(?:just|only)\s+)?${TOOK_OBJECT}(?:\s+(?:one|patch|only|anyway|also|now|as\s+well|too))*\s+(?:in|into|to|through|via)\s+(?:the\s+|my\s+)?(?:[\w.-]+\.git\b|#?(?!linux-next\b|next-\d|v?\d|linus\/|torvalds\/)[a-z][\w.-]*\/[\w.\/-]*\w|(?!linux-next\b|next-\d)[a-z][\w.]*-[\w.-]*\w(?![\w\/-])|(?:fixes|next)\s+branch\b))|took(?=\s+(?:(?:just|only)\s+)?${TOOK_OBJECT}(?:\s+(?:one|patch(?:es)?|as[\s-]is))*\s+(?:now|already)\b)|(?<=\b(?:already|now)\s+)took(?=\s+(?:(?:just|only)\s+)?${TOOK_OBJECT}(?![\w-]))|(?<=\bi\s+)took(?=\s+(?:it|them|these|both)[\s.!]*$)|took(?=\s+(?:(?:just|only)\s+)?patch(?:es)?\s+\d+(?:\s*(?:,|-|and|&)\s*\d+)*(?:\s+of\s+(?:this|the|your)\s+(?:series|set|patch\s*set))?(?:[\s.!]*$|[\s,.!]+(?:thanks|thank\s+you)\b|\s+as\s+(?:it|they|this|that)\s+(?:is|are|looks?|seems?)\s+\w)))`;
// "Pushed out to for-5.3/fixes"; "I picked it up" (the object before "up"), "I picked it now", "I picked patch 2 now",
// "I picked patches 1-5 for foo-next/main" (a tree named after the object); "Pulled [1,2,3] into …" (numbers,
// or "this" into a named tree or branch: "Pulled into my tree" is MY_TREE_RE's, and "this pulled in a dependency" is no notice).
const VERB = String.raw`(?:applied|queued(?:\s+up)?|picked\s+up|(?<!\b(?:been|be|is|are|was|were)\s+)picked(?=\s+(?:it|this(?:\s+one)?|that\s+one|them|these|those|both|the\s+\w+|\d+(?:\s*(?:,|-|and|&)\s*\d+)*)(?:\s+\(\d{1,3}(?:\/\d{1,3})?\))?\s+up\b|\s+(?:it|this(?:\s+one)?|them|these|both|patch(?:es)?\s+\d+(?:\s*(?:,|-|and|&)\s*\d+)*)\s+now\b|\s+(?:it|this|them|these)(?:\s+one)?[\s.!]*$|\s+(?:(?:it|this|them|these)(?:\s+one)?|patch(?:es)?\s+\d+(?:\s*(?:,|-|and|&)\s*\d+)*)\s+(?:(?:in)?to|for)\s+(?:the\s+)?(?:-(?:next|fixes)\b|(?!linux-next\b|next-\d)[a-z][\w.]*[-\/][\w.\/-]*\w(?![\w\/-])))|merged|pushed(?:\s+out)?|pulled(?=\s+(?:patch(?:es)?\s+)?\d|\s+(?:it|this|them|these|(?:the|this|your)\s+(?:series|patch(?:es|set)?))(?:\s+one)?\s+(?:in)?to\s+(?:(?:the\s+)?(?!(?:my|our|your|a|an|local|test\w*)\s)[\w.\/-]+(?:\s+[\w.\/-]+)?|an?\s+[a-z][\w.-]*\/[\w.\/-]*\w)\s+(?:tree|branch)\b)|${COMMITTED}|${TOOK})`;
/** "I applied the first.", "… the first one": patch 1 alone (not "the first two", "the first version", "the first of them"). */
const THE_FIRST = String.raw`the\s+first(?:\s+(?:one|patch))?(?![\w-]|\s+(?:of|version|revision|few|two|three|four|five|six|seven|eight|nine|ten|\d)\b)`;
/** What was applied, when the sentence names it: "this patch", "the whole series", "all 4 patches", "1-3". */
// "1 & 2" as well as "1 and 2", "1-3", "2, 4", "1 to 6" (a range: "to 6.1" or "to for-next" is a target).
const NUMBERS = String.raw`\d+(?:\s*(?:,|-|and|&|\+)\s*\d+|\s+(?:to|through|thru)\s+\d+(?![\w/-]|\.\d))*`;
// Longest first: the rest of the sentence is checked after the match, so "this" must not win over "this patch".
// "$subject series", "This v3 patch set", "this one patch", "This patch (3/3)" (read as "(3)"), "all three", "these two", "This v2
// version", "the following" (b4's list below) ("my version" is the applier's own, not the answered patch; "that" is some other patch: "Drop this, applied that!").
/** "Patches 1-3 of the series", "all patches in the series", "Patch 1-3 from v5": what the patches belong to. */
// Not "in v3": "applied this patch in v3" is an author's next posting.
const OF_SERIES = String.raw`(?:\s+(?:of|in|from)\s+(?:(?:the|this|that|your)\s+)?(?:(?:whole|entire)\s+)?(?:series|patch[\s-]?set|set)\b|\s+(?:of|from)\s+v\d+(?![\w-]|\.\w))`;
const COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)`;
// "the change" only after "applied", "queued", "merged" ("… and applied the change, thanks!", linux-mips): "I've pushed the change to
// -next: <commit>" (linux-mips, under a quoted discussion) is the writer's own commit of what was discussed, not the answered patch.
// "everything" only as "everything except …" (the patches but those named: "Applied everything except the DT change").
// "the lot" and "all these" as the whole series; "the above" (the patches quoted above) as what is answered.
const OBJECT = String.raw`(?:(?:all\s+)?the\s+lot|the\s+above|all\s+(?:of\s+)?(?:these|those|them)(?:\s+(?:patch(?:es)?|${COUNT}))?|(?:both\s+)?(?:this|it)(?:\s+(?:one|patch))?\s+and\s+(?:(?:patch(?:es)?|the)\s+)?${NUMBERS}|(?:this|it)(?:\s+one)?\s+and\s+(?:the\s+)?(?:previous|next)(?:\s+(?:one|patch))?|(?:this|it)(?:\s+(?:one|patch))?\s+and\s+(?:the|your)\s+other(?:\s+\w+)?\s+(?:ones?|patch(?:es)?)|(?:this|it)(?:\s+(?:one|patch))?\s+and\s+the\s+following(?:\s+${COUNT})?\s+(?:ones?|patch(?:es)?)|(?:these|them|those)\s+all|that\s+one|(?<![\w-]\s+)(?!(?:which|what|whose|no|any|each|every|another|other|previous|old|earlier|same|that|next|new)\s)[a-z][\w-]*\s+series(?=\s+(?:(?:has|have|was|were|is)\s+(?:now\s+)?(?:been\s+)?)?(?:applied|queued|merged)\b)|the\s+other\s+(?:${COUNT}\s+)?(?:patch(?:es)?|ones?)(?![\w-])|(?:(?:this|the|these|both|all|whole|entire|full|complete|your|my|one|two|three|four|five|six|seven|eight|nine|ten|first|last|remaining|original|updated|revised|tweaked|adjusted|modified|amended|reworded|rebased|manually|slightly|lightly|new|particular|cleanup|clean-up|trivial|simple|small|minor|bug-?fix|fix|v\d+|\d+|\$subject)\s+)*(?:series|patch[\s-](?:set|series)|patch(?:es|set)?|set|ones?)(?:\s+${NUMBERS}${OF_SERIES}?|\s+\(${NUMBERS}\))?|all\s+(?:(?:of\s+)?the\s+)?patch(?:es)?${OF_SERIES}|(?:this|the)\s+(?:v\d+\s+)?version\s+of\s+(?:the|this|your)\s+(?:patch(?:[\s-]?set)?|series)|(?:adjusted|tweaked|modified|amended|updated|rebased|fixed-up)\s+version|the\s+(?:below|attached)\s+version|the\s+version\s+below|(?:this|the)\s+(?:v\d+\s+)?version|an?\s+(?:slightly\s+)?(?:rebased|modified|fixed(?:-up)?|updated|reworked|tweaked|amended|edited|adjusted|reworded|corrected|massaged|simplified)\s+version(?:\s+of\s+(?:it|this(?:\s+patch)?|the\s+patch))?|(?:this|these)\s+changes?(?![\w-])|(?<=\b(?:applied|queued|merged)\s+)the\s+change(?![\w-])|(?:this|your)\s+(?:(?:small|simple|trivial|minor|nice|obvious|one-line)\s+)?(?:fix|cleanup|clean-up)(?![\w-])|(?:the|these|all)\s+${COUNT}\s+(?:[\w-]+\s+)?(?:changes|fixes|commits)\b|(?:this|your)\s+(?:github\s+)?pull\s+request\b|v\d+\s+version|the\s+following(?:\s+patch(?:es)?)?|(?:(?:these|those|the)\s+(?=(?:first|last)\s))?(?:these|those|the|all|first|last)\s+${COUNT}(?!\s*[-,&]\s*\d)|${NUMBERS}|(?:both|all)\s+of\s+(?:these|those|them)|both\s+${NUMBERS}\s+[a-z]+(?=\s+(?:are|were|have)\s)|(?<=\bpushed\s+out\s+)the\s+changes(?=\s+(?:in)?to\s+(?:the\s+)?[a-z][\w.]*-[\w.-]*\w(?![\w:\/-]))|(?<=${VERB}\s+)${THE_FIRST}|(?<=${VERB}\s+)(?:the\s+rest(?:\s+of\s+(?:the\s+|this\s+)?(?:patch(?:es)?|series))?|(?:the\s+)?(?:first|last)\s+${COUNT})|all\s+\d+\s*[-,&]\s*\d+|all(?:\s+\d+)?|(?:the|this|your)\s+v\d+(?![\w-]|\.\w)|v\d+(?![\w-]|\.\w)|it|this|them|these|they|both|everything(?=\s+(?:except|but|apart\s+from|other\s+than)\b))`;
// "Tentatively merged into …": in the maintainer's tree for now, which is all a notice says.
const ADVERB = String.raw`(?:also|now|just|simply|anyway|anyhow|regardless|nonetheless|nevertheless|finally|tentatively|provisionally|as[\s-]is|too|as\s+well|already|again|manually|by\s+hand|right\s+away|immediately|separately|initially|temporarily|speculatively|carefully)`;
/** "I merged it directly", "And I directly merged it", "I actually already applied this one": the writer's own deed ("… can be / merged directly." is a wish). */
/** When, after the verb and its object: "I merged patch 1-3 yesterday, so …". */
// "I have applied them few days ago", "… merged some time ago to …": how long it has been in, no doubt about it.
const AGO = String.raw`(?:(?:a\s+)?(?:few|couple(?:\s+of)?|two|three|several|\d{1,2})\s+(?:days|weeks|months)|(?:a|one)\s+(?:day|week|month)|(?:some|a\s+long)\s+time|a\s+while)\s+ago`;
const WHEN = String.raw`(?:yesterday|today|earlier\s+today|this\s+morning|last\s+(?:week|night)|${AGO})`;
// "I've so far applied patches 1-7 of your series to mips-next, and stopped at patch 8" (linux-mips): those in the tree until now.
const FIRST_PERSON_ADVERB = String.raw`(?:${ADVERB}|${WHEN}|directly|actually|so\s+far)`;
/**
 * "Patch applied directly to the foo tree", "… directly with the ACKs": with a target or the tags taken; or thanks or why
 * after it ("Applied directly, thanks.", "Applied directly, because I love seeing this go."; not "… can be / merged directly.").
 */
const AFTER_ADVERB = String.raw`(?:${ADVERB}|${AGO}|directly(?=\s+(?:to|into|in|on|with)\b|[\s,.!]+(?:thanks|thank\s+you|because)\b))`;
// "Additionally, I added a tag, then I applied this", "Nevertheless I have applied this for next" (not a
// tester's "… and / then applied this whole series").
// "But I applied it to …", "Sorry for the delay, but I finally applied it to …" (not "but v2 is already queued",
// "but applied to direction": only before "I", and then only with a target: BUT_I_TARGET_RE).
// "FYI I have merged patches 1, 6 and 7 of this patchset.", "Could you provide a real name? Otherwise applied to the foo
// tree." (linux-fbdev): an aside to the reader, or what holds besides a request.
// "FWIW, I have taken …", "FWI(still)W, …" (linux-mips): for what it is worth, an aside.
const OPENER = String.raw`(?:(?:ok(?:ay)?|oh|ah|thanks|thank you|yes|yeah|now|also|so|and|fyi|fwi(?:\([a-z]{1,12}\))?w|otherwise|but(?=\s+i\b)|anyway|anyhow|then(?=\s+i\b)|alright|neverthe?less|nonetheless|meanwhile|in\s+(?:the\s+)?meantime|for\s+now)[,.!]?\s+)*`;
/** "Applied …", "Series applied …", "Patches 1-3 applied …", "This patch was applied …", "has been merged …". */
const NOTICE_RE = new RegExp(
  `^${OPENER}(?:${ADVERB}\\s+)?(?:${OBJECT}(?:\\s+\\([^()]{1,60}\\))?\\s+)?(?:(?:has|have|was|were|is|are)\\s+(?:(?:now|also|already)\\s+)?(?:been\\s+)?)?(?:${ADVERB}\\s+)?${VERB}` +
    `(?:\\s+(?:(?:just|only)\\s+)?(?:${OBJECT})(?:\\s+only)?)?(?:\\s+${AFTER_ADVERB})*(?:\\s+(?:up|(?<=pushed\\s+\\S.*)out(?=\\s+(?:in)?to\\b|[\\s.,!]*$|[\\s,.!]+(?:thanks|thank\\s+you|now)\\b))(?:\\s+${ADVERB})*)?\\b(?<rest>.*)$`,
  "i",
);
/** "I applied this patch to …", "I've queued it up for 5.4.", "I merged just this patch to …", "I applied to for-next". */
// "I've landed this in drm-misc-next": "landed" only with its object ("I landed in …" is travel).
const FIRST_PERSON_RE = new RegExp(
  `^${OPENER}i(?:'ve|\\s+have)?\\s+(?:${FIRST_PERSON_ADVERB}\\s+){0,2}(?:(?:went|gone)\\s+ahead\\s+and\\s+)?(?:${VERB}(?:\\s+(?:(?:just|only)\\s+)?${OBJECT}(?:\\s+only)?(?:\\s+\\(\\d{1,3}(?:\\/\\d{1,3})?\\)(?=\\s+up\\b))?)?|landed\\s+${OBJECT})(?:\\s+${FIRST_PERSON_ADVERB})*(?:\\s+(?:up|(?<=pushed\\s+\\S.*)out(?=\\s+(?:in)?to\\b|[\\s.,!]*$|[\\s,.!]+(?:thanks|thank\\s+you|now)\\b))(?:\\s+${ADVERB})*)?\\b(?<rest>.*)$`,
  "i",
);
/**
 * "Added." and "Added to linux-watchdog-next.": "added" is a notice verb only alone or with a target, as
 * "Added Dan's ack" and "added to the condition" are everyday review words.
 */
const ADDED_RE = new RegExp(`^${OPENER}(?:(?:patch|series|it)\\s+)?added(?:\\s+to\\s+(?!(?:this|that|these|those|cc)\\b)\\S+)?(?:[\\s.,!]*(?:thanks|thank you)\\b.*|[\\s.!]*)$`, "i");
/**
 * A word shaped like a tree or branch name: "for-next", "foo-2.6.git", "#ksmbd-for-next", "cgroup/for-6.6", a
 * URL ("the condition" is none). Not a file ("Documentation/foo.rst", "foo.c"): "added it to foo.c" changes code.
 */
const TREE_WORD = String.raw`(?:(?!documentation\/|\S*\.(?:c|h|S|rs|py|sh|rst|txt|yaml|dts|dtsi|md|json)(?![\w.-]))#?\w+(?:[-./]\w+)+|<url>)`;
/**
 * A maintainer's tree or topic branch by name: "hid.git#for-6.20/foo", "for-5.19/wacom", "pci/resource". Not a
 * release or a linux-next tag ("v6.1-rc1", "next-20230101"), nor the mainline or a remote's master a tester
 * builds on ("linus/master", "net-next/main").
 */
const NAMED_BRANCH = String.raw`(?:[\w.-]+\.git\b(?:#[\w.\/-]*\w)?|#?(?!v?\d|next-\d|linux-next\b|linus\/|torvalds\/|origin\/|mainline\b|upstream\/)[a-z][\w.-]*\/[\w.\/-]*\w)(?<!\/(?:master|main))(?![\w\/-])`;
/**
 * "Added to foo-2.6.git for-next", "I've added the patch to foo-utils for-next pending testing": a target of one or two such words;
 * "Your patch has been added to foo/foo-host" (the passive);
 * "All added to foo-new", "I added this (and the below) to foo.git", "I added this to foo.git's foo-unstable branch".
 */
const ADDED_TREE_RE = new RegExp(
  `^${OPENER}(?:i(?:'ve|\\s+have)?\\s+|have\\s+|all\\s+|(?:your|the|this|these|both)\\s+(?:patch(?:es)?|series|fix(?:es)?|changes?)\\s+(?:has|have|was|were)\\s+(?:now\\s+)?(?:been\\s+)?)?(?:${ADVERB}\\s+)?added(?:\\s+${OBJECT})?(?:\\s+\\([^()]{1,40}\\))?\\s+to\\s+(?:the\\s+|my\\s+)?${TREE_WORD}(?:'s\\s+(?:the\\s+)?${TREE_WORD})?(?:\\s+(?:branch|tree|repo|git|${TREE_WORD}))?(?<rest>.*)$`,
  "i",
);
/** "Added." / "Added, thanks.": the notice verb with no target. */
const BARE_ADDED_RE = new RegExp(`^${OPENER}(?:(?:patch|series|it)\\s+)?added(?!\\s+to\\b)`, "i");
/** Lines that open a reply without saying anything: an attribution ("... wrote:") or a greeting. */
const OPENING_LINE_RE = /[:：]$|\bwrote$|^(?:hi|hello|hey|dear)\b[^.?!]{0,40}$/i;
/** Where a notice may go on from another action: "Fixed the typo and applied to …", "… reviewed and merged to …". */
// "… and tentatively merged into …", "Updated the description and added to foo-2.6.git for-next".
const AND_VERB_RE = new RegExp(`\\s(?:and|&)\\s+(?=(?:(?:also|now|then|${ADVERB})\\s+)?(?:(?:the\\s+)?(?:whole\\s+)?(?:series|patch|both\\s+patches)\\s+)?(?:${VERB}|added)\\b)`, "gi");
/** The action before "and": the maintainer's own ("I fixed it up", "Squashed with 10/18", "both patches reviewed"). */
// "Lightly updated the description and merged …": an adverb may come first.
const OWN_ACTION_RE = /^(?:(?:ok(?:ay)?|so|now|then|also|anyway)[,.!]?\s+)*(?:i(?:'ve|\s+have)?\s|i(?:'m|\s+am)\s+(?:now\s+)?(?:happy|fine|ok(?:ay)?|content|satisfied)\s+with\b|(?:[a-z]+ly\s+)?(?:[a-z]+ed|done|did|took|made|put|kept|split|rewrote|cut)\b)|\b[a-z]+ed\s*$/i;
/**
 * The applier's own deeds before "and", however many and whatever they say: "I reordered this so the entries
 * are sorted and applied", "Instead of #ifdefs I added a stub for foo() and applied", "I removed it, made a
 * couple more changes and applied". Not a wish, a thought or a test ("I expected it to be reviewed and merged").
 */
const FIRST_PERSON_DEED_RE =
  /(?:^|[\s,;(])i(?:'ve|\s+have)?\s+(?:\w+ly\s+)?(?!(?:built|rebuilt)\b|(?:expect|assum|hop|want|wonder|ask|suggest|suppos|plann|intend|believ|guess|fear|worri|request|propos|test|tri|need|prefer|notic|realiz|realis|decid|agre|recall|remember|look|seem|pull(?!\w*\s+(?:[\w']+\s+){0,2}?(?:out|off)\b)|fetch|check|rebas|buil|compil|boot|install|download|clon|revert|bisect)\w*\b)(?:[a-z]{2,}ed|made|did|took|put|split|rewrote|wrote|cut|kept)\b(?!.*\b(?:if|when(?!\s+applying\b)|whether|unless|once)\b)/i;
/** Approval before "and": "Patch is fine and applied to …", "Looks good and applied", "Otherwise great find and applied to …". */
const APPROVAL_BEFORE_AND_RE = /^(?:(?:ok(?:ay)?|so|otherwise)[,.!]?\s+)?(?:(?:(?:the\s+)?(?:patch|series|change|this|it)\s+)?(?:is|looks|seems)\s+(?:\w+\s+)?(?:fine|good|great|ok(?:ay)?|sane|correct|reasonable)(?:\s+to\s+me)?|(?:a\s+)?(?:great|good|nice)\s+(?:find|catch|fix|cleanup|work))\s*$/i;
/** An auxiliary or modal in the action before "and": a description ("are usually reviewed and merged"), not a deed. */
const AUX_RE = /\b(?:are|is|be|been|being|will|would|should|could|can|may|might|must|gets?|getting|got)\b/i;
/** A passive (after a modal or not) listing participles up to "and": "can be reviewed, improved " (nobody's deed named). */
const LISTED_PASSIVE_RE = /\b(?:are|is|be|been|being|was|were|gets?|got)\s+(?:\w+ly\s+)?[a-z]+ed(?:\s*,\s*(?:\w+ly\s+)?[a-z]+ed)+\s*,?\s*$/i;
/** A relative clause in the past, "one patch … which was properly reviewed and applied": history, not a deed. */
const RELATIVE_PASSIVE_RE = /\b(?:which|that|who)\s+(?:\w+\s+)?(?:was|were|had|has|have|got)\b/i;
/** After "and", only a target or thanks may follow: "… and applied to for-next, thanks!". */
// "Rebased and applied on top of foo/next.": on top of a named branch.
const AND_REST_RE = new RegExp(
  String.raw`^(?:[\s.,!:;]*$|\s+here\s*:?(?:\s*<url>)?[\s.!]*$|\s+on\s+(?:the\s+|my\s+)?[\w.\/-]+\s+(?:branch|tree)\b|[,;]\s*but\s+please\b|[.!]\s+\S|[\s,.!]*(?:thanks|thank you)\b|\s+(?:to|into|onto|in|for)(?:\s+\S|\s*:?$)|\s+on\s+top(?:\s+of\s+(?:it|that|them|those))?[\s,.!]*(?:(?:thanks|thank\s+you)\b.*)?$|\s+on\s+top\s+of\s+(?:the\s+)?${NAMED_BRANCH}(?:\s+branch)?[\s,.!]*(?:(?:thanks|thank\s+you)\b.*)?$|\s+(?:of|from)\s+(?:the|this|your)\s+(?:series|patchset|set)\b)`,
  "i",
);
/**
 * The applier's own deed after "after", named by a gerund: "after fixing the log" and, with a word of degree or
 * manner before it, "after a bit of alphabetical sorting", "after little bit of editing", "after double checking
 * again". Only such words may stand before the gerund: "after the merge window" or "after Bob's fix" stay a
 * condition or another's work.
 */
const AFTER_DEED = String.raw`(?:(?:a\s+)?(?:(?:little|tiny|small)\s+)?bit\s+of\s+|(?:a\s+)?little\s+|some\s+|more\s+|further\s+|double[\s-]|careful(?:ly)?\s+|manual(?:ly)?\s+)*(?:(?<=\bof\s+)[a-z]{3,}al\s+)?(?:\w+-)?\w+inge?\b`;
/**
 * What may follow: nothing, a new sentence, "here" (the tree's URL below), "as part of the foo fixes …", "due to …" (why),
 * "of these" ("I queued the first two of these"), ", so just send … on top", thanks, a target ("to hwmon-next", "via my foo tree", or "to" ending the line with
 * the tree's URL on the next), "under arm/drivers" (a branch by path), "of the series", "and pushed/marked/submitted …", "with the below incremental",
 * "along with the [2/2]", "under a new subject", ", but …", ", adding a Fixes tag", " - …" or " -- …", "after fixing …", "and tweaked …" (an edit of the applier's own),
 * "as obviously correct" / "as nonurgent fix" (how it was taken), ", as …" / "because …" / "given it is …" / "as seems to be …" / "as it had
 * your ack" (why), "so we get …", "towards 5.5" (the release it is queued for), "… and it is sitting in <url>" (where it is now);
 * or what it waits for in the tree ("pending more testing", PENDING).
 */
const REST_RE = new RegExp(String.raw`^(?:[\s.,!:;]*$|\s+here\s*:?(?:\s*<url>)?[\s.!]*$|\s+as\s+part\s+of\s+\S|\s+due\s+to\s+\S|\s+of\s+(?:these|those|them)(?=[\s.!,]*$|[\s,.!]*(?:thanks|thank\s+you)\b|\s+(?:to|into|in|for)\s+\S)|[.!]\s+\S|,\s+so\s+(?:that\s+)?(?:it|they|we|this|these)\s+(?:should|will|can|could|would|may|might)\b|,\s+so\s+(?:just\s+|please\s+)*(?:send|post|submit)\b|[\s,.!]*(?:thanks|thank you)\b|\s+(?:to|towards|into|onto|in|on|for|via(?!\s+b4\b))(?:\s+\S|\s*:?$)|\s+through\s+(?:the\s+|my\s+)?(?:[\w.\/-]+\s+(?:tree|branch)\b|(?!(?:v?\d|next-\d|linux-next\b))[a-z][\w.]*[-\/][\w.\/-]*\w(?![\w\/-]))|,\s+for\s+(?:next|fixes)\b|\s+at\s+my\s+(?:[\w-]+\s+)?(?:branch|tree)\b|\s+(?:of|from)\s+(?:the|this|your)\s+(?:series|patchset|set)\b|\s+of\s+(?:the|this|these|those|your)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?patch(?:es)?(?=\s+(?:to|into|in|for)\s+\S|[\s.!,]*$|[\s,.!]*(?:thanks|thank\s+you)\b)|[\s,]+and\s+(?:(?:also|initially|then|now)\s+)?(?:queued|submitted|pushed|picked|marked|added|updated|tagged|folded|squashed|copied|\+?cc(?:'?e?d)?|tweaked|fixed\s+up|dropped|reworded|amended|adjusted|edited|created|rewrapped|reformatted|rewrote|renamed|massaged|tidied|touched\s+up|cleaned\s+up)\b|[\s,]+and\s+i(?:'ve|\s+have)?\s+(?:also\s+)?(?!(?:tested|tried|built|rebuilt|compiled|booted|ran|verified|checked|noticed|seen|saw|got|reverted|bisected|needed|wanted|hoped|expected|wondered|asked|failed)\b)[a-z]{3,}ed\b|\s+as\s+(?!(?:an?\s+)?(?:root|module|built-?in|user|test|well|such|expected|is|far|long|soon|if|though|i|you|we|they|it)\b)(?:[\w.-]+\s+){0,4}[\w.-]+[\s.!,]*(?:(?:thanks|thank you)\b.*)?$|\s*,\s*(?:as|since|because)\s+\S|\s+because\s+\S|\s+since\s+(?:it|they|this|that|these|those|the|we|you|i)\b|\s+as\s+(?:it|they|this|that|these|those)(?:\s+(?:all|one|patch|change))?\s+(?:is|are|looks?|seems?|stands|can|fix(?:es)?)\b|\s+as\s+(?:it|they|this|that|these|those)\s+(?:has|had|have|got)\s+(?:(?:your|an?|the|all\s+the|[\w-]+'s)\s+)?(?:acks?|reviews?|reviewed-by|r-?b|approval|blessing)\b|\s+as\s+(?:it\s+)?seems?\s+(?:to\s+be\s+)?\S|\s+given\s+(?:it|that|this|these|the)\s+\S|\s+so\s+(?:that\s+)?(?:we|it|they|you|people|everyone|the)\b|\s+and\s+patch(?:es)?\s+\d+\b|[\s,]+with(?:out)?\b|[\s,]+(?:along|together)\s+with\s+\S|\s+under\s+(?:the\s+)?(?!linux-next\b|next-\d)[a-z][\w.-]*\/[\w.\/-]*\w(?![\w\/-])|\s+under\s+(?:(?:a|an|the)\s+)?(?:(?:new|modified|edited|changed|different|rewritten|updated|amended|reworded|revised|\w+ly\s+\w+ed|more\s+\w+)\s+)?(?:subject|title|["\u201c])|\s+and\s+(?:now\s+)?(?:resides|sits|lives)\s+in\s+(?:the\s+)?(?:-next|linux-next|(?!v?\d|next-\d)[a-z][\w.]*[-\/][\w.\/-]*\w)(?:\s+(?:branch|tree))?[\s.!,]*$|\s+(?:now\s+)?and\s+(?:it|they)\s+(?:is|are)\s+(?:now\s+)?(?:sitting|residing|living)\s+in\s+<url>|\s+(?:except|apart from|other than|but not)\b|[,;]\s*(?:but|although|though|however|sorry)\b|[,;]\s*\w+ing\b|\s+(?:--?|[\u2013\u2014])\s|[,;]?\s+after\s+(?:${AFTER_DEED}|merg\w*\s)|\s+by\s+(?!(?:testing|trying|running|booting|building|bisecting|reverting)\b)\w+ing\b|[,;]\s*(?:even (?:if|though)|although)\b|\s*\()`, "i");
/**
 * What the tree does next, after which a notice may say its patch moves on: "which will go upstream after
 * the merge window", "(rebased after rc1)", "after 6.9-rc1 is out", "after I rebase".
 */
const TREE_EVENT = String.raw`(?:the\s+|a\s+)?(?:next\s+|coming\s+)?(?:merge\s+window|-?rc\s?\d|v?\d+\.\d+\b|rebas\w*|i\s+rebase|i(?:'ve|\s+have)\s+rebased|\w+\s+is\s+(?:out|released|available))`;
/**
 * A change promised for the author's next posting, not a tree: "Ack, queued up for RFC v2.", "applied in
 * v3", "applied for the next version" ("queued for v5.5-rc1" and "to v5.12-next" name releases and trees;
 * "merged into the pinctrl tree in v1" says when it went in; "I merged it into my v3" is the author's).
 */
const POSTING_VERSION = String.raw`\b(?:applied|queued(?:\s+up)?|picked\s+up|added|done|fixed|changed|addressed|merged)\s+(?:(?:it|this|that|them|(?:this|these|the|your)\s+(?:changes?|suggestions?|comments?))\s+)?(?:(?:locally|already)\s+)?(?:for|in|into)\s+(?:the\s+|my\s+)?(?:(?:(?:rfc|patch)\s+)?v\d+(?![\w-]|\.\d)|next\s+(?:version|revision|iteration|spin|respin|round)\b)`;
/**
 * A clause on what the tree the patch went to does next ("Applied to the fixes branch which will go
 * upstream after the merge window.", "... to a temporary tree that I'll rebase on rc1"): its words are not
 * conditions on the notice.
 */
const TREE_FUTURE_RE =
  /(?<=\b(?:to|into|in)\s+\S.*?),?\s+(?:which|that)\s+(?:will|'ll|i'll|i\s+will|we'll|should|is|are|becomes?|goes)\b.*$/i;
/**
 * What the patch in the tree still waits for, "merged into for-next pending more testing", "(pending review
 * and testing)": the tree's next step, not a condition on the notice. Only after the notice's verb.
 */
const PENDING = String.raw`[,;]?\s+\(?pending\s+(?:[\w/-]+\s+){0,4}?(?:test|review|feedback|comment|ack|discussion|verif|result|xfstest|regression|build|run|check|approv|confirm|objection|problem|issue)`;
const PENDING_START_RE = new RegExp(`^${PENDING}`, "i");
const PENDING_RE = new RegExp(`(\\b(?:${VERB}|added)\\b.*?)${PENDING}.*$`, "i");
/** "…, let me know if you see any problems": a request for feedback after the notice, not a condition on it. */
const LET_ME_KNOW_RE = new RegExp(`(\\b(?:${VERB}|added)\\b.*?)(?:[,;]\\s+|\\s+(?:and\\s+)?)(?:please\\s+)?let\\s+(?:me|us)\\s+know\\b.*$`, "i");
/** "Applied, thanks for your work!": thanks for the author's work is no report that something works. */
// "…, thanks for testing!": thanks for the testers' reports is no report of a test either.
const THANKS_WORK_RE = /\b(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?\s+for\s+(?:all\s+)?(?:(?:your|the|this)\s+(?:\w+\s+)?work\b|(?:the\s+)?testing\b)/gi;
/**
 * Why a patch went to a named tree: "Applied for next to get it tested", "…, so we can get it tested in
 * linux-next", "… for next, to allow more testing", "… through foo-next for now to get early testing". Only after a tree: a tester's "applied it to get it
 * tested" keeps its word.
 */
const TREE_PURPOSE_RE = new RegExp(
  String.raw`(?<=\b${VERB}\b.*?\b(?:to|into|in|for|through|via)\s+(?:the\s+|my\s+)?(?:next|fixes|${TREE_WORD})\b.*?)[\s,(]+(?:(?:in\s+order\s+)?to|so\s+(?:that\s+)?(?:we|it|they|you|people|everyone|the\s+\w+)\s+(?:can|could|will|may|gets?))\s+(?:get\s+(?:it|this|them|these|those|the\s+\w+)\s+(?:\w+\s+){0,2}?tested|allow\s+(?:\w+\s+){0,2}?testing|(?:be|get)\s+(?:\w+\s+)?tested|get\s+(?:some\s+|more\s+|early\s+|wider\s+)?(?:testing|exposure))\b[^.!?]*|[\s,(]+so\s+(?:that\s+)?(?:it|they|this|these|the\s+\w+)\s+gets?\s+(?:some\s+|more\s+|wider\s+)?(?:testing|exposure)\b[^.!?]*`,
  "i",
);
/**
 * The applier's resolving a conflict on the way in ("by managing some conflicts", "but needed to resolve a
 * conflict when applying", "(the conflict was trivial)", "with a slight conflict resolution", "I've added these to for-next
 * with a minor merge conflict", linux-riscv), or the reason for the
 * target ("Applied to foo/next to avoid conflicts with …"): an edit or a choice of their own, not a problem with the notice.
 */
const CONFLICT_SOLVED_RE =
  /\b(?:resolv|manag|fix|handl|solv|sort)\w*\s+(?:out\s+)?(?:(?:a|an|some|the|few|couple|of|two|minor|trivial|small|simple|merge|rebase|context)\s+)*conflicts?\b(?:\s+(?:when|while)\s+applying(?:\s+(?:it|this|them))?)?|\b(?:the\s+)?conflicts?\s+(?:was|were|is|are)\s+(?:\w+\s+)?(?:trivial|easy|simple|minor|small|straightforward)\b|\bwith\s+(?:the\s+|a\s+|some\s+)?(?:\w+\s+)?conflicts?\s+(?:resolved|fixed(?:\s+up)?|solved|handled|sorted(?:\s+out)?)\b|\bwith\s+(?:an?\s+|some\s+|the\s+)?(?:(?:slight|minor|small|trivial|simple|easy|tiny)\s+)?conflict\s+(?:resolution|fix(?:-?up)?)s?\b|\bto\s+(?:avoid|prevent|minimi[sz]e|reduce)\s+(?:(?:any|some|the|possible|potential|future|merge|more)\s+)*conflicts?\b|\bwith\s+(?:an?\s+|some\s+)?(?:slight|minor|small|trivial|simple|easy|tiny)\s+(?:merge\s+)?conflicts?\b/gi;
/** "Applied since there were no objections": the quiet is the maintainer's reason, not a negation. */
const NO_OBJECTIONS_RE =
  /\b(since|as|because)\s+there(?:'s|\s+(?:were|was|are|is|have\s+been|has\s+been))\s+(?:still\s+)?no\s+(?:further\s+|more\s+|other\s+)?(?:pending\s+)?(?:objections?|comments?|complaints?|concerns?|responses?|replies|feedback|changes|patches)\b/gi;
/** "I have applied this patch but not the 2/2": the patch left out, named by its number. */
const BUT_NOT_PATCH_RE = /[,;]?\s+but\s+not\s+(?:the\s+)?(?:patch(?:es)?\s+)?#?\d{1,3}(?:\/\d{1,3})?(?![\w/]|\.\d)/gi;
/** "… applied all patches so we get some testing in linux-next": the purpose of the tree's next step. */
const GET_TESTING_RE = /[\s,]+so\s+(?:that\s+)?(?:we|it|they|this|these|the\s+\w+)\s+(?:can\s+|will\s+)?gets?\s+(?:some\s+|more\s+|wider\s+)?(?:testing|exposure)(?:\s+in\s+(?:linux-)?next)?\b/gi;
/** "…, let's see if the robots complain": a wait for feedback after the notice, no condition on it. */
const LETS_SEE_RE = /[,;]\s+let's\s+see\s+(?:if|whether|what|how)\b.*$/i;
/** "I've applied them, no need to squash.", "…, so no need to resend": an aside on the author's next step. */
const NO_NEED_ASIDE_RE = /(?:[,;]\s*(?:so\s+)?|\s+so\s+)(?:there(?:'s|\s+is)\s+)?no\s+need\s+(?:to|for)\b.*$/i;
/** "…, so you don't need to carry this patch anymore", "… so that you don't need / to carry it around": the same aside, said of the author. */
const YOU_NEED_NOT_ASIDE_RE = /(?:[,;]\s*(?:so\s+(?:that\s+)?)?|\s+so\s+(?:that\s+)?)(?:you|we)\s+(?:don't|do\s+not|won't|will\s+not|no\s+longer)\s+(?:need|have)(?:\s+to\b.*)?$/i;
/** "I applied the two patches now without further feedback": the quiet is the reason, no edit left out. */
const WITHOUT_FEEDBACK_RE = /\bwithout\s+(?:any\s+)?(?:further\s+|more\s+|other\s+|additional\s+)?(?:feedback|comments?|objections?|complaints?|replies|responses?|reaction)\b/gi;
/** "Merged via lsm/dev and not selinux/dev": the tree it did not go to is no negation of the notice. */
const NOT_THAT_TREE_RE = new RegExp(String.raw`(\b(?:to|into|via|in)\s+${TREE_WORD})\s+(?:and|but)\s+not\s+(?:(?:in)?to\s+|via\s+|in\s+)?(?:the\s+)?${TREE_WORD}`, "i");
/**
 * "Applied to review-ilpo and will go into fixes branch once LKP has built it": where the tree's patch goes
 * next, and when, after a named target; its words are no condition on the notice.
 */
const TREE_NEXT_RE = new RegExp(String.raw`(\b(?:to|into)\s+(?:the\s+)?${TREE_WORD}(?:\s+(?:branch|tree))?)\s+and\s+(?:it\s+|they\s+)?(?:will|'ll)\s+(?:go|move|be\s+(?:moved|pushed|merged|sent)|land|make\s+it)\b.*$`, "i");
/** "… all patches except 4 and 8 since they no longer apply cleanly": the reason is about the patches left out. */
const EXCEPT_REASON_RE = new RegExp(String.raw`(\bexcept\s+(?:for\s+)?(?:patch(?:es)?\s+)?${NUMBERS})\s*,?\s+(?:since|as|because)\b.*$`, "i");
/**
 * A parenthesised aside right after a maintainer's target, "for next (as it doesn't apply on fixes)", "for fixes (it
 * may not make it for v5.1 unless there is a rc8)": the words are about the tree, not the notice.
 */
const TREE_ASIDE_RE = new RegExp(String.raw`(\b(?:applied|queued|merged|pushed)\b.*?\b(?:for|to|into|on)\s+(?:the\s+|my\s+)?(?:next|fixes|${TREE_WORD})(?:\s+(?:branch|tree))?)\s*\([^()]*\)`, "i");
/**
 * What a branch pushed out as testing is for: "pushed out as testing for 0-day to see if we missed anything", "… to see if
 * any other compiler versions don't like it": the autobuilders' look, not a condition on the notice.
 */
const TESTING_PURPOSE_RE = /(\bpushed\s+out\s+as\s+testing)\s+(?:(?:for|to|so)\b|in\s+order\s+to\b)[^.!?]*/gi;
/**
 * The maintainer's word that the notice was never sent: "I applied this but didn't reply here to say so", "… but for some
 * reason didn't say that!", "queued this up but never replied". Not "but didn't build" (a tester's).
 */
const UNSAID_RE = /[\s,;]+but\s+(?:for\s+some\s+reason\s+|then\s+)?(?:didn't|did\s+not|never|forgot\s+to)\s+(?:\w+\s+){0,2}?(?:reply|replied|respond|responded|say|said|send|sent|mention|mentioned|tell|told|update|updated|answer|answered|let\s+(?:you|anyone|people)\s+know)\b.*$/i;
/** Where the tree is not seen yet: "(not yet mirrored to kernel.org)", ", but you can't see it yet", "… but it is not pushed out yet", ", but didn't get it pushed up". */
const NOT_YET_OUT_RE = /[\s,;]+but\s+(?:i\s+)?(?:didn't|did\s+not|haven't|have\s+not|hadn't)\s+(?:yet\s+)?(?:get|got(?:ten)?)\s+(?:it|them|this|these)\s+pushed(?:\s+(?:up|out))?(?:\s+yet)?\b[^.!?]*|\s*\(\s*(?:but\s+)?not\s+(?:yet\s+)?(?:mirrored|pushed(?:\s+out)?|public|visible)\b[^()]*\)?|[\s,;]+but\s+(?:you\s+(?:can't|cannot|won't)\s+see\s+it|it\s+is\s+not\s+(?:yet\s+)?(?:mirrored|pushed(?:\s+out)?|public|visible))(?:\s+yet)?\b[^.!?]*/gi;
/** "Applied to the togreg branch, not as a fix because …": how it went in, not a negation of it. */
const NOT_AS_FIX_RE = /[\s,;]+(?:but\s+)?not\s+as\s+an?\s+(?:\w+\s+)?fix(?:es)?\b.*$/i;
/** FOLLOW_UP_ASIDE_RE's words, a cheap test first. */
const FOLLOW_UP_WORD_RE = /free|\bif\s+you|still|always|send|forward/i;
/**
 * The applier's word to the author on what may come next, after his notice: "I applied your patch, feel free to improve on
 * top of that", "I've applied the patches, I'll try to send them to Linus but …", "…, but if you want to tweak the
 * changelog, let me know", "I already applied it … but I can still change it". Its "if", "not" or "on top of" is no
 * condition on the notice. Not a tester's "feel free to add my Tested-by" (nothing to keep), nor "if it works for you".
 */
const FOLLOW_UP_ASIDE_RE =
  /(?:[,;]\s+(?:but\s+|and\s+)?|\s+but\s+)(?:feel\s+free\s+to\s+(?!(?:add|include|use|take|pick|apply|test)\b)|if\s+you\s+(?:want|wish|need|would\s+like|'d\s+like|prefer)\s+to\s+(?:tweak|change|update|amend|adjust|reword|rework|improve|fix\s+up|edit|rewrite|expand|extend)\b|i\s+(?:can|could)\s+(?:still|always)\s+(?:change|update|tweak|amend|adjust|fix|edit|drop|rework|reword)\b|i(?:'ll|\s+will)\s+(?:try\s+to\s+)?(?:send|forward)\s+(?:it|them|this|these|the\s+\w+)\s+(?:to|on)\s+(?:linus|[A-Z]\w+|the\s+(?:soc|arm-soc)\b|upstream)).*$/i;
/**
 * What a named tree gives the patch, "Pushed onto foo-next for wider testing", "Applied to for-next for some more
 * exposure": the maintainer's reason for that tree, not a test of the patch. Only after a branch by name (not a
 * release, linux-next or a tester's "my tree": "I applied it to v6.1-rc1 for more testing" keeps its word).
 */
const WIDER_TESTING_RE = new RegExp(
  String.raw`(\b(?:applied|queued(?:\s+up)?|merged|pushed(?:\s+out)?|picked\s+up)\b.*?\b(?:to|into|onto|in|on)\s+(?:the\s+)?(?:${NAMED_BRANCH}|#?(?!v?\d|next-\d|linux-next\b)[a-z][\w.]*-[\w.-]*\w(?![\w\/-])))[\s,(]+for\s+(?:(?:some|more|wider|broader|further|additional|extra)\s+)+(?:testing|exposure|coverage)\b[^.!?)]*\)?`,
  "i",
);
/**
 * An aside on the mail's way to the list, "(but somehow your patch did not make it to the list...)", ", though the
 * series never reached the mailing list": about the posting's delivery, not a doubt about the notice.
 */
const NOT_ON_LIST_RE =
  /[\s,;]*\(?\s*(?:but|though|although|however)[\s,]+(?:\w+[\s,]+){0,2}?(?:your|the|this|these)\s+(?:patch(?:es)?|mails?|e-?mails?|messages?|series|posting)\s+(?:did\s+not|didn't|never|does\s+not|doesn't)\s+(?:seem\s+to\s+)?(?:make\s+it|made\s+it|reach(?:ed)?|arrived?|show(?:ed)?\s+up|appear(?:ed)?|land(?:ed)?|get|got)\b(?:\s+(?:on|to|in|at|through))?\s+(?:the\s+)?(?:[\w.@-]+\s+)?(?:mailing\s+)?(?:list|lore|archives?)\b[^)]*\)?/i;
/** A word in quotes is mentioned, not said: "applied with corrected 'without'" negates nothing. */
const QUOTED_WORD_RE = /(?<![\w'])['\u2018"\u201c]([a-z][\w-]{1,20})['\u2019"\u201d](?![\w'])/gi;
/** A sentence as the vetoes read it: without what the tree does next, what it waits for, or thanks for the work. */
function vetoText(text: string): string {
  // "Applied for next (as it doesn't apply on fixes), thanks!": why that tree, an aside on the tree's choice.
  if (text.includes("(")) text = text.replace(TREE_ASIDE_RE, "$1");
  // The tree's future needs "which" or "that" (its lookbehind is dear on every sentence read).
  let out = /\b(?:which|that)\s/i.test(text) ? text.replace(TREE_FUTURE_RE, "") : text;
  // Most sentences have none of these words: skip the regexes for them.
  if (/pending|know|work|testing/i.test(out)) out = out.replace(THANKS_WORK_RE, "thanks").replace(PENDING_RE, "$1").replace(LET_ME_KNOW_RE, "$1");
  // TREE_PURPOSE_RE ends in "tested" or "testing": "latest" or "test" alone cannot match it.
  if (/\btest(?:ed|ing)\b/i.test(out)) out = out.replace(TREE_PURPOSE_RE, "");
  if (/conflict/i.test(out)) out = out.replace(CONFLICT_SOLVED_RE, "fixing");
  if (/\bno\b/i.test(out)) out = out.replace(NO_OBJECTIONS_RE, "$1 it was quiet").replace(NO_NEED_ASIDE_RE, "");
  if (/\b(?:you|we)\s+(?:don't|do\s+not|won't|will\s+not|no\s+longer)\s+(?:need|have)\b/i.test(out)) out = out.replace(YOU_NEED_NOT_ASIDE_RE, "");
  if (/\bwithout\b/i.test(out)) out = out.replace(WITHOUT_FEEDBACK_RE, "quietly");
  if (/\bbut\s+not\b/i.test(out)) out = out.replace(BUT_NOT_PATCH_RE, "");
  if (/testing|exposure|let's/i.test(out)) out = out.replace(GET_TESTING_RE, "").replace(LETS_SEE_RE, "");
  if (/\bnot\b/i.test(out)) out = out.replace(NOT_THAT_TREE_RE, "$1");
  if (/will|'ll/i.test(out)) out = out.replace(TREE_NEXT_RE, "$1");
  if (/\bexcept\b/i.test(out)) out = out.replace(EXCEPT_REASON_RE, "$1");
  if (/\btesting\b/i.test(out)) out = out.replace(TESTING_PURPOSE_RE, "$1");
  if (/n't|\bnot\b|\bnever\b|\bcannot\b/i.test(out)) out = out.replace(UNSAID_RE, "").replace(NOT_YET_OUT_RE, "").replace(NOT_AS_FIX_RE, "");
  if (FOLLOW_UP_WORD_RE.test(out)) out = out.replace(FOLLOW_UP_ASIDE_RE, "");
  if (/wider|more|broader|further|additional|extra|some/i.test(out) && /testing|exposure|coverage/i.test(out)) out = out.replace(WIDER_TESTING_RE, "$1");
  if (/\b(?:list|lore|archives?)\b/i.test(out)) out = out.replace(NOT_ON_LIST_RE, "");
  if (/['\u2018"\u201c]/.test(out)) out = out.replace(QUOTED_WORD_RE, "a word");
  return out;
}
/**
 * The applier's own small edits, as what a notice went in after: "after some minor fixes", "after a few
 * tweaks" (a quantity or a "minor" is needed: "applied after the fix" may be a tester's order of steps).
 */
const OWN_EDITS = String.raw`(?:(?:some|a\s+few|a\s+couple\s+of|a|two|few)\s+(?:(?:minor|small|trivial|cosmetic|little|tiny|slight|style|whitespace|typo)\s+)*|(?:(?:minor|small|trivial|cosmetic|little|tiny|slight|style|whitespace|typo)\s+)+)(?:fix(?:es|ups?)?|tweaks?|changes?|edits?|adjustments?|modifications?|cleanups?|corrections?)\b`;
/** A tester's board or test tree: "Applied this on my Quartz64 Model A", "on my test build tree" (not "on my fixes branch"). */
const ON_DEVICE = String.raw`\bon\s+(?:my|our)\s+(?:test\w*\s+(?!branch|tree)|(?!(?:[\w./-]+\s+){0,2}(?:tree|branch|repo\w*|queue|git)\b|for-\S|\S+\/))`;
/**
 * Someone else's patch that went in: "a series similar to this was already done and applied: <url>", "These
 * issues were already fixed, and applied on cryptodev, by this series:", "a similar patch was applied" (a
 * reviewer pointing at other work). Not "took the tag from an old identical patch and applied".
 */
const OTHER_WORK = String.raw`\b(?:already|previously)\s+(?:been\s+)?(?:fixed|done|addressed|solved|resolved|handled|covered)\b|\bsimilar\s+to\s+(?:this|that|yours|it)\b|\b(?:series|patch\w*|fix|change|commit|one)\s+(?:very\s+)?(?:similar|equivalent|identical)\b|\b(?:a|an|another)\s+(?:(?:similar|equivalent|identical|different|other)\s+)?(?:patch\w*|series|fix|change|commit|version)\s+(?:was|were|has|had|got|is)\b`;
/**
 * The answered patch taken out, "I've reverted this one, and applied:" (a list of other patches below):
 * what went in is something else. Not "reverted it from fixes and applied it to next" (moved between branches),
 * nor "dropped that hunk and applied" (an edit).
 */
const TAKEN_OUT = String.raw`\b(?:reverted|backed\s+out)\s+(?:this|it|that)(?:\s+(?:one|patch|commit))?(?=\s*(?:[,;:]|and\b|$))`;
/**
 * A release or a linux-next tag as what a patch went into: "This patch is merged in v4.20 kernel" (a remark on
 * some earlier patch), "the patches are merged into next-20230131" (a dependency), "I applied the patches to
 * v6.14-rc7 and did a quick pass" (a test report). Maintainers apply to trees: "to v6.1-fixes", "for v6.3".
 */
// The sentence's full stop after it is no part of the release ("It was merged in 5.3.").
const RELEASE = String.raw`(?:the\s+)?(?:linux\s+|kernel\s+|mainline\s+)?v?\d+\.\d+(?:\.\d+)?(?:-rc\d+)?(?![\w\/-]|\.\w)`;
// "in <release>" only passive or after an object: "I merged in v5.10-rc4 and pulled this on top" merges the release.
const RELEASE_VERB = String.raw`(?:applied|merged|queued|picked\s+up)`;
const RELEASE_OBJECT = String.raw`(?:(?:it|this|that|them|these|those|v\d+|(?:the|your|my|this|these|those|both|all)\s+(?:\w+\s+)?(?:patch\w*|series|fix\w*|changes?|commits?))\s+)`;
/** "Both of your patches have been merged into Linux 5.2-rc1": the author's own patches named, the release is where they went. */
const YOUR_PATCHES_BEFORE = String.raw`(?<!\byour\s+(?:\w+\s+)?(?:patch(?:es)?|series|patch[\s-]?set|fix(?:es)?)\s+(?:(?:have|has)\s+)?)`;
const RELEASE_TARGET = String.raw`(?:${YOUR_PATCHES_BEFORE}\b(?:is|was|were|are|been|got|gets?)\s+(?:already\s+|now\s+)?${RELEASE_VERB}\s+(?:in|into)\s+${RELEASE}|\b${RELEASE_VERB}\s+${RELEASE_OBJECT}(?:in|into)\s+${RELEASE})(?!\s+(?:merge\s+window|cycle)\b)|\b${RELEASE_VERB}\s+${RELEASE_OBJECT}?(?:to|on|onto)\s+${RELEASE}\s*,?\s+(?:and|but)\b|\b${RELEASE_VERB}\s+(?:[\w']+\s+){0,3}?(?:in|into|to|on|onto)\s+(?:the\s+)?(?:linux-next\s+)?(?:tag\s+)?next-\d{8}\b|\b${RELEASE_VERB}\s+(?:[\w']+\s+){0,3}?onto\s+(?:the\s+)?(?:linux\s+|kernel\s+|mainline\s+)?v?\d+\.\d+(?:\.\d+)?(?:-rc\d+)?(?![\w\/-]|\.\d)`;
/**
 * A patch as what something was applied to: "I applied your fix to the patch and it seems ok" (linux-riscv, a tester), "Yes, I
 * applied these to the wrong patch...oops!" (linux-hyperv, an author's edits): a maintainer applies patches to a tree.
 */
const PATCH_TARGET = String.raw`\b(?:applied|queued|put)\s+(?:\S+\s+){0,3}?(?:to|on|onto|into)\s+(?:the|this|that|a|my|your|his|her|their)\s+(?:(?:wrong|right|correct|same|previous|next|other|original|first|last|earlier|later)\s+)?patch(?:es)?\b(?![\w-]|\s+(?:queue|tree|branch|set|series|stack)\b)`;
/** A code-hosting site by its bare name, "pushed to Github the patch set": an author's copy, no maintainer's tree. */
const HOSTING_TARGET = String.raw`\b(?:to|on|into|in)\s+(?:my\s+|the\s+|our\s+)?(?:github|gitlab|bitbucket)\b(?![.\/])`;
/**
 * "these patches are applied in that kernel version", "applied to my kernel", "I have applied them to both kernels" (linux-efi,
 * a kexec tester's first and second kernel): a tester's or user's build.
 */
const KERNEL_TARGET = String.raw`\b(?:in|into|to|on)\s+(?:that|this|the|my|your|our|their|a|both|all|these|those)\s+(?:\w+\s+)?kernels?(?:\s+version)?\b(?!\s+(?:tree|git|repo|branch)|\.\w)`;
/**
 * A tester's report after "and": "and rebuilt", "and got two compilation issues", "and it resolves the issue", "it all
 * works", "Applied / and tested, everything's working as expected", "I applied it without the second hunk and it fails".
 */
const TEST_REPORT = String.raw`\band\s+(?:(?:re-?)?(?:built|build|compiled|ran|run|booted|tried|tested(?!-)|verified|saw|got|fed)|(?:it|this|that|they)\s+(?:now\s+)?(?:resolve|fixe|solve)[sd]|(?:it|this|that|they|the\s+(?:build|kernel|boot|test)s?)\s+(?:still\s+|now\s+|then\s+)?(?:fails?|failed|breaks?|broke|crash(?:es|ed)?|hangs?|hung|panic(?:s|ked)?|oops(?:es|ed)?))\b|(?<!\bhope\s+)\b(?:it|they|everything|all)\s+(?:\w+\s+)?(?:works?|worked)\b|\b(?:it|they|everything|all)(?:'s|\s+is|\s+are)\s+(?:\w+\s+)?working\b`;
const TEST_REPORT_RE = new RegExp(TEST_REPORT, "i");
/**
 * A tester's base: "applied this to recent upstream (038101e6b2cd)", "applied manually after resetting at
 * 3f58e709c162", "I pulled the latest foo-cli and applied your patch set" (nvme: a tester, fetching before he applies);
 * or another patch set combined with it, "It is applied with PREEMPT_RT Patch".
 */
const TESTER_BASE = String.raw`\b(?:recent|latest|current)\s+(?:upstream|mainline|master|linus|kernel|linux-next)\b|\b(?:pulled|fetched|cloned|grabbed|checked\s+out)\s+(?:the\s+)?(?:latest|recent|current|newest)\b|\b(?:at|on|onto)\s+(?:commit\s+)?[0-9a-f]{10,40}\b|\b(?:is|are)\s+applied\s+with\s+(?!(?:\S+\s+)?(?:acks?|tags?|reviews?|reviewed-by|acked-by|tested-by|changes|edits|fix\w*|tweaks?)\b)`;
/**
 * A description of where some work is, not a notice: "both merged into mainline and in development trees", "it
 * was merged in clang's main branch for some time".
 */
const ELSEWHERE = String.raw`\b(?:mainline|upstream)\s+and\s+(?:in|into)\b|\b(?:was|were|been)\s+(?:\S+\s+){1,6}?for\s+(?:quite\s+)?(?:some\s+time|a\s+(?:long\s+)?while|(?:many\s+|several\s+)?(?:years|months|ages))\b`;
/**
 * The notice's words as a noun phrase, the subject of another verb: "The patch picked up for the stable tree will
 * need this bit", "the commit merged into 5.10 breaks …" (a notice goes on after a comma: "Patch applied to foo,
 * will be in next").
 */
const NOUN_PHRASE = String.raw`\b(?:the|this|that)\s+(?:patch|commit|fix|change|series)\s+(?:applied|picked\s+up|merged|queued)\s+(?:[^\s,;.!?]+\s+){0,6}?(?:(?:will|would|should|must|may|might)\s+(?:also\s+)?(?:need|require|depend|break|fail|cause|conflict)|needs?|requires?|depends?|breaks?|broke|fails?|failed|causes?|caused|introduced|conflicts?)\b`;
/** Words that turn a sentence into a condition, a question, a negation or a test report. */
// "u-boot/next" is a tree, not a boot; "without `Change-Id` tag" is the maintainer's edit; "after merged tag
// from X" is the order of the merge. A tester's "Applied the patch to lib/tar.c and rebuilt" is no notice,
// nor a tester's base ("applied the patch on commit <sha>") or an author's "merged patch 2/3/4 into one patch".
// "testing" but not a testing branch, tree or queue ("Pushed to my review and testing queue" is a maintainer's),
// nor the tree handed to the build bots ("Applied and submitted for build testing");
// "after" but not the applier's own deed (AFTER_DEED: "after a bit of sorting", "after double checking");
// "on the commit <sha>" (a tester's base) but not "… adjustment on the commit message" (the applier's edit);
// "without" but not the applier's edit right after the verb ("Merged without two spaces", "Applied (without …)"), nor his haste
// ("so I merged this series without waiting", linux-hyperv: a keeper's word, a tester waits for nobody).
const NOT_A_NOTICE_RE = new RegExp(
  String.raw`\bpushed\s+(?:hard\s+)?for\s+(?!v?\d|(?:the\s+)?(?:next|upcoming|coming)\b|\S*[-/]|(?:fixes|next|linux-next|mainline|testing|current)\b)|\b(?:not|no|never|if|(?:when|once)(?!\s+${TREE_EVENT}|\s+applying\b)|locally|tested(?!-by)|(?<!\b(?:as|the)\s|[\/#-]|\bsubmitted\s+for\s+(?:build\s+)?)testing(?![\s-]+(?:branch|tree|queue)\b|[-\/]\w)|cleanly|on top of(?!\s+(?:the\s+)?(?:\w+\s+in\s+)?${NAMED_BRANCH}|\s+(?:the\s+|my\s+)?(?:fixes|next|for-next|[\w.]+-(?:next|fixes))\s+branch\b)|conflicts?|problems?|works?|worked)\b|(?<![\w/-])boots?\b|\bwithout\b(?!\s+waiting\b)(?:(?<!\b(?:applied|merged|queued)\s+(?:(?:it|this|them)\s+)?\(?without)|(?=\s+(?:any\s+)?(?:problems?|issues?|errors?|troubles?|failures?)\b))(?!\s+(?:the\s+)?\S+\s+(?:tags?|lines?|trailers?)\b)|\bafter\s+(?!${OWN_EDITS}|${AFTER_DEED}|merg\w*\s+(?:the\s+)?(?:\w+\s+)?(?:tag|branch|pull)\b|${TREE_EVENT})|${TEST_REPORT}|${HOSTING_TARGET}|${KERNEL_TARGET}|\b(?:to|into|on)\s+\S*\w\.(?:c|h|S|rs|py|sh|dts|dtsi)\b|\b(?:applied|merged|queued)\s+(?:\S+\s+){0,4}?(?:to|into|on)\s+the\s+\S*\w\.(?:c|h|S|rs|py|sh|dts|dtsi)\b|n't\b|\?|${POSTING_VERSION}|\b(?:applied|merged|pulled|queued)\s+(?:\S+\s+){0,3}?to\s+(?:grep|see|check|verify|try|reproduce|debug|compare|build|compile|run|bisect|look)\b|${ON_DEVICE}|\busing\s+b4\b|\bto\s+base\b|\b(?:internal|downstream|vendor|product)\s+(?:branch|tree|kernel|repo)|${OTHER_WORK}|\bon\s+(?:the\s+)?(?:commit|sha1?)\b(?!\s+(?:message|log|description|text|title|subject)s?\b)|\b(?:in|into)\s+(?:one|a\s+single|single)\s+(?:patch|commit)\b|${TAKEN_OUT}|${RELEASE_TARGET}|${TESTER_BASE}|${ELSEWHERE}|${NOUN_PHRASE}`,
  "i",
);
/**
 * Vetoes of rarer shapes, read apart from NOT_A_NOTICE_RE behind one cheap test of their words (every alternative added to
 * NOT_A_NOTICE_RE costs on every sentence it reads): a patch as the target (PATCH_TARGET); a purpose ("this change was applied to
 * ensure that …", linux-hyperv); a tester's base, "I applied it on head:" over a commit's URL (linux-hyperv), "I applied this
 * series to your latest kbuild branch, built …" (linux-modules: a tester on the maintainer's branch; a maintainer applies to his
 * own tree); a release of the kernel, "I just applied this patch to Linux kernel 5.2." (linux-riscv, a tester reporting a boot
 * failure); a tester's own stack, "I queued it up in my custom patch-series" (linux-kbuild; "my own branch" too: a keeper's tree
 * is no custom one); a key, "I pushed it to Foo's keyserver" (linux-hyperv, a maintainer answering about his signing key).
 */
const RARE_VETO_WORD_RE = /patch|ensure|make\s+sure|avoid|prevent|guarantee|head|your|kernel|key|my\s+(?:custom|own|personal|private)/i;
const RARE_VETO_RE = new RegExp(
  String.raw`${PATCH_TARGET}|\b(?:applied|merged|pulled|queued)\s+(?:\S+\s+){0,3}?to\s+(?:ensure|make\s+sure|avoid|prevent|guarantee)\b|\b(?:on|onto)\s+(?:the\s+)?(?:current\s+|latest\s+)?head\b(?![\w-])|\b(?:to|on|onto|into)\s+your\s+(?:(?:latest|current|recent)\s+)?(?:[\w.\/-]+\s+)?(?:branch|tree)\b|\b(?:in|into|to|on|onto)\s+(?:the\s+)?(?:linux\s+)?kernel\s+v?\d+\.\d+|\b(?:in|into|to|on|onto)\s+my\s+(?:custom|own|personal|private)\b|\bkey\s*(?:server|ring)s?\b`,
  "i",
);
/** Whether a sentence's words make it no notice: NOT_A_NOTICE_RE, or RARE_VETO_RE when its words are there. */
function vetoed(text: string): boolean {
  return NOT_A_NOTICE_RE.test(text) || (RARE_VETO_WORD_RE.test(text) && RARE_VETO_RE.test(text));
}
const MAX_WORDS = 24;
/** A hyphenated branch by name, "#next-testing", "the next-integrity branch" (not linux-next, its daily tags or a release). */
const HYPHENED_BRANCH = String.raw`(?:#(?!linux-next\b|next-\d|v\d)[a-z][\w.]*-[\w.-]*\w(?:\s+(?:branch|tree))?|(?!linux-next\b|next-\d|v\d)[a-z][\w.]*-[\w.-]*\w(?:\s+(?:branch|tree))?)(?![\w\/-])`;
/**
 * A hyphenated name only a branch has, "for-next", "for-6.9/foo", "foo-next", "foo-fixes" (not "back-burner", "todo-list": one
 * puts a patch on those too, and "is on" says nothing of a tree).
 */
const BRANCH_BY_NAME = String.raw`(?:for-[\w.]*\w(?:\/[\w.\/-]*\w)?|(?!linux-next\b)[a-z][\w.]*-(?:next|fixes|testing|current|devel)(?:[\/-][\w.\/-]*\w)?)(?![\w\/-])(?:\s+(?:branch|tree))?`;
/**
 * A branch a patch "is on" as the keeper's word: "for-next", "riscv/for-next", "foo-fixes". Not "net-next" or "linux-next": "It
 * bisects back to this commit. This is on net-next." (linux-s390) is a tester's base.
 */
const ON_BRANCH = String.raw`(?:(?:[\w.-]+\/)?for-[\w.]*\w(?:\/[\w.\/-]*\w)?|[a-z][\w.]*-fixes(?:[\/-][\w.\/-]*\w)?)(?![\w\/-])(?:\s+branch)?`;
/**
 * A notice with no verb, "Now in hid.git#for-6.19/foo, thanks!", "This is now in for-5.13/bar.", "This patch is now in
 * foo-next." (linux-hyperv), "Thanks, this is on for-next.", "It's on for-next now." (linux-riscv: the maintainer's word for his
 * tree, once typed "This in on for-next."): the whole sentence, a named branch (not "now in linux-next", "now in v6.1") and thanks
 * or an apology at most, or what else went in with it ("Now in for-5.9/foo, including the followup fix for F23.").
 */
const NOW_IN_SUBJECT = String.raw`(?:this|it|they|these|both|the\s+(?:patch(?:es)?|series|lot)|this\s+(?:patch|series|one)|these\s+(?:patches|two|three))`;
const NOW_IN_RE = new RegExp(
  String.raw`^${OPENER}(?:(?:${NOW_IN_SUBJECT}\s+(?:is|are)\s+(?:(?:now|already)\s+)?in|now\s+in)\s+(?:${NAMED_BRANCH}(?:\s+(?:branch|tree))?|(?:the\s+)?${HYPHENED_BRANCH})|${NOW_IN_SUBJECT}\s+(?:is|are|in)\s+(?:(?:now|already)\s+)?on\s+(?:the\s+)?${ON_BRANCH})(?:\s+now)?(?:[\s.,!:;]*$|[\s,.!;]+(?:thanks|thank\s+you|sorry)\b.*$|,\s+(?:including|along\s+with|together\s+with)\s+(?!.*(?:\?|\b(?:not|if|but)\b)).*$)`,
  "i",
);
/**
 * A notice naming the branch and tree it went to, "Applied to the togreg branch of iio.git and pushed out as
 * testing for the autobuilders to see if they can find anything": what follows, however long or however
 * conditional, is about the tree's next steps, not a doubt about the notice.
 */
const BRANCH_NOTICE_RE = new RegExp(
  `^${OPENER}(?:${ADVERB}\\s+)?${VERB}(?:\\s+(?:this(?:\\s+patch)?|it|the(?:\\s+whole)?\\s+series|both|all))?\\s+to\\s+the\\s+[\\w.\\/-]+\\s+branch\\s+of\\s+\\S`,
  "i",
);
/**
 * "I put these on pci/aspm for v6.9, thanks!", "I put it on a pci/ptm branch", "I've put this on for-next.", "I've put these
 * (along with the PMP fix) on for-next.", "I've put it on for-next now so the builders have some time" (linux-riscv): put on a
 * maintainer's branch by name (not a source path: "I put it in drivers/foo/bar.c"), the sentence done there, with a release
 * and thanks, or with why it went there now ("so …").
 */
const PUT_ON_RE = new RegExp(
  String.raw`^${OPENER}i(?:'ve|\s+have)?\s+(?:(?:also|now|just)\s+)?put\s+(?:it|this(?:\s+(?:one|patch))?|these|them|both|the\s+(?:patch|series|patches))(?:\s+\([^()]{1,60}\))?\s+(?:on|in|into)\s+(?:a\s+|the\s+|my\s+)?(?!(?:drivers|include|arch|documentation|tools|kernel|lib|fs|net|mm|sound|scripts|block|crypto|security)\/)(?!\S*\.(?:c|h|S|rs|py|sh|rst|txt|yaml|dts|dtsi)\b)(?:${NAMED_BRANCH}(?:\s+branch)?|${BRANCH_BY_NAME})(?:\s+for\s+v?\d+\.\d+)?(?:\s+now)?(?:[\s.,!]*$|[\s,.!]+(?:thanks|thank\s+you)\b.*$|,?\s+so\s+(?:that\s+)?(?:the|it|we|they|this)\b.*$)`,
  "i",
);
/**
 * A patch moved or being taken into a maintainer's branch by name: "Moved to for-next.", "I've moved it to foo-next as I've
 * found no problems." (linux-kbuild, linux-modules: from a testing branch to the one for the merge window), "Thanks, I'm taking
 * this into for-next." (linux-riscv). Only a branch by a name only a tree has ("moved it to foo.c", "moved to linux-next" are
 * not), then the sentence ends, thanks follow, or the keeper's reason after "as", "since" or "because" (group "reason": the
 * vetoes do not read it, "as I found no problems" is no problem).
 */
const MOVED_TO_RE = new RegExp(
  String.raw`^(?<notice>${OPENER}(?:(?:i(?:'ve|\s+have)?\s+)?(?:(?:now|just|also|finally)\s+)?moved|i(?:'m|\s+am)\s+(?:now\s+|also\s+)?taking)(?:\s+(?:it|this(?:\s+(?:one|patch|series))?|these|them|both|the\s+(?:patch(?:es)?|series|lot)))?\s+(?:in)?to\s+(?:the\s+)?(?:${NAMED_BRANCH}(?:\s+branch)?|${BRANCH_BY_NAME})(?:\s+now)?)(?:[\s.,!]*$|[\s,.!]+(?:thanks|thank\s+you)\b[^?]*$|,?\s+(?<reason>(?:as|since|because)\s+[^?]*))$`,
  "i",
);
/** MOVED_TO_RE, with the vetoes read on the notice only; "moved" or "taking" first (a cheap filter). */
function movedTo(sentence: string): boolean {
  if (!/\b(?:moved|taking)\b/i.test(sentence)) return false;
  const m = MOVED_TO_RE.exec(sentence);
  return !!m && !vetoed(m.groups!.notice!) && !(m.groups!.reason && /\b(?:if|unless|but|once|when)\b/i.test(m.groups!.reason));
}
/** "is in", "are now on", "in on" (the typo of "is on"): the words NOW_IN_RE's subject form needs. */
const IS_IN_ON_RE = /\b(?:is|are|in)\s+(?:(?:now|already)\s+)?(?:in|on)\s/i;
/** The words NOW_IN_RE needs, a cheap test before it and nowInAfterPremise. */
const NOW_IN_WORDS_RE = new RegExp(String.raw`${IS_IN_ON_RE.source}|\bnow\s+in\s`, "i");
/**
 * NOW_IN_RE after a premise and its comma: "I must have lost track of this one, it's on for-next now." (linux-riscv). Not after
 * a condition ("If the bots are happy, it is on for-next next week": CONDITIONAL_PREMISE_RE, UNLESS_RE).
 */
function nowInAfterPremise(sentence: string): boolean {
  const comma = sentence.lastIndexOf(", ");
  if (comma < 0 || !IS_IN_ON_RE.test(sentence.slice(comma))) return false;
  const premise = sentence.slice(0, comma);
  return NOW_IN_RE.test(sentence.slice(comma + 2)) && !CONDITIONAL_PREMISE_RE.test(premise) && !UNLESS_RE.test(premise);
}
/** Where a clause drawing a consequence starts: "... anyway so applied to ...". */
const SO_CLAUSE_RE = /\s(?:so|hence|thus|therefore)\s+(?=(?:i(?:'ve|\s+have)?\s+)?(?:applied|queued|picked\s+up|merged|pushed)\b)/i;
/**
 * A maintainer answering a pull request: "Pulled, thanks.", "Pulled and pushed out, thanks.", "Pulled into
 * char-misc-next.", "Pulled and added to the linux-next branch of foo.git", "Pulled and pushed out (as 5.9 material)",
 * "Pulled and added to foo.git/bar and foo.git/linux-next", "Pulled, and thanks a lot for …", "Pulled into clk-next for 5.3.",
 * "Pulled into to foo-next" (the word typed twice), "Pulled into foo-fixes even though the subject says …", "Pulled in,
 * thanks!", "Pulled into my "devel" branch for v5.10, excellent work as always!"; and what the pull went in for, with or
 * without a tree named: "Pulled in for fixes, thanks!", "Pulled in for v6.14!", "Pulled into foo/drivers for now.",
 * "Pulled both, thanks!" (two pull requests answered at once), "Pulled in, nice to see …" (praise after it).
 */
const PULLED_RE =
  /^(?:(?:ok(?:ay)?|thanks(?:\s+a\s+lot)?|thank\s+you(?:\s+(?:very\s+much|a\s+lot))?|now|and)(?:,\s+[a-z]+)?[,.!]?\s+)*pulled(?:\s+in(?![\w-]))?(?:\s+(?:both|them\s+all|all\s+of\s+them))?(?:\s+now)?(?:\s+\([^()]{0,60}\))?(?:\s+(?:and|&)\s+(?:pushed(?:\s+out)?|added|merged|queued)|\s+pushed(?:\s+out)?)?(?:\s+now)?(?:\s+\([^()]{0,60}\))?(?:\s+(?:in)?to\s+(?:to\s+)?(?:(?:the|my)\s+)?["'\u201c]?[\w.\/,#-]+["'\u201d]?(?:\s+(?:branch|tree))?(?:\s+\[\d{1,2}\])?(?:\s+(?:of|in|on)\s+(?:the\s+)?[\w.\/-]+(?:\s+(?:tree|repo(?:sitory)?))?)?(?:\s+and\s+[\w.\/#-]+\/[\w.\/#-]+)?(?:\s+for\s+v?\d+(?:\.\d+)*(?:-rc\d+)?)?(?:\s+for\s+now)?(?:[\s,]+(?:even\s+though|although|but)\s+.*)?|\s+for\s+(?:v?\d+(?:\.\d+)*(?:-rc\d+)?|(?:the\s+)?(?:fixes|next|current)(?![\w-])|(?!linux-next\b)[a-z][\w.-]*[-\/][\w.\/-]*\w(?![\w\/-])|now))?(?:[\s,.!]+(?:(?:excellent|great|nice|good|awesome)\s+(?:work|job)|nice\s+to\s+see)\b.*)?[\s,.!]*(?:(?:and\s+)?(?:thanks|thank you|t\s+hanks)\b.*)?$/i;
/** An aside after the notice that concedes something: "Applied, even if ...", "Applied, although ...". */
const CONCESSION_RE = /[,;]\s*(?:even (?:if|though)|although)\b/i;
const PROBLEM_RE = /\b(?:build|built|boot|compile|work|test|fail|error|warn|crash|break|broke)\w*/i;
/** "Applied to all your bindings": a reviewer saying a remark holds for every file, not a notice. */
const REMARK_APPLIES_RE = /\bapplie[sd] to (?:all|each|every|any)(?: of)? (?:your|the|these|those|other)\b|\b(?:this|that|it|same) applies\b/i;
/** "Actually, this is the one I applied.": which version was applied. */
/**
 * "Thanks. Added to my tree.", "I've added the patches to my tree", "picked the patch to my tree", "Pulled into
 * my tree.": taken into the writer's own tree (a maintainer's: a reviewer has none to speak of).
 */
const MY_TREE_RE = new RegExp(
  `^${OPENER}(?:i(?:'ve|\\s+have)?\\s+)?(?:(?:just|now|also|already)\\s+)?(?:added|picked(?:\\s+up)?|pulled|merged|applied|queued(?:\\s+up)?|taken|took)(?:\\s+${OBJECT})?(?:\\s+now)?\\s+(?:(?:in)?to|in)\\s+my\\s+(?:[\\w.-]+\\s+)?(?:tree|branch|repo(?:sitory)?|queue)\\b(?<rest>.*)$`,
  "i",
);
/** A maintainer answering a pull request: "I've merged fuse2fs-fixes_2025-08-18 from your tree.", "I pulled it from your tree, thanks". */
const FROM_YOUR_TREE_RE = new RegExp(
  `^${OPENER}i(?:'ve|\\s+have)?\\s+(?:(?:now|just|also)\\s+)?(?:merged|pulled)\\s+(?:it|this|that|them|(?:the\\s+)?[\\w./+-]+(?:\\s+(?:branch|tag))?)\\s+from\\s+your\\s+(?:tree|repo(?:sitory)?|branch|git\\s+tree)\\b[\\s,.!]*(?:(?:thanks|thank you)\\b.*)?$`,
  "i",
);
/** After "… to my tree": the end, thanks, a release, or the edits made; not a purpose ("… into my tree to test it"). */
const MY_TREE_REST_RE = /^(?:[\s.,!:;]*$|\s+for\s+now\b[\s.,!]*(?:(?:thanks|thank\s+you)\b.*)?$|[.!]\s+\S|[\s,.!]*(?:thanks|thank you)\b|[\s,]+with\b|\s+for\s+(?:v?\d|(?:the\s+)?next\b|\S+-next\b|linux-next\b|(?:the\s+)?(?:merge\s+window|rc\d))|\s+as\s+(?:a\s+)?(?:fix|fixes|well)\b)/i;
/**
 * "It is in my tree", "David: and also this is in my tree now.", "Changes are in my tree and should be soon mirrored to
 * linux-next.", "It's in my tree <url>": the answered patch said to be in the writer's tree, and nothing after it but
 * thanks, the tree's URL or where it goes next ("This is in my tree but it fails to build" is none).
 */
const IN_MY_TREE_RE = new RegExp(
  String.raw`^(?:[a-z]+:\s+)?${OPENER}(?:it|this|that|these|they|(?:the\s+)?changes|the\s+(?:patch(?:es)?|series|fix(?:es)?))(?:\s+(?:one|patch))?\s+(?:is|are)\s+(?:now\s+|also\s+)?in\s+my\s+(?:[\w.-]+\s+)?(?:tree|master|branch)\b(?:\s+now)?(?<rest>.*)$`,
  "i",
);
/**
 * "This is in the pull request I just sent to Linus.", "It was in the pull request Greg took last week.": the answered
 * patch in a pull request (sent or taken), a few words at most after it.
 */
const IN_PULL_RE = new RegExp(
  String.raw`^${OPENER}(?:it|this|these|they|the\s+(?:patch(?:es)?|series|fix(?:es)?))\s+(?:is|are|was|were)\s+(?:now\s+|already\s+|also\s+)?(?:in|included\s+in|part\s+of)\s+(?:the|my|a)\s+(?:[\w.-]+\s+){0,2}?(?:pull\s+request|PR)\b(?:\s+[\w'.-]+){0,6}?[\s.!]*(?:(?:thanks|thank\s+you)\b.*)?$`,
  "i",
);
const IN_MY_TREE_REST_RE = /^(?:\s*<url>[\s.,!]*$|\s+and\s+(?:it\s+|they\s+)?(?:should|will)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:mirrored|appear|show\s+up|land|go|be\s+in)\b)/i;
const THE_ONE_RE = /^(?:(?:actually|so|ok(?:ay)?|no)[,.!]?\s+)?(?:this|that|it) (?:is|was) the (?:one|patch|version) (?:that )?i(?:'ve| have)? (?:applied|queued|picked up|merged)\b[\s.!,]*(?:thanks\b.*)?$/i;
const VERB_STEM_RE = /appl|queu|pick|merg|push|added|pulled|landed|committed|took/i;
/** "my review-hans branch": the writer's branch by a name of its own (not "my local branch", "my test-foo branch"). */
const MY_NAMED_BRANCH = String.raw`my\s+(?![\w.-]*(?:local|test|internal|private|own|wip))[a-z][\w.]*[-\/][\w.\/-]*\w\s+branch\b`;
/**
 * "I've replaced the commit in the review-foo-fixes branch with this v3 patch": the answered revision in the
 * tree in place of the one before it.
 */
const REPLACED_RE = new RegExp(
  String.raw`^${OPENER}(?:i(?:'ve|\s+have)?\s+)?(?:(?:now|just|also)\s+)?replaced\s+(?:the|my|that|your)\s+(?:old\s+|previous\s+|earlier\s+)?(?:commit|patch|version|one)\s+(?:in|on)\s+(?:the\s+)?(?:${HYPHENED_BRANCH}|${NAMED_BRANCH}(?:\s+(?:branch|tree))?|${MY_NAMED_BRANCH})\s+with\s+(?:this|the\s+new|your\s+new|the\s+updated)(?:\s+(?:one|version|v\d+))?(?:\s+(?:patch|version|one))?(?:[\s.,!]*$|[\s,.!]*(?:thanks|thank\s+you)\b.*$)`,
  "i",
);
/**
 * "I decided to apply all but this patch 10/11 into review-foo", "Applied all but patch 3 to for-next", "I applied all but the
 * last patch to foo-next." (linux-hyperv): every patch of the posting but those named (the answered one for "this", the posting's
 * last for "the last": group 3, as ALL_BUT_PASSIVE_RE's), to a named target.
 */
const ALL_BUT_RE = new RegExp(
  String.raw`^${OPENER}(?:i(?:'ve|\s+have)?\s+)?(?:(?:now|just|also)\s+)?(?:(?:decided|chose)\s+to\s+(?:apply|merge|queue|take)|applied|merged|queued|picked\s+up|took)\s+all\s+but\s+(?:(?:(this)(?:\s+(?:one|patch))?|patch(?:es)?)(?:\s+(${NUMBERS}))?|(?:the\s+)?(last)(?:\s+(?:one|patch))?)\s+(?:in)?to\s+(?:the\s+)?${TREE_WORD}(?:\s+(?:branch|tree))?[\s.,!]*(?:(?:thanks|thank\s+you)\b.*)?$`,
  "i",
);

/**
 * "All but 3 applied to my tree", "All but patches 4-5 have been queued, thanks": the passive of ALL_BUT_RE, every patch
 * but the numbers, the sentence done at its target or thanks (groups as ALL_BUT_RE's: group 1 never matches); "All but
 * last applied to <url>, foo/next branch." (linux-mtd): every patch but the posting's last (group 3).
 */
const ALL_BUT_PASSIVE_RE = new RegExp(
  String.raw`^${OPENER}all\s+but\s+()(?:(?:patch(?:es)?\s+)?(${NUMBERS})|(?:the\s+)?(last)(?:\s+(?:one|patch))?)\s+(?:(?:have|were|are)\s+(?:now\s+)?(?:been\s+)?)?(?:applied|merged|queued(?:\s+up)?|picked\s+up)(?:\s+(?:in)?to\s+(?:the\s+|my\s+)?(?:${TREE_WORD}|(?:[\w.-]+\s+)?(?:tree|branch))(?:\s+(?:branch|tree))?(?:,?\s+${TREE_WORD}\s+branch)?)?[\s.,!]*(?:(?:thanks|thank\s+you)\b.*)?$`,
  "i",
);
/**
 * A promise naming the tree and release, "Thanks, will queue in foo-clk for v6.9.", "i.e. will apply to the topic/foo branch", "(i.e.) will queue in
 * foo-clk-for-v6.9, with the above fixed", "… in a branch shared by foo-clk and foo-dts", "As X is on hold, I will
 * queue this in foo-clk-for-v6.8" (a premise with no condition): said by the one who keeps that tree. Not without a named tree
 * ("will queue it after -rc1"), nor under a condition ("unless you think …": NOT_A_NOTICE_RE and UNLESS).
 */
const WILL_QUEUE_RE = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|thanks|thank\s+you|thx|so)[,.!]?\s+)*(?:(?:thanks|thank\s+you)\s+for\s+(?:the|your)\s+[\w-]+,\s+)?(?:i\s+)?will\s+(?:queue|apply)(?:\s+(?:it|this(?:\s+patch)?|them|these))?(?:\s+as\s+an?\s+(?:\w+\s+)?fix(?:es)?)?\s+(?:in|into|to)\s+(?:(?:the\s+|my\s+|a\s+)?(?:shared\s+)?|(?:a|the)\s+(?:shared\s+)?branch\s+shared\s+by\s+)(?:${NAMED_BRANCH}|${HYPHENED_BRANCH})(?:\s+for\s+v?\d[\w.-]*\w)?(?![\w\/-])`,
  "i",
);
const UNLESS_RE = /\b(?:unless|after|provided)\b/i;
/** WILL_QUEUE_RE at the sentence's start, or after a premise that conditions nothing ("As X is on hold, I will queue …"). */
function willQueue(sentence: string): boolean {
  if (WILL_QUEUE_RE.test(sentence)) return okQueue(sentence);
  const m = PREMISE_QUEUE_RE.exec(sentence);
  if (!m) return false;
  const premise = sentence.slice(0, m.index);
  const clause = sentence.slice(m.index + m[0].length);
  return !CONDITIONAL_PREMISE_RE.test(premise) && !UNLESS_RE.test(premise) && !vetoed(premise) && WILL_QUEUE_RE.test(clause) && okQueue(clause);
}
const PREMISE_QUEUE_RE = /,\s+(?=(?:i\s+)?will\s+(?:queue|apply)\b)/i;
/** A promise to queue that no veto word or condition ("unless …", "after …") undoes. */
function okQueue(text: string): boolean {
  return !vetoed(vetoText(text)) && !UNLESS_RE.test(text);
}
const RARE_SHAPE_RE = /replaced|all\s+but|will\s+(?:queue|apply)/i;

/** A reply's opening words before a notice: OPENER's, and a word of approval ("Cool, thanks, I updated …"). */
const REPLY_OPENER = String.raw`(?:(?:ok(?:ay)?|thanks|thank\s+you|cool|great|good|nice|sure|now|also|so)[,.!]?\s+)*`;
/**
 * A maintainer carrying a series in a tree, answering its new version: "Thanks, I updated foo-unstable to this
 * version", "I've updated foo.git's bar-unstable branch (and hence linux-next) to this version of the patchset",
 * "I've updated foo.git to v5". The tree is named by a word of its shape (not "my branch", "the patch").
 */
const UPDATED_TREE_RE = new RegExp(
  // Who updated which tree ("I've updated mm.git's mm-unstable branch"), then to what: this version (its tree in
  // parentheses before: "(and hence linux-next)") or a version by number ("to v5"); then the sentence ends.
  String.raw`^${REPLY_OPENER}i(?:'ve|\s+have)?\s+(?:(?:now|just|also)\s+)?updated\s+(?:the\s+)?${TREE_WORD}(?:'s\s+(?:the\s+)?${TREE_WORD})?(?:\s+(?:branch|tree|repo))?(?:(?:\s+\((?:and\s+(?:hence|thus|so|also)\s+)?[\w.\/-]+\))?\s+to\s+(?:this|the\s+(?:new|latest|updated))(?:\s+(?:v\d+|new|updated|latest))?\s+(?:version|revision|series|patch(?:set|es)?|set)\b(?:\s+of\s+(?:the|this|your)\s+(?:series|patch[\s-]?set|patch(?:es)?|set)\b|\s+(?:the\s+)?(?:series|patch[\s-]?set)\b)?|\s+to\s+(?:this\s+)?v\d+(?![\w-]|\.\w))(?:[\s.,!]*$|[\s,.!]+(?:thanks|thank\s+you)\b.*$)`,
  "i",
);
/** UPDATED_TREE_RE, run only on a sentence that says "updated" (a cheap filter first). */
const updatesTree = (sentence: string): boolean => /updated/i.test(sentence) && UPDATED_TREE_RE.test(sentence);

/**
 * "I queued this and ran a quick torture test on it, which completed …": the maintainer testing what he queued.
 * "Queued" is the keeper's word (a tester applies a patch, he does not queue it), so the test after "and" is
 * cut and the notice read alone. Group 2 is the notice.
 */
const QUEUED_THEN_TESTED_RE = new RegExp(
  String.raw`(^|[.!]\s+)(${OPENER}i(?:'ve|\s+have)?\s+(?:(?:also|now|just)\s+)?queued(?:\s+up)?(?:\s+(?:it|this|them|these|this\s+(?:series|patch(?:set)?|one)|the\s+(?:series|patch(?:set|es)?|lot)|v\d+))?(?:\s+up)?)\s+and\s+(?:then\s+)?(?:ran|run|started|kicked\s+off|fired\s+off|tested|built|booted)\b[^.!?]*`,
  "gi",
);

/**
 * A maintainer folding the answered patch into a commit of his tree: "I've squashed this with the topmost commit
 * in tip:ras/core", "Folded it into the original commit in foo/for-next, which introduced …". The tree must be
 * named ("squashed into patch 3 of v2" is an author's next posting, "in my local branch" his own work).
 */
const SQUASHED_INTO_RE = new RegExp(
  String.raw`^${OPENER}(?:thank(?:s|\s+you)\s+for\s+(?:your|the)\s+[\w-]+,\s+)?(?:i(?:'ve|\s+have)?\s+)?(?:(?:now|just|also|already)\s+)?(?:squashed|folded)\s+(?:(?:(?:this|that|the|your)\s+)?(?:it|this|that|them|these|both|patch(?:es)?|fix(?:es)?|changes?|ones?)\s+)?(?:(?:in)?to|with)\s+(?:[\w'.-]+\s+){0,6}?(?:in|on)\s+(?:the\s+)?(?:[a-z][\w.-]*:)?(?:${NAMED_BRANCH}|for-[\w.-]*\w(?![\w\/-])|(?!(?:my|our|your|a|local|test\w*|internal)\s)[\w.\/-]+\s+(?:branch|tree)|${MY_NAMED_BRANCH})(?:[\s.,!:]*$|[\s,.!]*(?:thanks|thank you)\b.*$|\s*,?\s+(?:which|that)\s+\w+.*$)`,
  "i",
);

/**
 * "No comments for a week so patch applied.", "…, so applied right away.": a notice drawn as the consequence of
 * what precedes it. The premise is the maintainer's reason ("no comments", "nobody objected"), so its words
 * veto nothing unless they make the consequence conditional.
 */
const SO_NOTICE_RE = /(?:^|[\s,;])(?:so|hence|thus|therefore),?\s+(?=\S)/gi;
/**
 * "This was merged because somebody needed it", "It was merged in response to years of pain" (linux-kbuild, on a revert): why
 * something went in long ago, not a notice.
 */
const PAST_REASON_RE = /\b(?:was|were|got)\s+(?:\w+\s+)?(?:applied|queued|picked\s+up|merged|pushed)\s+(?:because|in\s+response\s+(?:of|to)|as\s+a\s+(?:result|response))\b/i;
const VERB_WORD_RE = new RegExp(`\\b${VERB}\\b`, "i");
/** A sentence opening as a question does ("Should it …", "Can we …"), its "?" maybe on a line below. */
const QUESTION_OPENING_RE = /^(?:should|would|could|can|shall|will|do|does|did|is|are|may|might|must)\s+(?:it|this|that|they|we|i|you|he|she|these|those|the)\b/i;
/** "The patches applied:" over a URL or a list: a heading naming what someone carries, no notice. */
const LIST_HEADING_RE = /^(?:the|our|my|your|their)\s+(?:\w+\s+)?(?:patch(?:es)?|changes|commits|fixes)\s+(?:applied|merged|queued|committed)\s*:\s*$/i;
const CONDITIONAL_PREMISE_RE = /\b(?:if|when|once|unless|whether)\b|\?/i;
/**
 * A notice with nothing of the applier in it ("Patch applied,", "All 5 patches applied,", "Applied,") and
 * an aside after its comma: "Patch applied, had to rebase it", "Patch applied, can't say I fully understand
 * it but …". The aside is the maintainer's; only the notice is read for vetoes ("I applied …" is not such a
 * notice: a tester writes it).
 */
const BARE_ASIDE_RE = new RegExp(
  // Not after "and": a carried "… looked at, and / merged, faster, please …" goes on another sentence.
  `^(?:(?:ok(?:ay)?|thanks|thank you|now)[,.!]?\\s+)*(?:${ADVERB}\\s+)?(?:${OBJECT}\\s+)?(?:(?:has|have|was|were|is|are)\\s+(?:now\\s+)?(?:been\\s+)?)?(?:${ADVERB}\\s+)?${VERB}(?:\\s+${ADVERB})*(?:\\s*[,;]\\s+(?=\\S)|\\s+\\((?=[^()]+\\)[\\s.!]*$))`,
  "i",
);
/** An aside opening with the applier's own deed, "I've also enabled …", "Ive fixed up …" (not a tester's "I tried …"). */
const OWN_DEED_ASIDE_RE = /^i(?:'?ve|\s+have)?\s+(?:also\s+|just\s+)?(?!(?:tested|tried|built|rebuilt|compiled|booted|ran|verified|checked|noticed|seen|saw|got|reverted|bisected)\b)(?:[a-z]{2,}ed|made|took|put|split|rewrote|wrote)\b/i;
/**
 * An aside after a bare notice that only its applier writes, one clause: what the applier did before applying ("after
 * build testing", "after fixing several alignment problems reported by checkpatch") or a word to the author ("and
 * sorry for the confusion", "and thanks a lot for your help"). Its "build", "testing" or "problems" report nothing
 * about the patch; a tester's report goes on in another clause ("after fixing the conflict, it boots"). "Applied, and took the
 * opportunity to test it on my board": the applier's own deed, whatever he did with the chance.
 */
const APPLIER_ASIDE_RE =
  /^(?:(?:and\s+)?(?:sorry|apologies|thanks|thank\s+you)\b|(?:and\s+)?(?:i\s+)?took\s+the\s+(?:opportunity|chance|liberty)\s+to\b|after\s+(?:(?:build|module|compile|some|more|additional|a\s+few|several|a\s+couple\s+of)\s+)?(?:testing|fixing|changing|making|dropping|adding|removing|rewording|updating|rebasing|reformatting|cleaning|tweaking|correcting|squashing|folding|renaming|resolving|adjusting|editing|splitting|rewriting)\b)[^,;]*$/i;
/**
 * A bare notice's aside in parentheses, closing its sentence, that tells the applier's own deed: "(and I fixed the problem
 * reported by 0-day, so no need to resend)", "(though I removed most of the log messages …)", "(and I'll drop the '|' …)", "(again)".
 */
const PAREN_DEED_RE = /^(?:(?:and|though|but|although)\s+)?(?:i(?:'ve|\s+have|'ll|\s+will)?\s+(?:also\s+|just\s+)?(?:fixed|removed|dropped|drop|fix|changed|reworded|rewrote|tweaked|added|add|updated|made|adjusted|squashed|folded|renamed|rebased|edited)\b|again\s*\))/i;
/**
 * Whether what follows a bare notice leaves it a notice. In parentheses closing the sentence, only the applier's
 * own deed does ("Applied (and I fixed the problem reported by 0-day, so no need to resend)."). After a comma: how
 * the applier took it or a word to the author ("Applied, after build testing.", "Applied, and sorry for the
 * confusion."), the applier's own deed ("Applied, I've also enabled KASAN ..."), patches left out, or anything that
 * reports no problem and no test result.
 */
function keepsBareNotice(aside: string, inParens: boolean): boolean {
  if (inParens) return PAREN_DEED_RE.test(aside);
  if (APPLIER_ASIDE_RE.test(aside)) return true;
  if (PROBLEM_RE.test(aside)) return false;
  return !RESULT_RE.test(aside) || OWN_DEED_ASIDE_RE.test(aside) || LEFT_OUT_ASIDE_RE.test(aside);
}
/** "Applied, L2CAP changes were excluded since …": some patches left out, whatever the reason says. */
const LEFT_OUT_ASIDE_RE = /^(?:the\s+)?(?:[\w.\/-]+\s+){0,3}(?:changes?|patch(?:es)?|ones?|parts?)\s+(?:were|was|have\s+been|has\s+been|are|is)\s+(?:excluded|left\s+out|dropped|skipped)\b/i;
/** Where a contrast opens a first-person notice: "…, but I applied it manually". */
const BUT_I_RE = new RegExp(`[,;]\\s*but\\s+(?=i(?:'ve|\\s+have)?\\s+(?:${ADVERB}\\s+)?${VERB}\\b)`, "i");
/** A sentence's last clause, after a comma, semicolon or dash: "That worked, now queued up." */
const LAST_CLAUSE_RE = /(?:[,;]\s+|\s[-\u2013\u2014]{1,2}\s+)((?:(?![,;]\s|\s[-\u2013\u2014]{1,2}\s).)+)$/;
/**
 * A last clause that is a whole notice: bare ("now queued up", "applied, thanks") or naming a maintainer's branch
 * ("series applied to the togreg branch of foo.git"), with the series or the patch at most as its subject ("…, and it has been
 * applied" may be about another patch).
 */
const CLAUSE_NOTICE_RE = new RegExp(
  String.raw`^(?:(?:and|so|now)\s+)?(?:(?:the\s+)?(?:whole\s+)?(?:series|patch(?:es)?|both\s+patches)\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:now\s+)?(?:applied|queued(?:\s+up)?|merged|picked\s+up)(?:[\s.!]*$|[\s,.!]+(?:thanks|thank\s+you)\b[^?]*$|\s+(?:(?:in)?to|on|for)\s+(?:the\s+|my\s+)?(?:${NAMED_BRANCH}|${HYPHENED_BRANCH}|(?:next|fixes)\b|(?!(?:local|test\w*|own|private|internal|downstream|vendor)\b)[a-z][\w.-]*(?=\s+(?:branch|tree)\b))(?:\s+(?:branch|tree))?(?:\s+of\s+[\w.-]+)?[\s.!]*(?:(?:thanks|thank\s+you)\b[^?]*)?$)`,
  "i",
);
/** Words before that clause which would turn it: a negation or a question. */
const NEGATION_RE = /\b(?:not|no|never|cannot)\b|n't\b|\?/i;
/** An aside reporting what the patch did on a machine: "Applied, the warning is gone", "…, still the same panic". */
const RESULT_RE = /^(?:and|which|so)\b|\b(?:gone|fixe[sd]|solve[sd]|resolve[sd]|disappear\w*|fine|ok(?:ay)?|issues?|problems?|panic\w*|oops|warnings?|same|still)\b/i;
/** A sentence end, except after an initial ("Linus W. applied patch #1" reports another's action). */
const SENTENCE_END = String.raw`(?<=[.!?])(?<!(?:^|\s)[A-Z]\.)\s+(?=\S)`;

/** A request in parentheses, to its end or the line's (where it goes on below). */
const PLEASE_ASIDE_RE = /\s*\(\s*(?:please|pls)\b[^()]*(?:\)|$)/gi;

interface Candidate {
  text: string;
  /** Cut after "and": only a target or thanks may follow the verb. */
  afterAnd: boolean;
}

/**
 * Where in a line a notice may start: each sentence, each clause after a comma, semicolon or colon in it
 * ("Thanks, looks good, applied." -> "applied."; "For the record: Applied to …"), and the verb after the
 * maintainer's own action ("Fixed the typo and applied to …"). A sentence that negates, asks or conditions
 * anything is skipped whole.
 */
function noticeCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // "Applied this manually, please check if …": the request after the notice is a sentence of its own; one in
  // parentheses ("Applied for next (please tell if …)", "Added a tag (please …) and applied") is left out.
  const unasked = text.includes("(") ? text.replace(PLEASE_ASIDE_RE, "") : text;
  for (const said of unasked.split(new RegExp(`${SENTENCE_END}|[,;]\\s+(?:but\\s+)?(?=(?:please|pls)\\b)`, "i"))) {
    // "I applied your patch, feel free to improve on top of that": the word to the author is cut, the notice read alone.
    const sentence = FOLLOW_UP_WORD_RE.test(said) ? said.replace(FOLLOW_UP_ASIDE_RE, "") : said;
    // "As this is still not resolved, I've applied …", "Just to get things moving I've applied …": the notice after its
    // premise, read alone (the premise's words are the maintainer's reason, unless they make it conditional).
    const premised = premiseClause(sentence);
    if (premised) out.push({ text: premised, afterAnd: false });
    // "I've applied patches 1-2 for now, but I'm not convinced about this yet": numbered patches applied, the doubt
    // after "but" is about the rest (not a problem with what was applied: "…, but it doesn't boot").
    const numberedBut = /\bbut\b/i.test(sentence) ? NUMBERED_BUT_RE.exec(sentence) : null;
    if (numberedBut && (NUMBERED_BUT_BARE_RE.test(numberedBut[1]!) || MAINTAINER_TARGET_RE.test(numberedBut[1]!)) && (OTHER_PATCH_RE.test(sentence.slice(numberedBut[0].length)) || !BUT_PROBLEM_RE.test(sentence.slice(numberedBut[0].length))) && !vetoed(vetoText(numberedBut[1]!))) out.push({ text: `${numberedBut[1]!}.`, afterAnd: false });
    for (const m of sentence.matchAll(SO_NOTICE_RE)) {
      const clause = sentence.slice(m.index + m[0].length);
      // Not "added": "I don't see Hans in Cc, so added." adds a person.
      // "Should it be CC'ed to stable so it is picked up / for …?": a question's purpose, its "?" on the line below.
      if (CONDITIONAL_PREMISE_RE.test(sentence.slice(0, m.index)) || QUESTION_OPENING_RE.test(sentence) || !VERB_WORD_RE.test(clause)) continue;
      if (vetoed(vetoText(clause)) || REMARK_APPLIES_RE.test(clause)) continue;
      out.push({ text: clause, afterAnd: false });
      // "There is no difference …, so I dropped the conditionals and applied.": the applier's own deed, then the notice.
      for (const a of clause.matchAll(AND_VERB_RE)) {
        const deed = clause.slice(0, a.index);
        if (!/[,;:]/.test(deed) && OWN_ACTION_RE.test(deed) && !AUX_RE.test(deed)) out.push({ text: clause.slice(a.index + a[0].length), afterAnd: true });
      }
    }
    // "Applied, even if most of the churn is annoying.": the concession is the maintainer's aside.
    // A tester's "I applied the patch, even though it didn't build" reports a problem: read whole.
    const [before = sentence, ...aside] = sentence.split(CONCESSION_RE);
    // Only as a sentence's capitalised opening: "… split up, merged, spun around …" lists participles.
    const bare = aside.length || !/^[A-Z]/.test(sentence) ? null : BARE_ASIDE_RE.exec(sentence);
    // "Patch applied, also reported by the build robot.": the robot's name is no build problem.
    const bareAside = bare ? sentence.slice(bare[0].length).replace(/\b(?:build|test)\s*(?:ro)?bot\b/gi, "") : "";
    // "Applied, I've also enabled KASAN to detect memory problems": the applier's own deed after it is no result.
    const inParens = !!bare && bare[0].endsWith("(");
    const bareNotice = bare && keepsBareNotice(bareAside, inParens) ? sentence.slice(0, bare[0].length - (inParens ? 1 : 0)).trim() : "";
    // Read after the sentence's own candidates, so a sentence that holds as a whole keeps its scope.
    const last: Candidate[] = bareNotice && !vetoed(vetoText(bareNotice)) ? [{ text: bareNotice, afterAnd: false }] : [];
    const head = aside.length && !/^\W*i\b/i.test(before) && !PROBLEM_RE.test(aside.join(" ")) ? before : sentence;
    if (!VERB_STEM_RE.test(head) || vetoed(vetoText(head)) || REMARK_APPLIES_RE.test(sentence)) {
      // "… as this didn't apply, but I applied it manually.": the contrast is the notice, the words before it
      // are about something else (unless they make it conditional).
      const but = BUT_I_RE.exec(sentence);
      const clause = but ? sentence.slice(but.index + but[0].length) : "";
      if (but && !CONDITIONAL_PREMISE_RE.test(sentence.slice(0, but.index)) && !vetoed(vetoText(clause))) out.push({ text: clause, afterAnd: false });
      // "That worked, now queued up.", "… what this was tested on in the final patch - series applied to the togreg branch of
      // foo.git.": a last clause that is a whole notice, the words before it (a test, an edit) neither a condition nor a negation.
      const tail = /[,;\u2013\u2014-]/.test(sentence) ? LAST_CLAUSE_RE.exec(sentence) : null;
      const before = tail ? sentence.slice(0, tail.index) : "";
      if (tail && CLAUSE_NOTICE_RE.test(tail[1]!) && !CONDITIONAL_PREMISE_RE.test(before) && !NEGATION_RE.test(before) && !TEST_REPORT_RE.test(before) && !vetoed(vetoText(tail[1]!))) out.push({ text: tail[1]!, afterAnd: false });
      out.push(...last);
      continue;
    }
    out.push({ text: sentence, afterAnd: false });
    // A dash between clauses too: "Good catch - merged into …".
    for (const m of sentence.matchAll(/[,;:]\s+|\s[-\u2013\u2014]{1,2}\s+/g)) {
      const clause = sentence.slice(m.index + m[0].length);
      // "… gets checked for validity, and applied right away": the passive goes on, nobody applied anything.
      if (new RegExp(`^(?:and|or)\\s+(?:${ADVERB}\\s+)?${VERB}`, "i").test(clause) && AUX_RE.test(sentence.slice(0, m.index).split(/[,;:]\s+/).pop() ?? "")) continue;
      out.push({ text: clause, afterAnd: false });
    }
    for (const m of sentence.matchAll(AND_VERB_RE)) {
      // The action is read from the start of its clause: "Reformatted it, added the tags and applied to …".
      // A closing parenthesis ends an aside: "Given we are late (other than regressions) I've tweaked it and applied ...".
      // "Fixed up (new subject, new changelog) and applied", "Folded the (rewritten) [1/2] into this one and queued it
      // up": an aside in parentheses is no clause of its own.
      const head = sentence.slice(0, m.index);
      const before = (head.includes("(") ? head.replace(/\s*\([^()]*\)/g, "") : head).split(/[,;:]\s+|\s[-\u2013\u2014]{1,2}\s+|(?<!\()\)\s+/).pop() ?? "";
      if (RELATIVE_PASSIVE_RE.test(before)) continue;
      // "Then the patches can be reviewed, improved and merged.": the last of a passive's participles, nobody's deed.
      if (before !== head && LISTED_PASSIVE_RE.test(head)) continue;
      // "I updated the changelogs … and then applied both patches for next": "then" after the applier's own deed.
      const deed = FIRST_PERSON_DEED_RE.test(sentence.slice(0, m.index));
      if ((OWN_ACTION_RE.test(before) && !AUX_RE.test(before)) || deed || APPROVAL_BEFORE_AND_RE.test(before)) out.push({ text: sentence.slice(m.index + m[0].length).replace(deed ? /^then\s+/i : /^$/, ""), afterAnd: true });
    }
    out.push(...last);
  }
  return out;
}

/** A notice naming patch numbers, then ", but …": group 1 is the notice. */
const NUMBERED_BUT_RE = new RegExp(String.raw`^(${OPENER}(?:i(?:'ve|\s+have)?\s+)?(?:${ADVERB}\s+)?(?:applied|queued(?:\s+up)?|merged|picked\s+up)\s+(?:patch(?:es)?\s+)?\d[^,;]*?)[,;]\s+but\s+`, "i");
/** A problem with what was applied: "…, but it doesn't boot", "…, but the build fails". */
const BUT_PROBLEM_RE = /\b(?:build|built|boot|compil|fail|error|warn|crash|break|broke|regress|oops|panic|hang)\w*|\b(?:doesn't|does\s+not|didn't|did\s+not|won't)\s+work\b/i;
/** The "but" clause about another patch by number: "but patch 4 needs more work", "but not patch 4 as it does not build". */
const OTHER_PATCH_RE = /^(?:not\s+)?(?:the\s+)?(?:patch(?:es)?\s+)?#?\d{1,3}(?:\/\d{1,3})?\b/i;
/** The numbers alone, or "for now": "applied patches 1-2 for now". */
const NUMBERED_BUT_BARE_RE = /\d\s*(?:(?:for\s+)?now)?\s*$/i;
/** A first-person notice inside a sentence: "…, I've applied", "… I have tentatively applied", "… I went on and applied". */
const PREMISED_I_RE = new RegExp(String.raw`(?:[,;:]\s+|\s)(?=i(?:'ve|\s+have)?\s+(?:(?:${ADVERB}|(?:went|gone)\s+(?:ahead|on)\s+and)\s+)*${VERB}\b)`, "gi");
/** How a premise without a comma opens: "As …", "Since there is no feedback …", "Just to get things moving …", "Assuming silent agreement …". */
const PREMISE_OPENING_RE = /^(?:(?:ok(?:ay)?|so|and|anyway|anyhow)[,.!]?\s+)?(?:as|since|because|given|with|assuming|seeing|just\s+to|in\s+order\s+to|to)\s+\S/i;
/** A tester's premise: "For testing, I applied …", "To reproduce it I applied …", "Given the problem is seen on big-endian, I applied …". */
const TESTER_PREMISE_RE = /\b(?:test\w*|try\w*|tried|reproduc\w*|verif\w*|check\w*|debug\w*|bisect\w*|experiment\w*|compar\w*|curious|see\s+(?:if|whether|how|what)|problems?|issues?|bugs?|crash\w*|fail\w*|errors?|warn\w*|regress\w*|oops|panic\w*|boot\w*|board|machine|device|hardware|my\s+(?:system|setup|box))\b/i;
/** Approval before "and I have applied": "The series looks great and", "This makes sense to me and". */
const APPROVAL_AND_RE = /\b(?:looks?|seems?)\s+(?:\w+\s+)?(?:good|great|fine|ok(?:ay)?|sane|reasonable|correct|right|nice)(?:\s+to\s+me)?(?:\s+now)?\s+and\s*$|\bmakes?\s+(?:\w+\s+)?sense(?:\s+to\s+me)?\s+and\s*$/i;
/** A maintainer's own tree as the target: "for next", "for fixes", "to my next branch", "into omap-for-v6.9/dt", "to mmc-next". */
const MAINTAINER_TARGET_RE = new RegExp(String.raw`\b(?:for|to|into|in|on|onto)\s+(?:the\s+|my\s+)?(?:(?:next|fixes)(?![\w-])|${NAMED_BRANCH}|(?!linux-next\b)[a-z][\w.]*-(?:next|fixes)(?![\w\/-]))`, "i");
/** A tester's premise that reports a problem, not a wish to test: "To reproduce the crash, I applied …". */
const PROBLEM_PREMISE_RE = /\b(?:reproduc\w*|problems?|issues?|bugs?|crash\w*|fail\w*|errors?|warn\w*|regress\w*|oops|panic\w*|boot\w*|board|machine|device|hardware|bisect\w*|debug\w*)\b/i;
/** A premise left at a word that makes the "I" a subordinate clause's ("Since I applied …", "… the one that I applied"). */
const PREMISE_SUBORDINATE_END_RE = /\b(?:that|which|who|what|how|after|before|since|because|as|until|till|once|when|while|whether|if|unless|and|or|but|than|where|so)\s*$/i;

/**
 * The notice after a premise in its sentence, "As there is still no feedback about how this should be merged, I
 * went on and applied this patch to …", "Since there is no feedback from the foo maintainers I have tentatively
 * applied …": after a comma, or after a premise opening as a reason does ("As", "Since", "Just to", "Assuming …"); not
 * under a condition (CONDITIONAL_PREMISE_RE), nor as a subordinate clause ("Since I applied the patch the board
 * fails"), nor when its own words make it none. Null otherwise.
 */
function premiseClause(sentence: string): string | null {
  if (!/\bi\b/i.test(sentence)) return null;
  for (const m of sentence.matchAll(PREMISED_I_RE)) {
    const premise = sentence.slice(0, m.index);
    const clause = sentence.slice(m.index + m[0].length).replace(/^(i(?:'ve|\s+have)?\s+)(?:went|gone)\s+(?:ahead|on)\s+and\s+/i, "$1");
    // "I have dropped the tag and clarified the message, before I applied this for next": the applier's own edits
    // before it; "The series looks great and I have applied it for fixes": approval before it. Both name the tree.
    const own = (APPROVAL_AND_RE.test(premise) || (/\bbefore\s*$/i.test(premise) && FIRST_PERSON_DEED_RE.test(premise))) && MAINTAINER_TARGET_RE.test(clause);
    if (!premise.trim() || CONDITIONAL_PREMISE_RE.test(premise) || (PREMISE_SUBORDINATE_END_RE.test(premise) && !own)) continue;
    // "To get this thoroughly tested, I have applied it to my next branch": testing in the maintainer's tree.
    if (TESTER_PREMISE_RE.test(premise) && !(/\btest/i.test(premise) && !PROBLEM_PREMISE_RE.test(premise) && MAINTAINER_TARGET_RE.test(clause))) continue;
    if (!own && !/[,;:]\s+$/.test(sentence.slice(0, m.index + m[0].length)) && !PREMISE_OPENING_RE.test(premise) && !PREMISE_OPENING_RE.test(premise.split(/[,;]\s+(?:but\s+|and\s+|so\s+)?/).pop()!)) continue;
    if (!vetoed(vetoText(clause)) && !REMARK_APPLIES_RE.test(clause)) return clause;
  }
  return null;
}

/** "--b." or "---b." (an initial) right after a sentence's end. */
const STUCK_SIGN_OFF_RE = /([.!])-{2,3}[a-z]{1,3}\.?$/i;

/**
 * "all (patches) expect" before what is left out ("the KVM one", "patch 3", "4/7", "for"): "except" misspelt. "All
 * patches expect …" reads as nothing else: "expect" wants a subject that can expect.
 */
const EXPECT_FOR_EXCEPT_RE = /\b(all(?:\s+(?:of\s+)?(?:the\s+|these\s+|your\s+)?(?:patch(?:es)?|ones|changes|commits))?)\s+expect(?=\s+(?:for\s+)?(?:the|this|that|patch(?:es)?|\d|#|\[))/gi;

/** Curly apostrophes and "it's"/"they're", so "Now it's applied in …" reads as "now it is applied in …". */
function plainText(line: string): string {
  // "Thanks, applied.--b.": a sign-off stuck to the last sentence.
  const trimmed = line.includes("--") ? line.trim().replace(STUCK_SIGN_OFF_RE, "$1") : line.trim();
  const plain = trimmed
    // A URL is one word: its "?h=for-next" is no question, its dots end no sentence ("Applied to https://...").
    .replace(/\b(?:https?|git):\/\/\S+/gi, "<url>")
    .replace(/\s+/g, " ")
    // "Added Cc: stable and merged into …": the trailer's colon ends no clause.
    .replace(/\bcc:\s*(?=stable\b)/gi, "Cc ")
    .replace(/[\u2018\u2019]/g, "'")
    // "Both of your patches have been merged …": read as "both your patches", an object the notice shapes know.
    .replace(/\b(both|all)\s+of\s+(your|the|these|those|my)\s+(?=patch(?:es)?\b|series\b)/gi, "$1 $2 ")
    // "I applied all patches expect the foo one": "except" misspelt, right after "all" where "expect" makes no sense.
    .replace(EXPECT_FOR_EXCEPT_RE, "$1 except")
    // "I (re-)added this series to …", "(Re)applied to …": the verb with its parenthesised prefix dropped.
    .replace(/\(re-?\)(?=[a-z])/gi, "")
    .replace(/\b(it|this|that)'s\b/gi, "$1 is")
    .replace(/\b(they|these|those)'re\b/gi, "$1 are")
    // Slips of the keys around a notice's verb: "seried applied to …", "applied ti mips-next", "OK applying int
    // omap-for-v5.8/soc", "patch 1 und 2", "merged thos into …" (read as "these": "those" alone is no object).
    .replace(TYPO_RE, (m: string, series?: string, thos?: string, verb?: string, intoVerb?: string, digit?: string) =>
      series ? "series" : thos ? "these" : verb ? `${verb} to ` : intoVerb ? `${intoVerb} into ` : digit ? `${digit} and ` : "patch")
    // "Applied :)": a smiley closing the line says nothing.
    .replace(/\s+[:;]-?[)D]+$/, "")
    // "Added "mux: foo:" to the header and applied …": a colon inside a quoted title ends no clause.
    .replace(/"[^"]{1,100}"/g, (q: string) => (q.includes(":") ? q.replace(/:/g, "\u2236") : q))
    // "Both paches now queued", "Applying forv 5.11", "Aaaaand applied to …", "Applied from 1-3 to …": slips and stretches of the keys.
    .replace(/\bpaches\b/gi, "patches")
    // "I have applied this patchet.", "I have picked-up this patch.": "patchset" misspelt, "picked up" hyphenated.
    .replace(/\b(?:patchet|pachset|patcheset)\b/gi, "patchset")
    .replace(/\bpicked-up\b/gi, "picked up")
    // "Finally got them picked up.", "Got it applied now": the applier's deed said with "got", read as "picked them up", "applied it".
    .replace(GOT_IT_DONE_RE, (_m: string, obj: string, verb: string) => (/^picked/i.test(verb) ? `picked ${obj} up` : `${verb} ${obj}`))
    // "Applied, patch 1/2 and 2/2, thanks": the patches named after a comma are what was applied.
    .replace(/^((?:(?:ok(?:ay)?|thanks|so)[,.!]?\s+)?(?:applied|queued|merged|pushed))[,:]\s+(?=patch(?:es)?\s+\d+(?:\s*(?:,|-|and|&)\s*\d+)*\s*(?:[,.!]|$))/i, "$1 ")
    // "Applied this with Ann's comments worked in": the applier's edits, not a test that worked.
    .replace(/\bwith\s+(?:[\w']+\s+){0,3}?(?:comments?|suggestions?|feedback|review)\s+(?:worked|folded|incorporated)\s+in\b/gi, "with fixups")
    // "Patches 1-8 of this have already been applied": "this" for the series; "1-3 as well as 4" a list.
    .replace(/\b(patch(?:es)?\s+\d[\d\s,&-]*)\s+of\s+this(?=\s+(?:have|has|were|was|are|is)\s)/gi, "$1 of this series")
    .replace(/(\d)\s+as\s+well\s+as\s+(?:patch(?:es)?\s+)?(?=\d)/gi, "$1 and ")
    // "This series of four patches has been merged": the series.
    .replace(/\b(series|set)\s+of\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?patch(?:es)?\b/gi, "$1")
    // "Patches 1-9, 11-20, 45, and 47 …": the serial comma before the last number.
    .replace(/(\d)\s*,\s+and\s+(?=\d)/g, "$1 and ")
    // "I have applied this patch- Nishanth and Vignesh should handle …": a dash glued to the object ends the sentence.
    .replace(/\b(patch(?:es|set)?|series|set|it|this|one)-\s+(?=[A-Z])/g, "$1. ")
    // "Applied and thanks for fixing this.": the thanks joined to the verb by "and".
    .replace(/\b(applied|queued|merged|picked\s+up)\s+and\s+(?=thanks\b|thank\s+you\b)/gi, "$1, ")
    // "This patch has already been applied.": with its subject named, read as "has been already applied".
    .replace(/\b((?:this|that|the|your|these|those|both|all)\s+(?:\w+\s+)?(?:patch(?:es)?|series|patch-?set|commits?|changes?|fix(?:es)?)|it|they)\s+(has|have)\s+already\s+been\s+(?=(?:applied|merged|queued|picked\s+up)\b)/gi, "$1 $2 been already ")
    // "The patch is now queueud", "Tweaked an applied to …": slips in and before the verb.
    .replace(/\b(?:queueud|queud|queueued|qeued)\b/gi, "queued")
    // "I appled patches 1 and 2": "applied" with a letter dropped (no other word is spelt so).
    .replace(/\b(?:appled|aplied|applid)\b/gi, "applied")
    .replace(/\ban(?=\s+applied(?:\s+(?:to|into|for)\b|[.!]?$))/gi, "and")
    // "1st patch applied to …": the patch by its number.
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\s+patch\b/gi, "patch $1")
    // "They're both queued in …": the pronoun is the object, "both" adds nothing.
    .replace(/\b(they|these|those)\s+(are|were)\s+(?:both|all)\s+(?=(?:now\s+)?(?:applied|queued|merged|picked\s+up)\b)/gi, "$1 $2 ")
    .replace(/\bforv(?=\s*\d)/gi, "for v")
    .replace(/\b(a)a+(n+d+)\b/gi, "$1nd")
    .replace(/\b(applied|merged|queued|pushed|picked\s+up)\s+from\s+(?=(?:patch(?:es)?\s+)?#?\d+\s*-\s*#?\d+\b)/gi, "$1 ")
    // "Applied on 'testing'": a word quoted after the notice's preposition is a branch by name.
    .replace(/(\b(?:applied|merged|queued|pushed)\s+(?:to|on|into|in)\s+)['\u2018"\u201c]([a-z][\w.\/-]{1,40})['\u2019"\u201d](?=[\s.,!;]|$)/gi, "$1$2 branch")
    // "Your patch is better than the old one :) Applied to for-next": a smiley between sentences ends the first.
    .replace(/\s[:;]-?[)D(]+\s+(?=[A-Z])/g, ". ")
    // "After all that, applied to for-next": a sentence's opening that looks back on the thread, no condition.
    .replace(/(^|[.!?]\s+)after\s+all\s+(?:that|this),\s+/gi, "$1")
    // "(I) forgot to say that I merged …", "Just a note that I applied …": the lead-in before the first-person notice.
    .replace(/^(?:sorry[,.!]?\s+)?(?:(?:i\s+)?(?:forgot|meant|wanted)\s+to\s+(?:say|mention|add|note|tell\s+you|let\s+you\s+know|notify\s+you|inform\s+you)(?:\s+earlier)?|just\s+a\s+(?:quick\s+)?(?:note|heads[\s-]up)|(?:a\s+)?(?:quick\s+)?update\s+to\s+let\s+(?:you|everyone|everybody|all)\s+know|(?:oops[.!,]*\s+)?(?:it\s+)?seems)(?:\s+that)?[,:]?\s+(?=i(?:'ve|\s+have)?\s+(?:just\s+|now\s+)?(?:applied|queued|picked|merged|took)\b)/i, "")
    // "Applied the series with s/iff/if (and only if)/ in …": the applier's substitution, whatever words it holds.
    .replace(SUBSTITUTION_RE, "a fix")
    // "applied series minus patch 6 to …": all but the patches named.
    .replace(MINUS_RE, "all except ")
    // "Works for me, I've merged …", "No problem for me, applied …", "Never mind, applied …": a reply's word of
    // approval before the notice says nothing of it (its "works", "no", "never" are no test report or negation).
    .replace(APPROVAL_OPENING_RE, "$1")
    // "Compile-tested and queued.", "Tested and queued, thanks": the keeper's own test before his notice (a tester applies, he
    // does not queue), read as "queued …"; "Build-tested and applied" likewise, the build named.
    .replace(TESTED_AND_QUEUED_RE, "$1")
    // "Applied-to: <url>" (a form's field), "Hand applied due to …", "Hand-applied to …": the verb as a notice reads it.
    .replace(/^applied-to\s*:/i, "Applied to:")
    .replace(/^hand[\s-]applied\b/i, "Applied by hand")
    // "Makes sense to me...applied, thanks.": an ellipsis glued to the next word ends a sentence.
    .replace(/(\w)\.{3}(?=[a-z])/gi, "$1... ")
    // "I have picked it up (again?) and applied it": a one-word question in parentheses is an aside, not a question.
    .replace(/\s*\(\s*\w+\s*\?\s*\)/g, "")
    .replace(/\b(?:(i)(?:'ve|\s+have)?\s+(?:now\s+)?(?:decided|chose|chosen)\s+to|(i)(?:'ve|\s+have)?\s+took\s+the\s+liberty\s+(?:of|to))\s+(?:(apply)(?:ing)?|(queue)(?:ing)?|(merge)(?:ing)?)\b/gi, (_m, a?: string, b?: string, apply?: string, queue?: string) => `${a ?? b} ${apply ? "applied" : queue ? "queued" : "merged"}`)
    // "I ended up cherry-picking the commits to where I want them" (a pull's commits taken one by one): applied.
    .replace(/\b(i)(?:'ve|\s+have|\s+ended\s+up)?\s+cherry-?pick(?:ed|ing)\b/gi, "$1 applied")
    // "Applying all but the first two patches into …": all but patches 1-2.
    .replace(ALL_BUT_FIRST_RE, (_m, n: string) => (countOf(n) > 1 ? `all but patches 1-${countOf(n)}` : "all but patch 1"));
  // "I've taken the first 2 patches for …", "I've picked the patch already", "I picked these four to the foo tree", "I've
  // picked up the above 8 patches": read as the shapes VERB and OBJECT know (rewritten here, not added to them: every notice
  // regex holds VERB and OBJECT, and longer ones cost a fifth more CPU over a list's replies), behind one cheap test.
  const reworded = /taken|picked|above/i.test(plain) ? plain.replace(TAKEN_RE, "$1applied").replace(PICKED_RE, (_m: string, obj?: string) => (obj ? `picked up ${obj}` : "picked up ")).replace(THE_ABOVE_N_RE, "these ") : plain;
  // "These CPU topology patches are now queued …", "the patch below has been queued …": the answered patches by what they do,
  // the revised patch shown below: read as "these patches", "the patch" (the same cheap test first).
  const named = /\b(?:these|those)\s+\S+\s+(?:\S+\s+){0,2}(?:patch|change|fix)|\bbelow\s+(?:has|have|is|was)\s/i.test(reworded) ? reworded.replace(THESE_NAMED_RE, "$1 $2 ").replace(BELOW_PASSIVE_RE, "the $1patch ") : reworded;
  return /ing\b/i.test(named) ? participleAsPast(named) : named;
}

/**
 * "Applying into omap-for-v6.8/dt thanks", "Thanks yes applying patches 1-3 into …", "OK applying both your MMC patches into
 * fixes today.", "I'm applying this to net-next, …": a sentence opening at the present participle (or "I'm" and it), done
 * saying so (PARTICIPLE_DONE_RE, or a named branch as its target), read as the past: "applied …". Not git am's "Applying:
 * <title>", nor the participle as a subject ("Applying the patch to for-next also breaks …").
 */
function participleAsPast(text: string): string {
  if (!PARTICIPLE_START_RE.test(text)) return text;
  return text
    .split(SENTENCE_SPLIT_RE)
    .map((sentence) => {
      const m = PARTICIPLE_OPENING_RE.exec(sentence);
      if (!m) return sentence.replace(SO_PARTICIPLE_RE, "$1applied").replace(PREMISED_PARTICIPLE_RE, (all: string, lead: string, verb: string, rest: string) => (PARTICIPLE_DONE_RE.test(rest) || PARTICIPLE_TREE_RE.test(rest) ? `${lead}I ${pastOf(verb)}${rest}` : all));
      const rest = sentence.slice(m[0].length);
      if (GERUND_SUBJECT_RE.test(rest.split(/[,;(]/, 1)[0]!) || !(PARTICIPLE_DONE_RE.test(sentence) || PARTICIPLE_TREE_RE.test(rest))) return sentence;
      // "I am queuing up the three patches for 5.3" in a reply to another patch: "I'm" only with the answered mail as object.
      if (m[2] && !I_AM_OBJECT_RE.test(rest)) return sentence;
      const verb = pastOf(m[3]!);
      return `${m[1]!.replace(/\(\w+\)\s+/g, "")}${m[2] ? "I " : ""}${verb}${rest}`;
    })
    .join(" ");
}
/** A notice's participle in the past: "applying" -> "applied", "merging" -> "merged", "queuing" -> "queued". */
function pastOf(participle: string): string {
  return /^appl/i.test(participle) ? "applied" : /^merg/i.test(participle) ? "merged" : "queued";
}
/**
 * "Until you sort things out with patch 2, I'm applying patch 1.": "I'm" and the participle after a premise's comma,
 * with the answered mail or numbered patches as object; read as the past when done saying so (PARTICIPLE_DONE_RE, or a
 * named branch as its target), so the premise's reading (premiseClause) decides.
 */
const PREMISED_PARTICIPLE_RE = /([,;]\s+)i(?:'m|\s+am)\s+(?:now\s+|also\s+)?(applying|merging|queu?e?ing)\b(?=\s+(?:up\s+)?(?:this|it|them|these|both|the\s+(?:series|patch|lot)\b|(?:this|your)\s+(?:series|patch|one)\b|patch(?:es)?\s+\d))(.*)$/i;
/** "I'm applying this …", "I'm queuing up the series …": the object after "I'm" and the participle. */
const I_AM_OBJECT_RE = /^\s+(?:up\s+)?(?:this|it|them|these|both|all\s+(?:the\s+)?patch(?:es)?\s+up\s+to\b|the\s+(?:series|patch|lot)\b|(?:this|your)\s+(?:series|patch|one)\b|patch(?:es)?\s+\d)/i;
/** "… so this removes few lines so applying into omap-for-v5.5/fixes": the participle as a consequence, with a target. */
const SO_PARTICIPLE_RE = /(\b(?:so|hence|thus)\s+)applying\b(?=\s+(?:[\w-]+\s+){0,3}?(?:in)?to\s)/i;
const PARTICIPLE_START_RE = /(?:^|[\s,.!(])(?:applying|queu?e?ing|merging)\b/i;
/** The participle opening a sentence, after words of assent ("Thanks yes", "OK", "(manually)") or "I'm". */
const PARTICIPLE_OPENING_RE = /^((?:(?:ok(?:ay)?|thanks|thank\s+you|so|now|yes|yeah|sure|great|good|alright|cool|\(\w+\))[,.!]?\s+)*)(i(?:'m|\s+am)\s+(?:now\s+|also\s+)?)?(applying|queu?e?ing(?=\s+up\b)|queu?e?ing|merging(?=\s+(?:it|this|them|these|both|the\s+|patch)))\b(?!\s*:)/i;
/** A participle notice's target, a branch by name: "… into omap-for-v6.9/dt", "… into my fixes branch". */
const PARTICIPLE_TREE_RE = new RegExp(String.raw`\b(?:in)?to\s+(?:the\s+|my\s+)?(?:${NAMED_BRANCH}|${HYPHENED_BRANCH}|(?:fixes|next)\s+branch\b)`, "i");

const ALL_BUT_FIRST_RE = /\ball\s+but\s+the\s+first\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+(?:patch(?:es)?|ones))?\b/gi;
/** "seried"/"seires" before a notice's verb, "ti" for "to" and "int" for "into" after it, "und"/"et" between patch numbers, "path #1". */
const TYPO_RE = /\b(se(?:ried|ires|rie))(?=\s+(?:applied|queued|merged|pushed)\b)|\b(?<=(?:applied|queued|merged|pushed)\s+)(thos)(?=\s+(?:in)?to\b)|\b(applied|queued|merged|pushed)\s+t[ih]\s+(?=[a-z<#])|\b(appl(?:ied|ying)|queu?(?:ed|ing)|merged|pushed)\s+int\s+(?=[a-z#<])|(\d)\s+(?:und|et)\s+(?=\d)|\bpath(?=\s+#?\d)/gi;
/** "got it applied", "got them picked up": group 1 the object, group 2 the verb (not "got it applied on rc3 and it boots": the vetoes still read it). */
const GOT_IT_DONE_RE = /\bgot\s+(it|them|this|these|both)\s+(applied|queued(?:\s+up)?|merged|picked\s+up)\b/gi;
/** A sed-style substitution, "s/iff/if (and only if)/": one word. */
const SUBSTITUTION_RE = /(?<![\w/])s\/[^/\s][^/]{0,60}\/[^/]{0,60}\/[gi]*(?![\w/])/g;
/** "series minus patch 6", "the patches minus 3 and 4", "this set, minus #17 which went in elsewhere". */
const MINUS_RE = /\b(?:(?:the|this|that|your)\s+)?(?:series|patch[\s-]?set|patches|set)\s*,?\s+minus\s+(?=(?:patch(?:es)?\s+)?#?\d)/gi;
/**
 * "I've taken the first 2 patches for 5.3-final.", "… so I've taken them in my tree now" (linux-arch): "taken" after "have"
 * with the patches as its object is the keeper's word, as "applied" is (what follows is REST_RE's to judge). Not "I've taken
 * this into account", "I've just taken it on trust that …" (linux-s390), "taken the series over from Bob", "taken care of",
 * an object that is no patch ("taken the Rb trailer"), nor a pronoun alone ("Thanks, I've taken them. v7 was sent out.": an
 * author taking review comments, linux-s390).
 */
const TAKEN_OBJECT = String.raw`(?:it|this|that|them|these|those|both|all|v\d+|patch(?:es)?\s+\d+(?:\s*(?:,|-|and|&)\s*\d+)*|(?:this|that|the|these|those|both|all|your)\s+(?:[\w-]+\s+){0,2}?(?:patch(?:es)?|series|ones?|fix(?:es)?|commits?|set|lot))`;
const TAKEN_RE = new RegExp(
  String.raw`\b(i(?:'ve|\s+have)\s+(?:(?:now|also|just|already)\s+)?)taken(?=\s+(?:(?:just|only)\s+)?${TAKEN_OBJECT}(?![\w-])(?!\s+(?:off|out|away|back|down|apart|seriously|personally|literally)\b)(?![^.!?]*\b(?:(?:in)?to\s+(?:account|consideration|heart)|on\s+(?:board|trust|faith)|for\s+granted|over\s+from|care\s+of|as\s+an?)\b))(?!\s+(?:it|this|that|them|these|those|both|all)(?:[\s.!]*$|\s*[.!?,;:]))`,
  "gi",
);
/**
 * "picked" with its object and no "up" (linux-mips, linux-arch): "I've picked the patch already", "I've picked this patch up as part
 * of …", "I picked these four to the foo tree", read as "picked up …" (group 1 the object).
 */
const PICKED_RE = /\bpicked\s+((?:this|the)\s+(?:patch|series|fix))\s+up\b|\bpicked\s+(?=(?:the\s+(?:patch|series|fix)|it|this|them|these|both)\s+already\b)|\bpicked\s+(?=(?:these|those|the|all|both)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:in)?to\s+(?:the\s+)?(?!(?:my|our|your|a|an|local|test\w*|internal)\s)[a-z][\w.-]*(?:\s+tree\b|[-\/][\w.\/-]*\w))/gi;
/**
 * "These CPU topology patches are now queued for v5.4-rc1." (linux-riscv, on the cover): "these" or "those" and up to three
 * words of what the patches do before a passive notice's verb (group 1 the demonstrative, group 2 the noun); not a count or
 * an order ("these three patches", "these first two": SOME_RE reads those).
 */
const THESE_NAMED_RE = /\b(these|those)\s+(?:(?!(?:two|three|four|five|six|seven|eight|nine|ten|\d+|first|last|other|remaining)\b)[\w-]+\s+){1,3}?(patch(?:es)?|changes|fixes)\s+(?=(?:(?:have|has)\s+(?:now\s+|also\s+|already\s+)?been\s+|(?:are|were)\s+(?:now\s+|also\s+|already\s+)?)(?:applied|queued|merged|picked\s+up|pushed)\b)/gi;
/**
 * "… and the patch below has been queued for v5.2-rc." (linux-riscv: the maintainer's revised patch pasted under his reply): the
 * passive of BELOW_OBJECT_RE's "applied the patch below" (group 1 the revision's word).
 */
const BELOW_PASSIVE_RE = /\bthe\s+((?:revised|updated|modified|reworked|simplified|following)\s+)?patch\s+below\s+(?=(?:(?:has|have)\s+(?:now\s+)?been|(?:is|was)\s+(?:now\s+)?)\s*(?:applied|queued|merged)\b)/gi;
/** "the above 8 patches" (the cover's list quoted): read as "these 8 patches", which says how many of the posting. */
const THE_ABOVE_N_RE = /\bthe\s+above\s+(?=(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:patch(?:es)?|ones)\b)/gi;
/** "(Compile-|Build-|Boot-)tested and queued", "Build-tested and applied": the test opening a line before the keeper's verb. */
const TESTED_AND_QUEUED_RE = /^((?:(?:ok(?:ay)?|thanks|thank\s+you)[,.!]?\s+)*)(?:(?:(?:compile|build|boot)[\s-])?tested\s+(?:and|&)\s+(?=queued\b)|(?:compile|build|boot)[\s-]tested\s+(?:and|&)\s+(?=(?:applied|pushed|merged)\b))/i;
/** A line opening with approval and a comma before what it says next: "Works for me, …", "No problem (for me), …", "Never mind, …". */
const APPROVAL_OPENING_RE = /(^|[.!]\s+)(?:(?:works|worked)\s+for\s+me|no\s+problem(?:\s+(?:for|with)\s+me)?|no\s+need(?:\s+to\s+(?:re-?send|re-?submit|re-?spin)(?:\s+(?:it|this|them|the\s+(?:patch|series)))?)?|never\s?mind|fine\s+(?:with|by|for)\s+me)\s*[,;]\s+(?=\S)/i;

/**
 * More of what may follow a notice: "after some minor fixes" (OWN_EDITS), "but please use …" (a "but" with
 * no comma; not "all but 3", nor a build problem: "but then got build warnings"), "modulo a fix to …", "since <subject> <verb> …" (a reason; not "since v5.10" or "since then": when, not why),
 * "and then applied a follow-on patch …" (an aside on other numbered patches is cut before: NUMBER_ASIDE_RE),
 * the verb written twice ("Applied patch 1 to patch 5 applied for next"), the applier's edits after it ("I've applied it, and
 * made a few light edits").
 */
const MORE_REST_RE = new RegExp(
  String.raw`^(?:[,;]?\s+after\s+${OWN_EDITS}|\s+but\s+(?!(?:patch\w*\s+)?\d|not\b|for\b|one\b|the\s+(?:first|last)\b)(?!.*\b(?:build|built|boot|compil|fail|error|warn|crash|break|broke|unfortunately|still\s+(?:get|see|hit|have|observ)\w*|(?:the\s+)?same\s+(?:trace|error|problem|issue|crash|warning|oops|panic|hang|failure)))\S|[,;]?\s+modulo\s+\S|\s+since\s+(?!v?\d|then\b|last\b|long\b|ages\b|yesterday\b|\w+day\b|(?:the|a|an)\s+(?:last|first|beginning|start|while|long|week|month|year)\b|(?:is|are|was|were|seems?|looks?)\b)[\w.'-]+(?:\s+[\w.'-]+){0,3}?\s+(?:is|are|was|were|has|have|had|looks?|seems?|does|did|do|can|will|would|should|see|saw|need|needs)\b|[\s,]+and\s+then\s+(?:also\s+)?(?:applied|queued|picked|merged|pushed)\b|\s+applied\s+(?:to|for|into)\s+\S|[\s,]+and\s+(?:i(?:'ve|\s+have)?\s+)?(?:made|done|did)\s+(?:a\s+few|a\s+couple\s+of|some|a)\s+(?:(?:minor|small|light|slight|trivial|cosmetic)\s+)*(?:edits|changes|tweaks|fix(?:es|ups)?)\b)`,
  "i",
);

/** An aside on other numbered patches after the numbers applied: "Applied 1+2, 3 fails to apply for me". */
// Not the list's last numbers with the notice's own plural passive ("Patches 3, 4 were merged through …": both patches).
const NUMBER_ASIDE = String.raw`\s*[,;]\s*(?:patch(?:es)?\s+)?\d+(?:\s*(?:,|and|&|\+|-)\s*\d+)*\s+(?:fails?|failed|does|did|has|had|needs?|is|was|will|went|(?:have|are|were)\b(?!\s+(?:(?:now|already|also)\s+)?(?:been\s+)?(?:(?:now|already|also)\s+)?(?:applied|merged|queued|picked\s+up|pushed)\b))\b`;
const NUMBER_ASIDE_RE = new RegExp(`(?<=\\d)${NUMBER_ASIDE}.*$`, "i");

/**
 * More still: ", and it is on its way to Linus" (where it goes next), "as below to pci/pm" (the version quoted below), "since there were no objections", "keeping X's
 * reviewed-by", ", so it should make it to 6.8" / ", it will go in the next merge window" (where it goes next),
 * "and will expedite it to Linus" (not "so it works": the vetoes read the whole sentence first); "as:" over the
 * commit's URL, "Merged <url>" (the pull request), "Already merged from" over its URL, "both patches about man pages", "using --whitespace=fix" (git's option), "and released in 3.2",
 * ", will send the PR later on" / "and it is still in time for the first 6.18 PR" (the maintainer's pull request next), "series applied from
 * the pull-request" (nvme: taken from the author's pull request), "a while back", "about
 * ten days ago" (when).
 */
const LATER_REST_RE =
  /^(?:[\s,;]+(?:and\s+)?(?:it|they|this|these)\s+(?:is|are)\s+(?:now\s+|already\s+)?on\s+(?:its|their)\s+way\s+(?:to|into|upstream)\b|\s+as\s*:\s*(?:<url>[\s.,!]*)?$|\s+as\s+<url>[\s.,!]*(?:(?:thanks|thank you)\b.*)?$|\s+from\s*:?\s*(?:<url>[\s.,!]*)?$|\s+about\s+(?:the\s+)?[\w.\/-]+(?:\s+[\w.\/-]+){0,2}[\s.!]*$|\s+<url>[\s.,!]*(?:(?:thanks|thank you)\b.*)?$|\s+using\s+(?:git\s+am\s+)?--?[a-z][\w-]*(?:=\S+)?[\s.,!]*$|[\s,]+and\s+released\s+(?:in|as|with)\s+\S|\s+as\s+(?:below|above|follows|shown\s+below|quoted\s+below)\b|\s+keeping\s+\S|[,;]\s+(?:should|will)\s+(?:show\s+up|appear|be)\s+in\b|[,;]\s*(?:so\s+)?(?:there(?:'s|\s+is)\s+)?no\s+need\s+(?:to|for)\b|[,;]?\s+(?:so\s+)?(?:it|this|they|these|the\s+\w+)\s+(?:should|will|'ll)\s+(?:make\s+it|go|land|be\s+(?:in|part|sent|included)|get\s+(?:in|sent|merged|into)|end\s+up|appear|show\s+up)\b|[\s,]+and\s+(?:i\s+)?(?:will|'ll)\s+(?:be\s+)?(?:send|expedit|push|forward|submit|includ)\w*\b|[,;]\s+(?:you|we)\s+(?:can|could|may|will)\s+(?:now\s+)?(?:find|see)\b|[,;]\s+(?:and\s+)?(?:converted|turned)\s+into\b|[,;]\s+let's\s+(?:give|see|wait)\b|[\s,;]+(?:and\s+)?(?:[\w'.-]+\s+){0,10}?(?:PR|pull[\s-]request)s?(?![\w-])|\s+(?:(?:a\s+(?:while|few\s+\w+|couple\s+of\s+\w+)|some\s+time|(?:about\s+|some\s+)?(?:\w+\s+)?(?:days?|weeks?|months?))\s+(?:back|ago)|back\s+(?:on|in)\s+\S+(?:\s+\S+)?)(?=[\s.,!]*$|[\s,;]+but\b))/i;
/** "by Krzysztof": a capitalised name (not "by hand", "by the robot") before the target. */
const BY_NAME_RE = /^\s+by\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s+(?:to|into|for|in)\s+\S|[\s.!]*$|[\s,.!]+(?:[Tt]hanks|[Tt]hank you)\b|\s*[,;]\s+I(?:'m|\s+am|'ll|\s+will)\s)/;
/** After "and": the tags taken with it, "… and applied with Kishon's ack to pci/endpoint". */
const WITH_TAG_RE = /^\s+with\s+(?:[\w.-]+'s?|an?|the)\s+(?:\w+\s+)?(?:acks?|acked-by|reviewed-by|review|r-b|tags?|tested-by)\b/i;

/** A "But I applied …" notice names where it went: "But I applied the whole series." may be a tester's. */
// Or how and why it went in as a maintainer says it: "… as a fix", "… so it would make v5.16".
const BUT_I_TARGET_RE = /^\s+(?:(?:in)?to|on|for|via)\s+\S|^\s+(?:in)?to\s*:?\s*$|^\s+as\s+(?:an?\s+)?(?:urgent\s+)?fix(?:es)?\b|^\s+so\s+(?:that\s+)?(?:it|they)\s+(?:would|will|'ll|can|could|should)\s+(?:make|land|go)\b/i;

/** A target after a colon, "Applied: <url>", "Applied to: git://…/foo.git": the tree named as in a form. */
const COLON_TARGET_RE = new RegExp(String.raw`^(?:\s+(?:in)?to)?\s*:\s*(?:the\s+)?(?=[a-z#<])${TREE_WORD}`, "i");

/**
 * A target named right after the verb with no "to": "Thanks, applied for-5.5.", "Patch applied for-5.6, thank you for the
 * ping." (nvme), "Applied can-next/testing.": a branch by a name only a tree has ("for-…", "…-next", "…-fixes", a
 * path-like "tree/branch", "….git"; not a source path or a file), then the sentence ends or thanks follow.
 */
const BARE_TARGET_RE = new RegExp(
  String.raw`^\s+(?!(?:drivers|include|arch|documentation|tools|kernel|lib|fs|net|mm|sound|scripts|block|crypto|security)\/)(?!\S*\.(?:c|h|S|rs|py|sh|rst|txt|yaml|dts|dtsi|patch|diff)(?![\w-]))(?:for-[\w.]*\w(?:\/[\w.\/-]*\w)?|(?!linux-next\b)[a-z][a-z0-9]*-(?:next|fixes|testing|current)(?:[\/-][\w.\/-]*\w)?|${NAMED_BRANCH})(?![\w\/-])(?:\s+(?:branch|tree))?(?:[\s.,!]*$|[\s,.!]+(?:thanks|thank\s+you)\b)`,
  "i",
);

/** Whether what follows a notice's verb (and object) may follow it: REST_RE, AND_REST_RE after "and", or PENDING. */
function restFollows(rest: string, afterAnd: boolean): boolean {
  // "Applied by Krzysztof to pci/foo": another maintainer's doing, read on from the target.
  const by = afterAnd ? null : BY_NAME_RE.exec(rest);
  // "This patch was applied by Greg, I'm marking it as handled elsewhere": the writer's own doing goes on after it.
  if (by && /^(?:\s*[,;]\s+I\b|[\s,.!]+thanks\b|[\s,.!]+thank you\b)/i.test(rest.slice(by[0].length))) return true;
  // "Now applied [1], along with …": a footnote's mark (its URL below) says where, not what.
  const read = by ? rest.slice(by[0].length) : rest.startsWith(" [") ? rest.replace(/^\s\[\d{1,2}\]/, "") : rest;
  // "Applied as 5.8 material with some edits in the subject": what follows the "as …" is read as after the verb.
  const how = /^\s+as\s/i.test(read) ? AS_HOW_RE.exec(read) : null;
  return restFits(read, afterAnd) || (!!how && how[0].length < read.length && restFits(read.slice(how[0].length), afterAnd));
}

/** Whether the tail after a notice's verb is one REST_RE and its kin allow. */
function restFits(after: string, afterAnd: boolean): boolean {
  return (
    (afterAnd ? AND_REST_RE : REST_RE).test(after) ||
    PENDING_START_RE.test(after) ||
    COLON_TARGET_RE.test(after) ||
    BARE_TARGET_RE.test(after) ||
    (!afterAnd && (MORE_REST_RE.test(after) || LATER_REST_RE.test(after))) ||
    (afterAnd && WITH_TAG_RE.test(after))
  );
}

/**
 * How a patch was taken, "as 5.8 material", "as 6.20/7.0 material", "as a fix for 5.9-rc and stable", "as
 * v5.10 candidate material now", "as 6.12": the release it is for, up to four words, then "material", "fix(es)" or
 * "candidate(s)"; or the release alone.
 */
const AS_HOW_RE = new RegExp(
  String.raw`^\s+as\s+(?!(?:an?\s+)?(?:root|module|built-?in|user|test\w*|well|such|expected|is|far|long|soon|if|though|i|you|we|they|it)\b)(?:(?:(?:\d+,\d+[^\s,;:()]*|[^\s,;:()]+|\([^\s,;:()]+\))\s+){0,4}?(?:material|fix(?:es)?|candidates?)(?:\s+for\s+(?:\d+,\d+[^\s,;:()]*|[^\s,;:()]+)(?:\s+and\s+[^\s,;:()]+)?)?|v?\d+\.\d+(?:-rc\d*)?)(?=[\s,.!;:(]|$)(?:\s+${ADVERB}(?=[\s,.!;:(]|$))*`,
  "i",
);

/**
 * "Merged into lsm/dev with a fair amount fixups due to merge conflicts from … as well as the tweaks in foo() that
 * were discussed in the thread.": after the verb and a named tree, "with" the applier's own edits and what they
 * were for is the maintainer's aside, however long; read as "… with fixups." (its conflicts are the applier's to
 * solve). Not when the aside reports a problem ("with some fixups, but it fails to boot"), nor after a release or
 * linux-next (a tester's base).
 */
const EDITS_TAIL_RE = new RegExp(
  String.raw`(\b${VERB}\s+(?:(?:it|this|them|the\s+(?:patch|series))\s+)?(?:in)?to\s+(?:the\s+)?(?:${NAMED_BRANCH}|${HYPHENED_BRANCH}))\s+with\s+(?:a\s+(?:fair|good|small|certain)\s+amount\s+(?:of\s+)?|some\s+|a\s+few\s+|a\s+couple\s+(?:of\s+)?|several\s+)?(?:(?:minor|small|trivial|manual|necessary)\s+)?(?:fix-?ups?|fixes|tweaks|changes|edits|adjustments)\b(?:[^.!?]|[.!?](?=\S))*`,
  "gi",
);

/**
 * A maintainer's answer to a posting that re-sends what is in his tree: "Please do not submit new versions of
 * already applied patches, please submit incremental updates …", "Please don't resend already applied patches": the
 * mail it answers (all of a cover's posting) is applied, in its earlier version. Its scope is that mail. Advice in
 * answer to a question ("You shouldn't resend already applied patches, base your new work on …") is not.
 */
const RESENT_APPLIED_RE =
  /\b(?:do\s+not|don't)\s+(?:re-?send|re-?submit|submit|send|post)\s+(?:(?:new\s+)?versions?\s+of\s+)?(?:the\s+)?already[\s-]+applied\s+(?:patch(?:es)?|series|commits?)\b/i;

/** A line opening in lower case at an auxiliary ("is already queued …"): its subject is on some line above. */
const SUBJECTLESS_RE = /^(?:is|are|was|were)\s/;

const SENTENCE_SPLIT_RE = new RegExp(SENTENCE_END);
/** "… and pushed it.": the push alone after "and", no target named. */
const PUSHED_BARE_RE = /^pushed(?:\s+(?:it|this|them|that))?[\s.!,]*$/i;
/** An author answering a review: "I've made the change", "made those changes". */
const MADE_CHANGE_RE = /\bmade\s+(?:the|that|this|those|these)\s+(?:\w+\s+)?changes?\b/i;
/** The notice verbs' stems (VERB_STEM_RE) and the verbless shapes' words ("Now in …", "in my tree", "squashed", "replaced", "updated"), in one scan. */
const LINE_FILTER_RE = /appl|queu|pick|merg|push|added|pulled|landed|committed|taken|took|\bput\s+\S+(?:\s+\S+)?(?:\s+\([^()]{1,60}\))?\s+(?:on|in|into)\s+(?:a\s+|the\s+|my\s+)?[a-z][\w.-]*[\/-]|now\s+in\b|\b(?:is|are|in|'s)\s+(?:(?:already|now)\s+)?(?:in|on)\s+\S+-|in\s+my\s+(?:[\w.-]+\s+)?(?:tree|master|branch)\b|\b(?:pull\s+request|PR)\b|squash|folded|replaced|updated|(?:moved|taking)\s+(?:\S+\s+){0,2}?(?:in)?to\s+\S*[\/-]/i;

// "I applied the patch below to pci/msi" (Bjorn Helgaas, linux-pci): the patch as he revised it, shown below his
// reply, is this patch applied. Not "I first applied the patch below to bounds-check …" or "Also applied the patch
// below": another patch, applied beside this one.
const BELOW_OBJECT_RE = /(?<!\b(?:first|also|then)\s+)\b(applied|queued|merged|put)\s+the\s+((?:revised|updated|modified|reworked|simplified)\s+)?patch\s+below\b(?=\s*(?:to|on|onto|into|for)\s|\s*[,.;]|\s*$)/gi;

/** Reads "applied the patch below" as "applied the patch" (`BELOW_OBJECT_RE`). */
function belowObject(text: string): string {
  return text.includes("below") ? text.replace(BELOW_OBJECT_RE, "$1 the $2patch") : text;
}

/**
 * The sentence (or clause) of one own line (or wrapped sentence) that announces something was applied, or null.
 * A line too long to be one sentence (a format=flowed paragraph: "Thanks, applied. Not sure about …") is read
 * in runs of whole sentences that fit; a single sentence that long is none.
 */
function appliedSentence(line: string): string | null {
  // Every own line of every reply comes through here at ingest: most never name the verb.
  if (!LINE_FILTER_RE.test(line)) return null;
  const plain = plainText(line);
  // "Applied drivers/perf patch to …": the area is read apart (noticeArea); the notice is read as "the patch".
  // "Serial and USB host controller driver patches applied, thanks!": the areas as the subject are read apart too (noticeArea).
  const byArea = AREA_SUBJECT_WORD_RE.test(plain) && AREA_SUBJECT_RE.test(plain) ? plain.replace(AREA_SUBJECT_RE, (m: string, lead: string, areas: string) => (passiveAreaNames(areas, m) ? `${lead}${lead ? "the" : "The"} patches ` : m)) : plain;
  const text = belowObject(AREA_OBJECT_RE.test(byArea) ? byArea.replace(AREA_OBJECT_RE, (m: string, verb: string, area: string, noun: string) => (areaNames(area) === null ? m : `${verb} the ${/^change/i.test(noun) ? noun.replace(/^changes?/i, (c) => (c.length > 6 ? "patches" : "patch")) : noun}`)) : byArea);
  if (!text) return null;
  if (text.split(" ").length <= MAX_WORDS * 2) return readSentence(text);
  let run = "";
  let words = 0;
  for (const part of text.split(SENTENCE_SPLIT_RE)) {
    const n = part.split(" ").length;
    if (run && words + n > MAX_WORDS * 2) {
      const found = VERB_STEM_RE.test(run) ? readSentence(run) : null;
      if (found) return found;
      run = "";
      words = 0;
    }
    if (n > MAX_WORDS * 2) continue;
    run = run ? `${run} ${part}` : part;
    words += n;
  }
  return run && VERB_STEM_RE.test(run) ? readSentence(run) : null;
}

/** appliedSentence on a plain text of at most MAX_WORDS * 2 words. */
function readSentence(line: string): string | null {
  const queued = /queued/i.test(line) ? line.replace(QUEUED_THEN_TESTED_RE, "$1$2.") : line;
  const text = / with /i.test(queued) ? queued.replace(EDITS_TAIL_RE, (m: string, notice: string) => (PROBLEM_RE.test(m.slice(notice.length)) ? m : `${notice} with fixups`)) : queued;
  // A commit bot's notice: "The following commit has been merged into the irq/irqchip-next branch of irqchip:".
  if (THE_ONE_RE.test(text) || COMMIT_MERGED_RE.test(text)) return text;
  for (const sentence of text.split(new RegExp(SENTENCE_END.replace("[.!?]", "[.!]")))) {
    if (BRANCH_NOTICE_RE.test(sentence) || PULLED_RE.test(sentence)) return sentence;
    if (RESENT_APPLIED_RE.test(sentence)) return sentence;
    if (SQUASHED_INTO_RE.test(sentence) && !vetoed(sentence)) return sentence;
    // Three rarer shapes behind one cheap test of their words.
    if (RARE_SHAPE_RE.test(sentence)) {
      if ((REPLACED_RE.test(sentence) || ALL_BUT_RE.test(sentence) || ALL_BUT_PASSIVE_RE.test(sentence)) && !vetoed(sentence)) return sentence;
      if (willQueue(sentence)) return sentence;
    }
    if (updatesTree(sentence) && !vetoed(sentence)) return sentence;
    if (NOW_IN_WORDS_RE.test(sentence) && (NOW_IN_RE.test(sentence) || nowInAfterPremise(sentence)) && !vetoed(sentence)) return sentence;
    if (/\bput\b/i.test(sentence) && PUT_ON_RE.test(sentence) && !vetoed(sentence)) return sentence;
    if (movedTo(sentence)) return sentence;
    if (FROM_YOUR_TREE_RE.test(sentence) && !vetoed(sentence)) return sentence;
    const mine = MY_TREE_RE.exec(sentence);
    if (mine && MY_TREE_REST_RE.test(mine.groups?.rest ?? "") && !vetoed(sentence)) return sentence;
    if (/\b(?:pull\s+request|PR)\b/i.test(sentence) && IN_PULL_RE.test(sentence) && !vetoed(sentence)) return sentence;
    const inMine = /\bin\s+my\b/i.test(sentence) ? IN_MY_TREE_RE.exec(sentence) : null;
    if (inMine && (MY_TREE_REST_RE.test(inMine.groups?.rest ?? "") || IN_MY_TREE_REST_RE.test(inMine.groups?.rest ?? "")) && !vetoed(sentence)) return sentence;
    // "Anyhow, good to clean it up anyway so applied to the togreg branch of widget.git": the consequence.
    const so = SO_CLAUSE_RE.exec(sentence);
    if (so && BRANCH_NOTICE_RE.test(sentence.slice(so.index + so[0].length))) return sentence;
  }
  // "(as the commit this fixes:) / is already queued for v6.1": a line opening at its verb has its subject elsewhere.
  const subjectless = SUBJECTLESS_RE.test(text);
  for (const candidate of noticeCandidates(text)) {
    if (subjectless && text.startsWith(candidate.text)) continue;
    if (candidate.text.split(" ").length > MAX_WORDS || PAST_REASON_RE.test(candidate.text) || LIST_HEADING_RE.test(candidate.text)) continue;
    if (!candidate.afterAnd && ADDED_RE.test(candidate.text)) return candidate.text;
    // "I've made the change and pushed it.": an author's push, with no tree named, is of his own branch.
    if (candidate.afterAnd && PUSHED_BARE_RE.test(candidate.text) && MADE_CHANGE_RE.test(text)) continue;
    const added = /\badded\b/i.test(candidate.text) ? ADDED_TREE_RE.exec(candidate.text) : null;
    if (added && restFollows(added.groups?.rest ?? "", candidate.afterAnd)) return candidate.text;
    // The numbers would swallow the aside's ("1+2, 3"): cut it before reading the notice.
    const said = candidate.afterAnd ? candidate.text : candidate.text.replace(NUMBER_ASIDE_RE, "");
    // "Applying as 5.5 material, thanks!", "OK, applying the series", "Queuing up as 5.5 material …": read as the past.
    const participle = !candidate.afterAnd && /(?:ying|uing|ueing)\b/i.test(said) ? PARTICIPLE_RE.exec(said) : null;
    // The gerund's verb is read in its own clause: "Applying as follows, with …(since that's how …)" is the notice.
    if (participle && (!PARTICIPLE_DONE_RE.test(said) || GERUND_SUBJECT_RE.test(said.slice(participle[0].length).split(/[,;(]/, 1)[0]!))) continue;
    const own = participle ? `${participle[1]}${/^appl/i.test(participle[2]!) ? "applied" : "queued"}${said.slice(participle[0].length)}` : said;
    const m = (candidate.afterAnd ? null : FIRST_PERSON_RE.exec(own)) ?? NOTICE_RE.exec(own);
    // "Committed   (signed-off-by)": a parenthesis after "committed" is its release tag or nothing (a glossary's line).
    if (m && /^\s*\((?!\s*(?:re-?)?tag)/i.test(m.groups?.rest ?? "") && /committed\s*$/i.test(own.slice(0, own.length - (m.groups?.rest ?? "").length))) continue;
    if (m && restFollows(m.groups?.rest ?? "", candidate.afterAnd) && (!/^\W*but\b/i.test(own) || BUT_I_TARGET_RE.test(m.groups?.rest ?? ""))) return candidate.text;
  }
  return null;
}

/**
 * "Thanks, applying.", "Applying as 5.5 material, thanks!", "OK, applying the series …", "Queuing up as 5.5 material":
 * the present participle opening a notice, read as the past ("Applied …"). Not git am's "Applying: <title>".
 */
const PARTICIPLE_RE = /^((?:(?:ok(?:ay)?|thanks|thank you|so|now)[,.!]?\s+)*)(applying|queu?e?ing(?=\s+up\b)|queu?e?ing)\b(?!\s*:)/i;
/**
 * A participle notice must be done saying so: its sentence ends, thanks follow, or it names a release ("… as 5.5
 * material with minor modifications of the subject and / changelog"); "Applying this / patch manually has
 * resolved the issue" goes on to a tester's report.
 */
/** The participle as a subject, "Applying it to 5.50 yields the issues", "Applying the patch to for-next also breaks": a verb follows. */
// "Merging this via RISC-V tree should be fine." (linux-riscv, an ack from another subsystem's maintainer): a modal and "be"
// after the participle's own words, with no pronoun of a clause of its own before it ("Queuing for 5.3 as it should fix …").
const GERUND_SUBJECT_RE = /(?<!\b(?:to|into|in|for|the|as|of|with|my|our)\s+)(?<![\w\/.-])(?:yields?|gives?|causes?|leads?|results?|breaks?|fails?|makes?|triggers?|fixes|solves?|resolves?|helps?|works?|seems?|is|was|does|did|shows?|produces?|brings?)\b(?![\w-]|\s+(?:branch|tree)\b)|(?<!\b(?:it|this|that|they|which|he|she|we|you|i|there)\s+)\b(?:should|would|could|must|might|may|can|will)\s+(?:be|work|go)\b/i;
const PARTICIPLE_DONE_RE = /[.!][\s.!]*$|\b(?:thanks|thank\s+you)\b|\bas\s+(?:\S+\s+){0,4}?(?:material|fix(?:es)?|candidates?)\b|\bfor\s+v?\d+\.\d+/i;

/** Whether one line of a reply's own text, read as the start of a sentence, announces that something was applied. */
export function isAppliedLine(line: string): boolean {
  return appliedSentence(line) !== null;
}

/**
 * What an applied notice covers: the whole series ("Series applied", "all applied"), the
 * patch numbers it names ("Applied 1 & 3, thanks", "Applied 3-11 after …") or lists (b4's "[1/2] title" lines under "Applied, thanks!", also in "(subset)" replies;
 * none when it names only "just these two patches"), or just the mail it answers.
 */
export type AppliedScope = "series" | "answered" | number[];

/** Thanks after the notice's verb: "Applied to for-next, thanks all", "…, thanks for all your work". */
const THANKS_AFTER_VERB_RE = new RegExp(`(\\b(?:${VERB}|added)\\b.*?)[\\s,.!;-]+(?:thanks|thank\\s+you)\\b.*$`, "i");
// "Applied (3x)": one notice for each of the series' patches.
const SERIES_WORDS_RE = /\b(?:series|patchset|set|all|both|patches|these|the\s+lot|\d+\s*-\s*\d+)\b|\(\s*(?:[2-9]|\d\d)\s*x\s*\)/i;
/**
 * A posting named by its version as what went in, "V5 applied for next", "I applied v3 to for-next": all of
 * it, whichever of its patches the notice answers ("Applied to v6.1-fixes" names a tree, "v2 of patch 3" one patch).
 */
const VERSION_OBJECT_RE = new RegExp(
  String.raw`^${OPENER}(?:(?:the|this|your)\s+)?v\d+(?![\w-]|\.\w)\s+(?:(?:series|version|patch[\s-]?set)\s+)?(?:(?:has|have|was|were|is|are)\s+(?:now\s+)?(?:been\s+)?)?(?:${ADVERB}\s+)?${VERB}\b|\b${VERB}\s+(?:(?:the|this|your)\s+)?v\d+(?![\w-]|\.\w)(?!\s+of\s+patch)`,
  "i",
);
/** "Applied 1-20, stopped at 21", "Applied except 10/14", "apart from 3/11": part of the series, numbers unknown. */
const PARTIAL_RE = /\ball\s+but\b|\b(?:except|exceptions?|apart from|other than|stopped|but not|skipp(?:ed|ing)|excluded|the rest)\b/i;
/** A contrast naming the patches not taken: ", but the last two …", "but the other ones …", "but the rest …". */
const BUT_OTHERS_RE = /[,;]?\s+but\s+(?:not\s+)?(?:the\s+)?(?:last|other|remaining|rest)\b.*$/i;
/** "Applied this one only in the series", "just this patch": the answered one, whatever series is named. */
const ONLY_THIS_RE = /\b(?:this|it)(?:\s+(?:one|patch))?\s+only\b|\b(?:just|only)\s+(?:this|it)\b/i;
/** "I merged just these two patches", "I applied the first two patches": some of the series, not known which. */
// "I applied the rest of the patches": some of the series (not "Applied, the rest needs work": PARTIAL_RE).
const SOME_RE = new RegExp(String.raw`\b(?:applied|merged|queued|picked\s+up|took)\s+${THE_FIRST}|` + /\b(?:applied|merged|queued|picked\s+up)\s+the\s+rest\b|\b(?:just|only)\s+(?:these|those|some|the|a\s+few|two|three|four|five|\d+)\b|\b(?:these|those)\s+(?:two|three|four|five|\d+)\b|(?<!\b(?:except|but|not|from|than|without)\s+(?:for\s+)?)\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?(?:changes|fixes|commits)\b|\b(?:the\s+)?(?:first|last)\s+(?:two|three|four|five|six|seven|eight|nine|ten|few|\d+)\b(?!\.\d)/.source, "i");
const THE_FIRST_RE = new RegExp(String.raw`\b(?:applied|merged|queued|picked\s+up|took)\s+${THE_FIRST}`, "i");
const AND_NUMBERS_RE = new RegExp(String.raw`\band\s+(?:patch(?:es)?\s+)?(${NUMBERS})(?=\s+(?:to|into|for|in)\b|[\s.,!]*$)`, "i");
// "I've applied to first two patches": "to" for "the", a slip of the keys.
// "I've queued up the first 7 patches": "queued up" as "queued".
const FIRST_N_RE = /\b(?:applied|merged|queued(?:\s+up)?|pushed(?:\s+out)?|picked\s+up|took)\s+(?:the\s+|to\s+|these\s+|those\s+)?first\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b/i;

/** "The first two applied.", "The first three patches are queued", "First 5 patches massaged and queued", "first three (1+2 squashed) pushed here": the first N, passive. */
const FIRST_N_PASSIVE_RE = /^(?:(?:ok(?:ay)?|thanks|so)[,.!]?\s+)*(?:the\s+)?first\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+patch(?:es)?)?(?:\s+\([^()]{1,40}\))?\s+(?:(?:were|are|have\s+been)\s+)?(?:[a-z]+ed\s+(?:and|&)\s+)?(?:applied|merged|queued|pushed)\b/i;
/** "These two patches have been merged", "I applied these 3 patches", "the last two": how many, and whether the last. */
const THESE_N_RE = /\b(?:these|those|(?:the\s+)?(last)|(?<!\b(?:except|but|not|from|than|without)\s+(?:for\s+)?)the(?=\s+\S+\s+(?:[\w-]+\s+)?(?:changes|fixes|commits)\b))\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b/i;

/**
 * Some patches of a posting of `total` (the "[PATCH k/N]" answered, or null): "these two" when the posting
 * has two is all of it ("series"), "the last two" of five are 4 and 5; else as firstPatches reads it.
 */
function somePatches(sentence: string, total: number | null): AppliedScope {
  const m = total !== null && total > 1 && total <= 50 && !FIRST_N_RE.test(sentence) ? THESE_N_RE.exec(sentence) : null;
  const n = m ? countOf(m[2]!) : 0;
  if (!m || n < 1 || n > total!) return firstPatches(sentence);
  if (n === total) return "series";
  return m[1] ? Array.from({ length: n }, (_, k) => total! - n + k + 1) : [];
}

/**
 * "Applied first three patches to pci/dt": patches 1 to 3, which the notice names without numbers; any other
 * "some of them" ("the last two", "the rest") stays unknown (empty: the posting's size is not known here).
 */
function firstPatches(sentence: string): number[] {
  const m = FIRST_N_RE.exec(sentence) ?? FIRST_N_PASSIVE_RE.exec(sentence);
  const n = m ? countOf(m[1]!) : THE_FIRST_RE.test(sentence) ? 1 : 0;
  if (n < 1 || n > 50) return [];
  // "Queued the first one for fixes and 2-4 for v5.18": the numbers after it are applied too.
  const more = AND_NUMBERS_RE.exec(sentence);
  const named = more?.[1] ? (numberedScope(`applied ${more[1]}`) ?? []) : [];
  return [...new Set([...Array.from({ length: n }, (_, k) => k + 1), ...named])].sort((a, b) => a - b);
}

/** Patch numbers named right at the verb: "Applied 1-3 to …", "I applied only patch 4/9 to …", "I applied 1 and 2 of the series", "Patches 1-5 applied", "Applied all 1-8" (a range after "all": "Pushed all 15 to …" counts them), "Applied 1-4 and pushed out" (the numbers, then
 * what the applier did next). */
const NUMBERED_RE = new RegExp(
  `(?:(?:${VERB}|added)\\s+(?:(?:just|only)\\s+|all\\s+(?=\\d+\\s*(?:-|,|&|and)\\s*\\d))?(?:patch(?:es)?\\s+)?(${NUMBERS})(?=\\s+(?:of|from|to|into|in|on|for|after|as|because|since|so|now|already|through(?=\\s+(?:the\\s+|my\\s+)?[a-z])|${WHEN}|applied\\s+(?:to|for|into))\\b|\\s*\\(|\\s+(?:--?|[\\u2013\\u2014])\\s|[\\s,.!]*$|[\\s,.!]*(?:thanks|thank you)\\b|[\\s,]+with\\b|[\\s,]+as\\s+is\\b|[\\s,]+and\\s+(?:(?:also|then|now)\\s+)?(?:pushed|submitted|tagged|marked)\\b|${NUMBER_ASIDE})|\\bpatch(?:es)?\\s+(${NUMBERS})${OF_SERIES}?\\s+(?:(?:has|have|was|were|are)\\s+(?:already\\s+)?(?:been\\s+)?(?:already\\s+)?)?${VERB}|^${OPENER}(?:all\\s+(?=\\d+\\s*[-,&]))?(${NUMBERS})\\s+(?:(?:have|were|are)\\s+(?:now\\s+)?(?:been\\s+)?)?${VERB}|^both\\s+(${NUMBERS})\\s+[a-z]+\\s+(?:have|were|are)\\s+(?:now\\s+)?(?:been\\s+)?${VERB})`,
  "i",
);

const BRACKET_LIST_RE = /(?<=\b(?:patch(?:es)?|applied|pulled|merged|queued)\s+)\[\s*(\d{1,3}(?:\s*,\s*\d{1,3})+)\s*\]/gi;
const SLASHED_LIST_RE = /\bpatch(?:es)?\s+(\d{1,3}(?:\/\d{1,3}){2,})(?![\w/.])/gi;

const PATCHES_COMMA_VERB_RE = new RegExp(`(\\bpatch(?:es)?\\s+${NUMBERS})\\s*,\\s+(?=${VERB}\\b)`, "gi");
const ARROW_OR_PATCH_NUMBER_RE = /\bpatch\d|\d\s*(?:-+>|\u2192)|\d\s*(?:,|\band\b|&|\bto\b|\bthrough\b|\bthru\b)\s*patch(?:es)?\s*\d/i;
/**
 * Numbers as the range and list forms read them: "patch1" as "patch 1", "1->5" / "1 -> 7" as "1-5", and
 * "patch 1 and patch 2" / "patch 1 to patch 5" / "patch1->patch9" with the repeated "patch" left out.
 */
function spelledNumbers(text: string): string {
  return text
    .replace(/\bpatch(?:es)?(\d)/gi, (m, d: string) => `${m.slice(0, -1)} ${d}`)
    .replace(/(\d)(\s*(?:,|\band\b|&|\bto\b|\bthrough\b|\bthru\b|-+>|\u2192)\s*)patch(?:es)?\s+(?=\d)/gi, "$1$2")
    // Not "after fixing 6679 --> 6697": after "patch", or between patch-sized numbers.
    .replace(/(\bpatch(?:es)?\s+\d+|(?<![\w.])\d{1,2})\s*(?:-+>|\u2192)\s*(\d{1,3})(?![\w.])/gi, "$1-$2");
}

/** "Applied [03/16]", "Applied patches #1-#2": patch numbers written as b4 or an issue tracker writes them. */
function plainNumbers(line: string): string {
  // "patch1 and pacth2 applied": the word's letters swapped.
  if (/pacth/i.test(line)) line = line.replace(/\bpacth(?=(?:es)?\s*#?\d)/gi, "patch");
  // "Patch[9] applied on foo-next": the number in brackets glued to "patch".
  if (/patch(?:es)?\[/i.test(line)) line = line.replace(/\b(patch(?:es)?)\[(\d{1,3})\]/gi, "$1 $2");
  // "except patch no. 2", "patch nr. 3", "patches number 1 and 2": the number written out (its "no" is no negation).
  if (/\bn(?:o|r|um(?:ber)?)\b/i.test(line)) line = line.replace(/\b(patch(?:es)?)\s+(?:no|nr|num(?:ber)?)\.?\s*(?=#?\d)/gi, "$1 ");
  // "Applied all, except patch 2", "Applied all but patch 2.": what the verb took but left out by number, read as
  // "applied all except 2" ("All but 3 applied" keeps its own reading).
  if (/\b(?:except|but)\b/i.test(line)) line = line.replace(/\b((?:applied|merged|queued|pushed|committed|picked\s+up|took)\s+(?:all|everything))(?:\s*,\s*except|\s+but(?=\s+(?:patch(?:es)?\s+)?#?\d))\b/gi, "$1 except");
  // "applied patch #9 ~ #13": a tilde between patch numbers is a range.
  // "I applied patches 2..6 to …": two dots between patch numbers too.
  const ranged = line.includes("~") || line.includes("..") ? line.replace(/(\bpatch(?:es)?\s+#?\d{1,3})\s*(?:~|\.{2,3})\s*#?(?=\d)/gi, "$1-") : line;
  const spelled = ARROW_OR_PATCH_NUMBER_RE.test(ranged) ? spelledNumbers(ranged) : ranged;
  // "Patch 2 and 3, queued up for …": a comma between the numbers and their verb parts nothing.
  const text = spelled.includes(",") ? spelled.replace(PATCHES_COMMA_VERB_RE, "$1 ") : spelled;
  // "Patches 1/3/5 applied": three or more numbers slashed after "patches" list them (two would read as "1 of 3").
  const listed = text.includes("/") ? text.replace(SLASHED_LIST_RE, (m, list: string) => m.replace(list, list.split("/").join(", "))) : text;
  // "Applied patches [1,2,3,5] to …", "Pulled [1,2,3] into …": a bracketed list after the verb or "patches".
  // "Applied [1-3]/4", "All [1-3/3] applied": a bracketed range, with the total inside the bracket or after it.
  const plain = listed.includes("#") || listed.includes("[") ? listed.replace(/\[0*(\d{1,4})(?:\s*-\s*0*(\d{1,4}))?(?:\/\d{1,4}[\]\[]|\]\/\d{1,4}(?![\w/]|\.\d))/g, (_m, a: string, b?: string) => (b ? `${a}-${b}` : a)).replace(BRACKET_LIST_RE, (_m, l: string) => l.split(/\s*,\s*/).join(", ")).replace(/#(\d{1,4})\b/g, "$1") : listed;
  // "I've now applied 1-3/6": numbers out of the series' total; "12/05/2020" and paths are no such thing.
  // "Applied 1/14-5/14": a range written with the total on both ends.
  // "Applied 1/2." ends its sentence at the dot ("1/2.3" is no patch number).
  return plain.includes("/") ? plain.replace(/(?<![\w/.-])(\d{1,4})\/(\d{1,4})\s*-\s*(\d{1,4})\/\2(?![\w/]|\.\d)/g, "$1-$3").replace(/(?<![\w/.-])(\d{1,4}(?:\s*-\s*\d{1,4})?)\/\d{1,4}(?![\w/]|\.\d)/g, "$1") : plain;
}

/** The patch numbers a notice names at its verb ("1-3", "1 and 2", "2, 4"), or null. */
function numberedScope(sentence: string): number[] | null {
  const m = NUMBERED_RE.exec(sentence);
  // "… so 2-5 applied to …": the numbers opening the notice (a consequence clause) are the patches too.
  const list = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4];
  if (!list) return null;
  const out = new Set<number>();
  for (const part of list.split(/\s*(?:,|and|&|\+)\s*/)) {
    const [a, b] = part.split(/\s*-\s*|\s+(?:to|through|thru)\s+/).map(Number);
    if (a === undefined || !Number.isSafeInteger(a)) continue;
    const last = b !== undefined && Number.isSafeInteger(b) && b >= a && b - a < 1000 ? b : a;
    for (let n = a; n <= last; n++) out.add(n);
  }
  return out.size ? [...out].sort((x, y) => x - y) : null;
}

/**
 * "Applied this and patch 3", "both this and patches 4-5", "queued this one and the [2/2]", "Applied along with
 * the [2/2]": the answered patch and the ones named ("the 2" is what a bracketed "[2/2]" reads as).
 */
const THIS_AND_RE = new RegExp(String.raw`\b(?:(?:this|it)(?:\s+(?:one|patch))?\s+and\s+(?:also\s+)?(?:patch(?:es)?|the)|(?:along|together)\s+with\s+(?:the\s+|patch(?:es)?\s+)?)\s*(${NUMBERS})(?![\w\/-]|\.\d|\s+(?:others?|more|remaining|of(?!\s+(?:the|this|your)\s+(?:series|patch[\s-]?set|set)\b))\b)`, "i");
/** "Applied along with the rest of the series": the answered patch and all the others. */
/** "… and 4 to foo-fixes", "…, and patches 5-6 into bar/for-next": more numbers, to a tree of their own. */
const AND_NUMBERS_TO_RE = new RegExp(String.raw`[\s,]+and\s+(?:patch(?:es)?\s+)?(${NUMBERS})\s+(?:in)?to\s+(?:the\s+|my\s+)?[\w<#][\w.\/#<>-]*`, "i");
/** "All patches up to and including this one", "the patches up to this one": the first ones, to the answered patch. */
const UP_TO_THIS_RE = /\b(?:all\s+)?(?:the\s+)?patch(?:es)?\s+up\s+to\s+(?:and\s+including\s+)?(?:this|that)(?:\s+(?:one|patch))?\b/i;
const ALONG_WITH_REST_RE = /\b(?:along|together)\s+with\s+(?:all\s+)?the\s+(?:rest|others|remaining\s+(?:ones|patch(?:es)?))\b(?!\s+of\s+(?!(?:the|this|your)\s+(?:series|patch(?:es|set)?|set)\b))/i;

/** Whether the answered patch's number is known (k of its "[PATCH k/N]"). */
function isPatchNumber(answered: number | null): answered is number {
  return answered !== null && Number.isSafeInteger(answered) && answered >= 1;
}

const FOLLOWING_RE = /\b(?:this|it)(?:\s+(?:one|patch))?\s+and\s+the\s+following(?:\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?\s+(?:ones?|patch(?:es)?)\b/i;
/** The answered patch's number with those a "this and patch N" notice names ("answered" when its number is unknown), or null. */
function thisAndScope(sentence: string, answered: number | null): number[] | "answered" | null {
  // "Applied this and the following two patches to …": the answered one and the next ones.
  const following = /following/i.test(sentence) ? FOLLOWING_RE.exec(sentence) : null;
  if (following) {
    const n = following[1] ? countOf(following[1]) : /patches|ones/i.test(following[0]) ? 0 : 1;
    if (!isPatchNumber(answered) || n < 1 || n > 50) return "answered";
    return Array.from({ length: n + 1 }, (_, k) => answered + k);
  }
  const m = THIS_AND_RE.exec(sentence);
  const named = m?.[1] ? numberedScope(`applied ${m[1]}`) : null;
  if (!named) return null;
  // "both this and patch 3" is two patches, not the series, even when the answered one's number is unknown.
  if (!isPatchNumber(answered)) return "answered";
  return [...new Set([answered, ...named])].sort((a, b) => a - b);
}

const MAX_CARRY_WORDS = 20;
/** A line left at a word that cannot end a sentence and wants a noun after it ("… to address", "… from the"). */
const OPEN_END_RE = /\b(?:to\s+[a-z]+|the|an?|of|with|by|from|about)\s*$/;
/** A line left at a word that cannot end a sentence and opens a clause ("… after", "… because"). */
const SUBORDINATOR_END_RE = /\b(?:after|when|whenever|if|once|because|since|until|till|before|though|although|unless|where|while|whether|that)\s*$/i;

/**
 * What of a line's text is left of a sentence that goes on below it ("Anyway, I"), "" when it ended, or
 * null when it is too long to carry. A long sentence is carried from its last clause that fits ("..., so
 * I'm worried about over-review stalling the"): cut at any word, it would start mid-clause ("... to get
 * that merged into -next, then").
 */
function unfinishedTail(text: string): string | null {
  if (!text.trim() || /[.!?:]\s*$/.test(text)) return "";
  const words = text.trim().split(/(?<=[.!?])\s+/).pop()!.split(/\s+/);
  for (let j = 0; j < words.length; j++) {
    if (words.length - j > MAX_CARRY_WORDS) continue;
    // Not at "and": "... if you picked them and / applied them into a branch" would lose its "if".
    if (j === 0 || /[,;:]$|[^(]\)$/.test(words[j - 1]!)) return words.slice(j).join(" ");
  }
  return null;
}

/** b4 ty's list of what it applied: "[2/3] hwmon: (foo) fix bar" at the start of an own line. */
const LISTED_PATCH_RE = /^\[(\d{1,4})\/(\d{1,4})\]\s+\S/;
/** The patchwork bot's summary line: "- [BlueZ,v3,01/37] title" (its link on the line below). */
const BOT_LISTED_PATCH_RE = /^-\s+\[(?:[^\]\[\/,]*,)*(\d{1,4})\/(\d{1,4})\]\s+\S/;

/** One "[k/N] title" line of b4's list of what it applied. */
export interface ListedPatch {
  number: number;
  total: number;
  title: string;
}

/**
 * b4's "[k/N] title" lines below the notice line `at` (own lines, before the signature). Early b4
 * "(subset)" notices renumbered the applied patches ("[1/2]" for patch 5 of 8): the titles tell which.
 */
function listedPatches(all: readonly string[], at: number): ListedPatch[] {
  const out: ListedPatch[] = [];
  // The bot's list is read only when every entry in it is numbered: an unnumbered "- title" (a patch posted
  // without "k/N") would be left out of the numbers, and the answered patch may be that one.
  const fromBotAt: boolean[] = [];
  let unnumbered = false;
  for (let i = at + 1; i < all.length; i++) {
    const line = all[i]!;
    if (line === "-- " || line === "--") break;
    const own = line.trim();
    const fromBot = own.startsWith("- ") ? BOT_LISTED_PATCH_RE.exec(own) : null;
    if (own.startsWith("- ") && !fromBot) unnumbered = true;
    const m = LISTED_PATCH_RE.exec(own) ?? fromBot;
    if (!m) continue;
    const number = Number(m[1]);
    if (out.some((p) => p.number === number)) continue;
    fromBotAt.push(m === fromBot);
    out.push({ number, total: Number(m[2]), title: own.slice(m[0].length - 1).trim().slice(0, 300) });
  }
  return unnumbered ? out.filter((_p, k) => !fromBotAt[k]) : out;
}

/** b4's line under a listed patch: the applied commit, or its URL ("(no commit info)" when b4 found none). */
const LISTED_COMMIT_RE = /^\s+(?:commit:\s*[0-9a-f]{7,40}|https?:\/\/\S+\/(?:c|commit)\/[0-9a-f]{7,40}|\(no commit info\))\s*$/i;

/** Words of a sign-off line below b4's list ("Best regards,", a name and address). */
const SIGN_OFF_WORDS = 5;

/**
 * The own line opening b4's list of applied commits ("[k/N] title" with its commit line below), or -1.
 * Only as the mail's last words (a sign-off may follow): someone pasting the list to ask for a revert
 * goes on writing below it.
 */
function b4ListingStart(all: readonly string[]): number {
  let start = -1;
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (line === "-- " || line === "--") break;
    if (start < 0) {
      if (i + 1 < all.length && LISTED_PATCH_RE.test(line) && LISTED_COMMIT_RE.test(all[i + 1]!)) start = i;
      continue;
    }
    if (!line.trim() || LISTED_PATCH_RE.test(line) || LISTED_COMMIT_RE.test(line) || isQuoteLine(line)) continue;
    if (line.trim().split(/\s+/).length > SIGN_OFF_WORDS) return -1;
  }
  return start;
}

/**
 * `appliedNotice` with b4's listed "[k/N] title" lines (empty when there are none): for matching the
 * listed patches by title when N is not the revision's patch count; and `tree`, whether the notice names
 * the tree or branch it went to (or b4 lists the commits), evidence enough when the series' author writes it.
 */
export function appliedNoticeListing(
  body: string,
  lines?: readonly string[],
  answered?: number | null,
  total?: number | null,
): { scope: AppliedScope; listed: ListedPatch[]; tree: boolean; area?: AppliedArea } | null {
  const all = lines ?? String(body ?? "").split(/\r\n?|\n/);
  const found = noticeScope(all, answered ?? null, total ?? null);
  if (!found) return null;
  const tree = namesTree(found.sentence, all, found.at) || b4ListingStart(all) >= 0 || (found.at >= 0 && found.at < all.length && RELEASE_TAG_RE.test(all[found.at]!));
  // Numbers named in the notice are its scope; "I've applied the first two patches" names some, not which:
  // b4's list below it, when there is one, tells.
  // Not numbers read off "the first" ("Applied the first to patches", a typo for "two"): b4's list is surer.
  const listed = listedPatches(all, found.at);
  if (Array.isArray(found.scope) && found.scope.length > 0 && !(listed.length && SOME_RE.test(found.sentence))) return { scope: found.scope, listed: [], tree };
  const scope = listed.length ? listed.map((p) => p.number).sort((a, b) => a - b) : found.scope;
  // Numbers say which; "the rest" (some, not known which) may be told by the area left out.
  const area = Array.isArray(scope) && scope.length > 0 ? null : noticeArea(all, found.at, found.sentence);
  return area ? { scope, listed, tree, area } : { scope, listed, tree };
}

/**
 * The part of a series a notice names by its area rather than by number: "Applied drivers/perf patch to will
 * (for-next/perf)" (that area's patches alone), "Applied, L2CAP changes were excluded since …" (all but
 * them). lib/ingest matches `area` against the patches' titles and files.
 */
export interface AppliedArea {
  /** The area as written, lower-cased: "drivers/perf", "l2cap", "dt-bindings". */
  area: string;
  /** The notice left that area's patches out (true) or took only them (false). */
  excluded: boolean;
  /** Every area a notice took, when it named more than one ("applied the DTS and pinctrl patches"): `area` is the first. */
  areas?: string[];
}

/** One word naming an area: a path ("drivers/perf"), a subsystem or driver ("L2CAP", "arm64", "dt-bindings"). */
const AREA = String.raw`([a-z0-9][\w.+-]*(?:\/[\w.+-]+)*)`;
/** "all dts related patches", "the DT-related changes": the area's patches ("-related" is cut from the area read). */
// "the Renesas SoC-specific patches" (linux-mips, a platform maintainer's notice on a 114-patch clk cover): the area's patches of one kind.
const AREA_RELATED = String.raw`(?:\s+related|\s+[a-z0-9]{2,20}-(?:specific|related|only))?`;
const AREA_NOUN = String.raw`(?:patch(?:es)?|changes?|parts?|bits|ones?|fix(?:es)?|commits?)`;
/**
 * Up to four areas in a list, "DTS and pinctrl", "arm64, x86 and riscv" (linux-fbdev, linux-rockchip: one notice for the parts
 * one tree takes): captured whole, split by `areaNames`.
 */
const AREAS = String.raw`([a-z0-9][\w.+-]*(?:\/[\w.+-]+)*(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)[a-z0-9][\w.+-]*(?:\/[\w.+-]+)*){0,3})`;
/** "Applied drivers/perf patch to …", "I've queued the arm64 changes", "Applied only the DT patches", "applied the DTS and pinctrl patches". */
const AREA_TAKEN_RE = new RegExp(
  String.raw`^${OPENER}(?:i(?:'ve|\s+have)?\s+)?(?:(?:now|just|also|only)\s+)?(?:applied|queued(?:\s+up)?|picked\s+up|merged|took|taken)\s+(?:(?:just|only)\s+)?(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:(?:two|three|four|five|both)\s+(?:of\s+)?)?(?:your\s+|the\s+)?${AREAS}${AREA_RELATED}\s+${AREA_NOUN}\b`,
  "i",
);
/** AREA_SUBJECT_RE's noun before a notice verb, a cheap test first (most notices name no "patches" before their verb). */
const AREA_SUBJECT_WORD_RE = /(?:patch(?:es)?|changes?|ones)\s+(?:(?:have|has)\s+been\s+|(?:are|were|is|was)\s+)?(?:now\s+)?(?:applied|queued|merged|picked)/i;
/** Words that open a clause or point at something, never part of an area's name ("Once that patch has been applied, …"). */
const FUNCTION_WORD = String.raw`(?:once|when|whenever|if|unless|until|after|before|since|because|as|so|like|looks?|seems?|this|that|these|those|the|a|an|my|your|our|their|his|her|its|all|some|any|no|of|for|in|on|to|from|with|by|and|or|but|is|are|was|were|be|been|has|have|had|ok|okay|oh|ah|thanks|yes|yeah|now|also|fyi|otherwise|anyway|anyhow|then|alright|nevertheless|nonetheless|meanwhile)`;
const FUNCTION_WORD_RE = new RegExp(`^${FUNCTION_WORD}$`, "i");
/**
 * The areas as the subject of a passive notice: "Serial and USB host controller driver patches applied, thanks!" (linux-fbdev),
 * "The staging patches are applied": up to three words of the part's name between the areas and "patches".
 */
const AREA_SUBJECT_RE = new RegExp(
  String.raw`^(${OPENER})(?:the\s+)?${AREAS}${AREA_RELATED}(?:\s+(?!${FUNCTION_WORD}\b)[a-z][\w-]*){0,3}?\s+(?:patch(?:es)?|changes?|ones)\s+(?=(?:(?:have|has)\s+been\s+|(?:are|were|is|was)\s+)?(?:now\s+)?(?:applied|queued(?:\s+up)?|merged|picked\s+up)\b)`,
  "i",
);
/**
 * `areaNames` for the subject of a passive notice: a participle ("Tested patches applied", "Pending patches applied") names
 * no area there ("staging", "tracing" do).
 */
function passiveAreaNames(list: string, subject: string): string[] | null {
  // "Thanks, Ann.  The patch is now queued.": the subject is read within its sentence.
  if (/[.!?;:]\s/.test(subject)) return null;
  const names = areaNames(list);
  return names && !names.some((n) => FUNCTION_WORD_RE.test(n) || /^[a-z]+ed$|^(?:pending|outstanding|following|upcoming|existing|missing|corresponding|matching|preceding|leftover|queued)$/.test(n)) ? names : null;
}
/** The areas of an `AREAS` capture, lower-cased and without "-related" ("-specific", "-only"); null when a word names none (NOT_AREA_RE). */
function areaNames(list: string): string[] | null {
  const names = list.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).map((n) => n.replace(/-(?:related|specific|only)$/i, "").toLowerCase()).filter(Boolean);
  return names.length > 0 && !names.some((n) => NOT_AREA_RE.test(n)) ? names : null;
}
/** A notice's verb and its object named by area, "applied drivers/perf patch", "queued the arm64 changes". */
const AREA_OBJECT_RE = new RegExp(String.raw`\b(applied|queued(?:\s+up)?|picked\s+up|merged|took|taken)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:(?:two|three|four|five|both)\s+(?:of\s+)?)?(?:your\s+|the\s+)?${AREAS}${AREA_RELATED}\s+(${AREA_NOUN})\b`, "gi");
/**
 * "L2CAP changes were excluded", "except the DT patches", "but not the arm64 ones", "without the foo changes", "I
 * dropped the mshv_vtl changes in this series and applied the rest".
 */
const AREA_LEFT_RE = new RegExp(
  String.raw`(?:^|[\s,;(])(?:(?:the\s+)?${AREA}\s+${AREA_NOUN}\s+(?:were|was|have\s+been|has\s+been|are|is)\s+(?:not\s+(?:applied|included|merged|taken|queued)|excluded|left\s+out|dropped|skipped)\b|(?:except|apart\s+from|but\s+not|without|other\s+than)\s+(?:for\s+)?(?:the\s+)?${AREA}\s+${AREA_NOUN}\b|i(?:'ve|\s+have)?\s+(?:dropped|skipped|excluded|left\s+out)\s+(?:the\s+)?${AREA}\s+${AREA_NOUN}\b)`,
  "i",
);
/** Words that say which or how many patches, or whose, not what area ("this patch", "the first two patches", "v2 patches"). */
const NOT_AREA_RE =
  /^(?:this|that|these|those|the|both|all|any|each|every|some|few|many|first|last|second|third|remaining|rest|other|others|whole|entire|your|my|our|his|her|their|its|updated|revised|new|old|following|above|below|same|previous|original|individual|separate|respective|relevant|corresponding|related|series|one|two|three|four|five|six|seven|eight|nine|ten|it|them|v\d+|\d+|rfc|resend|proposed|suggested|fixed|final|latest|earlier|later|next|good|small|trivial|minor|simple|two-line|cleanup|style|obvious|actual|real|full|single|subset|more|most|other|respin|reworked|several|patchset|fixup|follow-?up|below|quoted|as|for|to|into|in|on|onto|with|by|via|from|at|of|and|now|also|just|only|here|a|an|no|any|another|such|except|expect|minus|but|apart|besides|save)$/i;

/**
 * Whether a notice leaves an area's patches out by name ("Applied all patches except the dts change"): then which
 * patches it took is told by the area (noticeArea), not narrowed to the answered one.
 */
function leavesAreaOut(sentence: string): boolean {
  const m = /\b(?:except|apart|but\s+not|without|other\s+than)\b/i.test(sentence) ? AREA_LEFT_RE.exec(sentence) : null;
  const area = m?.[1] ?? m?.[2] ?? m?.[3];
  return !!area && !NOT_AREA_RE.test(area);
}

/** The area a notice's own line names (with the line below when its sentence goes on there), or null. */
function noticeArea(all: readonly string[], at: number, sentence: string): AppliedArea | null {
  if (at < 0 || at >= all.length || !sentence) return null;
  // "I have taken the Renesas SoC-specific patches through / the foo-clk tree": a notice read on the line its sentence
  // goes on to is read with the line it began on.
  const before = at > 0 && /^\s*[a-z]/.test(all[at]!) ? all[at - 1]! : "";
  const own = plainText(before.trim() && !isQuoteLine(before) ? `${before} ${all[at]!}` : all[at]!);
  for (const part of own.split(new RegExp(SENTENCE_END))) {
    const taken = AREA_TAKEN_RE.exec(part);
    const passive = taken ? null : AREA_SUBJECT_RE.exec(part);
    const named = taken ? areaNames(taken[1]!) : passive ? passiveAreaNames(passive[2]!, passive[0]) : null;
    if (named) return named.length > 1 ? { area: named[0]!, excluded: false, areas: named } : { area: named[0]!, excluded: false };
  }
  const next = all[at + 1];
  const line = plainText(`${all[at]!}${next !== undefined && !isQuoteLine(next) && /^\s*[a-z]/.test(next) ? ` ${next}` : ""}`);
  const m = AREA_LEFT_RE.exec(line);
  const area = m?.[1] ?? m?.[2] ?? m?.[3];
  return area && !NOT_AREA_RE.test(area) ? { area: area.toLowerCase(), excluded: true } : null;
}

/**
 * A tree or branch named as the notice's target: "to for-next", "into foo-2.6.git", "to the togreg branch of
 * …", a URL. Not "my tree" or "a local branch": an author may mean a tree of no one else's.
 */
const NAMED_TREE_RE = new RegExp(String.raw`\b(?:to|into|onto|in|on|through|via)\s+(?:the\s+)?(?:${TREE_WORD}|(?!(?:my|our|your|a|local|test\w*|internal)\s)[\w.\/-]+\s+(?:branch|tree)\b)`, "i");
/** A branch named with no "to" right after the verb: "Thanks, applied for-5.5." (BARE_TARGET_RE). */
const BARE_TREE_RE = new RegExp(String.raw`\b(?:applied|queued(?:\s+up)?|merged|pushed(?:\s+out)?|picked\s+up)${BARE_TARGET_RE.source.slice(1)}`, "i");
/** The notice's target left for the next line: "Applied patches 1-7 and 14-15 to" over the tree's URL. */
const TARGET_BELOW_RE = new RegExp(String.raw`^\s*(?:the\s+)?(?:https?:\/\/\S+|${TREE_WORD})`, "i");

/** "Committed... (tag: foo-utils-2-9-2-rc5)": the release tag the commit went out under names the project's tree. */
const RELEASE_TAG_RE = /\(\s*(?:re-?)?tag(?:ged)?\s*:?\s+[\w.-]*\d[\w.-]*\s*\)?/i;

/** Whether the notice names the tree or branch it went to (on its line, or as the line below its final "to"). */
function namesTree(said: string, all: readonly string[], at: number): boolean {
  // "(but your patch did not make it to the foo-soc list)": the list named is no tree the patch went to.
  const sentence = /\b(?:list|lore|archives?)\b/i.test(said) ? said.replace(NOT_ON_LIST_RE, "") : said;
  if (NAMED_TREE_RE.test(sentence) || updatesTree(sentence) || BARE_TREE_RE.test(sentence)) return true;
  if (!/\b(?:to|into)\s*:?\s*$/i.test(sentence)) return false;
  // "Applied to", a blank line, then the tree's URL indented.
  let k = at + 1;
  while (k < all.length && k <= at + 2 && !all[k]!.trim()) k++;
  const below = all[k];
  return below !== undefined && !isQuoteLine(below) && TARGET_BELOW_RE.test(below);
}

/**
 * Whether a reply's own (unquoted, pre-signature) lines announce that what it answers was applied, and
 * how much of the series that is; null when there is no such notice. `answered`: the number of the patch
 * the reply answers (from its subject), so "Applied this and patch 3" covers both; without it, just the answered one.
 */
export function appliedNotice(body: string, lines?: readonly string[], answered?: number | null): AppliedScope | null {
  return appliedNoticeListing(body, lines, answered)?.scope ?? null;
}

/** A notice left at its target's determiner: "… applied them to our", "… merged it into the". */
const TARGET_LEFT_RE = /\b(?:to|into|onto|on|in)\s+(?:the|a|an|our|my|their|his|her|this|that|some)\s*$/i;
/**
 * Whether the target a notice leaves for the line below makes it none ("I applied them to our / downstream
 * branch"): only the target's words, up to the first punctuation, are read with it.
 */
function vetoedBelow(all: readonly string[], at: number, text: string, sentence: string): boolean {
  const next = all[at + 1];
  const goesOn = next !== undefined && /^\s*[a-z]/.test(next) && !isQuoteLine(next) && plainText(text).endsWith(sentence);
  if (goesOn && !/[.!?:;]\s*$/.test(sentence) && vetoedRestBelow(all, at, sentence)) return true;
  const left = goesOn ? TARGET_LEFT_RE.exec(sentence) : null;
  if (!left) return false;
  // The target alone: the notice's own words were read already (a branch notice may hold "testing").
  // "kernel.org" and "stable-5.2" are one word each; the target ends at the next clause ("… branch and I'll …").
  const target = plainText(next!).split(/[,;:!?()]|\.(?!\w)|\s(?:and|but|so|which|that)\s/)[0] ?? "";
  return vetoed(`${left[0].trim()} ${target}`);
}

/**
 * "I applied:" or "I have applied this patch:" over a diff: the writer shows what he applied to test, no tree
 * took it (a maintainer's "Applied with this diff:" shows his own edit).
 */
function diffBelow(all: readonly string[], at: number, sentence: string): boolean {
  if (!sentence.endsWith(":") || !/^\W*i(?:'ve|\s+have)?\s/i.test(sentence) || /\b(?:with|change|fixup|diff|incremental|edit)/i.test(sentence)) return false;
  let k = at + 1;
  while (k < all.length && k <= at + 2 && !all[k]!.trim()) k++;
  const below = all[k];
  return below !== undefined && /^(?:---\s+\S|diff\s+--git\b|index\s+[0-9a-f]{7,}\b|@@\s)/.test(below);
}

const MAX_SENTENCE_LINES = 3;
/**
 * Whether the rest of a notice's sentence on the lines below makes it a test report: "I applied the patch to
 * the latest mainline code / and got two compilation issues", "So I applied your patches with X commented out
 * and / instrumented foo() … / … it all works as expected".
 */
function vetoedRestBelow(all: readonly string[], at: number, sentence: string): boolean {
  // A branch notice's next steps are no doubt about it ("… pushed out as testing / for the autobuilders").
  if (BRANCH_NOTICE_RE.test(sentence) || vetoed(vetoText(sentence))) return false;
  let below = sentence;
  for (let i = at + 1; i < all.length && i <= at + MAX_SENTENCE_LINES; i++) {
    const line = all[i]!;
    if (!line.trim() || isQuoteLine(line) || line === "-- " || line === "--" || (i > at + 1 && !/^\s*[a-z]|^\s*I\b/.test(line))) break;
    const plain = plainText(line);
    const end = plain.search(/[.!?:](?:\s|$)/);
    // "next-integrity- / testing.": a name broken at its hyphen is one word.
    below += `${below.endsWith("-") ? "" : " "}${end >= 0 ? plain.slice(0, end + 1) : plain}`;
    if (end >= 0) break;
  }
  // Only a test report: a condition or negation further on ("… and / should be in linux-next; if anyone …",
  // "… since it is a fix, and / doesn't change any logic") is about what the tree does, or a reason.
  // Or a tester's base or a description of where some work is, read with the words above ("In fact, it was
  // merged in clang's main / branch for some time", "but I applied / manually after resetting at <sha>").
  return TEST_REPORT_RE.test(below.slice(sentence.length - 4)) || (below.length > sentence.length && ELSEWHERE_OR_BASE_RE.test(below)) || (VERB_AT_END_RE.test(sentence) && CONDITION_BELOW_RE.test(all[at + 1] ?? ""));
}
/**
 * The sentence going on below its verb with a condition, "The default distance matrix, …, is applied / if the distance map is
 * missed" (linux-efi, a reviewer explaining code): what "applied" means there depends on it, as "if" on the notice's own line.
 */
const CONDITION_BELOW_RE = /^\s*(?:if|unless|when|whenever|only\s+if|in\s+case)\b/i;
/** A sentence left right at its verb ("… is applied"): a condition on the next line is its own ("… will drop it anytime / if …" is not). */
const VERB_AT_END_RE = /\b(?:applied|queued(?:\s+up)?|merged|picked\s+up|taken)\s*$/i;
const ELSEWHERE_OR_BASE_RE = new RegExp(`${TESTER_BASE}|${ELSEWHERE}`, "i");

const MORE_NUMBERED_LINES = 8;

/**
 * The numbers of a notice with those of the numbered notices after it in the same reply: "Patch 1 applied
 * for next to my foo tree. Patch 2 and 3 applied for next on my bar tree." is patches 1-3. `text` is the
 * notice's line as read, `sentence` the notice in it; only the reply's own lines below it are read.
 */
function moreNumbered(all: readonly string[], at: number, text: string, sentence: string, numbers: number[]): number[] {
  const out = new Set(numbers);
  const line = plainText(text);
  const k = line.indexOf(sentence);
  // The own lines below, a paragraph's wrapped lines joined ("Patch2 and / patch3 queued up for …").
  const paragraphs = [k >= 0 ? line.slice(k + sentence.length) : ""];
  for (let i = at + 1; i < all.length && i <= at + MORE_NUMBERED_LINES; i++) {
    const next = all[i]!;
    if (next === "-- " || next === "--" || isOriginalMessageLine(next)) break;
    if (isQuoteLine(next) || next.charCodeAt(0) === 124 || !next.trim()) paragraphs.push("");
    else paragraphs[paragraphs.length - 1] += ` ${next.trim()}`;
  }
  for (const paragraph of paragraphs) {
    if (!VERB_STEM_RE.test(paragraph)) continue;
    for (const part of plainNumbers(plainText(paragraph)).split(new RegExp(SENTENCE_END))) {
      const found = VERB_STEM_RE.test(part) ? appliedSentence(part) : null;
      for (const n of (found && numberedScope(found)) || []) out.add(n);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** "…, and the rest for 6.12", "… and the rest into foo-for-v5.9/bar": the patches not named went to a release or tree too. */
const REST_ELSEWHERE_RE = /[,;]?\s+and\s+(?:also\s+)?the\s+rest\s+(?:of\s+(?:them|the\s+(?:series|patches))\s+)?(?:for|to|into|in|on)\s+(?:the\s+|my\s+)?(?:v?\d+\.\d+|next|fixes|[a-z][\w.]*[-\/][\w.\/-]*\w)/i;
/** "I squashed these together and applied …": the series as one; a bare "Squashed and applied" only answering its first patch. */
const SQUASHED_RE = /\bsquash(?:ed)?\s+(?:(these|them|those|both|all|the\s+(?:series|patches|lot))\s+)?(together\s+)?(?:and|&)\s+(?:then\s+)?(?:applied|merged|queued)\b/i;
/** "I merged the two patches, made some changes, and applied it to md-next": the patches made one, then applied. */
const MADE_ONE_RE = /\b(?:merged|combined|squashed)\s+(?:the\s+(?:two|three|four|five|\d)\s+patch(?:es)?|(?:both|all)\s+(?:the\s+|of\s+the\s+)?patch(?:es)?|the\s+patches|them|these|those)(?:\s+together|\s+into\s+(?:a\s+single|one)(?:\s+patch)?)?\s*(?:,[^,.!?;]{1,60},?\s*)?(?:and|&)\s+(?:then\s+)?(?:applied|queued|pushed)\b/i;
function squashedAll(text: string, answered: number | null): boolean {
  if (/merged|combined|squashed/i.test(text) && MADE_ONE_RE.test(text)) return true;
  const m = /squash/i.test(text) ? SQUASHED_RE.exec(text) : null;
  return !!m && (!!(m[1] || m[2]) || answered === 0 || answered === 1);
}

/** "I applied all patches except 04/12 and 08/12": every patch but those numbered (group 2, as ALL_BUT_RE's). */
const ALL_EXCEPT_RE = new RegExp(String.raw`\b(?:applied|merged|queued|pushed|committed|picked\s+up|took)\s+(?:all(?:\s+(?:the\s+|of\s+the\s+)?(?:patch(?:es)?|ones))?|everything|these|them|the\s+(?:series|patches))\s+except\s+(?:for\s+)?()(?:patch(?:es)?\s+)?(${NUMBERS})(?![\w\/-]|\.\d)`, "i");

/** A line naming the whole posting as what a trailer below it is for: "Both", "This whole series:", "For the series". */
const WHOLE_SCOPE_LINE_RE = /^(?:for\s+)?(?:both(?:\s+patches)?|all(?:\s+(?:of\s+them|patches|three|four|\d+))?|(?:this|the)\s+(?:whole|entire|full)\s+(?:series|patch\s*set|set)|(?:the|this)\s+(?:series|patch\s*set)|for\s+(?:the|this)\s+(?:whole\s+)?(?:series|patch\s*set))\s*[:,.]?$/i;
const TRAILER_LINE_RE = /^\s*(?:acked|reviewed|tested)-by:/i;

/**
 * Whether the own lines right above line `at` are trailers under a line naming the whole posting ("Both" / "Acked-by:
 * Ann <…>"): a notice going on from them with "and merged." takes what the trailers were given for.
 */
function seriesAckAbove(all: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && !all[k]!.trim()) k--;
  if (k < 0 || !TRAILER_LINE_RE.test(all[k]!)) return false;
  while (k >= 0 && (!all[k]!.trim() || TRAILER_LINE_RE.test(all[k]!))) k--;
  return k >= 0 && !isQuoteLine(all[k]!) && WHOLE_SCOPE_LINE_RE.test(all[k]!.trim());
}

/** "Applied the other two patches", "I took the other one": the patches of the posting but the answered one (group 1 how many, group 2 the noun). */
const OTHERS_RE = /\b(?:applied|merged|queued|picked\s+up|took)\s+(?:the\s+)?other\s+(?:(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(patch(?:es)?|ones?)\b/i;

/** OTHERS_RE's patches: all but the answered one when their count says so; some, not known which, otherwise. */
function othersScope(m: RegExpExecArray, answered: number | null, total: number | null): number[] {
  if (!isPatchNumber(answered) || total === null || total < 2 || total > 50 || answered > total) return [];
  const n = m[1] ? countOf(m[1]) : /e?s$/i.test(m[2]!) ? total - 1 : 1;
  if (n !== total - 1) return [];
  return Array.from({ length: total }, (_, k) => k + 1).filter((k) => k !== answered);
}

/** Every patch of a posting of `total` but those an ALL_BUT_RE match leaves out; some, not known which, without the total. */
function allButScope(m: RegExpExecArray, answered: number | null, total: number | null): number[] {
  const left = m[2] ? (numberedScope(`applied ${m[2]}`) ?? []) : m[3] && total !== null ? [total] : m[1] && answered !== null ? [answered] : [];
  if (total === null || total < 2 || total > 50 || !left.length) return [];
  const out: number[] = [];
  for (let n = 1; n <= total; n++) if (!left.includes(n)) out.push(n);
  return out;
}

/** The answered patch called a duplicate of another ("this is a dup with:", "It's a duplicate of <link>"). */
const DUPLICATE_RE = /\b(?:this|it)(?:'s|\s+is|\s+was|\s+looks\s+like|\s+seems\s+to\s+be)\s+(?:a\s+|an\s+exact\s+)?(?:dup|dupe|duplicate)\b/i;

/** Whether an own line up to `at` calls the answered patch a duplicate (read only once a notice is found). */
function duplicateAbove(all: readonly string[], at: number): boolean {
  for (let k = 0; k <= at; k++) if (!isQuoteLine(all[k]!) && DUPLICATE_RE.test(all[k]!)) return true;
  return false;
}

/** "Applied.", "Done, applied.", "Thanks, applied!": the verb alone, naming neither what nor where. */
const BARE_APPLIED_RE = /^(?:(?:ok(?:ay)?|thanks|thank\s+you|done|sure|yes|right|agreed|good\s+(?:point|catch)|fixed)[,.!]?\s+)*applied[\s.!]*$/i;
/** A sign-off or greeting line, or a name: no answer to a remark. */
const SIGN_OFF_LINE_RE = /^(?:thanks|thank\s+you|thx|regards|best|cheers|br|kind\s+regards|best\s+regards|many\s+thanks)\b[^.?]*$/i;

/**
 * Whether the nearest non-blank line above line `at` is quoted, in a passage that quotes a quote ("> > @@ …" under
 * "> Could use …"): the reply answers a review of the patch, remark by remark. A passage of the patch alone ("> Fix
 * the leak …", "Applied." below it) is what a maintainer's notice answers.
 */
function reviewQuotedAbove(all: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && !all[k]!.trim()) k--;
  let nested = false;
  for (; k >= 0 && isQuoteLine(all[k]!); k--) if (/^\s*>\s*>/.test(all[k]!)) nested = true;
  return nested;
}

/**
 * Whether, below line `at`, a quoted passage is followed by an own answer (not a sign-off or a name): the reply
 * goes on answering remarks one by one.
 */
function answersBelow(all: readonly string[], at: number): boolean {
  let quoted = false;
  for (let k = at + 1; k < all.length; k++) {
    const line = all[k]!;
    if (line === "-- " || line === "--" || isOriginalMessageLine(line)) return false;
    if (isQuoteLine(line)) {
      quoted = true;
      continue;
    }
    const own = line.trim();
    if (!quoted || !own || SIGN_OFF_LINE_RE.test(own)) continue;
    // A name under the sign-off ("Andrea"): a few words, no sentence's end.
    if (own.split(/\s+/).length <= 3 && !/[.!?:]$/.test(own)) continue;
    return true;
  }
  return false;
}

/**
 * Whether any own line of the reply could hold a notice: LINE_FILTER_RE over the own lines at once (they are
 * joined by line breaks, which its `\s+` spans as the carried sentences join them by a space). What noticeScope
 * reads of a line is that line, or its sentence carried over from the own lines just above it, with only
 * numbers and punctuation rewritten before the filter: no line passes the filter when the own text does not.
 * Most replies never name a notice's verb, and the per-line reading costs more than this one scan.
 */
function mayHoldNotice(all: readonly string[]): boolean {
  const own: string[] = [];
  for (const line of all) if (!isQuoteLine(line) && line.charCodeAt(0) !== 124 /* | */) own.push(line);
  return LINE_FILTER_RE.test(own.join("\n"));
}

/** The notice's own scope and the line it stands on (numbers it names at its verb: no line needed). */
function noticeScope(all: readonly string[], answered: number | null, total: number | null): { scope: AppliedScope; at: number; sentence: string } | null {
  if (!mayHoldNotice(all)) return b4ListingNotice(all);
  let scope: "series" | "answered" | null = null;
  let found = "";
  // The own line above (with what it carried): a line going on with its unfinished sentence is read
  // together with that sentence. Worked out only for a line that starts in lower case (most do not).
  let previous = "";
  let at = -1;
  // Whether a quote or a remark stands above the line (blank lines, attributions and greetings do not count).
  let above = false;
  // "    I've applied this to 5.7." under "On …, "Ann" <…> wrote:" (linux-nvme): the maintainer's notice, quoted by indent.
  const indentFrom = indentQuoteStart(all);
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    // The signature, or an Outlook reply's unindented quote of the mail it answers.
    if (line === "-- " || line === "--" || isOriginalMessageLine(line)) break;
    // Quoted lines, and "|"-quoted ones (some mailers, the build robot's excerpts), are not the reply's own words.
    if (isQuoteLine(line) || line.charCodeAt(0) === 124 /* | */ || isIndentQuoted(all, i, indentFrom)) {
      previous = "";
      above = true;
      continue;
    }
    // "… I could resolve the issue after / I applied this patch.": "I" goes on a sentence left at a subordinator.
    // "… I've improved the commit message to address / Ilpo's review comments and applied …": a name goes on a
    // sentence left at an article, a preposition or "to <verb>".
    const goesOn = /^\s*[a-z]/.test(line) || (/^\s*I\b/.test(line) && SUBORDINATOR_END_RE.test(previous)) || (/^\s*[A-Z]/.test(line) && VERB_STEM_RE.test(line) && OPEN_END_RE.test(previous.length > 40 ? previous.slice(-40) : previous));
    const carry = previous && goesOn ? unfinishedTail(previous) : "";
    // The rest of a sentence too long to carry ("... stalling the\nmerged.") is no sentence start: its line
    // is read from its next sentence on.
    const own = carry === null ? line.slice(Math.max(0, line.search(/[.!?]\s+\S/) + 1 || line.length)).trim() : line;
    const text = plainNumbers(carry ? `${carry} ${own.trim()}` : own);
    // A sentence too long to carry still goes on: its last words tell where the next line's clause starts.
    previous = carry === null && !own ? `${previous.split(" ").slice(-2 * MAX_CARRY_WORDS).join(" ")} ${line.trim()}` : text;
    const read = appliedSentence(text);
    // "To test, I applied them to our / downstream branch …": a notice left unfinished at the line's end is
    // read with the rest of its sentence below for what would make it none.
    const sentence = read && (vetoedBelow(all, i, text, read) || diffBelow(all, i, read)) ? null : read;
    const opening = !above;
    if (line.trim() && !OPENING_LINE_RE.test(line.trim())) above = true;
    if (!sentence) continue;
    if (linksOtherPatch(all, i, text) || pastedCommitAbove(all, i)) continue;
    // "Thanks, but this is a dup with: <link> … I have just pushed this to …": the notice is for the other patch.
    if (duplicateAbove(all, i)) return null;
    // "Added." below a quoted request ("> please add a comment") or below the reply's own remarks answers
    // that request; only as the reply's opening words is it the notice.
    if (BARE_ADDED_RE.test(sentence) && !opening) continue;
    // "> > @@ … / > could also use the local here / Applied. / > next remark / Sure.": a bare "Applied." under a
    // quoted review remark, the answers going on below it, is an author taking a suggestion; a notice opens or
    // closes the reply, or stands under the quoted patch ("> Fix the leak … / Applied. / > +code / While applying …").
    if (!opening && BARE_APPLIED_RE.test(sentence) && reviewQuotedAbove(all, i) && answersBelow(all, i)) continue;
    // "Both / Acked-by: Ann <…> / and merged.", "This whole series: / Acked-by: … / and merged.": the ack's scope is the notice's.
    if (/^\s*and\s/i.test(line) && seriesAckAbove(all, i)) return { scope: "series", at: i, sentence };
    const allBut = /\ball\s+but\b/i.test(sentence) ? (ALL_BUT_RE.exec(sentence) ?? ALL_BUT_PASSIVE_RE.exec(sentence)) : null;
    if (allBut) return { scope: allButScope(allBut, answered, total), at: i, sentence };
    const allExcept = /\bexcept\b/i.test(sentence) ? ALL_EXCEPT_RE.exec(sentence) : null;
    if (allExcept) return { scope: allButScope(allExcept, answered, total), at: i, sentence };
    // "I have applied the other two patches in this series." on 3/3: every patch but the answered one.
    const others = /\bother\b/i.test(sentence) ? OTHERS_RE.exec(sentence) : null;
    if (others) return { scope: othersScope(others, answered, total), at: i, sentence };
    // "I'm queueing all patches up to and including this one" on 7/10: patches 1 to 7.
    if (isPatchNumber(answered) && UP_TO_THIS_RE.test(sentence)) return { scope: Array.from({ length: answered }, (_, k) => k + 1), at: i, sentence };
    // "This patch and patch 2 applied": the numbers named beside the answered one are not all it covers.
    const also = thisAndScope(sentence, answered);
    if (also) return { scope: also, at: i, sentence };
    if (ALONG_WITH_REST_RE.test(sentence)) return { scope: "series", at: i, sentence };
    // "Merged patches 6, 7, 8, 9,\n10, 11 and 12 into …": the list of numbers goes on below.
    const next = all[i + 1];
    const goesBelow = next !== undefined && /\d\s*(?:,|\band|&)\s*$/.test(text) && /^\s*\d/.test(next);
    const numbered = numberedScope(goesBelow ? `${sentence} ${plainNumbers(next.trim())}` : sentence);
    // "I've queued #1 for 6.11, and the rest for 6.12 now": the numbers named go one way, the rest another; all of it went in.
    if (numbered && REST_ELSEWHERE_RE.test(sentence)) return { scope: "series", at: i, sentence };
    if (numbered) {
      // "Applied 1-3 to foo-next and 4 to foo-fixes": the numbers sent to another tree after "and" are applied too.
      const toOther = AND_NUMBERS_TO_RE.exec(text);
      const more = toOther?.[1] ? (numberedScope(`applied ${toOther[1]}`) ?? []) : [];
      return { scope: moreNumbered(all, i, text, sentence, [...new Set([...numbered, ...more])].sort((a, b) => a - b)), at: i, sentence };
    }
    // "I took this patch now, but the last two patches still need a bit of rework": the patches after "but" are left out.
    const kept = /\bbut\b/i.test(sentence) ? sentence.replace(BUT_OTHERS_RE, "") : sentence;
    if (SOME_RE.test(kept)) return { scope: somePatches(kept, total), at: i, sentence };
    // "First 5 patches massaged and queued here:": the notice read is the clause after "and"; its subject names which.
    if (sentence !== text && FIRST_N_PASSIVE_RE.test(text)) return { scope: firstPatches(text), at: i, sentence };
    // "Applied, thanks for all your work!", "…, thanks all": the thanks after the verb says nothing of what was applied.
    // "Committed (tag: foo-2-5-4-rc7)": the tag's numbers are no range of patches.
    const said = sentence.replace(THANKS_AFTER_VERB_RE, "$1").replace(RELEASE_TAG_RE, "");
    const some = PARTIAL_RE.test(said) || ONLY_THIS_RE.test(said) || BUT_OTHERS_RE.test(said);
    // "I took just this patch into …", "Applied, the rest needs work" on patch k of N: patch k by its number, so that
    // nothing stretches the notice to the rest of the series (series-acceptance reads a bare notice on the first or
    // last patch of a cover-less series as for all of it).
    if (some && !leavesAreaOut(said) && !/\bas\s+(?:with\s+)?the\s+rest\b|\bthe\s+rest\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:in)?to\s/i.test(said) && isPatchNumber(answered) && (total ?? 0) > 1) return { scope: [answered], at: i, sentence };
    scope = some || RESENT_APPLIED_RE.test(said) ? "answered" : SERIES_WORDS_RE.test(said) || VERSION_OBJECT_RE.test(said) || squashedAll(text, answered) ? "series" : "answered";
    at = i;
    found = sentence;
    break;
  }
  return scope === null ? b4ListingNotice(all) : { scope, at, sentence: found };
}

/**
 * A mail in an archive or a patch file by its URL: "https://lore.kernel.org/linux-foo/<message-id>/", "…/blob/master/foo.patch".
 * A tree or a commit is not one ("https://git.kernel.org/…/commit/?id=…").
 */
const PATCH_LINK_RE = /^\s*<?https?:\/\/(?:(?:lore\.kernel\.org|lkml\.kernel\.org|lkml\.org|marc\.info|patchwork\.[\w.]+)\/|\S+\.(?:patch|diff|mbox)(?:[?#]\S*)?>?\s*$)/i;

/**
 * "To make that work, I applied this patch: / <https://…/foo.patch>" (a tester, linux-sh), "This fix is already merged in
 * kbuild trees: / https://lore.kernel.org/…" (another author's fix, linux-mips): a sentence that ends in a colon over the
 * link to a mail or a patch file says which other patch went in, not that the answered one did ("I've already queued: /
 * <link>", linux-mips: the same fix by someone else).
 */
function linksOtherPatch(all: readonly string[], at: number, text: string): boolean {
  if (!/:\s*$/.test(text)) return false;
  // "Applied on foo/bar, thanks!  This goes on top of Ann's series: / <link>": the colon ends a later sentence, not the notice's.
  const last = text.split(/(?<=[.!?])\s+(?=\S)/).pop()!;
  if (last !== text && appliedSentence(last) === null) return false;
  for (let j = at + 1; j < all.length && j <= at + 2; j++) {
    const line = all[j]!;
    if (!line.trim()) continue;
    return PATCH_LINK_RE.test(line);
  }
  return false;
}

/** A header line of `git log` or `git show` output: "commit 08e7…", "Author: …", "Date:   …". */
const GIT_LOG_HEADER_RE = /^(?:commit\s+[0-9a-f]{12,40}\b|(?:Author|AuthorDate|Commit|CommitDate|Date|Merge):\s)/;

/**
 * "… used to be set, until / commit 08e7… / Author: … / Date: … / <the message, indented> / merged in v4.20." (linux-sh): a
 * line in lower case below a pasted commit goes on with the sentence the commit was pasted into; it is history, not a notice.
 */
function pastedCommitAbove(all: readonly string[], at: number): boolean {
  if (!/^\s*[a-z]/.test(all[at]!)) return false;
  let j = at - 1;
  while (j >= 0 && at - j <= 80 && (!all[j]!.trim() || /^(?: {4}|\t)/.test(all[j]!))) j--;
  return j >= 0 && j < at - 1 && GIT_LOG_HEADER_RE.test(all[j]!);
}

/**
 * b4's thank-you list ("[1/2] title" over "commit: <sha>" or the commit's URL) as the notice: it says what was applied
 * whatever the maintainer wrote above it ("let me queue this for fixes", "Congratulations! ..."). Null without one.
 */
function b4ListingNotice(all: readonly string[]): { scope: AppliedScope; at: number; sentence: string } | null {
  const listing = b4ListingStart(all);
  return listing >= 0 ? { scope: "answered", at: listing - 1, sentence: "" } : null;
}
