// Rule table for reviewer remarks. First matching rule wins, so order encodes priority: an explicit
// "nit" label beats everything, an ack/lgtm beats the nit words it often carries ("Some nits below,
// but lgtm."), a bug claim beats the question mark it is phrased with ("Doesn't this need mpol_put()?").
//
// Change requests. A remark asking for a change is actionable. Soft suggestions ("could", "maybe",
// "consider", "I would suggest") are nits whatever they are about. Firm requests (an imperative such
// as "Drop this." or "Just return -ENODATA.", "should", "must", "please", "X is missing", "unnecessary",
// "this seems wrong") are nits when they are about style, naming, ordering, typos, whitespace or the
// commit message, and objections otherwise: the code itself has to change. A build robot's error or
// warning report is an objection. "Applied" from a maintainer is an ack.
//
// A firm request or defect claim is an objection only when it is addressed to the patch: a sentence
// about backports, future or follow-up work, the reviewer's own plans ("I should", "let me"), a
// counterfactual past ("shouldn't have allowed it") or an FYI does not count. A remark that reports no
// finding ("I didn't spot anything", "no issues") or agrees ("seems sensible to me", "fine to move
// forward", "I agree") without a "but" is no objection. A long discussion paragraph (many sentences)
// mentions "should" and "needs to" in passing, so there only a strong signal counts: an imperative,
// "please", "you should/must/need to" or "this/it should/must/needs to".
//
// Discussion says "should" and "has to" without asking this patch for anything, so each sentence is also
// read for who carries the duty and in what mood: a hypothetical ("we'd need to", "if we ... we should"),
// a duty on people ("someone has to reap them", "users need to"), a constraint explained with its reason
// ("X has to run before Y because ..."), the reason clause of another point ("..., because we should
// ..."), a dropped thought or a denied defect ("I thought we should", "I don't think it's a problem"),
// lines quoted from an earlier mail, and notes on the mail flow (lead-ins, "keep me in the loop", which
// tree a series goes through, "no need to resend, I'll fix it up"). A concession that opens the remark
// ("Fair enough.") is dropped and the rest judged alone. A defect claim ("this won't work") stays one
// even when conditional.
//
// Advice about the mail itself (top-posting, quoting, pings, threading, resending applied patches) is
// "other": it asks nothing of the code; the rest of the remark is judged without it. Praise is praise
// only when it is the remark's point: early, not denied ("aren't great"), not turned by a "but".
import type { CommentKind } from "./types";

export interface CommentRule {
  id: string;
  kind: CommentKind;
  pattern: RegExp;
  /** When set, the rule fires only if this also matches. */
  also?: RegExp;
  /** When set, the rule does not fire if this matches (negated or quoted uses of the phrase). */
  unless?: RegExp;
  /** When set, the rule fires only if this returns true (sentence-level checks a regex cannot say). */
  when?: (text: string) => boolean;
  /** Why the phrase means this kind (shown in the UI's "why" tooltip). */
  why: string;
}

// "not ugly", "isn't wrong", "no deadlock": a negated defect word is not a defect claim.
const NOT = String.raw`(?<!\bnot\s)(?<!n't\s)(?<!\bno\s)(?<!\bnot\s(?:really|that|so|very)\s)`;

// "The only piece I have a question about is if we should ...": a question without its mark. The mark may be
// trailed by an ellipsis ("... part of the previous series?..."); not by a ")" (an aside: "this is (was?) the
// practice") nor a "!" (indignation: "It should go into a separate patch?!"). "What ..." opening a line the
// previous line runs on into ("... more information as to\nwhat the platforms are") asks nothing.
const QUESTION_RE =
  /\?(?:\.{2,3}|\u2026)?(?:\s|$)|^(?<![^.!?:\s][ \t]*\n)\s*(?:why|how|what|is there|are we|do we|does this|can you|i wonder)\b|\bi wonder (?:why|if|whether)\b|\bi(?:'m| am)\s+wondering\s+why\b|\b(?:my\s+(?:only\s+|one\s+)?|i\s+have\s+an?\s+(?:\w+\s+)?)question\s+(?:about\s+(?:\w+\s+){0,3})?is\s+(?:if|whether)\b/im;

// The commit's own text: its tags and subject line.
const COMMIT_TEXT = String.raw`\b(?:fixes|link|closes):?['"\u2019]? tags?\b|\bin the (?:subject|title|patch title|summary line)\b`;
const COMMIT_TEXT_RE = new RegExp(COMMIT_TEXT, "i");

// Style, naming, ordering, wording: phrases specific enough not to fire on any long technical remark.
const COSMETIC = new RegExp(
  [
    String.raw`\bspell[- ]?check\w*|\b(?:blank lines?|empty lines?|new ?lines?|(?:this|that|these|those|such|the|a|extra|silly|early|needless|unnecessary) (?:\w+ )?line ?breaks?|(?:upper|lower|camel|snake|mixed)[ -]?case|white ?spaces?|indent\w*|alignment|align(?:ed)? (?:with|to)|typos?|spelling|misspel\w*|grammar|grammatical\w*|ungrammatical|capitali[sz]\w*|renam\w*|naming|checkpatch|line length|long lines?|\d+ col(?:umn)?s?|\d+ char(?:acter)?s?|wrap(?:ped)?(?: lines)? at \d+|coding style|style|cosmetic\w*|braces|parens|parenthes[ie]s|punctuation|wording|reword\w*|SPDX|kernel-?doc|inconsisten\w*|inconstency|misalign\w*|mis-?indent\w*)\b|(?:^|[.!?]\s+)align\s+(?:all|the|these|this|those|them|it)\b`,
    // "Add include for device_add_groups()", "Missing include.": header hygiene.
    String.raw`\b(?:missing|add(?:\s+an?|\s+the)?)\s+#?\s*includes?\b|^\W*#?\s*include\s+(?:for\b|<)`,
    String.raw`\b(?:the|a|better|different|this|its|variable|function|macro) name\b|\bname (?:is|it|should|could)\b|\bnode names? (?:should|must|shall) (?:be generic|not (?:contain|have|use))\b|\bgeneric node names?\b`,
    String.raw`\b(?:alphabetical|reverse|include|sort|sorting|declaration|(?:xmas|christmas)(?: tree)?) order\b|\bfrom (?:longest|shortest) to (?:longest|shortest)\b|\bordering\b|\breorder\w*|\bsort\w* (?:them|these|the|alphabetically)\b`,
    String.raw`\b(?:extra|trailing|missing|double|a) spaces? (?:before|after|around|here)\b|\btabs? (?:instead|not)\b|\buse tabs\b`,
    String.raw`\b(?:patch|commit) (?:description|message|log|subject|title)\b|\bsubject (?:lines?|prefix(?:es)?)\b|\bsubsys?tem (?:name|tag|prefix|is)\b|\bchangelog\b`,
    // "I don't think the Fixes: tag should have the quotes", '"fs/9p" in the subject, please': the commit's text.
    COMMIT_TEXT,
    // 'Do not use "This commit/patch".': the commit message's wording; "No need for the spaces.": layout.
    String.raw`\b(?:use|using|say|saying|start\w*|begin\w*)\s+["\u201c]this (?:commit|patch|change)\b|\b(?:the|these|those|extra|trailing|double) spaces\b`,
    String.raw`\b(?:update|fix|adjust|reword|extend|amend) (?:the |this |that |your )?comments?\b`,
    // "Drop the comment." opening the request ("Use IRQ_TYPE_LEVEL_HIGH, then you can drop the comment" asks for code).
    String.raw`(?:^|[.!?]\s+)(?:please\s+)?(?:drop|remove|delete) (?:the |this |that |these |those )?comments?\b|\bcomments? (?:above|here|should|needs?)\b`,
    // "()" written on its own ("add () to function names"), not a call's parentheses ("devm_add_action_or_reset()").
    String.raw`(?<![\w>])\(\s?\)`,
    // "This comment is not necessary.", "Please namespace these": a comment's need, a name's prefix.
    // "No need for the comment. Kind of obvious :)" too.
    String.raw`\bcomments? (?:is|are|seems?|looks?) (?:not (?:necessary|needed|required|useful)|unnecessary|superfluous|redundant|useless|pointless)\b|\bno need for (?:the|this|that|these|those|a|any) comments?\b|\bnamespac(?:e|ed|ing)\b`,
    // "Superfluous comment.", "sort this alphabetical", "Please align these fields": the text or layout only.
    String.raw`\b(?:superfluous|unnecessary|unneeded|useless|redundant|pointless|obvious|stale) comments?\b|\balphabetic(?:al(?:ly)?)?\b`,
    // '"Return value: None" is unnecessary for a function returning void': quoted words of a comment or doc.
    // (Words, not code: '"goto out;" is unnecessary' and '"interrupt-parent" is not needed' ask for a code change.)
    String.raw`^\s*"(?=[^"\n]*\s)[^";(){}[\]=<>_*&|\n-]{1,80}"\s+(?:is|are|seems?)\s+(?:unnecessary|unneeded|superfluous|redundant|not needed)\b`,
    String.raw`\b(?:align|line up)\s+(?:it|them|(?:the|these|this|those)\s+(?:\w+\s+)?(?:lines?|fields?|values?|arguments?|args|parameters?|members?|columns?|comments?|defines?|macros?|assignments?))\b|\baligned like\b`,
  ].join("|"),
  "i",
);

// "Prefer -EPROTO.", "Prefer an if/else here instead of the ternary": a preference opening its sentence.
// "You can add -j${JOBS} for a faster build": an addition offered, naming code or an option; not "you can add my tag",
// nor "..., so you can add it to CLEAN_FILES", a consequence beside the request it follows, nor "anywhere you can add a
// printk()", a place spoken of.
const SOFT_REQUEST =
  /\b(?:(?<=(?:^|[.!?]\s+)\s*)(?:(?:strongly|really|would)\s+)?prefer(?=\s)|(?<!\bi\s)could|(?<!\b(?:if|when|unless|what|whatever|do|did|don'?t)\s)you\s+(?:(?:probably|might|may|also|really|still)\s+)+want\s+to|i rather|i (?:would |'d )?(?:strongly )?recommend|(?:you|we) (?:might|may|could) (?:just )?as well|\bthe (?:better|cleaner|simpler|preferred|nicer) (?:way|approach|option)(?: here)? (?:is|would be) to\b|might want|you may want to|\b(?:would|will|could|might) (?:(?:definitely|really|probably|certainly|also) )?benefit from\b|maybe(?![.!?]*\s*$)(?!\s+(?:\d[\d.,]*|one|two|three|four|five|ten|twenty|a hundred|hundreds|thousands)(?:\s*[)%]|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|ms|us|ns|percent|instructions?|cycles?|times|bytes?|[kmg]b|releases?|instances|places|cases|occurrences)\b))|perhaps|i'?d (?:rather|prefer|move|suggest|propose)|(?<=(?:^|[.!?:]\s+)\W*)i propose\b|i\s+would\s+(?:suggest|prefer|rather)|i suggest|(?<!\b(?:your|his|her|their|that|[\w-]+['\u2019]s)\s)suggest(?:ion)?|(?:probably|maybe|perhaps) (?:nicer|better|cleaner|simpler)(?! than\b)|(?:(?:might|may|would|could|'d)\s+(?:also\s+|still\s+|probably\s+)?be|probably)\s+worth\b(?!\s+it\b)(?![^.?!]{0,80}\b(?:at\s+some\s+point|in\s+the\s+future|someday|eventually|later\s+on)\b)|would be (?:nicer|better|good(?! to (?:get|see|hear|have)\b[^.?!\n]{0,30}\b(?:reviews?|acks?|feedback|input|testing|tests?|opinions?|thoughts|tags?)\b)|great(?! to (?:get|see|hear|have (?:this|it|them|some))\b)|cleaner|simpler)|might be (?:a (?:bit |little )?)?(?:nicer|cleaner|simpler|neater)|(?<!\b(?:reviews?|acks?|feedback|input|testing|tests?|opinions?|thoughts)\b[^.?!\n]{0,40})would be (?:useful|helpful)|would be (?:much |greatly |really )?appreciated(?<!\b(?:if|any|help|hints?|pointers?|advice|ideas?|reviews?|reviewing|acks?|feedback|input|testing|tests?|opinions?|thoughts|look)\b[^.?!]{0,60}would be (?:much |greatly |really )?appreciated)(?<!\b(?:that|it|this)\swould be (?:much |greatly |really )?appreciated)|consider|ditto|same (?:comment|here)|not a big deal|minor|let'?s|better to|how about|what about|why not|it might (?:also )?make sense|would be nice|it'?d be (?:really |very )?nice|(?:leave it|it'?s|is) (?:up )?to you|your call|no changes? (?:are |is )?(?:needed|required)|(?<!\b(?:if|when|unless|whether|as|then|think|sure|believe)\s)you can (?:also |just |simply |then |now |instead )?(?:use|drop|remove|pass|call|replace|skip|save|simplify|avoid|move|combine|merge|do(?!\s*:)|get rid of|switch to|reuse|fold|squash)\b(?=[^.?!\n]*(?:\b[a-z]\w*_\w+|\w\(\)|\s\.\w|->|\bhere\b|\bcommit (?:log|message)|\bchangelog\b)|\s+(?:it|this|that|them|these|those)\b)|you can(?<!\b(?:if|when|unless|whether|as|then|think|sure|believe|so|where|anywhere|wherever)\syou can) (?:also |just |simply )?add\b(?!\s+(?:my|our|his|her|their|it|this|that|them)\b)(?=[^.?!\n]*(?:\b[a-z]\w*_\w+|\w\(\)|\s-{1,2}[a-z]))|(?<!\bwhat\s)i'?d (?:just |also |instead )?(?:add|use|go with|make|drop|remove|rename|write|put|split|reorder|sort|keep|say|print|log|warn|check|return|move|pass|free|skip|mark|create|introduce|expect(?!\s+(?:that|so)\b)|call (?:it|this|them|the))|\bi would (?:just |also |instead |rather )?(?:add|use|go with|make|drop|remove|rename|write|put|pull|split|reorder|sort|keep|print|log|warn|check|return|move|pass|free|skip|mark|call (?:it|this|them|the)|do (?:something|it|this|that) like)|would\s+(?:(?:probably|perhaps|likely|arguably|certainly|definitely)\s+)?be\s+(?:(?:a\s+(?:tad|bit|little)|slightly|much|even|way|more|less|really)\s+)?(?:clearer|nicer|better|cleaner|simpler|more readable|easier to (?:read|follow|review)|preferable|sufficient|elegant|enough)|\b(?:this|that|it|which|these|[a-z]\w*_\w*(?:\(\))?) (?:can|could) (?:also |easily |then )?be (?:simplified|shortened|replaced|merged|combined|folded|made)|(?:^|[.!?:]\s+)(?:this|that|it|these) (?:can|could) (?:just|simply) be (?!(?:dropped|removed|deleted)\b)|i'?d like (?:the|this|that|it|them|to see|you to))\b/i;

// "I'm not so keen on the outcome", "I am not too happy with this approach": see the "not-keen" rule.
const NOT_KEEN_RE =
  /\b(?:i'?m|i am) (?:still |really |just )?not (?:so |too |very |that |really |terribly |overly |particularly |entirely |at all )?(?:keen|thrilled|enthusiastic|happy|comfortable) (?:on|about|with)\b/i;
// "I'd much prefer ...", "I would really rather ...", "... would be more accurate", "this whole piece of code can be
// simplified to:": see the "stated-preference" rule.
const STATED_PREFERENCE_RE =
  /\bi(?:'d|\s+would)\s+(?:much|really|strongly|personally|definitely|very much)\s+(?:rather|prefer)\b|\b(?:can|could) (?:also |easily |further |then |probably |likely )?be (?:simplified|shortened|folded|merged|combined)(?: down)? (?:to|into|as|like)\b|\bwould\s+(?:probably\s+)?be\s+more\s+(?:complete|consistent|robust|accurate|precise|descriptive|explicit|intuitive|idiomatic|natural|logical|appropriate|suitable)\b/i;

// Verbs a reviewer opens an instruction with ("Drop blank line here", "Please use dev_err_probe()"). A verb
// that is the subject of its sentence ("Check for operations is not added ...") is a noun. A reminder may come
// first: "As I said before, drop this.", "Again, remove the label."
const IMPERATIVE =
  /(?:(?:^|[.!?:;)]\s+|\n\s*\n\s*)|,\s+(?=(?:just|so|please|but)\s))(?:(?:as\s+(?:i|we)\s+(?:already\s+)?(?:said|wrote|mentioned|asked|noted)|as\s+(?:already\s+)?(?:said|mentioned|asked|requested|noted))(?:\s+(?:before|earlier|previously|already|last time|in (?:v\d+|the previous (?:version|revision|review))))?,\s+(?:please,?\s+|just\s+)?|again,\s+(?:please,?\s+|just\s+)?)?(?:please,?\s+|so,?\s+|then,?\s+|also,?\s+|or\s+|either\s+|just\s+|instead,?\s+|and\s+(?:then\s+|also\s+|just\s+)?|but\s+(?:please\s+)?|(?:no|nope|yes),\s+(?:please,?\s+|just\s+|then,?\s+|so,?\s+)?)?(?:drop|remove|delete(?!\s+mode\b)|add|implement(?=\s+(?:it|this|that|them|these|the|a|an|or)\b)|inline(?=\s+(?:it|this|that|them|these|the)\b)|align(?=\s+(?:it|this|that|them|these|those|the|all)\b)|use(?! case)|move|rename|replace|return|split|fix|make(?! sense)|change|check|call|keep|pass|leave|avoid|document|define|declare|initiali[sz]e|put(?!\s+it\s+is\b)|switch|convert|merge|squash|update|reorder|sort|simplify|introduce|handle|describe|explain|mention|provide|separate|get rid of|stick to|limit|insert|reuse|invert|annotate|wrap(?= (?:(?:the )?(?:lines?|text|commit message|description|changelog) )?at \d)|(?:do not|don'?t)(?!\s+(?:know|think|see|remember|care|understand|mind|worry|have|get|need to worry|be)\b)|no need(?!\s+(?:to\s+|for\s+(?:an?\s+)?)(?:apologi[sz]\w*|be sorry|worry|thank|rush)\b))\b(?!\s+(?:for|of)\s+(?:[\w-]+\s+){0,3}(?:is|are|was|were)\b)/i;

// What follows "should" when it states an expectation about behaviour rather than asks for a change:
// "should be fine", "should not actually matter", "should never happen", "should really be able to".
const EXPECTED = String.raw`\s+(?:(?!only)\w+ly\s+)?(?:be\s+)?(?:fine|ok(?:ay)?|safe|good|correct|enough|sufficient|work|able|have been|matter|happen|(?:a|an) (?:problem|issue)|(?:dealt with|handled|addressed|covered|fixed) by|(?:too |that |very |so |particularly )?(?:difficult|hard|complicated|tricky)|(?:a )?big deal)\b`;

// "This should simplify things", "that should help": what the patch is expected to bring, no request (a
// reviewer asking for it names someone else: "you should simplify this").
const PATCH_BENEFIT = String.raw`(?!(?<=\b(?:this|that|it|which|these|they)\s+should)\s+(?:\w+ly\s+)?(?:simplify|help|improve|speed\s+up|reduce|avoid|fix|solve|make\s+(?:\w+\s+){0,2}(?:easier|simpler|faster|cleaner|nicer))\b)`;

// The changes a reviewer asks for politely, as a question: "Can you (please) split this up into two commits?".
const POLITE_VERBS = String.raw`(?:drop|remove|add|use|move|rename|replace|split|fix|make|change|update|rebase|re-?send|re-?spin|re-?post|re-?submit|squash|merge|convert|reword|rewrite|re-?word|document|switch|simplify|revert|sort|reorder|mention|include|put|wrap|address|modify|correct|adjust|amend|fold|separate|avoid|limit|annotate|initiali[sz]e|declare|define|return|pass)`;
// "Can we drop this hunk for now?", "Shall we avoid the global variable?": the same request put with "we", the
// reviewer sharing the work. Not a question about taking the patch ("Can we merge this for 6.2?").
const WE_ASK = String.raw`(?:can|could|shall) we (?:(?:please|maybe|perhaps)\s+)?(?:also\s+|just\s+)?(?!(?:merge|include|re-?send|re-?post|re-?submit|make\s+progress)\b)${POLITE_VERBS}\b`;
// "Can you move this into the scope of the if() below?", "Would you add a Fixes tag?": a change asked for as a
// question, "please" or not ("Could you ...?" is a soft request, read by the suggestion rule first).
const POLITE_ASK = String.raw`\b(?:can|will|would) you (?:(?:please|kindly)\s+)?(?:also\s+|just\s+)?${POLITE_VERBS}\b(?:[^.!?]|\.(?!\s)|!(?==))*\?`;
// Its own rules read it (COMMENT_RULES' "asks-with-we"), not a branch of FIRM_REQUEST, which many patterns embed: the
// common path does not pay for it. The question runs on over code's "!=" ("can we use num_submap != 0 as ...?").
const WE_ASK_RE = new RegExp(String.raw`\b${WE_ASK}(?:[^.!?]|\.(?!\s)|!(?==))*\?`, "i");

const FIRM_REQUEST = new RegExp(
  [
    String.raw`(?<!\bi\s)(?<!\bor it\s)\bshould(?:n'?t)?\b${PATCH_BENEFIT}(?!\s+(?:already|still|ensure)\b|\s+have\b(?!\s+(?:a|an)\s))(?!(?:\s+(?:not|never))?${EXPECTED})`,
    // "You need a mutex here"; "if you need it", "what you need", "the luck you need" are no demand.
    String.raw`\bmust\b(?!-)|(?<!\b(?:if|when|what|unless|whatever|as|the \w+)\s)\byou (?:\w+ )?need\b`,
    // "spi_write() needs a DMA safe buffer.": a function the code calls needs something it is not given.
    String.raw`(?:^|[.!?]\s+)[A-Za-z_]\w*\(\)\s+needs\s+(?:an?|the)\s`,
    // "You have to boot it / bisect it": a request to test or investigate is not a request to change the code;
    // "no need to apologise", "you don't need to worry about it" ask nothing ("you have to worry about X" does).
    String.raw`\b(?:needs?|has|have) to\b(?!\s+(?:either\s+)?(?:test|boot|run|try|reproduce|bisect|isolate|debug|investigate|verify|confirm|apologi[sz]\w*|be sorry|thank)\b)(?!(?<=(?:n't|\bnot|\bno)\s+(?:needs?|has|have) to)\s+worry\b)`,
    // "This really needs splitting up into separate patches", "needs to be split into two": the patch goes back to
    // be cut into smaller ones (Lorenzo Stoakes on Suren Baghdasaryan's v4 2/4, split into three in v5).
    String.raw`\bneeds? (?:to be )?(?:split(?:ting)?|broken|breaking) (?:up|out|down|apart|into)\b`,
    // "Error handling missing.": a short noun phrase said to be missing.
    // "This patch lacks a Signed-off-by.": the patch is said to be without something.
    String.raw`\b(?:is|are|seems?) (?:missing|missed)\b|(?:^|\n)\s*(?:still\s+|also\s+)?missing\b|^[^.?!\n]{1,40}\bmissing[.!]?\s*$|\b(?:this|the|your) (?:patch|commit|change) (?:lacks|is lacking)\b`,
    String.raw`\b(?:unnecessary|unneeded|superfluous|redundant|pointless|not (?:needed|necessary|required|used))\b|\b(?:is|are)n['\u2019]?t (?:needed|necessary|required)\b`,
    // "You no longer need 'allOf' here.", "This is no longer needed."
    String.raw`\bno longer (?:need|needed|necessary|required|used)\b|\b(?:is|are|looks?|seems?) (?:now |still )?unused\b`,
    // "I don't like this -- p should have a trailing flexible array": a rejection of the code as written
    // (a cosmetic or softened one, "I don't like this name. Maybe ...", is taken by the nit rules first).
    String.raw`\bi (?:really )?(?:don'?t|do not) like (?:this|it|that)\b`,
    String.raw`\bplease\b`,
    String.raw`\bi fail to see\b`,
    // "This part doesn't belong in the commit message", "The logic above does not belong anymore."
    // Said of what the patch adds, opening its sentence ("... warn if the pushed commits do not belong to the branch",
    // "Page cache doesn't belong to any process" describe).
    String.raw`(?:^|[.!?:]\s+|\n)\W*(?:[\w'-]+\s+){0,4}?(?:does not|doesn'?t|do not|don'?t)\s+belong\b(?!\s+to\s+(?:any|an?|no|some|one)\b)`,
    // "There is no need for an @else statement here since ...": something the patch adds is not needed.
    // ("If using [1], then there is no need for these changes" weighs another way; "... no need for X, but Y" discusses.)
    String.raw`\bthere(?<!\b(?:if|when|once|unless|for|course|meant|guess)\b[^.?!]{0,80}there)(?:'s|\s+is)\s+no\s+need\s+(?:for|to)\b(?!\s+(?:(?:an?\s+)?(?:apologi[sz]\w*|be sorry|worry|thank|rush|re-?send|re-?spin|re-?post|send|v\d|review))\b)(?![^.?!]*\bbut\b)`,
    // "I think the right thing to do here is making sure that a child pins its parent": the way it has to be done.
    String.raw`\bthe\s+(?:right|correct|proper)\s+(?:thing\s+to\s+do|fix|way\s+to\s+(?:fix|do|handle)\s+(?:this|it|that))(?:\s+here)?\s+(?:is|would\s+be)\b`,
    POLITE_ASK,
    // "The MAINTAINERS and the DT warning can be ignored, but I expect the rest to be fixed."
    String.raw`\bi\s+(?:would\s+|'d\s+)?expect\s+(?:[\w'-]+\s+){0,5}?to\s+(?:be\s+(?:fixed|addressed|changed|dropped|removed|split|documented|updated|handled|resolved)|get\s+fixed)\b`,
    // "You've not updated the driver to accept this compatible": the patch lacks something.
    String.raw`(?<!\b(?:if|in case|unless|when)\s+)\byou(?:(?:'ve| have) not| haven'?t)\s+(?:updated|added|documented|changed|fixed|addressed|handled|removed|converted|explained|described|answered|reacted|responded|defined|implemented|considered)\b`,
    // Praise denied is criticism: "The magic numbers here aren't great...", "Not great duplicating ...",
    // "I'm not a huge fan of ...". ("Not ideal, but fine" concedes.)
    String.raw`(?<!\b(?:while|although|though|if)\s+)(?:\bnot|n't)\s+(?:(?:very|really|that|particularly|so|terribly|exactly|too)\s+)?(?:great|nice|ideal|pretty)\b(?![\s,.]*(?:but|though)\b)|\b(?:i'?m|i am) not (?:a )?(?:huge |big |great |massive )?fan of\b`,
    // "Also, this block can be eliminated completely...": what the patch adds can go. ("In 32-bit mode ... it can be
    // eliminated" explains what a compiler does: only a named thing counts.)
    String.raw`\bcan (?:now |then |just |simply )?be (?:dropped|removed)\b|\b(?:this|that|these|those)(?:\s+[\w-]+){0,2}\s+can (?:now |then |just |simply |also )?be (?:eliminated|deleted|omitted)\b`,
    String.raw`\b(?:this|that|it) (?:needs|requires)\b`,
    // "Comment needs an update ...", "The help text needs updating": something of the patch must be brought up to date.
    // ("I guess either /proc/stat or htop needs fixing then", "We might need a fixup when we backmerge" speak of others.)
    String.raw`(?:^\W*|\b(?:this|that|it|comments?|documentation|docs?|changelog|description|kernel-?doc|help(?: text)?|code|commit (?:message|log)|binding|example)\s+(?:also\s+|still\s+|probably\s+)?)needs? (?:an? |some )?(?:update|updating|fix|fixing|fixup|rework|reworking|adjusting|adjustment|rebase|rebasing)\b`,
    // "I think this will need an EXPORT_SYMBOL_GPL thrown in": a request put as what the code will need.
    String.raw`\b(?:this|that|it)(?: (?:probably|also|still))? will need (?:a|an|the|to|some)\b`,
    // "There is a typo in the subject line": a slip pointed out is a slip to fix.
    String.raw`\bthere(?:'s|\s+is|\s+are)\s+(?:a|an|one|some|two|several|another)\s+(?:small\s+|minor\s+)?typos?\b`,
  ].join("|"),
  "i",
);

// Within one sentence an imperative opens it ("Drop this.", "nit: use x"); "(ACPI) do not adopt" is prose.
const SENTENCE_IMPERATIVE = new RegExp(IMPERATIVE.source.replace(String.raw`(?:^|[.!?:;)]\s+|\n\s*\n\s*)`, String.raw`(?:^\s*|[:;]\s+)`), "i");
const CHANGE_REQUEST_RE = new RegExp(`${SENTENCE_IMPERATIVE.source}|${FIRM_REQUEST.source}`, "i");
// Defect claims that stand on their own; the weak ones ("shouldn't", "I don't think this") are common in
// discussion and need a short remark or a strong signal beside them.
// "I do not think suppressing random keys in the driver is a good idea": the reviewer turns the approach down.
const NOT_GOOD_IDEA = String.raw`(?:don['\u2019]?t|do not) think (?:[\w'\u2019-]+\s+){0,8}?(?:(?:is|are|would be|will be)\s+|[\w-]+['\u2019]s\s+)(?:a\s+|an\s+)?(?:good|great|wise|sane)\s+(?:idea|approach)\b`;
// A maintainer turning the change down: "Unrelated change.", "This looks unrelated to the refactoring and needs a
// separate patch", "This is not the correct solution", "This is not how this is supposed to work", "These changes
// won't apply", "Since there are lots of warnings, we can't apply this.", "I am against it". ("This is unrelated to
// your patch, but ..." sets a remark apart; "we can't apply it yet/until ..." waits; "... gives something that looks
// unrelated" is no subject of its own; "These are unrelated, ignore them" speaks of warnings; "this is unrelated to X,
// right?" asks.) "Frankly I find the original clearer. So I prefer to keep the code as is.": the change is declined.
const REJECTION = String.raw`(?<=(?:^|[.!?;:]\s+|\n)\s*)(?:(?:this|that|it)(?: (?:change|hunk|part|bit|line|one))?|(?:these|those) (?:changes|hunks|parts|bits|lines)) (?:is|are|looks?|seems?)(?: to be)? (?:(?:like )?an? )?(?:completely |totally |entirely |quite )?unrelated\b(?!\s*:|,?\s+but\b|[^.!?]*\?)(?!\s+to\s+(?:this|the|your|my)\s+(?:patch|series|change|commit|question|issue|problem|discussion|thread)\b)|^\W*(?:an?\s+)?(?:completely\s+|totally\s+)?unrelated\s+changes?\W*$|(?:this|that|it)(?:'s| is) not (?:the|a) (?:right|correct|proper|good) (?:solution|approach|way to (?:do|fix|handle) (?:this|it))\b|(?:this|that)(?:'s| is) not how (?:this|it|we|things|the \w+) (?:is supposed to|should|works?|are supposed to|is done|are done)\b|(?:patch(?:es)?|series|changes?|this|it) (?:won'?t|will not) apply\b|(?:i|we)\s+(?:can'?t|cannot)\s+(?:apply|take|merge|accept)\s+(?:this|it|these|them)\b(?![^.?!]*\b(?:yet|now|at the moment|until|before|merge window|during|earlier|later|once|after|first|either|tree|through|via)\b)|(?:i'?m|i am) (?:strongly |very much |totally )?against (?:it|this|that|such|these)\b|\bi(?:'d| would)? (?:prefer|rather) (?:to )?keep (?:the|this) (?:code|original(?: \w+)?) as(?: it)? is\b|(?<!\b(?:understand|see|know|realize|assume|guess|if|since|because|as|unless|when)(?: that)?\s)(?:we|you) (?:probably |really |definitely |certainly )?(?:don'?t|do not) want to (?:do|have|call|add|take) (?:that|this|it)\b`;
// The reviewer sees no worth in the change or says it cannot go in: "I can't see the added value of this header.",
// "I don't see the point of this wrapper", "Well, this won't fly at all." ("Let's see if it flies" hopes.)
const NO_VALUE_SEEN = String.raw`i (?:can'?t|cannot|don'?t|do not) (?:really )?see (?:the|any) (?:added |real |actual )?(?:value|point|benefit) (?:of|in) (?:this|these|that|those|the|adding|having|doing|moving|introducing)\b|(?:this|that|it) (?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not) fly\b`;
const STRONG_DEFECT = String.raw`(?<=(?:^|[.!?]\s+)\W*)still (?:broken|fails|failing|crashes|crashing|hangs|not working|(?:doesn'?t|does not) (?:work|build|compile|boot))\b|this (?:is|looks|seems) (?:(?:just|simply|plain|clearly|obviously|definitely|totally|completely|still)\s+)?wrong|(?:this|that|it|which) (?:can|could|will|may|might) (?:overflow|underflow|deadlock|leak|crash)\b|${NOT}(?:is|looks|seems) (?:broken|wrong|bogus|buggy|racy)|(?:this|that|it) (?:doesn'?t|does not) (?:seem|look) (?:right|correct)\b|this breaks|will break|doesn'?t this need|i (?:honestly )?(?:_?hate_?)|won'?t work|(?:does not|doesn'?t|will not|can'?t|cannot) (?:quite )?(?:work|compile|build)|makes no sense|(?:does not|doesn'?t) make (?:any |much )?sense|is a bug|${NOT}leaks?\b|use-after-free|${NOT}deadlocks?\b|${NOT}(?:not correct|incorrect)|point of no return|${NOT}horribl[ey]|${NOT}ugly|please don'?t(?!\s+(?:get me wrong|misunderstand|take (?:this|it|that|me) (?:the wrong way|personally|as)))|does not exist upstream|(?:does not|doesn'?t) apply|\b(?:patch(?:es)?|series)\s+(?:do not|don'?t) apply\b|\b(?:got|get|getting|see|seeing|hit|hitting)\s+(?:a\s+|an\s+|the\s+)?(?:compile|build|compilation|link)\s+(?:error|failure)s?\b|not acceptable|unacceptable|is not (?:right|safe|valid)|(?<!\b(?:current|currently|existing|old|original|today'?s)\b[^.?!\n]{0,40})(?<!\b(?:commit (?:message|log|title|subject|description)|subject(?: line)?|title|changelog|comment|spelling|wording)\s+)isn'?t (?:right|safe|valid|correct)\b|(?:this|the|your) (?:patch|change|commit)(?: (?:appears|seems) to| will(?: now)?)? (?:causes?|breaks?)\b(?! (?:the )?(?:alignment|indentation|formatting|style)\b)|(?:i'?m|i am) not (?:going to|gonna) (?:apply|take|merge|accept|queue)|(?:that|this)(?:'s| is) not something (?:we|you) (?:should|want to|can) (?:do|take|merge|accept)\b|${NOT}(?:is|are|remains?|stays?|left) uninitiali[sz]ed\b|uninitiali[sz]ed (?:stack|memory|bytes|data)\b|(?:we'?re|we are|i'?m|i am) not (?:merging|taking|applying|accepting) (?:this|these|that|it|hacks?|such)\b|i (?:won'?t|will not) (?:apply|take|merge|accept|queue) (?:this|it|that|these|the)\b|(?:is|looks|seems|sounds) (?:(?:way|far|much|just) )?too risky\b|i (?:really |strongly )?dislike (?:this|such|that|these|the)\b|(?:is|are) \*?not\*? the (?:right |correct |proper )?place (?:for|to)\b|${NOT_GOOD_IDEA}|${REJECTION}|${NO_VALUE_SEEN}`;
const STRONG_DEFECT_RE = new RegExp(String.raw`\b(?:${STRONG_DEFECT})`, "i");
// "It is meaningless.": a claim, yet no strong one ("This is meaningless for a commit log reader" is about wording),
// opening its sentence ("... also sounds good to me (I believe it is useless)" agrees to drop something). The
// sentence start is looked behind for after the words match, not at every position.
const BUG_CLAIM_RE = new RegExp(String.raw`\b(?:${STRONG_DEFECT}|(?:this|that|it) (?:is|looks|seems) (?:just |simply |completely |totally )?(?:meaningless|useless)\b(?<=(?:^|[.!?]\s+|\n)\W*(?:this|that|it) (?:is|looks|seems) (?:just |simply |completely |totally )?(?:meaningless|useless))|don'?t think (?:this|the|that|it)|should(?:n'?t| not)(?!${EXPECTED})|must not)`, "i");

// A sentence not addressed to the patch under review, one shape per line.
const NOT_ADDRESSED = new RegExp(
  [
    // The next version is not needed: "If nobody points out anything else, you do not need to send v4."
    String.raw`\b(?:(?:do not|don'?t) (?:need|have) to|no need to) (?:re-?send|re-?spin|re-?post|re-?submit|send (?:a |an |the )?(?:v\d+|new version|another version|next version|new revision|it again|this again))\b`,
    // Other trees: backports and stable.
    String.raw`\bbackport\w*|\b(?:for|to|into) (?:-|the )?stable\b|\bstable (?:trees?|kernels?|releases?|branch(?:es)?)\b`,
    // Later work ("once this lands we need to extend the tests").
    String.raw`\b(?:once|after|when|until) (?:this|it|that|the series|these|they) (?:\w+ )?(?:lands?|(?:is|are|gets?|has been|have been) (?:merged|applied|in|converted|accepted|landed|upstream(?:ed)?)|goes in)\b|\bin (?:the )?(?:near |distant )?future\b|\bfor (?:future|later) reference\b|\bnext time\b|\bout of (?:the )?scope\b|\bfollow-?up\b|\b(?:someday|eventually|at some point|going forward)\b|\b(?:do|fix|address|handle|clean) (?:it|this|that|them) (?:up )?later\b|\b(?:later|separate) (?:series|patch ?sets?)\b|\bcan (?:be )?\w+ (?:\w+ ){0,4}later\b`,
    // The reviewer's own plans and duties ("I just need to learn", "let me").
    String.raw`\bi (?:just |also |still |really |probably |then |only )?(?:should(?:n'?t| not)?|need to|have to|must|will|plan to|am going to|'m going to|(?:may|might) (?:also )?(?:need|have) to)\b|\bi'll\b|\blet me\b|\bi'?m (?:preparing|planning)\b|\bi plan\b|\bi(?: would|'d) (?:need|have) to\b|\bwhen i (?:can|could|have|find) (?:get to|time)`,
    // Counterfactual past and deduction ("it must have done this for years"), explanation of an observed
    // failure, information with no consequence drawn.
    String.raw`\b(?:should(?:n'?t| not)?|must) have (?!to\b|(?:a|an|the|its?|their|some|no|one|this|that|these|those|more|less|proper|only|separate|any|two|\d+)\b)\w+|\bthat'?s why\b|^\s*(?:fyi|fwiw|for the record|(?:just )?a heads[- ]up)\b(?![^.]*\b(?:so|therefore|hence|please)\b)`,
    // Reported or dropped thoughts, and a denied defect: "at first I thought we should ...", "I wasn't
    // saying that we should ...", "I don't think it's inherently wrong". ("I don't think it should be
    // changed" stays: against a patch that changes it, that is a rejection.)
    String.raw`\b(?:i|we) (?:first |initially |originally )?thought\b|\b(?:wasn'?t|was not|am not|'m not) saying\b|\b(?:don'?t|do not) think (?:it|this|that|there)(?:'s| is| are| will be| would be)? (?:\w+ ){0,4}?(?:wrong|broken|incorrect|(?:a|an) (?:\w+ )?(?:problem|issue))\b`,
    // "I don't think there is a potential crash here", "I don't think the inode can disappear": a defect denied.
    String.raw`\b(?:don'?t|do not) think (?:there(?:'s| is| are| will be| would be)|(?:it|this|that|the \w+) (?:can|could|will|would)(?: ever)?)\b[^.?!]*?\b(?:crash|leak|race|deadlock|disappear|go away|overflow|underflow|happen|trigger|be (?:freed|null|reached))\w*`,
    // Whose job something is, not what the patch must do: "I don't think it's his responsibility to make ...".
    String.raw`\b(?:don'?t|do not) think (?:it|this|that)(?:'s| is) (?:\w+ ){0,2}(?:responsibility|job|duty|fault)\b`,
    // The state before the patch, not the patch: "at least we agree what we have today is not great".
    String.raw`\bwhat we have (?:today|now|currently|at the moment|in (?:the )?tree)\b`,
    // Wondering aloud is a question (the question rule takes the remark), not a demand; so is asking what a
    // word meant ("What do you mean 'leak' here?").
    String.raw`\bi(?:['\u2019]d| had|['\u2019]ve| have)? (?:also |just )?(?:been |was )?wonder(?:ing|ed)?\b|^\W*what do you mean\b[^.!]*\?`,
    // A lead-in to the remarks that follow: "please look below", "see my comments inline".
    String.raw`^\W*(?:(?:please|so|and),?\s+)?(?:see|look|read|find) (?:\w+ ){0,3}(?:below|inline)\W*$`,
    // A clause whose verb is left out after "shouldn't" names a case, it claims nothing: "If the concern is code
    // paths taking the lock when they shouldn't, then you could ...".
    String.raw`\b(?:when|if|where|whenever|unless)\s+(?:they|it|we|you|one|people|he|she|this|that|[a-z]\w*)\s+(?:should(?:n'?t| not)|must(?:n'?t| not))(?=\s*(?:[,;)]|\s+then\b|$))`,
    // A pointer at a form letter pasted below: "..., then please read the standard form below:".
    String.raw`\bplease (?:read|see) the (?:standard |usual )?form(?: letter)? (?:below|bellow)\b`,
    // The same after thanks ("Thanks for sharing the test code, and please see the below:"), and a note
    // the reviewer leaves himself ("Note to myself, the line was added in: ...").
    String.raw`^\W*(?:thanks|thank you)\b[^.?!]*?(?:,|\band)\s*(?:please,?\s+)?(?:see|look at|read|find) (?:\w+ ){0,3}(?:below|inline)\W*$|^\W*note to (?:myself|self)\b`,
    // A defect claim taken back in the same sentence: "This looks buggy, but I do realize that ...".
    String.raw`\bbut (?:then |now )?i (?:do |now |also )?(?:realize|realise|see|noticed?)\b`,
    // Requests about the mail flow, not the code: "keep me in the loop", "please go push out this patch".
    String.raw`\bkeep me (?:in the loop|in cc|cc'?e?d|posted)\b|\bcc me\b|\bget (?:this|it|these|them|the (?:patch|fix|series)) (?:in|into|merged|applied|upstream)\b|(?<!\bnot (?:going to|gonna) |\b(?:won'?t|will not|can'?t|cannot) )\b(?:push(?: out)?|apply|take|pick up|queue) (?:this|the|these|both|all) (?:patch(?:es)?|series)\b(?! (?:into|in|with) )`,
    // Leave to take it through a tree: "Please feel free to route it along with the rest of the series."
    String.raw`\bfeel free to (?:route|take|merge|apply|pick(?: up)?|queue|carry|funnel)\b`,
    // Who merges it ("This needs to be merged by the board maintainer"), a plea for patience ("Please bear
    // with me"), a worry that the report is forgotten ("this should not fall through the cracks").
    String.raw`\b(?:be|get) (?:merged|taken|picked up|applied|routed|queued)\s+(?:by|through|via)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?maintainers?\b|\bbear with (?:me|us)\b|\bbe patient\b|\b(?:fall|falls|falling|slip|slips|slipping)\s+through\s+the\s+cracks\b`,
    // What the writer provided himself is wrong ("the reproduce step we provide is wrong"): no finding in the patch.
    String.raw`\b(?:the|our|my)\s+(?:[\w-]+\s+){1,2}(?:we|i)\s+(?:provided?|sent|gave|posted|shared|attached|used)\s+(?:is|was|are|were)\b`,
    // Which tree a series is merged through is the maintainers' business, not a change to the code.
    String.raw`\b(?:go|goes|be (?:merged|taken|picked up|applied|routed|queued))\s+(?:in\s+)?(?:through|via)\s+(?:the\s+|my\s+|your\s+|\S+'s\s+)?[\w-]+\s+(?:tree|branch)\b`,
    // "Please funnel the rest through the ARM SoC tree.": the same, asked of whoever sends it on.
    String.raw`\b(?:funnel|route|send|take|push|merge|queue|pick up|apply)\s+(?:\S+\s+){0,4}?(?:through|via)\s+(?:the\s+|my\s+|your\s+|\S+'s\s+)?(?:[\w-]+\s+){0,2}(?:tree|branch)\b`,
    // Who else should see it: "(please add linux-fsdevel, viro to cc on future versions ...)", "Please also
    // Cc Thomas, who wrote ...". A Cc of stable asks for a tag in the patch and stays.
    // ("CC [M] fs/fuse/fuse.mod.o" in a pasted build log is no such request.)
    String.raw`\badd\b[^.?!]{0,80}?\bto\s+(?:the\s+)?cc\b(?!:)|^\W*(?:(?:and|also),?\s+)?please,?\s+(?:also\s+)?cc\b(?!:|\s*:?\s*stable\b)|^\W*(?:(?:i'?m|i am)\s+(?:also\s+)?)?cc'?ing\b|\bcc'?ing me\b|^\W*\+cc\b`,
    // Said not to be about this patch: "This isn't an issue with your code, and I'm not asking you to fix this".
    String.raw`\b(?:i'?m|i am) not asking (?:you\s+)?to\b|\b(?:isn'?t|is not) (?:an? )?(?:issue|problem) with (?:your|this|the) (?:code|patch|change|series)\b`,
    // The maintainer's intent to merge and his call for last objections: "I'm going to go ahead and merge
    // this into lsm/dev; if anyone has any objections, ACKs, etc. please speak up soon."
    String.raw`\b(?:i'?m|i am) (?:going to|gonna) (?:go ahead and )?(?:merge|apply|take|queue|pick up)\b|\bspeak up\b|\bif (?:anyone|anybody|someone|somebody|people) (?:has|have) (?:any )?(?:objections?|concerns?)\b`,
    // A concession of a known weakness: "BTW, I know the code generation isn't great in some cases."
    // ("I know, I don't think it needs to be per-SoC" answers "I know" and makes its own point.)
    String.raw`^\W*(?:(?:btw|fwiw|and|also|yes|sure),?\s+)*i (?:know|realize|realise|admit)\b(?!\s*[,.;:!?])(?![^.?!]*\b(?:but|please|should|must|needs?|have to|has to|don'?t think)\b)`,
    // What can go once something else happens: "until congestion_wait callers can be removed".
    String.raw`\b(?:until|once|after|before)\b[^.,;?!]{0,60}\bcan (?:now |then |just |simply |finally )?be (?:dropped|removed|eliminated|deleted|omitted)\b`,
    // A patch already taken elsewhere: "pls take this one out of your next version as it is already on its way upstream".
    // ("This conflicts with commit X, already in for-next" asks for a rebase; "I have already applied the
    // original patch, so please ..." speaks of another patch.)
    String.raw`\b(?:it|this(?: one| patch)?|that(?: one)?|they|these)(?:'s|'re|\s+is|\s+are|\s+was|\s+has\s+been)?\s+already\s+(?:on\s+(?:its|their)\s+way|queued|applied|merged|picked\s+up)\b`,
    // Asks what the author saw: "Were you seeing an actual deadlock with these patches?"
    String.raw`^\W*(?:(?:and|but|so),?\s+)?(?:were|was|did|have|had|do|are)\s+you\s+(?:\w+\s+)?(?:seeing|see|seen|hit(?:ting)?|observ\w+|notic\w+|experienc\w+|running into|run into|reproduc\w+|getting)\b[^.!]*\?`,
    // Agrees with the author: "I agree that your updated bind and transport selection should handle this as well."
    String.raw`\bi (?:fully |tend to |do )?agree that (?:your|the author'?s|this|the (?:patch|change|new|updated))\b`,
    // A wish weighed against its cost: "Ideally we should introduce an output page, but that would waste a page per cpu".
    String.raw`\bideally\b[^.?!]*\bbut\b`,
    // Points at an attachment or the text below: "I fixed and tested it, please find the result attached."
    String.raw`\bplease (?:find|see) (?:\w+ ){0,3}(?:attached|enclosed)\b`,
    // Describes when something is required: "It only needs to arm the timer if it needs to send an interrupt."
    String.raw`\bonly (?:needs?|has|have) to\b[^.?!]*\b(?:if|when|once)\b`,
    // A tester's report that the patch works: "Thanks! This fixes the memory leaks I was seeing" ("While this fixes
    // X, it still doesn't work with Y" reports a defect).
    String.raw`\b(?:this|it|the patch|your patch|this patch|the fix|that)\s+(?:(?:really|indeed|also|now)\s+)?(?:fixes|fixed|solves|solved|resolves|resolved|cures|cured|gets rid of)\b(?![\s\S]*\b(?:but|still|however|except|although|though)\b)`,
    // A worry dismissed, a first thought dropped, a defence asked for: "I don't think we need to worry about
    // nohide after all", "My first inclination was that this is redundant, but ...", "What is wrong with that?"
    String.raw`\b(?:don'?t|do not|doesn'?t|does not|no)\b[^.?!]{0,30}\b(?:need|have) to worry\b|\bmy (?:first|initial) (?:inclination|thought|reaction|impression|instinct)\b|\bwhat(?:'s| is) (?:wrong|bad|broken) (?:with|about)\b`,
  ].join("|"),
  "i",
);
// Hypothetical mood: what one would have to do on another design ("we'd need to allocate ...", "if we
// also implement it, we should be able to ...", "otherwise we would need to accept ..."). A "please" in
// the sentence still makes it a request ("If we keep the function, please don't pass the inode.").
const HYPOTHETICAL =
  /^(?![\s\S]*\bplease\b)[\s\S]*(?:\b(?:(?<!\byou\s?)(?:would|'d)|might)\s+(?:then\s+|also\s+|still\s+|probably\s+)?(?:need|have) to\b|^\W*(?:(?:and|but|so|now),?\s+)?if (?:we|they|someone|somebody|anyone|anybody|one|people|users?|userspace)\b(?!\s+(?:really\s+)?(?:want|wish|need|care)\b)|\botherwise,? (?:we|they|one|you) would\b)/i;
// A constraint stated with its reason, about something other than the patch's own code, explains how
// things work: "io_submit() has to be called before io_wait() because the ring is set up there".
// "This/it/you must ... because" or "... should ... because" is still a request with its reason.
const REASON = /\b(?:because|since|as otherwise|so that)\b/i;
const CONSTRAINT = /\b(?:has|have|needs?) to\b|\bmust\b/i;
const REQUEST_SUBJECT = /\bplease\b|\byou\b|\bshould\b|\b(?:this|it|that|these|those)\s+(?:\w+\s+)?(?:has|have|must|needs?)\b/i;
function explainsConstraint(sentence: string): boolean {
  const reason = REASON.exec(sentence);
  if (!reason) return false;
  const main = sentence.slice(0, reason.index);
  return CONSTRAINT.test(main) && !REQUEST_SUBJECT.test(main);
}
// The reason given for a point ("..., because we should really offer that feature") is not the point.
// A sentence that opens with "because" ("... because here the -1 is missing.") is the point itself.
const REASON_CLAUSE = /\bbecause\b(?! of\b)(?:(?!\bbut\b)[^.?!;])*/gi;
function withoutReason(sentence: string): string {
  const firstWord = sentence.search(/\w/);
  return sentence.replace(REASON_CLAUSE, (clause, at: number) => (firstWord >= 0 && firstWord < at ? "" : clause));
}
// The duty falls on people, not on the patch: "someone has to reap the requests", "users need to ...". Or on other
// code: "new architectures only need to implement the fchmodat2 syscall" says what the patch spares them. ("New drivers
// must use devm_foo()" is the rule a new driver under review has to follow.)
const PEOPLE_DUTY =
  /\b(?:someone|somebody|nobody|no one|everyone|everybody|people|users|the user|user ?space|(?:the )?applications?|(?:new|future|other) (?:architectures|arches)|other (?:drivers|platforms|callers))\s+(?:\w+\s+)?(?:should(?:n'?t)?|must(?:n'?t)?|has to|have to|needs? to|(?:do|does)(?:n'?t| not) need to)(?!\w)/i;
// The reviewer, usually the maintainer, makes the change: "No need to resend, I can mangle this locally."
// "I can drop those when applying.", "I'll fix the subject up while merging.": an edit the applier makes.
const REVIEWER_TAKES_IT =
  /\bi(?:'ll|\s+will|\s+can|\s+could)?\s+(?:(?:just|simply|also|then)\s+)?(?:drop|remove|delete|fix|tweak|squash|fold|add|amend|adjust|change|rename|reword|reformat|re-?wrap|move|correct|update|sort|tidy|clean)\s+(?:(?:it|this|that|these|those|them|the\s+\w+)\s+)?(?:up\s+)?(?:while|whilst|when|on)\s+(?:applying|merging|picking\s+(?:it|this|them)\s+up)\b|\bi(?:'ll| will| can| could)? (?:just |simply |also )?(?:amend|mangle|fix (?:it|this|that) up|fix (?:it|this|that) (?:while|when) (?:applying|merging)|(?:squash|fold) (?:it|this|that) in)\b|\bno need to (?:re-?send|re-?spin|re-?post)\b[^.]*\b(?:i(?:'ll| will| can)|later|locally|while applying|when applying)\b|^\W*(?:i(?:'ve| have)?\s+)?(?:locally\s+fixed[- ]?(?:it\s+)?up|fixed[- ]?(?:it\s+|this\s+|that\s+)?up\s+locally)\b/i;
// Concedes the other side's point: "Yeah, agreed no need ...", "Fair enough.", "Yeah, okay. I was ...".
const CONCEDES = /^\s*(?:(?:yeah|yes|yep|ok(?:ay)?|right|true|sure)[,.!]?\s+)?(?:agreed|fair enough|makes sense|(?:that'?s a |a )?(?:good|great|nice) (?:idea|point)|ok(?:ay)?[.!]|go ahead\b)/i;
// Reports no finding, or agrees ("This is expected: ..."), with no "but" to turn it round.
const NOT_OBJECTION =
  /^(?![\s\S]*\b(?:but|however|except)\b)(?:\s*(?:this|that|it)(?:'s| is) (?:expected|intended|fine|ok(?:ay)?|correct)\b|\s*yes,? please(?: do)?[.!]|[\s\S]*(?:\bagreed[.!]?\s*$|\b(?:didn'?t|did not|don'?t|do not|haven'?t|have not|can'?t|cannot) (?:spot|see|find|notice)(?: \w+){0,2} (?:anything|any (?:issues?|problems?|bugs?))|\bno (?:other )?(?:issues|problems|concerns|complaints)\b|\bnothing (?:else )?(?:wrong|to (?:add|complain))\b|\b(?:seems?|sounds?|looks?|is|are) (?:(?!not\b)\w+ )?(?:sensible|reasonable)\b|\bjust to clarify\b|\bplease (?:do )?(?:submit|send)(?: (?:it|this|that|them|a (?:proper |formal )?patch))?\s*(?:[!.,:;)]|$)|\bfine to (?:move forward|go in|merge|apply)\b|^(?![\s\S]*(?:\?|\bcan (?:we|you)\b|\bplease\b(?!\s+go ahead)))\W*(?:i'?m|i am) (?:fine|ok(?:ay)?|happy|good) with (?:this|it|that|the (?:patch|change|series))\b|\bi (?:fully |tend to |do )?agree\b(?! with (?!you\b)(?:[\w'-]+ ){1,2}that\b[^.?!]*\b(?:should|must|needs? to)\b)))/i;
// The reviewer takes back his own point: "Ah true. I was wrongly assuming ...", "I stand corrected.", "My bad".
const RETRACTS = /^\s*(?:(?:ah|oh|ok(?:ay)?|right|true|yes|yeah)[,.!]?\s+)*(?:i (?:was|am) (?:wrong(?:ly)?|mistaken)\b|i stand corrected\b|i (?:misread|misunderstood)\b|my (?:bad|mistake)\b|my (?:earlier |previous )?(?:comment|remark|point|concern|objection) (?:is|was) (?:not valid|invalid|wrong|moot|bogus|void)\b)/i;
// "Yes, please." agrees to what the author proposed; what follows it is judged on its own.
const AGREES_OPENER = /^\s*(?:yes|yeah|yep|sure|ok(?:ay)?)[,.!]?\s+please(?:\s+do)?\s*[.!]*\s*$/i;
const CONCESSION_OPENER = /^\s*(?:(?:ah|oh|ok(?:ay)?|right|true|yes|yeah|agreed)[,.!]?\s*)+$/i;

/** Opens by taking back the reviewer's own point (maybe after "Ah true."), with no request or defect claim after it. */
function retracts(parts: string[]): boolean {
  const k = parts[0] && CONCESSION_OPENER.test(parts[0]) ? 1 : 0;
  const m = RETRACTS.exec(parts[k] ?? "");
  if (!m) return false;
  // What follows the retraction, in its own sentence too ("My bad, it should be BIT_ULL()."), asks nothing.
  const rest = [(parts[k] ?? "").slice(m[0].length), ...parts.slice(k + 1)].map((s) => s.replace(/\s+/g, " "));
  return !rest.some((s) => STRONG_REQUEST.test(s) || BUG_CLAIM_RE.test(s));
}
// "Update: stalled, waiting for ...": a note on where the work stands, not a request.
// Also a retraction of one's own remark, a note "for the archives", and a merge bot's list of applied patches.
const STATUS_NOTE =
  /^\s*(?:(?:update|status|(?:just )?for (?:the )?(?:archives?|record))\s*:(?![\s\S]*\bplease\b)|here is the summary with links:)|\bplease ignore (?:this|that|my)\b|\bsorry for the (?:noise|fuzz)\b/i;
// Strong enough to count inside a long discussion paragraph.
const STRONG_REQUEST = new RegExp(
  `${SENTENCE_IMPERATIVE.source}|${POLITE_ASK}|\\bplease\\b|\\byou (?:\\w+ )?(?:should|must|need to|have to)\\b|\\b(?:this|that|it|these) (?:\\w+ )?(?:should|must|needs? to)\\b|\\b(?:${STRONG_DEFECT})`,
  "i",
);
const LONG_WORDS = 70;
/** A remark of at most this many words is terse: "Single blank line is enough." */
const TERSE_WORDS = 8;
const LONG_SENTENCES = 4;

// A commit pasted as `git log` prints it ("commit 9fc2b2d0...", "Author:", "Date:", the message indented
// four spaces): its title and body are the commit's words ("vt: Fix console corruption"), not requests.
const GIT_LOG_ENTRY_RE =
  /^commit [0-9a-f]{7,40}\b[^\n]*\n(?:(?:Author|AuthorDate|Commit|CommitDate|Date|Merge):[^\n]*\n)*(?:(?: {4}|\t)[^\n]*(?:\n|$)|[ \t]*\n)*/gm;

/**
 * Split prose into sentences (at . ! ? before white space, and at blank lines) without quoted titles
 * ('("ipvs: use single svc table")' is no "use" request), without code lines, which are not prose, and
 * without lines quoted from an earlier mail ("> we should first outline the API"): not this reviewer's words.
 */
function sentences(text: string): string[] {
  return withoutPastedBlocks(text)
    .replace(/^[ \t]*>.*$/gm, "")
    // A patch's title pasted on its own line ("[PATCH 1/2] NFSD: initialize copy->cp_clp early") is no request.
    .replace(/^[ \t]*(?:(?:re|fwd?):\s*)*\[(?:PATCH|RFC)\b[^\]\n]*\][^\n]*$/gim, "")
    .replace(GIT_LOG_ENTRY_RE, "")
    .split(/(?<=[.!?])\s+|\n\s*\n/)
    // A title wrapped onto a second line ('commit 1ff54f4cbaed ("PCI: dwc: Add debugfs\nbased ...")') too.
    .map((s) => s.replace(/"[^"\n]*(?:\n(?![ \t]*")[^"\n]*)?"/g, '""'))
    .filter((s) => s.trim() !== "" && !/^\t|[;{}]\s*$/m.test(s));
}

// Pasted text is indented on its own below the line introducing it: a man page or a log four spaces in
// ("From the man page:\n\n    errno ... must not be declared"). Indented prose of the writer's own (a list
// item's hanging indent, "a) If allocating on demand, ..." under "The issues are:") stays.
const PASTED_BLOCK_RE = /(:[ \t]*\n(?:[ \t]*\n)?)((?: {4,}|\t)(?![-*+\u2022]\s|\(?\w{1,2}[.)]\s)\S[^\n]*(?:\n(?:(?: {4,}|\t)\S[^\n]*|[ \t]*(?=\n(?: {4,}|\t)\S)))*)/g;
function withoutPastedBlocks(text: string): string {
  const t = text.includes("/*") ? text.replace(PASTED_COMMENT_RE, "") : text;
  return t.includes("    ") || t.includes("\t") ? t.replace(PASTED_BLOCK_RE, "$1") : t;
}
// A C comment block pasted as a proposal ("I would like to add the following comment.\n\n    /*\n     * It should
// be fixed properly ...\n     */"): the words of the code, not requests (bounded: no closing "*/" reads nothing).
const PASTED_COMMENT_RE = /^[ \t]*\/\*(?:(?!\*\/)[^]){0,2000}\*\/[ \t]*$/gm;

// The request or claim stands in a sentence addressed to the patch; in a long paragraph it must be strong.
function isObjection(text: string, signal: RegExp, cosmeticIsNit = false, strongInLong = true): boolean {
  if (NOT_OBJECTION.test(text) || STATUS_NOTE.test(text) || REVIEWER_TAKES_IT.test(text)) return false;
  // "There's a small memory leak here. This is not a bug you introduced -- the original code had the same leak."
  if (PREEXISTING_RE.test(text) && !/\bplease\b/i.test(text)) return false;
  const parts = sentences(text);
  if (retracts(parts)) return false;
  // The concession itself is no request; what follows it is judged on its own.
  if (parts[0] && ((CONCEDES.test(parts[0]) && !/\b(?:but|however|except|please)\b/i.test(parts[0])) || AGREES_OPENER.test(parts[0]))) parts.shift();
  // A fix pasted below the remark ("Here is my fixup: diff --git ...") is code, not words of a long discussion.
  const long = parts.length > LONG_SENTENCES || withoutPastedDiff(text).split(/\s+/).length > LONG_WORDS;
  return parts.some((whole) => {
    const s = withoutReason(whole);
    if (!signal.test(s) || NOT_ADDRESSED.test(s) || explainsConstraint(whole)) return false;
    // "I don't think the Fixes: tag should have the quotes": a claim about the text or layout is a nit (read later).
    if (cosmeticIsNit && COMMIT_TEXT_RE.test(s) && !STRONG_DEFECT_RE.test(s)) return false;
    // "Please don't add empty line in between function and its error handling.": a layout request, a nit.
    if (cosmeticIsNit && COSMETIC.test(s) && !STRONG_DEFECT_RE.test(s.replace(PLEASE_DONT_RE, ""))) return false;
    // "If someone sends it with --histogram, this won't work" reports a defect, conditional or not.
    if ((HYPOTHETICAL.test(s) || PEOPLE_DUTY.test(s)) && !STRONG_DEFECT_RE.test(s)) return false;
    return !long || !strongInLong || STRONG_REQUEST.test(s);
  });
}

/** A remark of many sentences or words: a discussion rather than a note. */
function isLong(text: string): boolean {
  return withoutPastedDiff(text).split(/\s+/).length > LONG_WORDS || sentences(text).length > LONG_SENTENCES;
}

// "The interrupt must not be acked before EOI", "credited by the Reviewed-by tag": an interrupt acknowledged, a tag
// spoken of, no approval given.
const ACK_WORD_NOT_GIVEN = String.raw`\b(?:not|never|n't)\s+(?:be\s+|been\s+|get\s+|being\s+)?acked\b|\backed\s+(?:before|until)\b|^(?![\s\S]*\b(?:lgtm|looks? (?:good|fine|ok(?:ay)?)|here(?:'s| is) my|feel free to (?:add|include))\b)[\s\S]*\b(?:reviewed|acked|reported|tested)-by:?\s+(?:flags?|tags?|trailers?|lines?)\b`;

// "This looks good in principle, but I see one mistake:", "Looks fine to me, but there is one problem below": the
// approval is turned round by the finding that follows it; the remark is the finding.
const LOOKS_GOOD_BUT_FINDING = String.raw`\b(?:looks?|seems?)\s+(?:good|ok(?:ay)?|fine|sane)(?:\s+(?:in [a-z]+|at first (?:glance|sight)|overall|mostly|to me))?,?\s+but\s+(?:i\s+(?:see|found|spotted|noticed|have)\s+(?:an?|one|two|some|a few|a couple of)\s|there(?:'s|\s+is|\s+are)\s+(?:an?|one|two|some|a few|a couple of)\s)`;

const PLEASE_DONT_RE = /\bplease don'?t\b/gi;

// A unified diff pasted into the remark, from its "diff --git" (or "--- a/") line on.
const PASTED_DIFF_RE = /^(?:diff --git |--- a\/|Index: )[^]*/m;
function withoutPastedDiff(text: string): string {
  return text.includes("\n@@ ") ? text.replace(PASTED_DIFF_RE, "") : text;
}

// The defect is said to be older than the patch: the remark asks nothing of this patch.
const PREEXISTING_RE =
  /\b(?:not|n't) (?:a |an )?(?:bug|problem|issue|leak|regression) (?:that )?(?:you|this patch|the patch|your patch) (?:introduced|added|caused)\b|\b(?:the )?(?:original|existing|old|current) code (?:had|has) the same\b/i;

// A form reply's announcement of the problems it lists, and its request to resend after fixing them.
const FORM_PROBLEMS_RE =
  /\b(?:because of|have|has|with|found|noticed|are|is)\s+(?:the\s+)?following\s+(?:(?:common|possible|potential)\s+)?(?:errors?|problems?|issues?|mistakes?)(?:\s*\(s\))?|\b(?:errors?|problems?|issues?)\s*(?:\(s\)\s*)?(?:as\s+)?(?:indicated|listed)\s+below\b/i;
const FORM_RESEND_RE =
  /\b(?:re-?submit|re-?send|send (?:it|them|the patch(?:es)?|a new version) again|(?:send|post) (?:a )?(?:new|fixed|corrected|updated) (?:version|patch))\w*/i;

/** A remark that opens as a ping or reminder, maybe after the names it addresses ("Matt, Alexandre, Gentle ping."). */
const PING_RE = /^\W*(?:[A-Z][\w-]*,\s+){0,3}(?:(?:a|another)\s+)?(?:(?:gentle|friendly|kind|polite|soft|quick)\s+)?(?:ping|reminder)\b(?!-|\s+to\s+(?:myself|self)\b)/i;

const PRAISE_RE = /\b(?:nice|great|excellent|awesome|fantastic|good (?:catch|idea|work)|improvement|thanks for|thank you for|well done|cool)\b|^\s*i (?:really )?like\b(?! to\b)/i;
// "not a good idea", "isn't great", "doesn't seem like a great idea": the praise word is denied.
// ("I do not think it's a good idea": the denial stands four words before the praise word.)
const NEGATED_PRAISE_RE = /(?:\b(?:not|no|never|hardly)|n't)\s+(?:[\w'\u2019]+\s+){0,4}$/i;
const REASON_BEFORE_RE = /\b(?:since|because|if|whether|unless)\b/i;
/** "It would be", "it'd really be so", "could have been": the praise word that follows is wished for, not given. */
const WISHED_PRAISE_RE = /\b(?:would|'d|could|might)\s+(?:(?:also|really|still)\s+)?(?:be|have been)\s+(?:(?:so|really|very|pretty|quite|much)\s+)?$/i;
const TURN_RE = /^\s*(?:however|but|unfortunately|sadly|that said)\b/i;
const PATCH_REMOVED_RE = /\bi(?:'ve| have)? (?:now )?(?:removed|dropped|reverted|unapplied|backed out) (?:the|this|your|these|those) (?:patch(?:es)?|series|commits?|changes?)\b/i;
// "Thank you for the patch.", "Thanks for your patch!": the courtesy a reviewer opens with (often before the real
// remark, or alone above the inline ones). It praises nothing; "Thanks for the nice cleanup" still does.
const COURTESY_THANKS_RE =
  /\b(?:many thanks|thanks|thank you)\s+(?:(?:a lot|so much|very much)\s+)?for\s+(?:the|this|your|these)\s+(?:(?:quick|updated?|new|revised|fixed|v\d+)\s+)?(?:patch(?:es|set)?|series|version|revision|respin|update|submission|contribution|v\d+)\b/gi;
/** A remark holding the courtesy ("Thank you for the patch. I will queue it this weekend.", "Anyway. Thanks for the patch."). */
export function hasCourtesyThanks(text: string): boolean {
  COURTESY_THANKS_RE.lastIndex = 0;
  const found = COURTESY_THANKS_RE.test(text);
  COURTESY_THANKS_RE.lastIndex = 0;
  return found;
}
/** How far into the remark praise may stand and still be what the remark is about. */
const PRAISE_SENTENCES = 2;

// Praise is the remark's point: it stands in its first sentences, undenied, and no "but" turns it round
// ("That's great but other users do care ...", "Thanks for the update, but that's not what I asked for").
function isPraise(text: string): boolean {
  const parts = sentences(text);
  for (let i = 0; i < parts.length && i < PRAISE_SENTENCES; i++) {
    const s = (parts[i] ?? "").replace(COURTESY_THANKS_RE, "");
    const m = PRAISE_RE.exec(s);
    if (!m) continue;
    if (NEGATED_PRAISE_RE.test(s.slice(0, m.index))) return false;
    // "It would be great to get some numbers here": a wish for what the patch lacks, not praise of it.
    if (WISHED_PRAISE_RE.test(s.slice(0, m.index))) continue;
    // "Since this looks like an improvement ..., it would be net-next": the reason for another point.
    if (REASON_BEFORE_RE.test(s.slice(0, m.index))) continue;
    // "Thanks for the patch. However, there is already support ...": the next sentence turns it round;
    // "Thanks for the input. I have removed the patch until ...": the patch is taken out.
    if (TURN_RE.test(parts[i + 1] ?? "") || parts.some((p) => PATCH_REMOVED_RE.test(p))) return false;
    return !/\b(?:but|however|although|though|unfortunately)\b/i.test(s.slice(m.index));
  }
  return false;
}

// "Please submit a new version of that patch", "please send a v2": another version is asked for.
const ASKS_NEW_VERSION_RE =
  /\bplease\s+(?:(?:do\s+)?(?:re-?submit|re-?send|re-?post|re-?spin|send|submit|post)\s+(?:(?:a|an|the)\s+)?(?:new|updated|fixed|corrected|reworked|next|another|v\d+)\b(?:\s+(?:version|revision|patch|series|iteration|spin|one))?|re-?spin\b)/i;

// A line ending a statement or opening/closing a block: what the code-suggestion rule reads further (isCodeLine).
const CODE_END_RE = /[;{}][ \t]*$/m;
/** Longer lines are never read as code (a hostile line stays cheap). */
const MAX_CODE_LINE = 200;

/** A line of C: a statement ending in ";" or a line opening a block, with code punctuation; a closing brace. */
function isCodeLine(line: string): boolean {
  if (line.length > MAX_CODE_LINE) return false;
  const t = line.trim();
  if (/^(?:return|break|continue|goto)\b/.test(t) && t.endsWith(";")) return true;
  if (t.startsWith("}")) return t.length <= 21;
  return /[;{]$/.test(t) && /[=()[\]>]/.test(t.slice(0, -1));
}
/** Most words of prose around a proposed code line ("Can be simplified with help of Elvis:"). */
const CODE_PROSE_WORDS = 20;

const C_WORDS = new Set(
  "static const void int unsigned signed long short char bool struct enum union inline extern volatile return goto break continue if else for while do switch case default sizeof typeof".split(" "),
);
/** Most plain words (not C keywords) in a row that a line of code holds outside its strings and comments. */
const MAX_CODE_WORD_RUN = 2;

/** A line whose words outside strings and comments run like prose ("Yeah will be a big series ;) stats++;"). */
function isProse(line: string): boolean {
  let run = 0;
  for (const token of line.replace(/"(?:[^"\\]|\\.)*"|\/\*.*?\*\/|\/\/.*$/g, " ").split(/\s+/)) {
    if (/^[A-Za-z']+[,.!]?$/.test(token) && !C_WORDS.has(token)) {
      if (++run > MAX_CODE_WORD_RUN) return true;
    } else run = 0;
  }
  return false;
}

/** The text without its lines of C code (a "?:" there asks nothing). */
function withoutCodeLines(text: string): string {
  if (!text.includes(";")) return text;
  return text
    .split("\n")
    .filter((l) => !(isCodeLine(l) && !isProse(l)))
    .join("\n");
}

/** A remark that is code, with a short lead-in at most, and no question in its words. */
function proposesCode(text: string): boolean {
  let words = 0;
  let code = false;
  for (const line of text.split("\n")) {
    // Code lines, and a statement's continuation lines (indented, or ending in "," or an operator).
    const codeLine = isCodeLine(line);
    if ((codeLine || /^[ \t]/.test(line) || /[,(=|&+]\s*$/.test(line)) && !isProse(line)) {
      code ||= codeLine;
      continue;
    }
    if (line.includes("?")) return false;
    words += line.split(/\s+/).filter(Boolean).length;
    if (words > CODE_PROSE_WORDS) return false;
  }
  return code;
}

// "Could you please update a V2 to ...?", "Can you kindly drop the cast?", "Perhaps you can just include a patch
// deleting it?", "Can we avoid ifdefs here?": a change asked for politely, with a question mark. Asking to be told
// ("Could you please explain ...?", "Can you please share the log?") or to
// try something ("Could you please test ...?") stays a question.
const POLITE_REQUEST_RE = new RegExp(
  String.raw`(?:^|(?<=[.!?:]\s+)|(?<=\n)|(?<=,[ \t]+)(?=(?:perhaps|maybe)\s))[ \t]*(?:(?:so|also|and|then|otherwise|perhaps|maybe),?\s+)?(?:(?:could|can|would|will) you (?:(?:please|kindly)\s+)?(?:also\s+|just\s+)?${POLITE_VERBS}|(?<=(?:perhaps|maybe),?\s+)you (?:can|could)\s+(?:also\s+|just\s+)?${POLITE_VERBS}|${WE_ASK})\b[^?\n]*(?:\n(?![ \t]*\n)[^?\n]*){0,2}\?`,
  "gim",
);

// "Can you please rebase this.": the polite request written with a full stop, not a question mark (with "please": "Can
// you confirm that is fine by you." without it is not asked as a change).
const POLITE_STATEMENT_RE = new RegExp(
  String.raw`(?:^|(?<=[.!?:]\s+)|(?<=\n))[ \t]*(?:could|can|would|will) you (?:please|kindly)\s+(?:also\s+|just\s+)?${POLITE_VERBS}\b[^?\n]*(?:\n(?![ \t]*\n)[^?\n]*){0,2}?[.!](?=\s|$)`,
  "gim",
);

/**
 * A question beside a plain instruction of its own sentence ("Why is your example disabled? Drop 'status'.",
 * "Please clarify this, it's hard to follow what the change does. It looks like ...?"): the instruction is
 * the remark, the question its reason. Only an imperative or a "please" outside the questions counts, and
 * only when the instruction alone reads as a request.
 */
function asksBesideQuestion(text: string): boolean {
  if (!IMPERATIVE.test(text) && !PLEASE_RE.test(text)) return false;
  const parts = sentences(text);
  // "Please tell me more!", "Please correct me if I am misunderstanding": asks to be told, as the question does.
  const rest = parts.filter((s) => !s.includes("?") && !QUESTION_RE.test(s) && !ASKS_TO_BE_TOLD_RE.test(s));
  if (!rest.some((s) => opensWithInstruction(s) || PLEASE_RE.test(s))) return false;
  const kind = matchRule(rest.join("\n\n"))?.kind;
  // In a long discussion a question stays one beside a note on style ("Please use subject lines matching ...").
  const long = parts.length > LONG_SENTENCES || text.split(/\s+/).length > LONG_WORDS;
  return kind === "objection" || (kind === "nit" && !long);
}
const PLEASE_RE = /\bplease\b/i;
/** The instruction opens its sentence ("..., but don't support X" inside a statement is none). */
function opensWithInstruction(s: string): boolean {
  const m = SENTENCE_IMPERATIVE.exec(s);
  return m !== null && s.slice(0, m.index).trim() === "";
}
const ASKS_TO_BE_TOLD_RE = /\bplease,?\s+(?:do\s+)?(?:tell|explain|elaborate|clarify|enlighten|help me understand|correct me|let (?:me|us) know)\b/i;

const ASKS_BASE_RE =
  /\b(?:what|which) (?:\w+ ){0,4}(?:(?:should |does |do |did |to )?(?:apply|applies|based?)) (?:on top of|on|against)\b[^.?]{0,60}\?|\b(?:what|which) (?:tree|branch|base|base commit|kernel version)\b[^.?]{0,60}\b(?:based|apply|applies)\b[^.?]{0,40}\?/i;
const NO_APPLY_RE = /\b(?:does not|doesn'?t) apply\b/gi;
const ASKS_EXPLANATION_RE =
  /\b(?:can|could|would) you (?:please |kindly )?(?:be more specific|explain|elaborate|clarify|tell (?:me|us)|describe|give (?:more|some) (?:details|context|background)|expand on)\b(?![^.?!]*\b(?:commit (?:message|log|description)|changelog|description|comment)\b)/i;

// An approval tied to a fix still to be made, the approval first or the condition first. The fix is named (a change,
// typo, nit ...) and said to be made ("fixed", "addressed") or pointed at ("above"): "LGTM with the fix applied, the
// warning is gone" reports a test.
const FIX_NAMED = String.raw`(?:(?:the|a|this|that|these|those|your|my)\s+)?(?:(?:minor|small|trivial|tiny|above)\s+)?(?:changes?|fix(?:es|ups?)?|corrections?|typos?|nits?|comments?|issues?)`;
const APPROVAL_WORD = String.raw`(?:lgtm|looks?\s+(?:good|fine|ok(?:ay)?)(?:\s+to\s+me)?|ack(?:ed)?(?!-)|feel free to add)`;
const CONDITIONAL_APPROVAL_RE = new RegExp(
  String.raw`\b${APPROVAL_WORD}\b[,.!]?\s+(?:but\s+)?(?:only\s+)?(?:with|once|after|provided)\s+${FIX_NAMED}\b[^.?!]{0,50}?\b(?:fix(?:ed)?|fixing|addressed|corrected|resolved|above|below)\b|^\W*(?:with|once|after)\s+(?:${FIX_NAMED}(?:\s+(?:above|below))?|that|this|those|these|the above)\s+(?:is\s+|are\s+)?(?:fixed|addressed|corrected|resolved|taken care of)\b[,.:]?\s+(?:[\w'-]+\s+){0,3}?${APPROVAL_WORD}`,
  "i",
);

export const COMMENT_RULES: readonly CommentRule[] = [
  {
    // The stable team's backport bot ("[This is an automated email] This commit has been processed because it
    // contains a -stable tag. ... v5.4.35: Failed to apply! ... How should we proceed with this patch?"): a
    // report on other trees, no review of the patch (its question is about the backport).
    id: "stable-bot",
    kind: "other",
    pattern: /^\s*\[this is an automated email\]/i,
    why: "the stable backport bot's report on other trees",
  },
  {
    id: "nak",
    kind: "objection",
    // A NAK opens a sentence or ends a line; "I will ignore your NAKs" talks about NAKs. "a big NACK", "a NAK
    // from me" are one; "a NAK after transmitting N bytes" (I2C's) is none.
    pattern: /(?:^|[.!?:;,]\s+)(?:so,?\s+)?NA(?:C)?K\b|\b(?:[Mm]y|(?:[Aa]|[Mm]y)\s+(?:big|strong|hard|firm)|big|strong|hard|firm)\s+NA(?:C)?K\b|\bNA(?:C)?K (?:from|for) me\b|^\s*Nack\b|^\s*(?:nack|nak)(?:ed)?\b(?=\s*[.,!:;]|\s*$)|\bNA(?:C)?K(?:ed)?[.!]?\s*$|\b[Nn][Aa][Cc]?[Kk](?:ed)?-[Bb]y\b/m,
    why: "an explicit NAK blocks the patch",
  },
  {
    // "Please see few comments.", "Some comments below.": a pointer to the remarks that follow, not one itself.
    id: "pointer",
    kind: "other",
    pattern:
      /^\W*(?:(?:please|so|and),?\s+)?(?:(?:see|find|check)\s+)?(?:(?:a|my|some|few|several|more|minor|small|couple\s+of|the)\s+){0,4}(?:comments?|remarks?|notes?|nits?|questions?|feedback)(?:\s+(?:below|inline|in line|follow))?\W*$|^\W*(?:please\s+)?see\s+my\s+(?:response|reply|replies|comments?|remarks?|answer)\s+(?:to|on|in|for)\s+(?:the\s+)?(?:previous|other|earlier|last|first|next|cover)\s+(?:patch|mail|email|message|version|letter)\W*$/i,
    why: "points at the remarks below",
  },
  {
    // "Patch submitter, please ignore Markus's suggestion; you do not need to follow it": the remark
    // withdraws another reviewer's request and asks nothing of the patch.
    id: "dismisses-review",
    kind: "other",
    // A remark of one sentence that withdraws the reviewer's own comments ("Sorry, please ignore these
    // comments for the moment.") too; a re-review that withdraws one point and keeps the rest does not.
    pattern: /\bplease (?:feel free to )?ignore [\w.-]+'s (?:suggestions?|reviews?|comments?|remarks?|feedback|requests?)\b|\byou (?:do not|don'?t) need to follow (?:it|this|that|them)\b|^[^.?!\n]*\bplease ignore (?:these|those|the|my|this|that) (?:\w+ )?(?:comments?|remarks?|review)\b[^.?!]*[.!]?\s*$/i,
    why: "tells the author to disregard another review",
  },
  { id: "nit-label", kind: "nit", pattern: /^\s*nit\b|\bnit(?:s|ty|pick\w*)?\b(?! below)/i, why: "the reviewer calls it a nit" },
  {
    // "s/specfied/specified", "In the subject: s/dupilicated/duplicated/", "I would s/Revise/Fix/ ...": a
    // sed-style substitution is a typo or wording fix, whatever follows it.
    id: "substitution",
    kind: "nit",
    pattern: /^\s*(?:[^\n:]{0,40}:\s*|(?:i would|i'd|maybe|perhaps|also|and|so)\s+)?s\/[^/\n]{1,80}\/[^/\n]{0,80}(?:\/|\s|$)/i,
    why: "a sed-style substitution: a typo or wording fix",
  },
  {
    id: "applied",
    kind: "ack",
    // A slip of the verb ("Aplied.", "Aplied, thanks") is the same notice.
    // The maintainer's promise naming the tree, alone (often under the Reviewed-by extraction took off): "i.e. will
    // queue in renesas-devel for v6.3.", "Thanks, will queue in renesas-clk for v6.13, with the typo fixed." ("I will
    // queue it once you fix the above" waits on the author: no "once"/"after"/"if" may follow the tree.)
    // "Much better, merged into selinux/dev, thanks Guido.": the notice after a short opener; "I'm going to pull it
    // into the selinux/next tree right now": the maintainer takes it, naming the branch.
    // After a one-word opener: "Congratulations! I picked up all the patches you sent". "I just merged this"
    // names the patch; "I have already applied the original patch by X, so please ..." is about another one.
    // "Thanks. Pulled into clk-next": the maintainer pulled it into his branch (nothing but a courtesy may follow).
    pattern: /^\W*(?:thanks?(?: you)?[!.,]?\s+)?pulled\s+(?:in)?to\s+(?:to\s+)?(?:the\s+|my\s+)?[\w.-]+(?:\/[\w.-]+)?(?:\s+(?:tree|branch))?(?:[,.!]\s*(?:thanks?(?: you)?)?)?\s*[.!]*\s*$|^\s*(?:(?:[a-z]+[!.,]|sorry for the (?:long |late )?(?:delay|late reply|wait)[.!,]?|thanks?(?: you)? for (?:your|the|this) (?:patch(?:es)?|series|contribution|report|fix)\s*[-\u2013\u2014!.,]?)\s+)?(?:(?:(?:the )?(?:whole )?(?:series|patch(?:es| set)?|both|all|everything|\w+ patch(?:es)?)\s+)?(?:now\s+)?(?:app?lied|queued|picked up|merged)\b|i(?:'ve| have)? (?:app?lied|queued|picked up|merged|cherry-picked)\b|i(?:'ve| have)? (?:just|now|also|already)\s+(?:applied|queued|picked up|merged)\s+(?:this|it|these|them|both|all|everything|the (?:whole |entire )?(?:series|patch(?:es|set)?)|your (?:patch(?:es)?|series|fix(?:es)?))\b|has been merged into\b|[^?]*?\bi\s+(?:went\s+ahead\s+(?:anyway\s+)?and\s+)?(?:pushed|merged|applied)\s+(?:(?:the\s+)?(?:whole\s+|entire\s+)?(?:series|patch(?:es|set)?)|it|this|them|these|everything)\s+(?:in)?to\s+[\w.-]+\/[\w.-]+|^\s*(?:patch(?:es)?|series)\s+#?\d+(?:\s*(?:-|,|&|and|to)\s*#?\d+)*\s+(?:(?:are|is|have been|has been)\s+)?(?:now\s+)?(?:applied|queued|picked up|merged)\b|^\s*(?:(?:the\s+)?(?:first|last)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|couple(?:\s+of)?)\s+(?:patch(?:es)?\s+)?(?:(?:are|have been)\s+)?)?(?:fixed up|tweaked|amended|massaged|reworded|rebased|adjusted|squashed)(?:\s+[\w-]+){0,3}\s+(?:and|&)\s+(?:applied|queued|picked up|merged)\b|^\s*(?:the\s+)?(?:first|last)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|couple(?:\s+of)?)\s+(?:patch(?:es)?\s+)?(?:(?:are|have been|now)\s+)?(?:applied|queued|picked up|merged)\b|^\W*(?:(?:i'?m|i am|now)\s+)?applying\s+(?:this|it|these|them|both)(?:\s+(?:one|patch|series|set))?(?:\s+now)?\s*[.!]*\s*$|^\W*(?:thanks?(?: you)?[,.!]?\s+)?(?:(?:i'?m|now)\s+)?applying\s+(?:(?:this|these|it|them|both|all|the (?:\w+\s+){0,2}(?:series|patch(?:es)?|changes?|fix(?:es)?)|\w+ patch(?:es)?)\s+)?(?:into|to|for)\s+(?:fixes\b|(?:\S+[/-])?(?:next|fixes)\b|\S*[/-]\S*\d|[\w-]+\s+(?:tree|branch)\b|v?\d))|^\W*(?:(?:i\.e\.|thanks?(?: you)?|so|ok(?:ay)?)[,.!]?\s+)?(?:i\s+)?will\s+(?:queue|apply|pick\s+up|take)\s+(?:(?:it|this|them|these|both|the\s+(?:whole\s+)?(?:series|patch(?:es)?))\s+)?(?:in|into|to)\s+[\w/.-]+(?:\s+for\s+v?\d[\w.-]*?)?(?:,?\s+(?:with|as)\s+[^?]{1,100}?)?[.!]?\s*$|^[^?\n]{0,40}[,.!]\s+(?:now\s+)?(?:merged|applied|queued)\s+(?:(?:it|this)\s+)?(?:in)?to\s+[\w-]+\/[\w./-]+(?:,?\s+thanks?\b[^?]{0,100})?\s*$|^\W*(?:(?:i'?m|i am)\s+(?:going\s+to|gonna)|i(?:'ll|\s+will))\s+(?:go\s+ahead\s+and\s+)?(?:pull|merge|apply|queue)\s+(?:it|this|these|them)\s+(?:(?:in)?to|via)\s+(?:the\s+|my\s+)?[\w-]+\/[\w./-]+/i,
    // "I applied this series and changed these to #ifdef, but I still see the following build error": a tester applied
    // it to try it and reports a failure (the build-robot rule below reads the report).
    unless: /^[^\n]*\?|^[^.!?]{0,200}\bbut\b[^.!?]{0,40}\b(?:still\s+)?(?:see|get|hit|seeing|getting|hitting)\s+(?:the\s+|a\s+|an\s+)?(?:following\s+|same\s+)?(?:build\s+|compile\s+|link\s+)?(?:errors?|warnings?|failures?|crash(?:es)?|oops|panic|splat)\b/i,
    why: "the maintainer applied the patch",
  },
  {
    // "Ok, this is queued in my for-next branch.", "Thanks, it's now applied to the fixes tree.": the patch is said to be
    // in the maintainer's branch ("This is queued behind the other series?" asks; "once it is applied" waits).
    id: "applied-state",
    kind: "ack",
    pattern:
      /^\W*(?:(?:ok(?:ay)?|thanks?(?: you)?|great|good|done)[,.!]?\s+)?(?:this|it|the (?:whole )?(?:patch|series)|both)(?:'s|\s+is|\s+has been)\s+(?:now\s+)?(?:queued|applied|merged|picked up)\s+(?:in|into|to|on)\s+(?:my|the)\s+[\w/.-]+(?:\s+(?:branch|tree))?\b[^?\n]{0,60}$/i,
    unless: /\?/,
    why: "the maintainer applied the patch",
  },
  {
    // "Thanks, let's queue this for 5.14 to avoid any conflicts later.": the maintainer takes it ("let's" is no
    // suggestion to the author here).
    id: "lets-queue",
    kind: "ack",
    pattern: /^\W*(?:(?:ok(?:ay)?|thanks?(?: you)?|great|good)[,.!]?\s+)?let'?s\s+(?:queue|apply|take|merge|pick up)\s+(?:it|this|them|these|both)\b(?![^.?!]*\b(?:once|after|when|if|until)\b)/i,
    unless: /\?/,
    why: "the maintainer takes the patch",
  },
  {
    // "shdci -> sdhci\ncare -> care about": every line a short correction, wrong word to right word.
    id: "correction-list",
    kind: "nit",
    pattern: /^\s*(?:[^\s>][^\s]*(?: [^\s]+){0,2} (?:->|=>|\u2192) [^\s]+(?: [^\s]+){0,2}[ \t]*(?:\n[ \t]*|$))+$/,
    why: "a list of word corrections: typos or wording",
  },
  {
    // "LGTM. With minor change to fix the typo above", "Looks good once the typo is fixed", "With the nit above fixed,
    // feel free to add my Reviewed-by": the approval waits on a fix still to be made, so the remark asks for it.
    id: "conditional-approval",
    kind: "nit",
    pattern: CONDITIONAL_APPROVAL_RE,
    unless: /\?/,
    when: (t) => !REVIEWER_TAKES_IT.test(t),
    why: "approves once a small fix is made",
  },
  {
    id: "ack-phrase",
    kind: "ack",
    // "Patches 1-6 look good to me", "These look fine": the plural says it of several patches. "It is good to me."
    // alone approves the patch ("That's fine for me" agrees with what the author just said).
    // A short aside in parentheses ("two (maybe three?) more weeks") is not an open question. "This patch is
    // trivial and obviously correct, please pick it up": asking the maintainers to apply it approves it.
    pattern: /^(?![\s\S]*(?:(?<!\([^()?\n]{1,30})\?|\?(?!\))))(?:\s*ack(?:ed)?\b|[\s\S]*(?:\blgtm\b|\bplease (?:pick|take|queue|apply|merge) (?:it|this|these|them)(?: up)?\b(?!\s+(?:one\s+)?(?:out|off|away|back|later|into account|fix|patch|diff|change|instead)\b)|\blooks\s+(?:good|ok(?:ay)?|fine|sane)\b|^\s*(?:it|this(?: patch| change| series| version)?|the (?:patch|change|series))(?:'s|\s+is|\s+seems)\s+(?:good|fine|ok(?:ay)?)\s+(?:to|for)\s+me[.!]*\s*$|\b(?:patch(?:es)?\s+\d[\d\s,&-]*|these|they|both|all|the rest|those|the changes)\s+(?:all\s+)?look (?:good|ok(?:ay)?|fine|sane)\b|\backed\b|\breviewed-by\b|\bfeel free to add\b|\byou (?:can|may|could) (?:add|have|include|take|keep) my (?:r-?b|rb|ack|a-?b|tags?|review)\b|\bfeel free to include(?:\s+my\s+(?:reviewed|acked|tested|r-?b\b|ack\b|tag|review)|\W*$)))/i,
    // Asking for a tag, or brushing one off, is not giving one.
    // "This looks good to me! ... See a few comments inline below.": a first impression before the remarks
    // that follow, not an approval (no ack, lgtm or tag given with it: a remark ending "..., but otherwise," or
// "... so" led into a Reviewed-by that extraction took off).
    unless:
      new RegExp(String.raw`\b(?:provide|need(?:s|ed)?|without|missing|get|collect|want|require[sd]?|wait(?:ing)? for|ignore|ignoring|dropp?(?:ed|ing)?)\b[^.\n]{0,25}\b(?:n?acks?|n?acked(?:-by)?|reviewed-by|review tags?)\b|\b(?:no|not|un)\s?acked\b|${ACK_WORD_NOT_GIVEN}|^(?![\s\S]*\b(?:lgtm|ack(?:ed)?|acked-by|reviewed-by|feel free to (?:add|include))\b)(?![\s\S]*(?:[,:]|\b(?:so|thus|hence|regardless|otherwise|therefore|with (?:that|those|these)(?: \w+){0,2}))\W*$)[\s\S]*(?<!\byour\s)\b(?:comments?|questions?|concerns?|remarks?|issues?)\b[^.\n]{0,20}\b(?:inline|in-line|in line|below)\b|${LOOKS_GOOD_BUT_FINDING}`, "i"),
    why: "lgtm / looks good without an open question",
  },
  {
    // Also a compiler diagnostic pasted, indented, under the reviewer's own lead-in ("It adds a warning:"),
    // not under the 0-day report's "All warnings (new ones prefixed by >>):" (already read by its opening).
    id: "build-robot",
    kind: "objection",
    pattern: /^(?:kernel test robot noticed the following (?:build )?(?:errors|warnings)|(?:thank you for the patch|thanks for your patch|i love your patch)! (?:yet|perhaps) something to improve|\[auto build test (?:error|warning) on\b)|\bbuild (?:error|failure|breakage)s?\b|^(?:fyi, we|kernel test robot) noticed an? [-+]?\d+(?:\.\d+)?% regression\b|^kernel test robot noticed "[^"\n]+" on:|^commit:[ \t]+[0-9a-f]{12,40}[ \t]+\[\d+\/\d+\][^\n]*\n(?:[ \t]*\n)?[ \t]*\S|^(?:[|>]\s*)?\S+:\d+:(?:\d+:)?\s*(?:(?:fatal )?(?:error|warning):|sparse:)|\bundefined reference to\b|\bmultiple definition of\b|^(?:ERROR|WARNING): modpost: |^(?![^\n]*\bprefixed by\b)(?=[^\n:]*[A-Za-z)=])[^\n:]*:[ \t]*\n(?:[ \t]*\n)?[ \t]+(?:\S+: In function[^\n]*\n[ \t]+)?\S+:\d+:(?:\d+:)?\s*(?:fatal )?(?:error|warning):/im,
    // A build robot's report is one remark: its headline ("Thanks for your patch! Perhaps something to
    // improve:", "kernel test robot noticed "BUG:..." on:", a tree report's "commit: <sha> [3/7] title" line
    // over the diagnostics) or a diagnostic without "error:" (sparse's "...Should it be static?", a linker's
    // "undefined reference to", modpost's "ERROR: modpost:"): the patch breaks the build, adds warnings or
    // breaks a test. Read before the question and nit rules ("Should it be static?" asks nothing).
    // "Except 2 simple build errors, this allows me to connect": a tester's report that it works.
    // "This fixes the following annoying warning from make defconfig:": a diagnostic the patch makes go away.
    unless: /\b(?:except|apart from|aside from|besides|other than)(?: for)?\s+(?:[\w-]+\s+){0,3}build (?:error|failure|breakage)s?\b|^\W*(?:this|it|the patch|this patch|your patch)\s+(?:(?:also|indeed|really)\s+)?(?:fixes|fixed|silences|silenced|gets rid of)\s+(?:[\w-]+\s+){0,4}?(?:warnings?|errors?|build (?:errors?|failures?|breakages?))\b/i,
    why: "the patch does not build cleanly",
  },
  {
    // "Gentle ping. ... I think this should go into v6.9.", "Ping. Would be nice if this makes it into
    // v5.10.": the maintainers are asked to act on the patch; the author is asked nothing.
    id: "ping",
    kind: "other",
    pattern: PING_RE,
    // A code request or defect claim beside the ping still stands: "A reminder on X. Also, drop the Y property."
    unless: new RegExp(String.raw`${STRONG_DEFECT_RE.source}|\b(?:is|are) still (?:broken|wrong|buggy|racy)\b|${IMPERATIVE.source}`, "i"),
    why: "a ping: asks the maintainers to take or review the patch, not for a change",
  },
  {
    // "Indentation is wrong", "The alignment is off": a defect of layout only.
    id: "layout-defect",
    kind: "nit",
    pattern: /^\W*(?:the\s+)?(?:indentation|alignment|formatting|whitespace|spacing)\b[^.?!\n]{0,40}?\b(?:is|looks|seems)\s+(?:wrong|not right|off|broken|incorrect|weird)\b[^.?!]*[.!]?\s*$|^[^.?!\n]{0,60}\b(?:is|are|looks?|seems?)\s+(?:\w+\s+)?(?:misaligned|mis-?indented|not (?:properly |correctly )?aligned)\W*$/im,
    why: "the layout is off: style, not the code",
  },
  {
    // "^ add missing comma after "behavior"", "^ The second option -> Otherwise,": a one-line note under the
    // quoted line its caret points at, saying what to change in it.
    id: "caret-note",
    kind: "nit",
    pattern: /^[ \t]*\^+[ \t]+["'A-Za-z][^?\n]{0,100}$/,
    // "^ This line...", "^^^ this won't suffice to invalidate the layout": a pointer that leads into more, or a claim.
    unless: /(?:\.\.\.|\u2026)\s*$|\b(?:won['\u2019]?t|doesn['\u2019]?t|isn['\u2019]?t|wouldn['\u2019]?t|can['\u2019]?t|cannot|don['\u2019]?t understand)\b/i,
    why: "a one-line edit to the quoted line: wording or style",
  },
  {
    // "indent ^: spaces instead of tab", "Trailing whitespace.": a one-line note naming a whitespace slip.
    id: "whitespace-note",
    kind: "nit",
    pattern:
      /^[^?\n]{0,60}?\b(?:spaces? (?:instead of|rather than|not) tabs?|tabs? (?:instead of|rather than|not) spaces?|(?:trailing|stray|extra|double|superfluous) (?:white ?)?spaces?|white ?space (?:damage|damaged|errors?|issues?|noise))\b[^?\n]{0,60}$/i,
    why: "a whitespace slip: style, not the code",
  },
  {
    // A form reply ("You are receiving this message because of the following common error(s): - Your
    // patch does not have a Signed-off-by: line ... please fix and resend"): a list of problems and a
    // request for a corrected resend. Its help line ("or you have questions about how to resolve this")
    // asks nothing.
    id: "form-reply",
    kind: "objection",
    pattern: FORM_PROBLEMS_RE,
    also: /^[ \t]*[-*\u2022][ \t]+\S/m,
    when: (t) => FORM_RESEND_RE.test(t),
    why: "lists problems with the patch and asks for a corrected resend",
  },
  {
    // "Can you tell me what this should apply on top of? It doesn't apply to 5.13-rc2.": asks for the base.
    id: "asks-base",
    kind: "question",
    pattern: ASKS_BASE_RE,
    when: (t) => !STRONG_DEFECT_RE.test(t.replace(NO_APPLY_RE, "")),
    why: "asks what the patch is based on",
  },
  {
    id: "bug-claim",
    kind: "objection",
    pattern: BUG_CLAIM_RE,
    // "Is it grammatically correct? Shouldn't 'stall' take 'for'?": a question about wording asks for a nit.
    // (Short, and with no strong defect claim: a longer remark names a "name" or a "comment" in passing.)
    when: (t) => !(t.length <= SHORT_WORDING_QUESTION && /\?\W*$/.test(t) && WORDING_RE.test(t) && !STRONG_DEFECT_RE.test(t)) && isObjection(t, BUG_CLAIM_RE, true),
    why: "claims the code is wrong or must change",
  },
  {
    // "dev_err_probe().", "Use devm_add_action_or_reset()": the remark names the helper to use.
    id: "bare-call",
    kind: "nit",
    pattern: /^\s*(?:(?:please\s+)?use\s+)?[A-Za-z_]\w*\(\)\s*[.!?]?\s*$/i,
    why: "names the helper to use instead",
  },
  {
    // "static", "const.": the one word to add to the quoted declaration.
    id: "bare-keyword",
    kind: "nit",
    // "unsigned int", "u32": the type to declare it with.
    pattern: /^\s*(?:static|const|unsigned|signed|inline|__init|__exit|__initconst|__maybe_unused|__iomem|__user|__packed|__always_inline|noinline|void|bool|(?:unsigned|signed) (?:int|long|short|char)|unsigned long long|[us](?:8|16|32|64)|size_t)\s*[.!?]?\s*$/,
    why: "names the qualifier or type to use",
  },
  {
    // "#include for device_add_groups()", "Add include for array_size()": the header a helper needs.
    id: "include-note",
    kind: "nit",
    pattern: /^\W*(?:(?:please\s+)?add\s+(?:an?\s+|the\s+)?)?#?\s*includes?\s+(?:for\b|<)[^\n]{0,100}$/i,
    why: "names a header to include",
  },
  {
    // "blank line", "No comma.", "IRQ, in uppercase.", "Single blank line is enough.", "One line.", "compatible
    // goes first, then reg.": a terse note on layout, order or wording, a few words with no verb of request.
    id: "terse-style",
    kind: "nit",
    // "'dt_irq_id' is too long.": a name's length.
    // "One member per line.": the layout of a declaration.
    // "superfluous article (drop the "a")", "missing comma": a word or mark of the prose (here, not in COSMETIC, which
    // many rules test: the common path does not pay for it).
    pattern: new RegExp(`${COSMETIC.source}|\\b(?:superfluous|extra|missing|wrong|redundant|stray|double|duplicated?) (?:article|comma|apostrophe|preposition|hyphen)s?\\b|\\b(?:one|single) line\\b|\\b(?:one|single|an?) [\\w-]+ per line\\b|\\b(?:empty|blank) lines?\\b|\\b(?:comma|semicolon|full stop|period) (?:is )?(?:missing|needed)\\b|^\\W*no (?:comma|semicolon|full stop|period|space|empty line|blank line|underscores?|capital letters|upper ?case(?: letters)?)\\b|^\\W*(?:no\\s+)?vendor[- ]prefix(?:es)?\\W*$|\\bis enough\\b|^\\W*['"\u2018\u201c\`]?[A-Za-z_][\\w.-]*['"\u2019\u201d\`]? (?:is|looks|seems) (?:a bit |rather |way )?too (?:long|verbose)\\b|\\b(?:goes|comes) (?:first|last|after|before)\\b|^\\W*(?:(?:wrong|incorrect|keep|alphabetical|sort(?:ing)?|the)\\s+)?order(?:ing)?\\b(?!\\s+(?:to|for|of)\\b)|^\\W*(?:please\\s+)?(?:re-?)?sort(?:ed)?\\W*$|^\\W*(?:missing|extra|double|stray|trailing)\\s+(?:white ?)?(?:space|tab|blank|comma|semicolon|colon|period|full stop|new ?line|empty line|blank line)s?\\W*$|\\btab(?:bed)? (?:\\w+ ){0,2}out\\b|^\\W*(?:(?:this|it|that)\\s+)?(?:can|could)\\s+be\\s+(?:made\\s+)?(?:shorter|simpler|simplified|one line|a one-liner)\\W*$`, "i"),
    unless: /\?|\w\(\)|\b(?:applied|queued|merged|picked up|while applying|when applying|fixed up|thanks?|thank you|like|love|nice|great|good)\b/i,
    when: (t) => t.trim().split(/\s+/).length <= TERSE_WORDS && !REVIEWER_TAKES_IT.test(t),
    why: "a terse note on layout or wording",
  },
  {
    // '"opprtunity"?' under the quoted line: the reviewer points at a word, its spelling or its choice.
    id: "quoted-word-query",
    kind: "nit",
    pattern: /^\s*["'\u2018\u201c][A-Za-z][\w'-]{1,40}["'\u2019\u201d]\s*\?{1,3}\s*$/,
    why: "queries one quoted word: spelling or naming",
  },
  {
    // 'Also written as "return -ENXIO".', "This can be written as ...": another spelling of the same code.
    id: "written-as",
    kind: "nit",
    pattern: /^\W*(?:(?:this|that|it|which)\s+(?:can|could)\s+(?:also\s+|just\s+|simply\s+)?be\s+|also\s+)written\s+as\b[^?]*$/i,
    why: "proposes another way to write the same code",
  },
  {
    id: "question",
    kind: "question",
    // Not the "?" of a pasted stack trace ("lock_sock_nested+0x5d/0x80 ?") or log, nor that of a polite
    // request ("Could you please update a V2 to just modify the commit message?": the rules below read it).
    // Nor that of C's "?:" in code written as the remark ("\tmax = a ? SZ_16K : SZ_4K;").
    when: (t) => {
      const text = withoutCodeLines(withoutPastedBlocks(t)).replace(POLITE_REQUEST_RE, ".").replace(POLITE_STATEMENT_RE, ".");
      return QUESTION_RE.test(text) && !asksBesideQuestion(text);
    },
    pattern: QUESTION_RE,
    why: "asks something",
  },
  {
    // "Rather than applying this incremental patch, I decided to drop the offending commit from my branch.
    // Please submit a new version of that patch ...": the patch goes back to its author for another version.
    id: "asks-new-version",
    kind: "objection",
    pattern: ASKS_NEW_VERSION_RE,
    when: (t) => isObjection(t, ASKS_NEW_VERSION_RE),
    why: "asks for a new version of the patch",
  },
  {
    id: "cosmetic-request",
    kind: "nit",
    pattern: new RegExp(`${IMPERATIVE.source}|${FIRM_REQUEST.source}|${SOFT_REQUEST.source}`, "i"),
    also: COSMETIC,
    // "It should be an independent patch with a Fixes tag" asks for a split, not for wording; "I can fix the
    // Fixes tag up while applying" asks the author nothing.
    unless: /\b(?:separate|independent|standalone|own) (?:patch|commit)\b/i,
    when: (t) => !REVIEWER_TAKES_IT.test(t),
    why: "asks for a change of style, naming, ordering or wording",
  },
  {
    // "I'd say ack for trying to unify these, but I'm not so keen on the outcome": the reviewer turns the result down,
    // whatever softer words stand beside it ("I'd say" would read as a suggestion below).
    id: "not-keen",
    kind: "objection",
    pattern: NOT_KEEN_RE,
    // "... I backed off and decided to not block this work", "But that is a topic for another patch": the dislike is
    // set aside.
    unless: /\b(?:not (?:to )?|won'?t |will not |don'?t want to )block\b|\bi can live with\b|\b(?:topic|matter|story) for another\b|\b(?:for|in) (?:another|a (?:separate|different|later|follow-?up)) (?:patch|series)\b/i,
    when: (t) => isObjection(t, NOT_KEEN_RE, false, false),
    why: "the reviewer does not like the change",
  },
  {
    id: "suggestion",
    kind: "nit",
    pattern: SOFT_REQUEST,
    // A long discussion says "would be great" or "you can do this" in passing: there the soft phrase must stand
    // in a sentence addressed to the patch (not a hypothetical, a plan of the reviewer's, an agreement ...).
    when: (t) => !isLong(t) || isObjection(t, SOFT_REQUEST, false, false),
    why: "a suggestion or preference, not a blocker",
  },
  {
    // "Can you please be more specific what this change does.": asks to be told, not for a change.
    id: "asks-explanation",
    kind: "question",
    pattern: ASKS_EXPLANATION_RE,
    when: (t) => !isObjection(sentences(t).filter((s) => !ASKS_EXPLANATION_RE.test(s)).join("\n\n"), CHANGE_REQUEST_RE),
    why: "asks the author to explain",
  },
  {
    id: "change-request",
    kind: "objection",
    pattern: new RegExp(`${IMPERATIVE.source}|${FIRM_REQUEST.source}`, "i"),
    unless: /\bno (?:objections?|problem|issue)s? (?:to|with)\b|\bi have no objection/i,
    when: (t) => isObjection(t, CHANGE_REQUEST_RE),
    why: "asks for the code to change",
  },
  {
    // "Can we move these to a namespace?", "Can we add a Fixes tag?": the same of style or of the commit's text.
    id: "asks-with-we-style",
    kind: "nit",
    pattern: WE_ASK_RE,
    also: COSMETIC,
    when: (t) => !REVIEWER_TAKES_IT.test(t),
    why: "asks for a change of style or wording, as a question",
  },
  {
    // "Can we drop this hunk for now?", "Can we move these checks into the helper?": a change asked for with "we", its
    // question mark taken off by the question rule. ("Could we ...?" and a request of style are nits, read above.)
    id: "asks-with-we",
    kind: "objection",
    pattern: WE_ASK_RE,
    when: (t) => isObjection(t, WE_ASK_RE, true, false),
    why: "asks for the code to change, as a question",
  },
  {
    // "I'd much prefer we split the flags out", "I would really prefer a helper", "It would be more accurate to say
    // udev": a preference stated with an adverb, or a text said to be better another way. After the change requests
    // ("I'd much rather see this fixed to work as a module ... please do that instead" asks firmly). Its own rule, not
    // a branch of SOFT_REQUEST, which many patterns embed.
    id: "stated-preference",
    kind: "nit",
    pattern: STATED_PREFERENCE_RE,
    when: (t) => !isLong(t) || isObjection(t, STATED_PREFERENCE_RE, false, false),
    why: "a preference, not a blocker",
  },
  {
    // "I'm not really following why you can't use devm_iio_trigger_register() here": a question without its
    // mark. After the change requests: "I don't understand why ... It should better go into a separate patch"
    // asks for the change.
    id: "puzzled",
    kind: "question",
    // "Not sure what this is for" under a quoted line asks what it is for.
    // "It's not clear to me why we would want yet another ...": a doubt put as a question. ("I'm not sure how Paolo
    // feels, but ...", "I'm not sure how I can help" ask nothing.)
    pattern: /\b(?:it'?s|it is) not (?:really |quite |entirely )?(?:clear|obvious) to me\s+(?:how|why|what|whether)\b|\b(?:i'?m|i am) not (?:really |quite |entirely )?following why\b|\bi (?:don'?t|do not) (?:really |quite |fully )?(?:follow|understand|get) why\b|^\W*(?:(?:i'?m|i am)\s+)?not sure (?:what|why) (?:this|that|it)(?:'s| is) (?:for|needed|here)\W*$/i,
    why: "asks why, without a question mark",
  },
  {
    // "This should have been under the --- line below.", "Changelog goes after ---, not inside the commit
    // message.": notes to reviewers belong below the "---" line, out of the commit message: the patch's layout.
    // After the rules above: "What changed from v1? Always put that below the --- line. Please send a v3." asks
    // for a new version. Not the reviewer's own habit ("What I usually do is to add comments right below ---").
    id: "notes-placement",
    kind: "nit",
    pattern: /\b(?:should|needs? to|must|has to|have to|goes?|go|belongs?|put|keep|moved?|be)\b[^.?!]{0,40}?\b(?:under|below|after|beneath|past) (?:the )?["'\u2018\u201c]?-{3}(?!-)/i,
    unless: /\b(?:i|we)\s+(?:usually|normally|always|can|could|do)\b/i,
    why: "notes to reviewers belong below the --- line",
  },
  { id: "praise", kind: "praise", pattern: PRAISE_RE, when: isPraise, why: "praise" },
  {
    // "This can be\n\n\tbreak;", "Better split is\n\n\tstruct foo *p =\n\t\tcontainer_of(...);", a bare
    // "return foo_changed(...);" under the quoted code: the remark is the code to write instead. Last: only a
    // remark no other rule reads (a question, a claim, a request in words) is taken as such a proposal.
    id: "code-suggestion",
    kind: "nit",
    pattern: CODE_END_RE,
    when: proposesCode,
    why: "proposes the code to write instead",
  },
];

// Advice about the mail rather than the code: quoting, top-posting, pings, threading, wrapping, who to
// send to, resending what is already applied. A maintainer pastes it as a paragraph of its own ("Please
// don't top post, reply in line with needed context. This allows ..."), so the paragraph it opens goes.
const ETIQUETTE_RE = new RegExp(
  [
    String.raw`\btop[- ]?post(?:s|ed|ing)?\b|\breply (?:in ?line|inline)\b|\bcontent[- ]free pings?\b|\bpings? (?:are|is) not\b`,
    String.raw`\b(?:delete|trim|cut|remove|strip|snip)\s+(?:the\s+)?(?:unneeded|unnecessary|unrelated|irrelevant|excess(?:ive)?|extra)?\s*(?:context|quot(?:es|ed|ing)|parts? of (?:the |your )?(?:response|reply|quote|mail))\b[^.]*\b(?:mails?|repl(?:y|ies|ying)|respon(?:se|d|ding)|messages?|message)\b`,
    String.raw`\b(?:mail|e-?mail) client\b|\bword[- ]wrap\b|\bhtml (?:e-?)?mails?\b|\bwrap (?:your )?(?:e-?mails?|messages|replies)\b`,
    String.raw`\b(?:send|submit|post)(?:ing)? (?:new (?:versions?|patch(?:es)?|serieses|series)|patch(?:es)?|new versions of (?:patch(?:es)?|serieses|series)) in reply to\b|\bin reply to (?:old|other|previous) (?:threads?|patch(?:es)?|serieses|series|ones|versions)\b|\b(?:attach|thread)\w*(?: \(thread\))? (?:your |the )?(?:patch\w*|series|versions?) (?:to|in|under) (?:some )?(?:other|old(?:er)?|previous|unrelated) threads?\b`,
    String.raw`\b(?:submit|send|re-?send)(?:ting)? (?:new versions of )?already applied\b|\bsubmit incremental updates\b|\ballow (?:a )?reasonable time for review\b|\bgive (?:it|them|this|us|people|(?:the )?reviewers|(?:the )?maintainers) (?:some |more |enough )?time (?:for|to) (?:review|respond|look)\b|\bping(?:s|ing|ed)? (?:again )?(?:after|within) (?:(?:a|just|only) )?(?:few |couple (?:of )?)?(?:\d+ )?(?:hours?|minutes?|days?)\b|^\W*no need to (?:re-?send|re-?spin|re-?post)\b`,
    String.raw`\bsend (?:patches|it|them|this) to the maintainers\b|\bcc (?:the )?maintainers\b|\b(?:use|run|using|running)\s+(?:\.?\/?scripts\/)?get_maintainers?(?:\.pl)?\b|\bscripts\/get_maintainers?\.pl\b[^.]{0,60}\b(?:list|people|recipients|cc)\b|\bthe (?:right|correct|proper) recipients\b|\b(?:sent|submit\w*) as incremental updates\b`,
    // When to send the next version: "Don't rush sending the next iteration until ...".
    // The rest of the same form letter: "You missed at least devicetree list (maybe more), so this won't be tested
    // by automated tooling.", "Please kindly resend and include all necessary To/Cc entries."
    String.raw`\byou missed at least (?:the )?[\w-]+ (?:mailing )?lists?\b|\binclude all (?:the )?(?:necessary|required|relevant) (?:to\/cc|cc) (?:entries|addresses|people)\b`,
    String.raw`\b(?:don'?t|do not|no need to) (?:rush|hurry)\b[^.]{0,20}\b(?:send|post|submit|re-?spin)\w*\b[^.]{0,20}\b(?:next|new) (?:version|iteration|revision|spin|series)\b`,
    // Sending it again as it is: "Might be worth submitting a [RESEND] with the list on Cc", "please resend to the
    // right lists" ("please resend with the leak fixed" asks for a change, and stays).
    String.raw`\[RESEND\]|\bre-?(?:send|submit|post)(?:ing)?\b(?:\s+(?:it|this|them|these|the (?:patch(?:es)?|series)))?\s+(?:with|to)\b[^.\n]{0,40}?\b(?:cc|cc'?d|(?:mailing )?lists?|maintainers?|recipients)\b`,
    // How to send patches: "Please try sending the patches with git-send-email", "not as attachments".
    String.raw`\b(?:send|sending|use|using|post|posting|submit|submitting)\b[^.]{0,40}\bgit[- ]send-?email\b|\b(?:patch(?:es)?|them|it)\s+(?:inline|in-line|as plain text)\b[^.]{0,30}\b(?:not|rather than|instead of)\s+(?:as\s+)?(?:an?\s+)?attach`,
  ].join("|"),
  "i",
);
// The etiquette line asks for something ("Sorry for top posting" and "my email client mangled it" do not).
const ETIQUETTE_ASK_RE = /\b(?:please|don'?t|dont|do\W+not|stop|can you|could you|should(?:n'?t)?|fix|configure|avoid|use|see|no need|worth|maybe|perhaps|consider)\b/i;
const ETIQUETTE_RULE: CommentRule = {
  id: "etiquette",
  kind: "other",
  pattern: ETIQUETTE_RE,
  why: "advice about the mail (quoting, pings, threading), not about the code",
};

/**
 * The remark without paragraphs that open with mail etiquette; "" when that was all of it. A request about
 * the code inside such a paragraph ("Please don't top-post. Also, kzalloc() can fail here: check it.") stays.
 */
function withoutEtiquette(text: string): string {
  if (!ETIQUETTE_RE.test(text)) return text;
  let dropped = false;
  return text
    .split(/\n[ \t]*\n/)
    .map((para) => {
      // "To repeat what I previously said:\n\n| Please fix your mail client ...": quoted from the reviewer's earlier mail.
      const first = sentences(para.replace(/^[ \t]*\|[ \t]?/gm, ""))[0] ?? "";
      // The request opens the advice; a paragraph on the same topic right after it goes on explaining it.
      dropped = ETIQUETTE_RE.test(first) && (dropped || ETIQUETTE_ASK_RE.test(first));
      return dropped ? codeRequests(para) : para;
    })
    .filter((para) => para !== "")
    .join("\n\n")
    .trim();
}

/** Words that name code: "kzalloc()", "dev_err_probe", "the error path", "a NULL check". */
const CODE_WORD_RE = /\w\(\)|\b[a-z][a-z0-9]*_[a-z0-9_]+\b|\b(?:NULL|error path|return value|mutex|spinlock|lock(?:ing)?|leaks?|variable|function|struct|pointer|header|Kconfig|binding|driver)\b/;

/** The sentences of an etiquette paragraph that ask for a change to the code: not etiquette, naming code, asking or claiming. */
function codeRequests(para: string): string {
  return sentences(para)
    .filter((s) => !ETIQUETTE_RE.test(s) && CODE_WORD_RE.test(s) && (CHANGE_REQUEST_RE.test(s) || BUG_CLAIM_RE.test(s)))
    .join(" ");
}

/**
 * A pasted bloat-o-meter or size(1) table ("add/remove: 0/1 grow/shrink: 2/0 up/down: 40/-96 (-56)",
 * "Function  old  new  delta", "text data bss dec hex filename", "Total: Before=..., After=..."): measurements,
 * no words of the remark ("add/remove" is no instruction).
 */
const SIZE_TABLE_LINE_RE =
  /^[ \t]*(?:add\/remove:\s*\d+\/\d+\s+grow\/shrink:[^\n]*|function\s+old\s+new\s+delta[ \t]*|[\w.$]+\s+-?\d+\s+-?\d+\s+[-+]\d+[ \t]*|total:\s*before=[^\n]*|\s*text\s+data\s+bss\s+dec\s+hex\s+filename[ \t]*|\s*\d+\s+\d+\s+\d+\s+\d+\s+[0-9a-f]+\s+\S+[ \t]*)$/gim;

/**
 * A reporter's environment pasted as-is: a `.config` ("# Automatically generated file; DO NOT EDIT.",
 * "CONFIG_FOO=y", "# CONFIG_BAR is not set"), a compiler's version banner, and the output of a shell command
 * that prints versions or the config ("$ gcc --version", "$ cat .config", "$ uname -a"). None of it is the
 * writer's words ("DO NOT EDIT" is no request); the remark is judged on what is left.
 */
const ENVIRONMENT_DUMP_RE = new RegExp(
  [
    String.raw`^[ \t]*\$[ \t]+(?:\S+[ \t]+)?(?:--version|-v|-V|version)[ \t]*(?:\n(?![ \t]*\n)(?![ \t]*\$\s)[^\n]*)*`,
    String.raw`^[ \t]*\$[ \t]+(?:(?:z?cat|head|tail|less|grep\b[^\n]*)[ \t]+)\S*config\S*[ \t]*(?:\n(?![ \t]*\n)(?![ \t]*\$\s)[^\n]*)*`,
    String.raw`^[ \t]*\$[ \t]+uname\b[^\n]*(?:\n(?![ \t]*\n)(?![ \t]*\$\s)[^\n]*)*`,
    String.raw`^[ \t]*#[ \t]*(?:Automatically generated file; DO NOT EDIT\.?|Linux\/\S+ \S+ Kernel Configuration|[^\n]*\bKernel Configuration)[ \t]*$`,
    String.raw`^[ \t]*(?:#[ \t]*)?CONFIG_\w+(?:=(?:"[^"\n]*"|[^\s"?]*)| is not set)[ \t]*$`,
    String.raw`^This is free software; see the source for copying conditions\.[\s\S]{0,200}?PARTICULAR PURPOSE\.[ \t]*$`,
  ].join("|"),
  "gm",
);

// A sentence that only points at remarks made elsewhere: "A few minor formatting type comments inline.",
// "Various other minor comments inline.", "Just a couple of minor comments in the individual patches.",
// "Just a few minor comments below:". A few words before the noun, none of them a request or a turn.
const POINTER_SENTENCE_RE =
  /^\W*(?:[\w'-]+\s+){0,7}(?:comments?|remarks?|notes?|nits?|nitpicks?|questions?|feedback|suggestions?)\s+(?:below|inline|in-?line|in the (?:individual |other |separate |following )?(?:patch(?:es)?|mails?|replies))\s*[.:!]*\s*$/i;
// "LGTM with a few nits below.", "Ack with one nit below.": a verdict that points at its nits is the verdict.
const POINTER_TURN_RE = /\b(?:but|however|please|should|must|need|needs|otherwise|except|apart|lgtm|ack(?:ed)?|looks?|good|fine|nice|great|like|happy|reviewed)\b/i;

/** The remark without its sentences that only point at remarks elsewhere ("" when that was all of it). */
function withoutPointers(text: string): string {
  if (!/\b(?:below|inline|in-?line|individual|patch(?:es)?|mails?|replies)\W*$/im.test(text)) return text;
  const parts = text.split(/(?<=[.!?:])\s+|\n[ \t]*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
  const kept = parts.filter((p) => !(POINTER_SENTENCE_RE.test(p) && !POINTER_TURN_RE.test(p)));
  return kept.length === parts.length ? text : kept.join(" ").replace(/\s+/g, " ").trim();
}

const NOTHING_BUT_RE = /\bnothing\s+but\b/gi;

// A commit named with its title in parentheses: 'commit 1ff54f4cbaed ("PCI: dwc: Add debugfs\nbased ...")'.
const CITED_TITLE_RE = /\b([0-9a-f]{8,40})\s*\(\s*"[^"\n]{1,200}(?:\n[^"\n]{1,200})?"\s*\)/g;
// "..., otherwise looks good", "Otherwise, LGTM", "The patch looks good otherwise.", "Rest looks good, so with these
// fixes:", "Other than the above, this looks good to me.", "Can you please rebase this.\n\nThe other part LGTM": an approval that follows
// the remark it depends on. "Let's drop the check. With that change feel free to add": an approval given on
// condition that the request before it is met.
const OTHERWISE_APPROVES_RE =
  /(?:^|[.!?;:]\s+)(?:[\w'-]+\s+){0,2}?(?:(?:looks?|seems?|is)\s+(?:\w+\s+)?(?:good|fine|ok(?:ay)?|sane|correct|reasonable|great)(?:\s+to\s+me)?|lgtm|ack(?:ed)?)[,.]?\s+otherwise\b|(?:^|[.!?;,:)]\s+|\n[ \t]*\n\s*|\bbut\s+)(?:otherwise\b,?|(?:the\s+)?rest(?:\s+of\s+(?:it|this|the\s+(?:patch|series|code|changes?)))?|(?:the\s+)?(?:other|remaining)\s+(?:parts?|bits?|changes?|hunks?|patches)|(?:everything|all)\s+else|(?:with|once|after)\s+(?:that|this|these|those|the above)(?:\s+[\w'-]+){0,3}?,?|(?:other than|apart from|aside from|except for|besides)\s+(?:that|this|these|those|the above|(?:the|my|these|those)\s+(?:\w+\s+)?(?:comments?|points?|issues?|remarks?)(?:\s+(?:above|below))?),?)\s+(?:[\w'-]+\s+){0,5}?(?:looks?|lgtm|ack(?:ed)?|fine|good|sane|ok(?:ay)?|reviewed-by|feel free to (?:add|include))\b/i;

// "This really needs splitting up ... You are welcome to apply a 'Reviewed-by: ...' tag to all of the split-out patches"
// (Lorenzo Stoakes on Suren Baghdasaryan's v4 2/4): a tag offered for the patches the request asks for is an approval
// on condition that the request is met.
const SPLIT_APPROVAL_RE =
  /(?:^|[.!?;:)]\s+|\n\s*)(?:(?:you are|you're) (?:welcome|free) to|feel free to) (?:add|apply|use|keep|carry|include)\b[\s\S]{0,160}?\b(?:to|on|for|in) (?:all (?:of )?)?(?:the|each|every) (?:split(?:-?out| up)?|separated?|smaller|resulting|new) (?:patch(?:es)?|commits?)\b/i;

// A form letter about review tags, pasted below a review ("This is an automated instruction, just in case, because
// many review tags are being ignored. ... Please add Acked-by/Reviewed-by/Tested-by tags when posting new versions
// ... https://.../submitting-patches.rst#L577"), maybe between "<form letter>" lines and after a "---": it gives no
// tag and asks nothing of this patch ("Acked-by" in it is no ack). Bounded: an opening with no end reads nothing.
// Its other wording opens "This is a friendly reminder during the review process.\n\nIt looks like you received a tag and
// forgot to add it." and may close "If a tag was not added on purpose, please state why and what changed." (the same
// opening over "It seems my previous comments were not fully addressed" is a reviewer's objection, and stays).
const TAGS_FORM_LETTER_RE =
  /(?:^[ \t]*-{2,3}[ \t]*\n\s*)?(?:^[ \t]*<form letter>[ \t]*\n)?^[ \t]*(?:This is an automated instruction, just in case, because many review\s+tags\s+are\s+being\s+ignored\.|This is a friendly reminder during the review process\.\s+It looks like you received a tag and forgot to add it\.|Please add Acked-by\/Reviewed-by(?:\/Tested-by)? tags when posting new versions\.\s+However,\s+there's\s+no\s+need\s+to\s+repost)(?:(?!<\/form letter>)[^]){0,1600}?(?:submitting-patches\.rst\S*|<\/form letter>|(?=\s+If a tag was not added on purpose))(?:\s*<\/form letter>)?(?:\s+If a tag was not added on purpose, please state why and what changed\.)?[ \t]*$/gim;
// The markers around any of the reviewer's form letters: the letter between them is read as written.
const FORM_LETTER_MARK_RE = /^[ \t]*<\/?form letter>[ \t]*$/gim;
const FORM_LETTER_RULE: CommentRule = {
  id: "form-letter",
  kind: "other",
  pattern: /automated instruction|received a tag and forgot|tags when posting new versions/i,
  why: "a form letter about review tags: gives no tag and asks nothing of the patch",
};

/** Longest remark whose closing question about wording is read as a nit or question rather than a defect claim. */
const SHORT_WORDING_QUESTION = 300;
/** The words of a remark on wording: grammar, spelling, the commit message and its tags. */
const WORDING_RE = new RegExp(String.raw`\b(?:gramma\w*|ungrammatical|spell\w*|misspel\w*|typos?|wording|english|plural|singular|commit (?:message|log|title|subject|description)|subject(?: line)?|changelog)\b|${COMMIT_TEXT}`, "i");

/** The rule that classifies a remark, or null when none fires (kind "other"). */
export function matchCommentRule(text: string): CommentRule | null {
  const raw = String(text ?? "");
  // The markers, or the words FORM_LETTER_RULE knows a form letter by: the cheap test before the letter is cut out.
  if (/form letter>/i.test(raw) || FORM_LETTER_RULE.pattern.test(raw)) {
    const rest = raw.replace(TAGS_FORM_LETTER_RE, "").replace(FORM_LETTER_MARK_RE, "").replace(/^[ \t]*-{2,3}[ \t]*$/gm, "").trim();
    if (rest !== raw.trim()) return rest ? matchCommentRule(rest) : FORM_LETTER_RULE;
  }
  return matchRule(raw);
}

function matchRule(text: string): CommentRule | null {
  // "pls"/"plz" are "please" ("Pls document these new attributes added").
  // b4's "[1/1] gpio: update the name" over "commit: <sha>" lists what was applied: its titles are no requests.
  const plain = String(text ?? "")
    .replace(/\b(?:pls|plz)\b/gi, "please")
    .replace(/^\[\d{1,4}\/\d{1,4}\][^\n]*\n[ \t]+(?:commit:[^\n]*|https?:\/\/\S+|\(no commit info\))[ \t]*$/gm, "")
    // A test report's "commit:  922ea87f ionic: use vmalloc include" field names the commit tested.
    .replace(/^[ \t]*commit:[ \t]{2,}[0-9a-f]{7,40}\b[^\n]*$/gm, "")
    .replace(SIZE_TABLE_LINE_RE, "")
    .replace(ENVIRONMENT_DUMP_RE, "")
    .replace(GIT_LOG_ENTRY_RE, "")
    // A commit cited by its title ('prior to 0e0546eabcd6 ("firmware: arm_ffa: Change initcall level ...")'):
    // the title's words are the commit's, no request ("Change" is no imperative here).
    .replace(CITED_TITLE_RE, "$1")
    // "the whole code does nothing but increasing a pointer. So I agree we should just delete it.": "nothing but"
    // means "only"; it turns nothing round, as the "but" the agreement and approval rules look for would.
    .replace(NOTHING_BUT_RE, "only");
  // "This should be "nentry". Otherwise, it looks good.": the approval is conditional on what comes before it,
  // which is the remark (a request or question); an opening with no request in it ("Feel free to re-post just
  // this one. Otherwise the patch set looks good.") leaves the approval.
  const otherwise = OTHERWISE_APPROVES_RE.exec(plain) ?? SPLIT_APPROVAL_RE.exec(plain);
  if (otherwise && otherwise.index > 0) {
    // The remark keeps its closing mark: "Can you please drop these externs?" is a request, not "can you ...".
    const before = matchCommentRule(plain.slice(0, otherwise.index + (/[.!?;,:)]/.test(plain.charAt(otherwise.index)) ? 1 : 0)));
    if (before && (before.kind === "nit" || before.kind === "objection" || before.kind === "question")) return before;
  }
  // "NAK, please use get_maintainers.pl.": a NAK blocks the patch whatever it is about.
  const kept = COMMENT_RULES.find((r) => r.id === "nak")?.pattern.test(plain) ? plain : withoutEtiquette(plain);
  if (!kept && plain.trim()) return ETIQUETTE_RULE;
  // "It's looking pretty good. Just a couple of minor comments in the individual patches.": the pointer at the
  // remarks elsewhere is no remark ("minor" there is no soft request); the rest is judged alone.
  const t = withoutPointers(kept);
  if (!t && kept.trim()) return COMMENT_RULES.find((r) => r.id === "pointer") ?? null;
  for (const rule of COMMENT_RULES) {
    if (!rule.pattern.test(t)) continue;
    if (rule.also && !rule.also.test(t)) continue;
    if (rule.unless?.test(t)) continue;
    if (rule.when && !rule.when(t)) continue;
    return rule;
  }
  // "As it's only warning suppression I'm not going to rush this one.\n\nApplied to the togreg branch of
  // iio.git": a note that no rule reads, closed by the applied notice, is the applier's note on applying it.
  return appliedAtEnd(t) ? APPLIED_RULE : null;
}

const APPLIED_RULE = COMMENT_RULES.find((r) => r.id === "applied")!;

const PARAGRAPH_BREAK_RE = /\n[ \t]*\n/g;
/** Whether the remark's last paragraph (not its only one) is an applied notice ("Applied, thanks."). */
function appliedAtEnd(text: string): boolean {
  if (!/\b(?:app?lied|queued|picked|merged|applying|will (?:queue|apply|pick|take))\b/i.test(text)) return false;
  let cut = -1;
  PARAGRAPH_BREAK_RE.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK_RE.exec(text); m; m = PARAGRAPH_BREAK_RE.exec(text)) cut = m.index;
  if (cut < 0) return false;
  const last = text.slice(cut).trim();
  return APPLIED_RULE.pattern.test(last) && !APPLIED_RULE.unless?.test(last);
}

/**
 * Kind of a reviewer remark from the rule table: nit, question, objection, ack, praise or other. `author`: the
 * patch author's name, when known: a question put by name to someone else ("Hans, what do you think?") asks the
 * author nothing, so a remark read as a question is read again without it.
 */
export function classifyComment(text: string, author?: string | null): CommentKind {
  const rule = matchCommentRule(text);
  if (rule?.kind !== "question" || !author) return rule?.kind ?? "other";
  const rest = withoutQuestionsToOthers(text, author);
  if (rest === null) return "question";
  return rest ? (matchCommentRule(rest)?.kind ?? "other") : "other";
}

// "Hans, what do you think?", "Tony, Rob, does this look good to you?": a question opening with the names of
// whom it asks. Words that open a sentence with a comma ("Also, why ...?") are no names.
// What follows the names asks them ("are you OK with this?", "any comments?", or nothing: "Seth, Neil?"); "Humm,
// we're only using ... right?" and "Unrelated, should ... be set here?" open with a word, not a name.
const VOCATIVE_QUESTION_RE = /^\W*((?:\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+)?\s*(?:,|\band\b|&)\s*)+)([^?]*)\?\W*$/u;
/** Longer sentences are not read for a vocative (a hostile line stays cheap). */
const MAX_VOCATIVE_SENTENCE = 300;
const NOT_A_NAME = new Set(
  ("also so well hmm hm ok okay yes no yeah yep nope now then but and or anyway btw fyi imho imo thanks thank right sure " +
    "again besides however otherwise still plus actually honestly frankly overall finally first second lastly similarly " +
    "instead meanwhile additionally furthermore moreover regardless alternatively basically ideally perhaps maybe " +
    "oh ah sorry please hi hello hey dear folks guys all everyone everybody question nit here there this that " +
    "what why how where when which who cool nice great good fine true agreed indeed wait sigh humm hmmm urgh ugh argh " +
    "unrelated minor dup seriously interesting correct exactly absolutely otoh iow ie eg").split(" "),
);

/**
 * The remark without its sentences that put a question by name to someone other than `author`; null when it has
 * none (every question is the author's to answer), "" when nothing else is left.
 */
export function withoutQuestionsToOthers(text: string, author: string): string | null {
  if (!text.includes("?")) return null;
  const own = new Set(author.toLowerCase().split(/[\s,.]+/).filter((w) => w.length > 1));
  // "Bob,\nwhat do you think?": the names on a line of their own open the question on the next line.
  const joined = text.replace(NAMES_LINE_RE, "$1 ");
  let rest = joined;
  for (const s of joined.split(/(?<=[.!?])[ \t]+|\n/)) {
    const m = s.length <= MAX_VOCATIVE_SENTENCE && s.includes("?") ? VOCATIVE_QUESTION_RE.exec(s) : null;
    if (!m || !/\byour?\b|^\W*any\b|^\W*$/i.test(m[2] ?? "")) continue;
    const names = (m[1] ?? "").split(/\s*(?:,|\band\b|&)\s*/).map((n) => n.trim()).filter(Boolean);
    if (names.some((n) => n.toLowerCase().split(/\s+/).some((w) => NOT_A_NAME.has(w) || own.has(w)))) continue;
    rest = rest.replace(s, "");
  }
  return rest === joined ? null : rest.trim();
}
// A line holding only names, each closed by a comma ("Bob, Carl,"), and a line of words below it.
const NAMES_LINE_RE = /^([ \t]*(?:\p{Lu}[\p{Ll}'-]+(?:[ \t]+\p{Lu}[\p{Ll}'-]+)?[ \t]*(?:,|\band\b|&)[ \t]*){1,4})\n(?=[ \t]*\p{L})/gmu;
