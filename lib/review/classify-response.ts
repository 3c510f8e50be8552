// Rule table for the author's answer to a remark. Order: a promise to change wins ("No, I missed that …
// Will move." is a will-fix), then an explanation, then disagreement, then thanks. An answer that no rule
// names is still an answer: a counter-question ("Think we have that check in foo()?") or a paragraph of
// prose is "explained", since the author addressed the remark in words without promising a change
// (resolution shows those words as the evidence). Only an empty or near-empty answer ("Hmm.") is "none".
//
// Agreement that hands the change back ("That's OK, could you please amend it while applying?") is a
// will-fix: the author accepts the remark and the change is to be made, only by the maintainer's hand;
// it explains nothing, and resolution still checks the next revision or the applied commit.
import type { ResponseKind } from "./types";

export interface ResponseRule {
  id: string;
  kind: ResponseKind;
  pattern: RegExp;
  /** When set, the rule does not fire if this matches. */
  unless?: RegExp;
  why: string;
}

/** Fewer words than this, with no rule firing, is not an answer ("Hmm.", "Oh."). */
const MIN_ANSWER_WORDS = 6;
/** An answer opening "Yes,"/"Indeed," with more words than this goes on to explain rather than to agree. */
const MAX_AGREEING_WORDS = 25;
/** "Thanks" in a longer answer is politeness around an explanation, not the whole answer. */
const MAX_THANKS_WORDS = 15;

// "I'll keep it as is", "I'll wait for Rob's feedback", "I'll need to do some benchmarking first", "I'll have to defer
// to the maintainers on that", "I will test and let you know": what the author will do is no change to the patch.
// ("I'll look", "I'll check" and "I'll consider" take the remark up and stay promises.) A change named in the same
// clause still is ("I'll test and resend"), and so is the next revision named there ("I'll keep this in mind for v3").
const NOT_A_CHANGE_VERB = [
  String.raw`keep (?:(?:it|this|that|these|those|them|the \w+)\s+)?(?:as (?:it |they )?(?:is|are)|as-is|unchanged|open-coded|untouched|for now|(?:\w+ )?in mind|(?:you|\w+) (?:posted|updated|informed))`,
  String.raw`keep (?:it|this|that|these|those|them)(?=\s*(?:[.,;:!)]|$)|\s+(?:as|for|since|because|but|then|here|there|unchanged|without|like (?:this|that)|(?:this|that) way|the same)\b)`,
  String.raw`wait|leave|think|defer|test|pay (?:more |closer )?attention|continue|double[- ]?check|follow up|get back|let (?:you|\w+) know|report|share|ask|rely|admit|say|grant|concede|argue|reply|answer|respond|assume`,
  String.raw`be (?:glad|happy|patient|able|sure|careful|more careful|out|away|back|busy|testing|waiting|travell?ing|offline|on (?:vacation|leave|holiday))`,
  String.raw`(?:need|have) to (?:test|check|look|see|think|investigate|figure|understand|read|do some|run|benchmark|confirm|verify|ask|wait|dig|find|defer|leave)`,
  String.raw`give (?:it|this|that|them|these) a (?:try|shot|go|spin|test)`,
].join("|");
const CHANGE_VERB = String.raw`fix|change|update|send|re-?send|re-?spin|rework|remove|drop|add|move|rename|correct|submit|post|address|modify|adjust|split|rewrite|apply|include|incorporate|integrate|implement|squash|fold`;
const NEXT_REVISION = String.raw`(?:in|for|on|with) (?:the |an? |my |our )?(?:patch )?(?:v\d+|version \d+|(?:next|new) (?:patch )?(?:version|revision|spin|iteration|series|posting))`;
const NOT_A_CHANGE = String.raw`\s+(?:(?:just|also|then|probably|definitely|certainly|surely|still|first|now|happily|gladly|rather)\s+)?(?:${NOT_A_CHANGE_VERB})\b(?![^.?!]{0,60}\b(?:(?:and|then)\s+(?:(?:i'?ll|will|then)\s+)?(?:${CHANGE_VERB})|${NEXT_REVISION})\b)`;

// A change the author states outright: made, to be made, or due in the next revision.
const EXPLICIT_CHANGE = [
  String.raw`\b(?:(?:i'?ll|i\s+will)\b(?!${NOT_A_CHANGE})|(?<!\b(?:i|this|it|that|which|code|check|function|driver|patch|hardware|hw|kernel|firmware)\s)will (?:do|fix|move|change|add|remove|update|drop|rename|split|bring|send|re-?send|respin|address|rework|correct|use|keep|look|check|evaluate|fold|squash|switch|take care)|let me (?:fix|change|move|rebase|rework|update|send|respin|drop|add|remove)|i'?m going to (?:fix|change|move|rework|update|drop|add|remove|rename|use|split)|i (?:can|could) send (?:a |an |the )?(?:v\d+|new version|next version|updated (?:version|patch))|i (?:add|fix|change|update|remove|drop) (?:it|this|that|them) in v\d+|(?<!\bif\b[^.?!]{1,80})i can (?:just )?(?:remove|drop|fix|change|move|rename|update|split|add) (?:it|that|this|them)(?! (?:if|but|though)\b)|(?:fixed|changed|updated|done|addressed|removed|dropped|reworked|corrected|reworded|renamed|moved|added|implemented|included) (?:it |this |that )?in (?:the )?(?:v\d+(?!\.\d)|next (?:version|revision|spin|iteration))|fixed in v\d+)\b`,
  // "Fix it in v9.", "Will change to u32 in next version": the change, in the present, due in a named revision.
  // ("Correct: patch 4 will wait for v5.10" and "Fix is fine, but the code in v6.9 ..." open with no verb, and
  // v6.9 is a kernel release.)
  String.raw`(?:^|[.!?]\s+)(?:(?:i\s+)?will\s+)?(?:${CHANGE_VERB}|describe|document|reword|rephrase|mention)\b(?!\s*[:,]|\s+(?:is|was|are|were|looks?|seems?|sounds?)\b)[^.?!\n]{0,40}?\s(?:in|for)\s+(?:the\s+)?(?:v\d+\b(?!\.\d)|next\s+(?:version|revision|spin|iteration|series)\b)(?![^.?!\n]*\?)`,
  // "Will describe it as ...", "True, will convert it to dev_dbg()", "We will modify the code as:": the promise
  // opens its clause or has the author for subject ("this property will describe ..." says what the code does).
  // ("Whenever we add a flag we will replace the reserved bytes" tells how things are done.)
  String.raw`(?:^|[.!?;:,]\s*|(?<!\b(?:whenever|when|if|once|after|until)\b[^.?!]{0,60})\b(?:i|we)\s+)will\s+(?:(?:also|then|just)\s+)?(?:describe|document|reword|rephrase|mention|clarify|replace|convert|rebase|adjust|modify|reorder|sort|align)\b`,
  // "Surely update in the upcoming patch.": a patch yet to come; "the next patch" may be the series' next one.
  String.raw`\b(?:in|for) (?:the |an? )?(?:(?:next|new|following|upcoming|v\d+) (?:version|revision|iteration|spin|respin|series|posting|patch ?set)|upcoming patch)\b`,
  // "v2 sent.", "I sent a v2 to change to generic user_data", "Thanks for the pointer. I'm sending a v2.": the change
  // went out, or is going out, in the next revision. ("I'm sending a v3 RFC to the libc list" is another list's patch.)
  String.raw`^\s*v(?:[2-9]|\d\d) (?:is )?(?:sent|posted|submitted|out)\b|\bi(?:'ve| have)? (?:just )?(?:sent|posted|submitted|pushed) (?:out )?(?:a |the )?(?:new )?(?:v(?:[2-9]|\d\d)|new version|next version)\b|\bpushed (?:out )?(?:a |the )?(?:v(?:[2-9]|\d\d)|new version|next version) (?:based on|with|addressing|that|which)\b|\bi'?m (?:now |just )?(?:sending|posting|submitting|preparing) (?:out )?(?:a |the )?(?:new |updated |fixed )?(?:v(?:[2-9]|\d\d)|version|revision)\b(?![^.?!\n]{0,30}\bto (?:the )?[\w.-]+ (?:list|mailing list|ml)\b)`,
  // "I have incorporated all of it into the "v2" that I just posted": the remarks taken, in a named revision.
  String.raw`\b(?:i|we)(?:'ve|\s+have)?\s+(?:now\s+|also\s+|already\s+)?(?:incorporated|integrated|implemented|applied|included|folded|addressed|taken)\b[^.?!]{0,60}?\b(?:in|into|for|with)\s+(?:the\s+|my\s+|a\s+)?["']?(?:v(?:[2-9]|\d\d)\b(?!\.\d)|(?:next|new|latest|updated)\s+(?:version|revision|spin|series|patch))`,
  // "All recommendations implemented including this": every remark of the review taken.
  String.raw`\b(?:all|both) (?:(?:of )?(?:the|your) )?(?:recommendations|suggestions|comments|remarks|points|changes|feedback)(?: \w+){0,2} (?:are |were |have been )?(?:implemented|addressed|applied|incorporated|taken care of|done|fixed)\b`,
  // "... wrapped it again in ff_layout_alloc_mirror().\n\nFixed.": a closing sentence saying it is done.
  String.raw`(?:^|[.!?]\s+)(?:fixed|done|changed|updated|removed|dropped)(?: (?:now|locally|here|too|as well))?\s*[.!]*\s*$`,
  // "Changed to union foo as suggested.", "Dropped and using reg, ...": a sentence opening with the change made.
  String.raw`(?:^|[.!?]\s+)(?:changed|fixed|updated|renamed|moved|removed|dropped|reworked|converted|replaced|switched|reworded|corrected|added|split)\b(?:[^.?!\n]{0,60}?\s(?:as (?:you |was )?(?:suggested|requested|proposed|asked)|accordingly)\b|\s+and\s+(?:now\s+)?[a-z]+(?:ing|ed)\b)`,
  String.raw`\bi(?:'ve| have) (?:now |also )?(?:changed|fixed|updated|removed|dropped|added|moved|reworked|renamed|split|addressed|reformatted|rewritten|reworded|corrected|simplified|replaced|converted|squashed|folded|adjusted|modified|cleaned up|taken care|switched)\b`,
  // "I updated the text now to:", "I changed it accordingly": a simple past is the change made only with
  // "now" or "accordingly" ("I changed the order because ..." tells what the patch does).
  String.raw`\bi (?:now |just )?(?:changed|fixed|updated|removed|dropped|added|moved|reworked|renamed|reworded|rewrote|corrected|replaced|adjusted|modified) (?:(?:it|this|that|them|the \w+)\s+)?(?:now(?=\s*(?:[.,;:!]|$)|\s+(?:and|to|in|as)\b)|accordingly|as (?:you )?suggested)\b`,
].join("|");

// "If folks don't agree, I can change it": an offer made on a condition in the same sentence, no promise.
// Agreement that opens an explanation ("Correct. That's one of the reasons why we don't ...", "Yes - from
// the log the service knows ... because ...", "You are right - that is not something this series covers"):
// the author confirms the reviewer's reading and explains; no change is promised. Agreeing that the code
// is wrong ("You're right, they should have been the other way around", "Good point") takes the remark.
const AGREE_RE = /^\s*(?:yes|yep|yeah|right|correct|indeed|true|exactly)\b(?![,.!]?\s*(?:but|however)\b)|\byou(?:'re| are) (?:right|correct)\b/i;
// "Good point, but ..." / "I don't think that makes sense": an answer that opens agreeing yet pushes back.
// "I still like pre-inc =) ... I'll align those when I encounter them, but I don't think it's worth the effort".
// Both a push-back and, alone, a disagreement (the "disagreement" rule below).
const NOT_WORTH_IT = String.raw`\bi (?:don'?t|do not) think (?:it'?s|it is|that'?s|that is|this is|it would be) worth\b|^\W*i still (?:like|prefer)\b`;
// "I'm preparing v4 and will keep the file under /proc for now unless there are strong objections": the next
// revision keeps what the remark questioned.
const KEEPS_UNLESS_OBJECTIONS = String.raw`\bkeep\b[^.?!]{0,80}?\bunless\s+(?:there\s+(?:are|is)|you|someone|somebody|anyone|anybody|people)\b[^.?!]{0,30}?\bobject`;
const PUSHES_BACK = String.raw`${KEEPS_UNLESS_OBJECTIONS}|\b(?:doesn'?t|does not|don'?t think (?:it|that|this)|not sure (?:it|that|this)) makes? sense\b|\bi disagree\b|${NOT_WORTH_IT}`;
const PUSHES_BACK_RE = new RegExp(PUSHES_BACK, "i");
const ACCEPTS_DEFECT =
  String.raw`\b(?:good|fair|valid) (?:point|catch|idea)\b|\bshould(?:n'?t| not)? have been\b|\bmy (?:bad|mistake|fault)\b|\bi (?:missed|forgot|overlooked)\b|\bi'?m willing to\b|\bi am willing to\b|\b(?:it'?s|that'?s|this is) (?:a bug|wrong)\b|\bi (?:fully )?agree with (?:your|the|this) (?:concern|suggestion|comment|point|remark)|\b(?:an|my) oversight\b|\b(?:it|this|that|the patch) can be (?:dropped|removed)\b`;
// "Right, the GPIOs will be free-ed on unbind through the devm framework": how the code already behaves.
const EXPLAINS_RE =
  /\b(?:because|the reason|i'?d\s+like\s+to\s+keep|that'?s (?:one of )?(?:the reasons? )?why|this is (?:intended|intentional|deliberate)|on purpose|the (?:idea|point|goal|intent) (?:is|was)|(?:is|was) not the (?:goal|intent|purpose|point)|not something (?:this|my|the) (?:patch|series|proposal|change) (?:covers|does|addresses|is about)|so that)\b|\b(?:is|are|will be|gets?|get) (?:\w+ )?(?!(?:fixed|changed|addressed|updated|corrected|removed|dropped|added|reworked|replaced|moved|renamed|squashed|folded)\b)(?:[\w-]+ed|done|taken(?: care of)?)\b[^.?!]{0,40}?\b(?:through|via|by) the\b/i;

export const RESPONSE_RULES: readonly ResponseRule[] = [
  {
    id: "accept-delegated",
    kind: "will-fix",
    pattern:
      /^(?![\s\S]*\b(?:but|however)\b)[\s\S]*\b(?:that'?s|it'?s|this is|that is|sounds|looks) (?:\w+ )?(?:ok(?:ay)?|fine|right|correct|good)\b[\s\S]*\b(?:(?:could|can|would) you (?:please |maybe |kindly )?(?:amend|fix|change|fold|squash|adjust|update|tweak|fix up|do that|do it)|please (?:amend|fold|squash|adjust|fix (?:it|that|this) up)|feel free to (?:amend|fix|change|adjust|fold|squash|tweak)|(?:while|when) (?:applying|picking|merging|committing))\b/i,
    why: "accepts the remark and asks the reviewer to make the change",
  },
  {
    // "Sorry for the typo. Bob, can you please help fix this?": the author owns the slip and hands the fix over.
    id: "apologises-delegates",
    kind: "will-fix",
    pattern:
      /^(?![\s\S]*\b(?:but|however)\b)[\s\S]{0,200}?\b(?:sorry|apologi[sz]e|apologies|my (?:bad|mistake|fault))\b[\s\S]{0,200}?\b(?:could|can|would) you (?:please |kindly )?(?:help (?:to |me )?)?(?:fix|correct|amend|adjust|update|fix (?:it|this|that) up)\b/i,
    why: "owns the slip and asks the maintainer to make the fix",
  },
  {
    id: "agree-explains",
    kind: "explained",
    pattern: AGREE_RE,
    unless: new RegExp(`${EXPLICIT_CHANGE}|${ACCEPTS_DEFECT}|^(?![\\s\\S]*(?:${EXPLAINS_RE.source}))`, "i"),
    why: "confirms the reviewer's reading and explains, promising no change",
  },
  {
    id: "promise",
    kind: "will-fix",
    pattern: new RegExp(
      [
        String.raw`^\s*(?:ack|acked|sure|agreed?|done|fixed|good (?:point|catch|idea)|fair (?:point|enough)|will do|yeah,? (?:agreed|sure)|ok(?:ay)?|makes sense|sounds good)\b(?![,.!]?\s*(?:but|however)\b)`,
        EXPLICIT_CHANGE,
        String.raw`\b(?:you are (?:right|correct)|you'?re (?:right|correct|totally right))\b`,
        String.raw`\b(?:good|fair|valid) (?:point|catch|idea)\b|\bthat'?s a good idea\b|\bmakes sense\b`,
        // "I agree with you. They should better be removed.": agreeing, then saying how the code is to change.
        String.raw`^\s*(?:i (?:fully |totally |completely |do )?agree(?: with (?:you|that|this|your \w+))?|agreed)\s*[.!,]\s+(?:(?:so|then|indeed),?\s+)?(?:they|it|this|that|these|those|the \w+)\s+(?:should|must|needs? to|can)\s+(?:(?:better|really|indeed|just|definitely|probably)\s+)?be\s+(?:removed|dropped|fixed|changed|renamed|moved|updated|corrected|deleted|simplified|split|reworded|merged|made)\b`,
        // "Suggestion taken. Thank you!", "It is ok for me to remove this tag": the remark is taken.
        // Opening its sentence: "If there's a way ..., then it's fine with me to remove it" is conditional.
        String.raw`(?:^|[.!?]\s+)(?:(?:anyway|so|ok(?:ay)?|sure),?\s+)?(?:(?:your|the)\s+)?(?:suggestions? (?:taken|accepted|applied|adopted|incorporated)\b|(?:it'?s|it is|that'?s|that is) (?:ok(?:ay)?|fine) (?:for|with) me to (?:remove|drop|change|rename|move|add|update|split)\b)`,
      ].join("|"),
      "i",
    ),
    unless: PUSHES_BACK_RE,
    why: "promises a change or accepts the remark",
  },
  {
    // "Yes.", "Right, will look.", "Indeed, good catch": a short answer agreeing with the remark takes it.
    // A long one that opens with "Yes," or "Indeed," goes on to explain or discuss ("Yes, that comment is
    // added in this patch. ...", "Indeed, you were one of the biggest proponents ..."): no change is promised.
    id: "agrees",
    kind: "will-fix",
    pattern: /^\s*(?:yes|yep|yeah,? (?:right|indeed|true)|right|indeed)\b(?![,.!]?\s*(?:but|however)\b)/i,
    // ("Yes, I forgot the *1000. ..." owns up to the defect, however long it goes on.)
    unless: new RegExp(String.raw`^(?![\s\S]*(?:${ACCEPTS_DEFECT}))\s*(?:\S+\s+){${MAX_AGREEING_WORDS}}\S|${PUSHES_BACK}`, "i"),
    why: "agrees with the remark in a few words",
  },
  {
    id: "explanation",
    kind: "explained",
    pattern:
      /\b(?:technically correct but|because|the reason|to clarify|this is (?:intended|intentional|deliberate)|on purpose|that'?s why|correct, it|it would happen|is needed (?:for|because)|the idea (?:is|was)|as (?:i|we) (?:said|explained|mentioned)|in my understanding|the point (?:is|was)|it'?s (?:needed|required) (?:for|to|because)|so that)\b|^\s*correct\b/i,
    why: "explains why the code is as it is",
  },
  {
    id: "disagreement",
    kind: "disagreed",
    pattern:
      new RegExp(
        String.raw`${NOT_WORTH_IT}|${KEEPS_UNLESS_OBJECTIONS}|\b(?:i disagree|i don'?t agree|i don'?t think (?:so|that|we)|i'?d (?:rather|prefer to) (?:keep|not)|not (?:really|convinced)|i'?m (?:a bit |not )?(?:skeptical|convinced)|i don'?t see (?:why|the need|the point|a reason|how)|not sure (?:i agree|that'?s|this is|it'?s)|NAK)\b|^\s*(?:no|nope)[,.!]|^\s*(?:right|yes|sure|true|ok(?:ay)?)[,.]?\s*but\b`,
        "i",
      ),
    why: "pushes back without promising a change",
  },
  {
    // "Thanks for noticing this.", "No. development leftover. Thanks for pointing that.": the author takes
    // the remark. After explanation and disagreement: "Thank you for pointing this out. I would like this
    // patch to go in, still, because ..." defends the code.
    id: "thanks-for-finding",
    kind: "will-fix",
    pattern: /\bthank(?:s| you) (?:a lot |very much )?for (?:pointing|spotting|catching|noticing|finding)\b|\bthank(?:s| you) for the catch\b/i,
    why: "thanks the reviewer for finding the problem",
  },
  {
    id: "thanks",
    kind: "thanks",
    pattern: /\b(?:thanks|thank you|thx)\b/i,
    unless: new RegExp(String.raw`(?:\S+\s+){${MAX_THANKS_WORDS}}\S`),
    why: "thanks only",
  },
  { id: "counter-question", kind: "explained", pattern: /\?/, why: "answers with a question back: discussed in words" },
  {
    id: "prose",
    kind: "explained",
    pattern: new RegExp(String.raw`(?:\S+\s+){${MIN_ANSWER_WORDS - 1}}\S`),
    why: "answers in words without promising a change",
  },
];

// A remark that ends asking a yes/no question ("Do you *really* need these?", "Is this used outside of
// .probe()?", "No range of valid values?"): a "No." opening the answer answers it. A negative question
// ("Doesn't that break X?") claims a defect, and "No" to it pushes back; an open question ("Why ...?")
// is not answered by "No".
const QUESTION_END_RE = /\?\s*$/;
const NOT_YES_NO_RE = /^\W*(?:(?:so|ok(?:ay)?|and|but|also|then|hmm)[,.]?\s+)*(?:why|what|how|where|when|which|who|whom|whose|\w+n't|\w+ not)\b/i;
const LEADING_NO_RE = /^\s*(?:no|nope)\b[,.!]?\s*(?:i don't think so\b[,.!]?\s*)?/i;
const ANSWERED_NO: ResponseRule = {
  id: "answered-no",
  kind: "explained",
  pattern: LEADING_NO_RE,
  why: "answers the remark's yes/no question",
};

// "Any reason the clocks are not grouped? ..." -> "Yes :-) They are not internal clocks ...", "..., is it okay
// to read back the reset register?" -> "Yes as both are in the same block": a "Yes" that answers a question
// asking for information, not for a change ("Can this be static?" -> "Yes" takes the remark).
const LEADING_YES_RE = /^\s*(?:yes|yep|yeah|yup|correct|right|indeed)\b(?![,.!]?\s*(?:but|however)\b)/i;
// The question may follow an opening clause: "For my information, did you check the rollover?".
const INFO_QUESTION_RE =
  /^\W*(?:(?:so|ok(?:ay)?|and|or|also|then|hmm|btw)[,.]?\s+)*(?:is|are|does|do|did|was|were|has|have|had|any (?:reason|particular reason|specific reason)|is there|are there)\b|,\s*(?:is|are|does|do|did)\s+(?:it|this|that|there|these|they|you)\b|,\s*right\s*\?\s*$/i;
const TAKES_REMARK_RE = new RegExp(
  `${EXPLICIT_CHANGE}|${ACCEPTS_DEFECT}|\\byou(?:'re| are) (?:right|correct)\\b|\\bmakes sense\\b|\\bagreed?\\b|\\bgood (?:choice|suggestion|approach|plan)\\b|^\\s*(?:yes|yeah|yep)[,.!]?\\s+(?:ok(?:ay)?|sure|will do)\\b|(?:^|[.!]\\s+)(?:changed|fixed|done|updated|removed|dropped)\\s*[.!]|\\b(?:as|what) you (?:say|said|suggest(?:ed)?|propose[ds]?)\\b|\\baccordingly\\b|\\b(?:in|for) v\\d+\\b`,
  "i",
);
// A question that proposes a change ("then we should remove the old header here, right?") is no request for information.
const PROPOSES_RE =
  /\b(?:should|shall|must|needs? to|can (?:we|you|this|it)|could (?:we|you|this|it)|would you|better|did you mean|(?:does|would) it make sense|how about|what about)\b/i;
const ANSWERED_YES: ResponseRule = {
  id: "answered-yes",
  kind: "explained",
  pattern: LEADING_YES_RE,
  why: "answers the remark's question with yes and what holds, promising no change",
};

// "Yes, that would be the case.", "Yes, the patch you pasted above works well for us.": the author confirms
// what the remark asked, or reports the reviewer's own patch works; no change of his is promised.
const CONFIRMS_RE =
  /^\s*(?:yes|yeah|yep|right|indeed)\b[,.!\s\uff0c]*(?:(?:that|this|it)(?:'s| is| would be| will be| was| does)\s+(?:indeed\s+)?(?:the case|correct|right|true|expected|intended)\b|[^.!?\n]{0,60}\bwork(?:s|ed|e)?\s+(?:well|fine|for (?:me|us)|as expected)\b)/i;

// Outlook users answering inline mark each answer with their name in brackets ("[Mubin]: OK", "[Biju] Will
// fix."): the label opens the answer (or one of its paragraphs) and is no word of it.
const INLINE_LABEL_RE = /(^|\n[ \t]*\n)[ \t]*\[[\p{L}][\p{L} .'-]{0,30}\][ \t]*:?[ \t]*/gu;

/** The answer as the rules read it: inline labels gone, curly apostrophes straight, "wll" read as "will". */
function answerText(text: string): string {
  return String(text ?? "").replace(INLINE_LABEL_RE, "$1").trim().replace(/[\u2018\u2019]/g, "'").replace(/\b([Ww])ll\b/g, "$1ill");
}

/** The remark without the lines it quotes from the mail before. */
function ownRemarkText(remark: string): string {
  return remark.replace(/^[ \t]*>.*$/gm, "").trim();
}

/** Whether the remark asks, in a sentence of its own, a yes/no question for information (not a negative one). */
function asksForInformation(remark: string): boolean {
  const t = ownRemarkText(remark);
  for (const s of t.split(/(?<=[.!?])\s+|\n\s*\n/)) {
    if (!/\?\s*$/.test(s)) continue;
    const q = s.replace(/\s+/g, " ");
    if (INFO_QUESTION_RE.test(q) && !/\b\w+n't\b/i.test(q) && !PROPOSES_RE.test(q)) return true;
  }
  return false;
}

/** Whether a remark ends with a yes/no question that is not a negative one ("Isn't this racy?"). */
function asksYesNo(remark: string): boolean {
  const t = ownRemarkText(remark);
  // The last sentence; "allOf:? to indicate ..." does not end one (a question mark ends a sentence only
  // before a capital).
  const last = t.split(/(?<=[.!])\s+|(?<=\?)\s+(?=[A-Z])/).pop() ?? "";
  return QUESTION_END_RE.test(last) && !NOT_YES_NO_RE.test(last);
}

/**
 * The rule that classifies an answer, or null when the text is empty or none fires. `remark`: what it
 * answers, when known, so that "No." to "Do you need this?" is an answer rather than disagreement.
 */
export function matchResponseRule(text: string, remark?: string): ResponseRule | null {
  // "I wll not use the extra variable": a typo does not hide the promise.
  const t = answerText(text);
  if (!t) return null;
  if (remark && LEADING_YES_RE.test(t) && !TAKES_REMARK_RE.test(t) && asksForInformation(remark)) return ANSWERED_YES;
  // "Yes, that's correct." to "Shouldn't this be u32?" takes the proposal: only a remark proposing nothing is confirmed.
  if (CONFIRMS_RE.test(t) && !TAKES_REMARK_RE.test(t) && !(remark && PROPOSES_RE.test(ownRemarkText(remark)))) return ANSWERED_YES;
  let answeredNo = false;
  for (const rule of RESPONSE_RULES) {
    if (!rule.pattern.test(t) || rule.unless?.test(t)) continue;
    if (answeredNo && rule.kind !== "will-fix") break;
    if (rule.kind === "disagreed" && remark && LEADING_NO_RE.test(t) && asksYesNo(remark)) {
      // Disagreement that stands without the "No" still counts ("No, I disagree ...").
      if (rule.pattern.test(t.replace(LEADING_NO_RE, ""))) return rule;
      // Otherwise the answer, unless what follows takes the remark ("No. Leftover. Thanks for pointing that.").
      answeredNo = true;
      continue;
    }
    return rule;
  }
  if (answeredNo) return ANSWERED_NO;
  // "Changed to out_unlock", "Added COMPILE_TEST", "Replaced X with Y.": a short answer naming the change made.
  if (SHORT_CHANGE_RE.test(t)) return SHORT_CHANGE;
  // "drivers/mfd/intel-lpss-pci.c." to "Which board code is this?": a short answer to a question, naming code.
  return remark && NAMES_SOMETHING_RE.test(t) && ownRemarkText(remark).includes("?") ? ANSWERED_WITH_NAME : null;
}

const SHORT_CHANGE_RE =
  /^\s*(?:(?:ok(?:ay)?|sure|alright|right)[,.!]?\s+)?(?:changed|added|replaced|removed|dropped|renamed|moved|switched|converted|updated|reworked)\s+(?:to|it|this|that|them|the|with|in|\S+(?:\(\))?\s+(?:to|with|by)\b|[A-Za-z_]\w*(?:\(\))?\s*[.!]?\s*$)/i;
const SHORT_CHANGE: ResponseRule = {
  id: "short-change",
  kind: "will-fix",
  pattern: SHORT_CHANGE_RE,
  why: "names the change made",
};

// A path, an identifier, a call, a version or a number: what a short answer to "which ...?" names.
const NAMES_SOMETHING_RE = /[\w.-]+\/[\w./-]+|\b[A-Za-z]\w*_\w+\b|\w\(\)|\bv?\d+(?:\.\d+)+\b|\b0x[0-9a-f]+\b/i;
const ANSWERED_WITH_NAME: ResponseRule = {
  id: "answered-with-name",
  kind: "explained",
  pattern: NAMES_SOMETHING_RE,
  why: "names what the remark's question asked for",
};

/** Kind of the author's answer to a remark (`remark`: its text, when known); "none" when empty or no rule fires. */
export function classifyResponse(text: string, remark?: string): ResponseKind {
  return matchResponseRule(text, remark)?.kind ?? "none";
}

// An answer opening with its promise ("Ack.", "Sure, will do", "Done.", "OK, I'll ...").
const OPENING_PROMISE_RE = /^\s*(?:ack(?:ed)?|sure|will do|done|fixed|agreed?|ok(?:ay)?|good (?:point|catch|idea)|fair (?:point|enough)|makes sense|sounds good)\b(?![,.!]?\s*(?:but|however)\b)/i;
const STATES_CHANGE_RE = new RegExp(`${EXPLICIT_CHANGE}|${ACCEPTS_DEFECT}`, "i");

/**
 * Whether the answer states a change made or to be made ("I'll send v2", "Ack.", "Good catch"), rather than
 * only agreeing with what the remark says ("Yes, probably. Although ..."): a will-fix of the first kind is
 * evidence the next revision carries the change.
 */
export function statesChange(text: string): boolean {
  const t = answerText(text);
  return OPENING_PROMISE_RE.test(t) || STATES_CHANGE_RE.test(t) || SHORT_CHANGE_RE.test(t);
}
