// Which patches of a series a reviewer's trailer is for, when his reply to the cover letter says so in the
// line right above it: "For patches 1-4:", "patches 1, 2, 4 are", "So, for the patches 1-4:".
import { COUNT_WORDS, countOf } from "../text/count-word";
import { parseSubject } from "./parse-subject";
import type { Trailer } from "./types";

/** A scope naming more patches than this is no real series' and is ignored. */
const MAX_SCOPE = 200;
/** Lead-in text longer than this is prose, not a lead-in. */
const MAX_LEAD_IN = 300;

// One patch number: "3", "#3", "3/7", "3rd"; a range: "1-4", "1/4-3/4", "1 to 8", "4/12 to 12/12".
const NUM = String.raw`#?\d{1,3}(?:\/\d{1,3})?(?:st|nd|rd|th)?`;
const ITEM = String.raw`${NUM}(?:\s*(?:-|–|\.\.|to|through|thru)\s*${NUM})?`;
const LIST = String.raw`${ITEM}(?:\s*(?:,\s*and|,|and|&|\+)\s*${ITEM}){0,20}`;
const PATCHES = String.raw`(?:patch(?:es)?|commits?)`;
/** "all of", "all": before the patches a lead-in names. */
const ALL_OF = String.raw`(?:all\s+(?:of\s+)?)?`;
/** "all the patches ", "the patches ", "patches ": the patches a relative clause goes on to name. */
const ALL_PATCHES_OF = String.raw`${ALL_OF}(?:the\s+)?(?:patch(?:es)?|changes?|ones)\s+`;
/** "that touch", "which modifies": the clause naming what those patches change. */
const THAT_TOUCH = String.raw`(?:which|that)\s+(?:touch|modify|change|affect)(?:es|s)?`;
/** Words that open a sentence without changing it: "So, for ...", "Thanks, patches 1-7 ...". */
const FILLER = String.raw`(?:(?:so|and|then|thus|thanks|anyway|also|otherwise|ok|okay|fwiw|in any case|that said)[,!]?\s+)*`;
/** Optional qualifiers between "for the" and "patches": "non-commented", "HID", "remaining". */
const QUALIFIER = String.raw`(?:(?!(?:but|except|excluding|besides|without|not|no|other|patch(?:es)?)\b)[\w./-]{2,30}\s+){0,2}`;
/** Numbers alone only in "k/N" form ("for 1/4-3/4"): "for these 3" counts patches, it names none. */
const SLASH_ITEM = String.raw`#?\d{1,3}\/\d{1,3}(?:\s*(?:-|–|to|through)\s*#?\d{1,3}\/\d{1,3})?`;
const SLASH_LIST = String.raw`${SLASH_ITEM}(?:\s*(?:,\s*and|,|and|&|\+)\s*${SLASH_ITEM}){0,20}`;
/** Numbers alone as a range or a list ("for 6 & 7", "for 4-6"): one bare number ("for 3") says too little. */
const BARE_LIST = String.raw`(?:${ITEM}(?:\s*(?:,\s*and|,|and|&|\+)\s*${ITEM}){1,20}|\d{1,3}\s*(?:-|–|to)\s*\d{1,3})`;
/** "for (the|all) [HID] patches [from] 1-4 [in this batch]", "for the HID patches (1, 9, 10)", "for 1/4-3/4", "for 6 & 7". */
// "For patches 1, 2, and 4 of the series on a Foo guest," (linux-hyperv, over a Tested-by): the series named after the
// numbers, then where they ran (up to four words).
const FOR_CLAUSE = String.raw`for\s+(?:(?:(?:the|all(?:\s+the)?|these|those)\s+)?${QUALIFIER}${PATCHES}\s*(?:from\s+)?\(?(${LIST})\)?(?:\s+(?:in|of)\s+(?:this|the)\s+(?:batch|series|set|patch\s?set))?(?:\s+on\s+(?:an?\s+|the\s+|my\s+)?[\w./-]{1,30}(?:\s+[\w./-]{1,30}){0,3})?|(${SLASH_LIST}|${BARE_LIST}))`;
/** "..., feel free to add [my tag]" after a for-clause. */
const ADD_TAIL = String.raw`(?:,?\s*(?:feel\s+free\s+to\s+add|you\s+(?:can|may)\s+add|please\s+add)(?:\s+my(?:\s+tags?)?)?)?`;
/**
 * A verdict on the answered patch before a for-clause closing the sentence: "This one looks good to me now, for patches 1 &
 * 5:" (linux-fbdev, under 5/7): the tag below is for the patches the clause names.
 */
const APPROVAL_BEFORE_FOR_RE = /^(?:(?:ok(?:ay)?|so|thanks|and)[,!]?\s+)*(?:this(?:\s+one|\s+patch|\s+version)?|that\s+one|it|the\s+(?:patch|series|change)|(?:this|the)\s+v\d+)\s+(?:lgtm|looks?\s+(?:good|fine|ok|okay|great|sane|correct)(?:\s+to\s+me)?)(?:\s+now)?\s*,?\s*$/;
/** "With the documentation fixed (pointer by Daniel)": a condition before the lead-in proper. */
const CONDITION = String.raw`(?:with\s+[^,]{1,60}?\s+(?:fixed|addressed|resolved|dropped|removed|done)(?:\s*\([^()]{0,40}\))?,?\s+)?`;
/** A predicate that makes "patches 1-3 <pred>" a lead-in: "are", "look good to me", "are good enough for me". */
const PREDICATE = String.raw`(?:are|is|lgtm|looks?\s+(?:good|fine|ok|okay|great|sane|correct)(?:\s+to\s+me)?(?:\s+now)?(?:\s+and\s+(?:are|is|have\s+my))?|are\s+good\s+enough(?:\s+for\s+me)?|(?:are|is)\s+fine(?:\s+by|\s+with|\s+for)?(?:\s+me)?)`;
/** Words saying the text before the for-clause gives a tag: "here is my acked by for doing so for 5/8". */
const TAG_WORDS = /\b(?:tags?|ack(?:ed)?|reviewed|review|r-b|rb|tested|feel free|add my)\b/;

/** "With that fixed, for patches 1-3:", "If you drop the check, then for 2-4:": a condition before the lead-in proper. */
const LEAD_CONDITION = String.raw`(?:(?:with|if|once|assuming|provided)\s+[^,]{1,80},\s*(?:then\s+)?)?`;
/** What a sentence asks to add: "this", "my ack", "the following tags". */
const ADDED = String.raw`(?:this|these|that|it|them|the\s+(?:tags?|ack|review)|my\s+(?:tags?|ack|acked-by|review(?:ed-by)?|r-b|rb|a-b)|the\s+following(?:\s+tags?)?)`;

const LEAD_IN_RES: RegExp[] = [
  // "For patches 1-4", "So, for the patches 1-4", "In any case for patch 6-14", "As for 4-6, feel free to add".
  new RegExp(String.raw`^${FILLER}${LEAD_CONDITION}(?:as\s+)?${FOR_CLAUSE}${ADD_TAIL}$`),
  // "Also, please add this to the patches 1-3" (linux-integrity), "you can add my ack to patches 2 and 4".
  new RegExp(String.raw`^${FILLER}(?:(?:please|you\s+(?:can|may|could)|feel\s+free\s+to)\s+)?(?:add|apply|put|include)\s+${ADDED}\s+(?:to|for|on)\s+(?:the\s+)?${PATCHES}\s+\(?(${LIST})\)?$`),
  // "As far as platform maintainer goes, patch 1-2 are", "Thanks, patches 1-7 look good to me".
  new RegExp(String.raw`^${FILLER}(?:[^,]{1,60},\s*)?${CONDITION}(?:(?:these|the)\s+)?${PATCHES}\s+\(?(${LIST})\)?\s+${PREDICATE}$`),
  // "Patches 1-11", "patch 3", "both patches 19 and 20" (linux-iio).
  new RegExp(String.raw`^${FILLER}(?:(?:for\s+)?both\s+)?${PATCHES}\s+(${LIST})$`),
  // "All core changes (patches 1 to 8) are".
  new RegExp(String.raw`^${FILLER}[\w -]{1,40}\(${PATCHES}\s+(${LIST})\)\s+${PREDICATE}$`),
  // "The Alpha-specific changes in patches 11 and 12 look correct to me".
  new RegExp(String.raw`^${FILLER}(?:the\s+)?[\w/-]{1,30}(?:\s+[\w/-]{1,30}){0,2}\s+(?:changes|bits|parts?)\s+in\s+${PATCHES}\s+(${LIST})\s+looks?\s+(?:good|fine|ok|okay|great|sane|correct)(?:\s+to\s+me)?$`),
];
/** What a sentence says of the patches it leaves aside: "the others LGTM", "the rest are fine", "the series looks good". */
const OTHERS = String.raw`(?:(?:all\s+)?(?:the\s+)?(?:others|rest)(?:\s+of\s+(?:the|this)\s+(?:series|patches|set))?|(?:all\s+)?(?:the\s+)?other\s+(?:patches|ones|changes)|everything(?:\s+else)?|(?:the\s+)?(?:whole\s+)?(?:series|patch\s?set))`;
const GOOD = String.raw`(?:lgtm|looks?\s+(?:good|fine|ok|okay|great|sane|correct)(?:\s+to\s+me)?|(?:are|is)\s+(?:good|fine|ok|okay)(?:\s+(?:with|by|for|to)\s+me)?)`;
/**
 * "Aside from the comments for patches 5 & 6, the others LGTM", "Except for patches 5 and 6, the series looks
 * good", "All patches except 5 & 6 look good to me": the patches a tag is NOT for. Only with a verdict on the
 * others, so "Apart from patch 3, I have not looked at the rest" is none.
 */
const EXCEPT_RES: RegExp[] = [
  new RegExp(String.raw`^${FILLER}(?:aside|apart)\s+from\s+(?:(?:the|my)\s+)?(?:(?:minor|small|few)\s+)?(?:comments?|remarks?|issues?|nits?|questions?|concerns?|points?)\s+(?:for|on|to|in|about|against)\s+(?:the\s+)?${PATCHES}\s+\(?(${LIST})\)?,?\s+${OTHERS}\s+${GOOD}$`),
  new RegExp(String.raw`^${FILLER}(?:except|excluding|other\s+than|(?:aside|apart)\s+from)\s+(?:for\s+)?(?:the\s+)?${PATCHES}\s+\(?(${LIST})\)?,?\s+${OTHERS}\s+${GOOD}$`),
  // "For all the 7 patches except patch 2." (linux-omap): their count may stand before "patches".
  new RegExp(String.raw`^${FILLER}(?:for\s+)?(?:all\s+)?(?:the\s+)?(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:other\s+)?(?:patches|series|rest)\s+(?:except|but|excluding|other\s+than)\s+(?:for\s+)?(?:${PATCHES}\s+)?\(?(${LIST})\)?(?:,?\s+${GOOD})?$`),
  // "With the exception of 07/15, on which I had a small comment:" (selinux): right above the tag, the exception
  // alone says the tag is for the others.
  new RegExp(String.raw`^${FILLER}(?:with\s+the\s+exception\s+of|except\s+(?:for\s+)?)\s*(?:the\s+)?(?:${PATCHES}\s+)?\(?(${LIST})\)?(?:,?\s+(?:on|to|in|for|about|where)\s+which\s+[^,:]{1,60})?$`),
  // "If there is agreement with Jan and Grzegorz for patches 7-9, I'm ok with the rest" (linux-i2c), "Patch 3
  // needs more work, but I'm fine with the others".
  new RegExp(String.raw`^${FILLER}(?:[^,]{1,80}?\s)?${PATCHES}\s+\(?(${LIST})\)?[^,]{0,60},\s*(?:but\s+|and\s+)?(?:i['’]?m|i\s+am)\s+(?:ok|okay|fine|happy|good)\s+with\s+${OTHERS}$`),
];
/**
 * One patch's block in a cover reply: 'For Patch 2: "foo: Save bar values", please include below tags', "For
 * patch 3, please add the following tag": that patch's title may stand beside its number.
 */
const PER_PATCH_RE = new RegExp(String.raw`^${FILLER}for\s+(?:the\s+)?${PATCHES}\s+(${LIST})\s*[:,-]?\s*(?:"[^"]{1,160}"|\u201c[^\u201d]{1,160}\u201d)?[\s,]*(?:(?:please|kindly)\s+(?:include|add|pick\s+up|apply|take)|(?:you\s+(?:can|may)|feel\s+free\s+to)\s+(?:add|include))(?:\s+(?:the|my))?(?:\s+(?:below|following))?(?:\s+(?:tags?|trailers?|lines?))?(?:\s+below)?$`);
/** 'for everything except "<title>"', 'for all patches but "<title>"': the patch a tag is not for, by its title. */
const EXCEPT_TITLE_RE = new RegExp(String.raw`^${FILLER}(?:for\s+)?(?:everything|all(?:\s+(?:of\s+)?(?:the\s+)?(?:patches|others))?|the\s+(?:whole\s+)?(?:series|set))\s+(?:except|but|apart\s+from|other\s+than|besides)\s+(?:for\s+)?(?:the\s+)?(?:patch\s+)?["“]([^"”]{3,160})["”]$`);
/** How `readSubsystemLeadIn` names, by its title, a patch a tag is not for ("except-title:enable foo"). */
const EXCEPT_TITLE_PREFIX = "except-title:";
/** How `readSubsystemLeadIn` names a patch a tag is not for ("except:5"), for `patchesOfSubsystems`. */
const EXCEPT_PREFIX = "except:";
/**
 * How `readSubsystemLeadIn` says a tag is for a whole series: "series:all" ("For the series:") or
 * "series:5" ("For these five patches:", known to be the whole series only against the posting's N).
 */
const SERIES_PREFIX = "series:";
const SERIES_ALL = `${SERIES_PREFIX}all`;

const COUNT = String.raw`(\d{1,3}|${Object.keys(COUNT_WORDS).join("|")})`;
/** "With the nit fixed, for the series:": a condition before the lead-in proper. */
const WITH_CLAUSE = String.raw`(?:with\s+[^,]{1,80},\s*)?`;
/** A count of patches: "for these five patches", "for all 12 of these patches", "for this 4-patch series". */
const COUNT_RES: RegExp[] = [
  new RegExp(String.raw`^${FILLER}${WITH_CLAUSE}(?:and\s+|as\s+)?for\s+(?:all\s+(?:of\s+)?(?:these|those|the)\s+|all\s+|these\s+|those\s+|the\s+)${COUNT}\s+(?:of\s+(?:these|those|the|this|my)\s+)?(?:patch(?:es)?|commits)(?:\s+in\s+(?:this|the)\s+(?:series|set|patch\s?set))?${ADD_TAIL}$`),
  new RegExp(String.raw`^${FILLER}${WITH_CLAUSE}(?:and\s+|as\s+)?for\s+(?:this|the)\s+${COUNT}[\s-]patch\s+(?:series|set)${ADD_TAIL}$`),
  new RegExp(String.raw`^${FILLER}${WITH_CLAUSE}(?:and\s+|as\s+)?for\s+(?:this|the)\s+(?:series|set)\s+of\s+${COUNT}\s+patches${ADD_TAIL}$`),
];
/** "For both patches:", "for both of these patches": two. */
const BOTH_RE = new RegExp(String.raw`^${FILLER}${WITH_CLAUSE}(?:and\s+|as\s+)?(?:for\s+both(?:\s+(?:of\s+(?:the|these|those)\s+)?(?:patches|commits))?|both\s+patches)${ADD_TAIL}$`);
const SERIES_NOUN = String.raw`(?:(?:(?:whole|entire|full|complete)\s+)?(?:series|patch\s?set|patch\s+series)|(?:whole|entire|full|complete)\s+set)`;
/**
 * The whole series by name: "For the series:", "For this series:", "The whole series:", "For all patches in
 * the series:", "For the series with v2 of patch 4:", "I'm fine with the whole series", "the entire series
 * looks good to me". "The rest of the series" names part of it and is none.
 */
const WHOLE_SERIES_RE = new RegExp(
  String.raw`^${FILLER}${WITH_CLAUSE}(?:and\s+|as\s+)?(?:for\s+|i'?m\s+(?:fine|ok|okay|happy)\s+with\s+)?` +
    String.raw`(?:(?:the|this)\s+${SERIES_NOUN}|(?:whole|entire)\s+(?:series|patch\s?set)|all\s+(?:of\s+)?(?:the\s+|these\s+)?patches(?:\s+in\s+(?:this|the)\s+(?:series|set|patch\s?set))?)` +
    String.raw`(?:\s+with\s+[^,]{1,60})?(?:\s+(?:looks?\s+(?:good|fine|ok|okay|great)(?:\s+to\s+me)?|lgtm|is\s+fine(?:\s+(?:with|by)\s+me)?))?${ADD_TAIL}$`,
);

/**
 * "When you resend you can add my R-B: to all patches" (linux-pwm, under patch 3/5): a tag the sentence says
 * to add to every patch, after words naming it.
 */
const TAG_TO_ALL_RE = /\b(?:add|apply|put|include|carry|take)\b.{0,40}?\b(?:to|for|on)\s+(?:all|each|every)(?:\s+(?:of\s+)?(?:the|these|those|your|this))?\s+(?:patch(?:es)?|commits?|one|of\s+them)(?:\s+in\s+(?:this|the)\s+(?:series|set|patch\s?set))?$/;

/** "series:all" or "series:N" for a lead-in naming the whole series or a count of patches, else null. */
function readWholeSeries(sentence: string): string | null {
  // "For the series (with or without the last patch):": a closing aside is set apart.
  const s = sentence.replace(/\s*\([^()]{1,80}\)$/, "");
  if (WHOLE_SERIES_RE.test(s)) return SERIES_ALL;
  const all = TAG_TO_ALL_RE.exec(s);
  if (all && TAG_WORDS.test(s.slice(0, all.index + all[0].length))) return SERIES_ALL;
  if (BOTH_RE.test(s)) return `${SERIES_PREFIX}2`;
  for (const re of COUNT_RES) {
    const m = re.exec(s);
    if (!m) continue;
    const n = countOf(m[1]!);
    return n >= 2 && n <= MAX_SCOPE ? `${SERIES_PREFIX}${n}` : null;
  }
  return null;
}

/** "So, for the patches", "for these patches": the patches the sentence before named. */
const ANAPHORA_RE = new RegExp(String.raw`^${FILLER}for\s+(?:the|these|those)\s+${PATCHES}$`);
/** A for-clause closing a sentence that speaks of tags: "here is my acked by for doing so for 5/8 and 6/8". */
const TAIL_FOR_RE = new RegExp(String.raw`(?:^|[\s,])${FOR_CLAUSE}$`);

/**
 * The patch numbers a lead-in names ("For patches 1-4:" -> [1, 2, 3, 4]; "patches 1, 2, 4 are" ->
 * [1, 2, 4]), or null when the text is no numbered lead-in. Only the last sentence counts, and it must be a
 * lead-in as a whole: "patch 3 needs work." or "After addressing a comment in patch 3:" is none. An empty
 * list: the tag is for no patch posted (offered for a future fix of what a report found).
 */
export function readScopeLeadIn(text: string): number[] | null {
  if (text.length > MAX_LEAD_IN * 3) return null;
  if (isCreditOffer(text)) return [];
  const sentences = splitSentences(text);
  const last = sentences[sentences.length - 1] ?? "";
  // "These patches (4/12 to 12/12) look good to me. So, for the patches:": the sentence before names them.
  if (ANAPHORA_RE.test(last) && sentences.length >= 2) return matchLeadIn(sentences[sentences.length - 2]!);
  const own = matchLeadIn(last);
  // "Patches 1-5 looks good. There are just a few minor things, but you can add" (linux-i2c): the sentence
  // before names the patches the giving one is about.
  if (own === null && GIVE_RE.test(last) && sentences.length >= 2) return matchLeadIn(sentences[sentences.length - 2]!);
  return own;
}

/** A sentence that only gives the tag below it: "..., but you can add", "feel free to add my tag", "so". */
const GIVE_RE = /(?:^|[\s,])(?:you\s+(?:can|may|could)\s+(?:add|include|take)|feel\s+free\s+to\s+(?:add|include|take)|please\s+(?:add|include|take)|so|hence|thus|therefore)(?:\s+my(?:\s+(?:tags?|r-b|rb|ack|review))?)?$/;

// "If these findings have caused you to resend the series or submit a separate fix, please add the following
// tag to your commit message:" (a CI bot that found bugs), "If you fix the issue ..., kindly add following tags":
// a tag offered for a future fix of what the report found, given to no patch posted.
const CREDIT_OFFER_IF_RE = /^if\s+(?:(?:these|the|this|those|our|any\s+of\s+these)\s+(?:findings?|issues?|reports?|bugs?|problems?)\b|you\s+fix\s+(?:the|this|these|those)\s+(?:issues?|bugs?|problems?|findings?)\b)/i;
// "the following tag", not "you can add my R-b tag" (a reviewer's own tag, given on that condition).
const CREDIT_OFFER_ADD_RE = /\b(?:add|include)\s+(?:the\s+)?following\s+(?:tags?|trailers?|lines?)\b/i;

// "Another idea ... is an Acked-by with a "# suffix" comment that clarifies the meaning, e.g.:" (kbuild, a
// bystander showing the form someone else's tag could take), "you might want to say something like:" (s390,
// the reviewer's own tag with a scope: given). Only a sentence ending in such words: "can be shipped later
// -- as such:" above a Reviewed-by is no example.
// "I just saw that this patch has:" (linux-i2c, tags quoted from a commit in a pull request), "I have the following
// tags now:" (linux-integrity, a maintainer listing what his tree holds): tags shown as they stand, given by no one here.
// "In general you may add a comment to a tag, like this:" (linux-tegra): ", like this" too.
const EXAMPLE_END_RE = /,\s*like\s+(?:this|so)$|(?:^|[\s,(])(?:e\.\s?g|for\s+example|for\s+instance|such\s+as|something\s+like(?:\s+(?:this|that))?|(?:this|the|that|your)\s+(?:patch|commit)\s+(?:already\s+|now\s+)?(?:has|had|carries|contains)|(?:i|we)\s+(?:now\s+)?have\s+(?:the\s+following|these)\s+tags(?:\s+now)?)$/;
/**
 * How `readSubsystemLeadIn` marks a tag shown as an example of a tag's form: another person's is given to
 * no patch (attributeTrailers), the sender's own is given as if no lead-in stood above it. No subsystem
 * name holds a ":".
 */
const EXAMPLE_MARK = "as:example";
/** The mark itself, for a trailer shown in a block that may be an example (an indented block of tags in a reply). */
export const EXAMPLE_SUBSYSTEM = EXAMPLE_MARK;

/** A lead-in offering the tag below on condition of a fix for what a report found (see CREDIT_OFFER_IF_RE). */
function isCreditOffer(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= MAX_LEAD_IN && CREDIT_OFFER_IF_RE.test(t) && CREDIT_OFFER_ADD_RE.test(t) && !/\bmy\b/i.test(t);
}

function matchLeadIn(whole: string): number[] | null {
  if (whole === "" || whole.length > MAX_LEAD_IN) return null;
  // "For the patches 1 & 3 (the API simplification)": a closing aside is set apart.
  // "Patches 4, 5, and 6 LGTM, FWIW" (linux-i2c): a closing hedge is set apart as well.
  const bare = whole.replace(/\s*\([^()]{1,80}\)$/, "").replace(/,?\s+(?:fwiw|imho|imo|afaict|afaics)$/, "");
  return matchSentence(whole) ?? (bare !== whole ? matchSentence(bare) : null);
}

function matchSentence(sentence: string): number[] | null {
  const per = PER_PATCH_RE.exec(sentence);
  if (per) return expandList(per[1]!);
  for (const re of LEAD_IN_RES) {
    const m = re.exec(sentence);
    if (m) return expandList((m[1] ?? m[2])!);
  }
  const tail = TAIL_FOR_RE.exec(sentence);
  if (tail && (TAG_WORDS.test(sentence.slice(0, tail.index)) || APPROVAL_BEFORE_FOR_RE.test(sentence.slice(0, tail.index)))) return expandList((tail[1] ?? tail[2])!);
  return touchedParts(sentence);
}

/** "for the patches that touch PV display (#07, #16), PV sound (#08, #20) and ...": the parts touched, named. */
const TOUCH_PARTS_RE = new RegExp(String.raw`^${FILLER}for\s+${ALL_PATCHES_OF}${THAT_TOUCH}\s`);
const NUMBER_GROUP_RE = new RegExp(String.raw`^\s*(${LIST})\s*$`);

/**
 * The patches such a lead-in names part by part, each part's numbers in its parentheses ("(#07, #16)", linux-
 * integrity): every number in them, when every parenthesis holds numbers only and none stands outside them.
 */
function touchedParts(sentence: string): number[] | null {
  if (!TOUCH_PARTS_RE.test(sentence)) return null;
  const groups = [...sentence.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!);
  if (groups.length === 0 || /\d/.test(sentence.replace(/\([^()]*\)/g, ""))) return null;
  const lists = groups.map((g) => NUMBER_GROUP_RE.exec(g)?.[1] ?? null);
  return lists.every((l) => l !== null) ? expandList(lists.join(", ")) : null;
}

/** The patches a trailer is for: `patches`, or `[patch]` from facts stored before `patches` existed; null for all. */
export function trailerScope(t: Pick<Trailer, "patch" | "patches">): number[] | null {
  if (t.patches && t.patches.length > 0) return t.patches;
  return t.patch !== undefined ? [t.patch] : null;
}

/**
 * Lower-cased sentences without closing punctuation. A sentence ends at ". ", "! " or "? " ("1/4." stays
 * whole), and at a line break before a capital ("Looks good to me\nFor patches 1-4:"). A word set off by asterisks
 * for emphasis is read as the word ("With that, for *both* patches:", linux-efi).
 */
function splitSentences(text: string): string[] {
  return text
    .split(/\n(?=\s*\p{Lu})/u)
    .flatMap((chunk) => chunk.replace(/\s+/g, " ").trim().toLowerCase().split(/(?<=[.!?])\s+(?=\S)/))
    .map((p) => (p.includes("*") ? p.replace(EMPHASIS_RE, "$1$2") : p).replace(/[\s:;,.!]+$/, "").replace(/\s*-+>?$/, "").trim());
}
const EMPHASIS_RE = /(^|\s)\*([\w-]{1,30})\*(?=[\s,.:;!?]|$)/g;

/** "1-3 and 6-7" -> [1, 2, 3, 6, 7]; null when a number is 0, a range runs backwards or the set is too big. */
export function expandList(list: string): number[] | null {
  const out = new Set<number>();
  for (const item of list.split(/\s*(?:,\s*and|,|and|&|\+)\s*/)) {
    if (item === "") continue;
    const ends = item.split(/\s*(?:-|–|\.\.|to|through|thru)\s*/).map(readNumber);
    const from = ends[0];
    const to = ends.length === 2 ? ends[1] : from;
    if (from === undefined || from === null || to === undefined || to === null || ends.length > 2) return null;
    if (from < 1 || to < from || to - from >= MAX_SCOPE) return null;
    for (let k = from; k <= to; k++) out.add(k);
    if (out.size > MAX_SCOPE) return null;
  }
  return out.size > 0 ? [...out].sort((a, b) => a - b) : null;
}

/** "#3" / "3rd" -> 3; "3/7" -> 3 (null when 3 > 7). */
function readNumber(s: string): number | null {
  const m = /^#?(\d{1,3})(?:\/(\d{1,3}))?(?:st|nd|rd|th)?$/.exec(s);
  if (!m) return null;
  const k = Number(m[1]);
  return m[2] !== undefined && k > Number(m[2]) ? null : k;
}

// "for the mmc patch", "for the GPIO part", "for the DT bindings", "as for the iommu/amd and x86 changes".
// "For the drivers/pci/ parts:" (linux-hyperv): a path's closing slash, cut from the name read (readSubsystemLeadIn).
const SUBSYSTEM = String.raw`[a-z][a-z0-9_.-]{1,30}(?:\/[a-z0-9_.-]{1,30})?\/?`;
const SUBSYSTEM_LIST = String.raw`${SUBSYSTEM}(?:\s*(?:,\s*and|,|and|&|\+)\s*${SUBSYSTEM}){0,3}`;
// "For the sound bit:", "For media drivers:", "For staging stuff:", "for the drm side of things:" (linux-fbdev).
const PART_WORDS = String.raw`(?:patch(?:es)?|parts?|changes?|bits?|pieces|side(?:\s+of\s+things)?|drivers?|stuff|bindings?(?:\s+patch(?:es)?)?)`;
/**
 * "If you want to keep it like this since you've already done it, then for all the binding patches:" (linux-pwm):
 * a condition set off by its comma before the lead-in proper.
 */
const IF_CLAUSE = String.raw`(?:(?:if|since|assuming|provided|as\s+long\s+as)\b[^,]{1,120},\s*(?:then\s+)?)?`;
/** "for all the mmc patches", "for all of the binding patches": every one of that part's. */
// "for the ACPI-related changes in this series" (linux-efi, below the tag): the series named after the part is the one answered.
// "For these arm64 bits:", "At least for the PA-RISC parts you may add:" (linux-arch): a demonstrative, or "at least" before "for".
const SUBSYSTEM_LEAD_IN_RE = new RegExp(String.raw`^${FILLER}${IF_CLAUSE}(?:and\s+|as\s+|at\s+least\s+)?for\s+${ALL_OF}(?:(?:the|these|those)\s+)?(${SUBSYSTEM_LIST})\s+(${PART_WORDS})(?:\s+in\s+(?:this|the)\s+(?:series|set|patch\s?set))?${ADD_TAIL}$`);
/**
 * "The x86 part:" (linux-arch, an x86 maintainer's ack below a 17-patch series): the part named alone, with no "for", as the
 * whole sentence above the tag. A word that names which patches ("The other changes:", "The following patches:") is NOT_SUBSYSTEM's.
 */
const NAMED_PART_LEAD_IN_RE = new RegExp(String.raw`^${FILLER}(?:the|these|those)\s+(${SUBSYSTEM_LIST})\s+(${PART_WORDS})${ADD_TAIL}$`);
/**
 * "For SDHCI:", "For mmc:", "For md:" (linux-mmc): a subsystem named alone. Which patches are its is read from
 * their subjects (patchesOfSubsystems); a word no patch's prefix holds ("For now:") scopes nothing.
 */
const BARE_SUBSYSTEM_LEAD_IN_RE = new RegExp(String.raw`^${FILLER}(?:and\s+|as\s+)?for\s+(${SUBSYSTEM_LIST})$`);
/**
 * How `readSubsystemLeadIn` marks a subsystem named alone ("For arm64:"): above a Tested-by it names where the
 * series ran, as a Tested-by's "# arm64" comment does, no part (see `namesSubsystemAlone`).
 */
const BARE_PREFIX = "alone:";
/** Words after a bare "For" that name no part of a series. */
const NOT_BARE_SUBSYSTEM = new Set(["me", "now", "example", "instance", "reference", "record", "completeness", "info", "clarity", "context", "posterity", "everything", "what", "it", "them", "sure", "free"]);
/**
 * "For all patches which touch s390:" (linux-integrity), "for the patches that touch the powerpc code": the
 * patches of the subsystem named, as "for the s390 patches" says.
 */
// "For all the patches applying to the leds-ns2 driver:" (linux-leds): the same, by the driver's name.
const TOUCH_LEAD_IN_RE = new RegExp(String.raw`^${FILLER}${IF_CLAUSE}(?:and\s+|as\s+)?for\s+${ALL_PATCHES_OF}(?:${THAT_TOUCH}|apply(?:ing)?\s+to)\s+(?:the\s+)?(${SUBSYSTEM_LIST})(?:\s+(?:code|parts?|bits|side|files|driver))?${ADD_TAIL}$`);
/** "These two SMMU changes look correct to me:" (linux-tegra): a verdict on one part's patches, above the tag for them. */
const SUBSYSTEM_VERDICT_RE = new RegExp(String.raw`^${FILLER}(?:the|these|those|both)\s+(?:(?:two|three|four|five|\d)\s+)?(${SUBSYSTEM_LIST})\s+(${PART_WORDS})\s+${GOOD}$`);
/** "..., you can add my", "..., feel free to add": what may close a lead-in that names the part a tag is for. */
const GIVE_TAIL = String.raw`(?:,?\s*(?:(?:you\s+(?:can|may|could)|feel\s+free\s+to|please)\s+(?:add|have|take)|here(?:'s|\s+is))(?:\s+my(?:\s+(?:tags?|ack|r-b|rb|review))?)?)?`;
/**
 * "As far as sunxi is concerned, you can add my" (linux-clk, a platform maintainer's ack on a 25-patch clk series),
 * "As far as the clk parts go:": the patches of the part named, as "for the sunxi patches" says.
 */
const AS_FAR_AS_LEAD_IN_RE = new RegExp(String.raw`^${FILLER}as\s+far\s+as\s+(?:the\s+)?(${SUBSYSTEM_LIST})(?:\s+(${PART_WORDS}))?\s+(?:(?:is|are)\s+concerned|go(?:es)?)${GIVE_TAIL}$`);
/** "for the bindings": the device-tree bindings, whatever their tree. */
const BINDINGS_LEAD_IN_RE = new RegExp(String.raw`^${FILLER}${IF_CLAUSE}(?:and\s+|as\s+)?for\s+${ALL_OF}(?:the\s+)?bindings?(?:\s+patch(?:es)?)?${ADD_TAIL}$`);
/** Words that name which patches, not a subsystem: "for the remaining patches", "for the whole series". */
const NOT_SUBSYSTEM = new Set([
  "the", "a", "an", "each", "every", "any", "such", "whole", "rest", "other", "others", "remaining", "first", "second", "third", "last", "final", "these", "those", "this",
  "that", "above", "below", "following", "next", "previous", "same", "new", "old", "both", "all", "entire", "my", "your",
  "his", "her", "their", "our", "one", "two", "three", "four", "individual", "respective", "series", "code", "driver", "above-mentioned",
  // "As far as it goes", "as far as everything else is concerned": no part named.
  "it", "everything", "anything", "we", "you",
]);

/**
 * The subsystems a lead-in names as the part of the series its trailer is for ("for the mmc patch, feel free
 * to add:" -> ["mmc"]; "For the DT bindings:" -> ["dt-bindings"]), lower-cased, or null. Only the last sentence
 * counts and it must be such a lead-in as a whole; numbered lead-ins are `readScopeLeadIn`'s.
 */
export function readSubsystemLeadIn(text: string): string[] | null {
  if (text.length > MAX_LEAD_IN * 3) return null;
  const sentences = splitSentences(text);
  const last = sentences[sentences.length - 1] ?? "";
  if (last === "" || last.length > MAX_LEAD_IN) return null;
  if (EXAMPLE_END_RE.test(last)) return [EXAMPLE_MARK];
  // 'For everything except "Enable BeagleV Ahead eMMC controller":' (linux-mmc): every patch but the one so titled.
  const byTitle = EXCEPT_TITLE_RE.exec(last);
  if (byTitle) return [`${EXCEPT_TITLE_PREFIX}${byTitle[1]!.trim()}`];
  // "Aside from the comments for patches 5 & 6, the others LGTM": every patch but those, known only against
  // the series' patches (patchesOfSubsystems), so it rides with the subsystem names as "except:5".
  for (const re of EXCEPT_RES) {
    const m = re.exec(last);
    const except = m ? expandList(m[1]!) : null;
    if (except) return except.map((n) => `${EXCEPT_PREFIX}${n}`);
  }
  const whole = readWholeSeries(last);
  if (whole) return [whole];
  if (BINDINGS_LEAD_IN_RE.test(last)) return ["dt-bindings"];
  // "Thanks for catching", "Thanks for perseverance" (linux-pwm): gratitude, no part named.
  const named = SUBSYSTEM_LEAD_IN_RE.exec(last) ?? TOUCH_LEAD_IN_RE.exec(last) ?? SUBSYSTEM_VERDICT_RE.exec(last) ?? AS_FAR_AS_LEAD_IN_RE.exec(last) ?? NAMED_PART_LEAD_IN_RE.exec(last);
  const bare = named || /\b(?:thanks|thank\s+you|thx)\s+for\b/.test(last) ? null : BARE_SUBSYSTEM_LEAD_IN_RE.exec(last);
  const m = named ?? bare;
  if (!m) return null;
  // "the ACPI-related changes", "the arm64-specific bits": the part is the word before the suffix.
  const names = m[1]!.split(/\s*(?:,\s*and\b|,|\band\b|&|\+)\s*/).map((n) => n.replace(/-(?:related|specific)$|\/$/, "")).filter((n) => n !== "");
  if (bare && names.some((n) => NOT_BARE_SUBSYSTEM.has(n))) return null;
  if (names.length === 0 || names.some((n) => NOT_SUBSYSTEM.has(n) || /^v\d+$/.test(n))) return null;
  // "for the DT bindings", "for the dt-binding patch": the bindings' own prefix.
  if (/^binding/.test(m[2] ?? "") && names.every((n) => n === "dt" || n === "dt-bindings" || n === "devicetree")) return ["dt-bindings"];
  const out = names.map((n) => (n === "dt" || n === "devicetree" ? "dt-bindings" : n));
  return bare ? out.map((n) => `${BARE_PREFIX}${n}`) : out;
}

/**
 * "Remaining patches:", "For the rest:", "And for the others, feel free to add:" above a tag, in a reply that scoped an
 * earlier tag to some patches ("For patches 1-3:"): every patch but `named`, as `readSubsystemLeadIn` marks an
 * exception ("except:3"). With nothing named before ("For all the remaining patches:", "For the remainder:" answering a
 * cover: linux-nvme), the patches the sender did not answer one by one (`REST_MARK`, read against the thread by
 * attributeTrailers). Null when the text is no such lead-in.
 */
export function readRemainingLeadIn(text: string, named: readonly number[]): string[] | null {
  if (text.length > MAX_LEAD_IN) return null;
  const sentences = splitSentences(text);
  const last = sentences[sentences.length - 1] ?? "";
  if (!REMAINING_RE.test(last)) return null;
  return named.length === 0 ? [REST_MARK] : [...new Set(named)].map((n) => `${EXCEPT_PREFIX}${n}`);
}
const REMAINING_RE = new RegExp(
  String.raw`^${FILLER}(?:and\s+|as\s+)?(?:for\s+)?(?:all\s+)?(?:(?:of\s+)?the\s+)?(?:remaining(?:\s+(?:patches|ones|changes|commits))?|(?:rest|remainder)(?:\s+of\s+(?:the|this|these)\s+(?:series|patches|set))?|others|other\s+(?:patches|ones|changes))${ADD_TAIL}(?:\s+${GOOD})?$`,
);
/** How `readRemainingLeadIn` marks "the rest" with nothing named before it: the patches its sender left unanswered. */
const REST_MARK = "rest:unanswered";

/** Whether a trailer's lead-in gave it to the patches its sender did not answer one by one ("For the remaining patches:"). */
export function isForUnansweredPatches(t: Trailer): boolean {
  const s = trailerSubsystems(t);
  return s !== null && s.length === 1 && s[0] === REST_MARK;
}

/**
 * Whether a quoted title (lower-cased) names the patch with this subject: held in its title, or every word of three
 * letters or more found in it ("Enable the foo flag" for "drm: panel: Enable foo flag").
 */
function titleNames(quoted: string, subject: string | undefined): boolean {
  const title = (stripTags(subject ?? "") ?? "").toLowerCase().replace(/\s+/g, " ");
  if (title === "") return false;
  if (title.includes(quoted)) return true;
  const words = quoted.split(/[\s:,]+/).filter((w) => w.length >= 3 && w !== "the" && w !== "and" && w !== "for");
  const have = new Set(title.split(/[\s:,]+/));
  return words.length >= 3 && words.every((w) => have.has(w));
}

/** How `readTitledBackReference` names a patch a tag is for by its title ("title:enable foo"). */
const TITLE_PREFIX = "title:";
/** "to those two (I can't find them ...)", "for both", "to them" right below a tag: the patches named above it. */
const BACK_REFERENCE_RE = /^(?:to|for)\s+(?:those|these|both|them|the\s+two|the\s+above)\b/;
/** A quoted patch title: a few words at least ("Enable the foo flag for bar panels", "tc358764: Enable foo"). */
const QUOTED_TITLE_RE = /["\u201c]([^"\u201c\u201d]{8,160})["\u201d]/g;

/**
 * 'Not sure what I can add for "Enable the foo flag for bar panels" and "baz: Enable foo" ... More than happy to
 * say\nAcked-by: …\nto those two' (linux-samsung-soc, an ack answering the cover for the two patches it names by
 * title): the patches so titled, as `patchesOfSubsystems` reads them ("title:…"); null when the text below the tag
 * points back at nothing quoted above it.
 */
export function readTitledBackReference(below: string, above: string | null): string[] | null {
  if (above === null || above.length > MAX_LEAD_IN * 3) return null;
  const first = splitSentences(below.length > MAX_LEAD_IN ? below.slice(0, MAX_LEAD_IN) : below)[0] ?? "";
  if (!BACK_REFERENCE_RE.test(first)) return null;
  const titles = [...above.replace(/\s+/g, " ").matchAll(QUOTED_TITLE_RE)].map((m) => m[1]!.trim()).filter((t) => /\s/.test(t));
  return titles.length > 0 && titles.length <= 10 ? titles.map((t) => `${TITLE_PREFIX}${t}`) : null;
}

/**
 * The numbers (1-based position when a patch has none) of the patches whose subject's leading prefix is one
 * of `subsystems` ("mmc: sdhci-acpi: ..." is mmc's; "iommu/amd: ..." is iommu's and iommu/amd's; "ACPI / utils:"
 * is acpi's; "gpiolib: ..." and 'Revert "gpiolib: ..."' are gpio's), or null when none is or a subject is unknown.
 */
export function patchesOfSubsystems(subsystems: readonly string[], patches: ReadonlyArray<{ subject?: string; number?: number }>): number[] | null {
  const want = new Set(subsystems.map((s) => (s.startsWith(BARE_PREFIX) ? s.slice(BARE_PREFIX.length) : s).toLowerCase()));
  if (want.has(EXAMPLE_MARK)) return null;
  if (subsystems.length > 0 && subsystems.every((s) => s.startsWith(EXCEPT_TITLE_PREFIX))) {
    const titles = subsystems.map((s) => s.slice(EXCEPT_TITLE_PREFIX.length).toLowerCase());
    const excluded = (p: { subject?: string }) => titles.some((t) => (stripTags(p.subject ?? "") ?? "").toLowerCase().includes(t));
    // A title no patch has: the scope is unknown, the tag stays the series'.
    if (!patches.some(excluded)) return null;
    const rest = patches.flatMap((p, i) => (excluded(p) ? [] : [p.number ?? i + 1]));
    return rest.length > 0 ? rest.sort((a, b) => a - b) : null;
  }
  if (subsystems.length > 0 && subsystems.every((s) => s.startsWith(TITLE_PREFIX))) {
    const titles = subsystems.map((s) => s.slice(TITLE_PREFIX.length).toLowerCase());
    const named = patches.flatMap((p, i) => (titles.some((t) => titleNames(t, p.subject)) ? [p.number ?? i + 1] : []));
    // Titles no patch here has (linux-samsung-soc: two patches of a companion series posted elsewhere): the tag is for
    // none of these, as the reviewer named his patches. Without subjects nothing can be told: the series'.
    if (patches.some((p) => p.subject === undefined)) return null;
    return named.sort((a, b) => a - b);
  }
  // "For the series:", "For these five patches:": every patch (a count names none; see coversWholeSeries).
  if (subsystems.some((s) => s.startsWith(SERIES_PREFIX))) return null;
  if (subsystems.length > 0 && subsystems.every((s) => s.startsWith(EXCEPT_PREFIX))) {
    const except = new Set(subsystems.map((s) => Number(s.slice(EXCEPT_PREFIX.length))));
    // A number no patch has: the reviewer counted some other posting; the tag's scope is unknown. Unless the
    // posting's "[k/N]" counts it: a series cross-posted in part (patches 2, 3, 6, 8, 9 of 9 on linux-i2c).
    const numbers = patches.map((p, i) => p.number ?? i + 1);
    const total = totalCountedBySubjects(patches);
    if ([...except].some((n) => !numbers.includes(n) && n > total)) return null;
    const rest = numbers.filter((n) => !except.has(n));
    return rest.length > 0 ? rest.sort((a, b) => a - b) : null;
  }
  return patchesOfAreas(want, patches) ?? patchesOfAreas(spelledApart(want), patches);
}

/**
 * The names read another way when none matched as written: "PA-RISC" is the "parisc:" prefix (a hyphen inside a
 * name), and "arm/arm64" lists two areas ("To the arm/arm64 and generic parts.", linux-mips: a KVM maintainer's ack
 * for the "KVM: arm64:" patches) where no prefix is "arm/arm64" itself (as "iommu/amd:" is). Null when none reads otherwise.
 */
function spelledApart(want: ReadonlySet<string>): Set<string> | null {
  const out = new Set<string>();
  for (const w of want) {
    if (w.includes("-") && !w.startsWith("dt-")) out.add(w.replace(/-/g, ""));
    if (w.includes("/")) for (const part of w.split("/")) if (part !== "") out.add(part);
  }
  return out.size > 0 ? new Set([...want, ...out]) : null;
}

/** `patchesOfSubsystems` for areas by name: the patches whose subject's prefix is one of them, or null. */
function patchesOfAreas(want: ReadonlySet<string> | null, patches: ReadonlyArray<{ subject?: string; number?: number }>): number[] | null {
  if (want === null) return null;
  const out: number[] = [];
  const deeper: number[] = [];
  for (let i = 0; i < patches.length; i++) {
    const p = patches[i]!;
    if (p.subject === undefined) return null;
    const levels = subjectPrefixes(p.subject);
    if (levels.length === 0) continue;
    const spaced = levels[0]!;
    const first = spaced.split("/")[0]!;
    // "leds-ns2" (its file's name) is "leds: ns2: ..."'s driver.
    if (want.has(spaced) || isArea(want, first) || (levels.length >= 2 && want.has(`${first}-${levels[1]}`))) {
      out.push(p.number ?? i + 1);
      continue;
    }
    // An area the prefix names further in: "RDMA/hns: ..." is hns's, "net: hns3: ..." hns3's ("For hns
    // patches:" on a series fixing five RDMA drivers). Only when no patch is the area's by its leading word:
    // "dt-bindings: mmc: ..." is no "mmc patch" beside "mmc: host: ...".
    const areas = levels.flatMap((l) => l.split("/")).filter((a) => a !== "" && a !== first);
    // "spi: dt-bindings: apple,spi: ..." is a binding patch beside "dt-bindings: mfd: ..." ones: the bindings'
    // prefix names them at any level.
    if (want.has("dt-bindings") && areas.includes("dt-bindings")) out.push(p.number ?? i + 1);
    else if (areas.some((a) => isArea(want, a) || isFamilyArea(want, a))) deeper.push(p.number ?? i + 1);
  }
  const found = out.length > 0 ? out : deeper;
  return found.length > 0 ? found.sort((a, b) => a - b) : null;
}

/** The N of the patches' "[PATCH k/N]" subjects (the largest, 0 when none counts): how many the posting had. */
export function totalCountedBySubjects(patches: ReadonlyArray<{ subject?: string }>): number {
  return Math.max(0, ...patches.map((p) => (p.subject === undefined ? null : parseSubject(p.subject).total) ?? 0));
}

/** Whether a prefix word is one of the areas named; "gpiolib" is gpio's too (the subsystem's core library). */
function isArea(want: ReadonlySet<string>, word: string): boolean {
  return want.has(word) || (word.endsWith("lib") && want.has(word.slice(0, -3)));
}

/**
 * A driver of a family a deeper prefix level names by its first word: "mmc: sdhci-of-arasan: ..." and "mmc:
 * sdhci_am654: ..." are SDHCI's ("For SDHCI:", linux-mmc). Not a leading prefix: "mmc-utils:" is no mmc patch.
 */
function isFamilyArea(want: ReadonlySet<string>, word: string): boolean {
  const family = /^([a-z][a-z0-9]{1,15})[-_]/.exec(word);
  return family !== null && want.has(family[1]!);
}

/** A deeper prefix level is one word ("hns3", "dt-bindings", "mmc/host"), not a phrase of the title. */
const PREFIX_LEVEL_RE = /^[a-z0-9][\w.+-]{0,30}(?:\/[\w.+-]{1,30}){0,3}$/i;
/** How many prefix levels are read ("net: ethernet: hns3: ..."). */
const MAX_PREFIX_LEVELS = 4;

/**
 * The prefix levels of a subject, lower-cased, "/" kept and spaces around it dropped: "[PATCH 13/15]
 * RDMA/hns: Fix ..." -> ["rdma/hns"]; "net: hns3: fix ..." -> ["net", "hns3"]; "ACPI / utils: ..." -> ["acpi/utils"].
 */
function subjectPrefixes(subject: string): string[] {
  const s = stripTags(subject);
  if (s === null) return [];
  const colon = s.indexOf(": ");
  if (colon <= 0 || colon > 60) return [];
  const out = [s.slice(0, colon).trim().toLowerCase().replace(/\s*\/\s*/g, "/")];
  let rest = s.slice(colon + 2);
  while (out.length < MAX_PREFIX_LEVELS) {
    const next = rest.indexOf(": ");
    if (next <= 0) break;
    const level = rest.slice(0, next).trim();
    if (!PREFIX_LEVEL_RE.test(level)) break;
    out.push(level.toLowerCase());
    rest = rest.slice(next + 2);
  }
  return out;
}

/** The subject without its "[PATCH ...]" tags and a 'Revert "' opening, or null for an unclosed tag. */
function stripTags(subject: string): string | null {
  let s = subject.trim();
  for (let guard = 0; guard < 5 && s.startsWith("["); guard++) {
    const close = s.indexOf("]");
    if (close < 0) return null;
    s = s.slice(close + 1).trim();
  }
  // 'Revert "gpiolib: of: ..."' reverts a gpiolib change.
  if (/^revert\s+"/i.test(s)) s = s.slice(s.indexOf('"') + 1);
  return s;
}

/** A cover reply's trailer given for some subsystems' patches only ("for the mmc patch"): their names, lower-cased. */
export type SubsystemScopedTrailer = Trailer & { subsystems?: string[] };

/** The subsystems a trailer is for (`readSubsystemLeadIn` above it), or null. */
export function trailerSubsystems(t: Trailer): string[] | null {
  const s = (t as SubsystemScopedTrailer).subsystems;
  return Array.isArray(s) && s.length > 0 && s.every((x) => typeof x === "string") ? s : null;
}

/**
 * Whether a reply's trailer is for the whole series of the patch it answers, whose posting has `total`
 * patches: its lead-in named the series ("For the series:", `subsystems: ["series:all"]`), or counted as
 * many patches as the posting has ("For these five patches:" on 1/5, `subsystems: ["series:5"]`).
 */
export function coversWholeSeries(t: Trailer, total: number | null): boolean {
  const s = trailerSubsystems(t);
  if (!s || s.length !== 1) return false;
  const mark = s[0]!;
  if (mark === SERIES_ALL) return true;
  if (!mark.startsWith(SERIES_PREFIX) || total === null) return false;
  return Number(mark.slice(SERIES_PREFIX.length)) === total;
}

/**
 * Whether a trailer's lead-in named subsystems alone ("For arm64:", "For SDHCI:"): for an ack or review the
 * parts it covers, for a test where it ran (the whole series, as with a "# arm64" comment).
 */
export function namesSubsystemAlone(t: Trailer): boolean {
  return trailerSubsystems(t)?.every((s) => s.startsWith(BARE_PREFIX)) ?? false;
}

/**
 * Whether a trailer's lead-in named a part of the series by its area ("For the nvme-tcp bits,", "for the mmc patch"), not the
 * whole series, a count, an exception, titles or an example: the part's patches are the reviewer's to name, the
 * subjects may not show them (a tree-wide series whose nvme changes ride in "net: add …" patches).
 */
export function namesAreaPart(t: Trailer): boolean {
  const s = trailerSubsystems(t);
  return s !== null && s.every((m) => !m.includes(":") || m.startsWith(BARE_PREFIX));
}

/** Whether a trailer stood below a lead-in showing it as an example ("..., e.g.:"; see EXAMPLE_END_RE). */
export function isExampleTrailer(t: Trailer): boolean {
  return trailerSubsystems(t)?.includes(EXAMPLE_MARK) ?? false;
}

/**
 * The scope a line right below a run of trailers gives them, as a lead-in above would ("Acked-by: ...\n\nto
 * patches 1, 2, 11 and 12.", "Reviewed-by: ...\nfor patches 2-4 assuming they will be accompanied with patch 19",
 * "Acked-by: ...\n\nfor the series.", "Tested-by: ... # parisc\nto the series.": linux-mips, 15 replies): the
 * patch numbers it names (`scope`), or the marks `readSubsystemLeadIn` gives (`subsystems`: "series:all", a
 * subsystem), or null when the line opens no such clause. Only its first sentence, cut before a condition or a
 * further remark ("assuming ...", ", with the nit on patch 4/4", "and take it through the drm tree"), is read.
 */
export function readTrailingScope(text: string): { scope: number[] | null; subsystems: string[] | null } | null {
  const first = splitSentences(text.length > MAX_LEAD_IN * 3 ? text.slice(0, MAX_LEAD_IN * 3) : text)[0] ?? "";
  if (!TRAILING_OPEN_RE.test(first)) return null;
  // "to every patch in this series which touches s390": the clause naming the part is the scope, read as the lead-in
  // "for all patches which touch s390" (the cut below would stop at its "which").
  const touching = TRAILING_TOUCH_RE.exec(first);
  if (touching) {
    const subsystems = readSubsystemLeadIn(`for all patches which touch ${touching[1]!}`);
    if (subsystems) return { scope: null, subsystems };
  }
  const clause = first.replace(TRAILING_CUT_RE, "").replace(/^(?:to|on)\s+/, "for ").trim();
  if (clause.length > MAX_LEAD_IN) return null;
  const scope = matchLeadIn(clause);
  if (scope) return { scope, subsystems: null };
  const subsystems = readSubsystemLeadIn(clause);
  return subsystems && !subsystems.includes(EXAMPLE_MARK) ? { scope: null, subsystems } : null;
}

/**
 * A trailing scope opens with "for", "to" or "on" ("to the series", "for patches 2-4", "on patches #6 through #9",
 * "on the bindings": linux-clk, an irqchip maintainer's ack for four patches of a sixteen-patch series; "for all the 7
 * patches except patch 2": linux-omap), not with
 * prose ("for what it's worth", "on second thought").
 */
// "To the arm/arm64 and generic parts." (linux-mips, below a KVM maintainer's ack on a 45-patch cover): parts named in a list.
const TRAILING_OPEN_RE = /^(?:for|to|on)\s+(?:the\s+|all\s+(?:the\s+)?|this\s+|these\s+|both\s+|every\s+|each\s+)?(?:whole\s+|entire\s+|full\s+)?(?:patch|patches|series|set|patchset|commits?|bindings?\b|\d|#\d|[a-z][\w/.-]{1,30}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)[a-z][\w/.-]{1,30}){0,3}\s+(?:patch|patches|parts?|changes|bits|bindings?)\b)/;
/**
 * "to every patch in this series which touches s390." (linux-arch, an s390 maintainer's ack below a 29-patch cover), "for all
 * patches that modify arm64": the part named by what its patches touch (group 1, up to the clause's end or a comma).
 */
const TRAILING_TOUCH_RE = new RegExp(
  String.raw`^(?:for|to|on)\s+(?:every|each|all(?:\s+(?:of\s+)?the)?|the)\s+(?:patch(?:es)?|commits?|changes?|ones?)(?:\s+(?:in|of)\s+(?:this|the)\s+(?:series|set|patch\s?set))?\s+(?:which|that)\s+(?:touch(?:es)?|modif(?:y|ies)|changes?|affects?)\s+(?:the\s+)?(${SUBSYSTEM_LIST})(?:\s+(?:code|parts?|bits|side|files|driver))?$`,
);
/** What follows the scope proper: a comma, a condition, a further remark. */
// "for patches #12 and #19 touching this driver for merging through the rust tree" (linux-pwm): a clause on
// what the patches are or how they go in ends the scope too ("to", "in" may belong to it: "1 to 8", "in this series";
// "through" before a number is a range: "#6 through #9").
const TRAILING_CUT_RE = /(?:,(?!\s*(?:and\s+)?#?\d)|\s+(?:assuming|if|as|provided|once|when|with|and\s+(?:let|take|feel|please|i)|but|since|because|though|touching|that|which|who|via|through(?!\s+#?\d)|for\s+(?:merging|taking|going|now|what))\b).*$/;
