import { matchPatches, type PatchInfo } from "./match-patches";
import { normalizePersonName } from "./merge-identities";
import { sendBatchOf } from "./send-batch-of";
import { intersects, isSubsetOf, overlap, sameSet } from "./set-overlap";
import { timeOf } from "./time-of";
import { compactTitle, normalizeTitle, TITLE_VERSION_RE, titleTokens, tokenJaccard } from "./title-similarity";
import type { LinkEvidence, ParsedSubject, Posting, SummaryWithSubject } from "./types";

/** Title evidence counts only from the same author, this far back. */
export const TITLE_WINDOW_MS = 365 * 24 * 3600 * 1000;
/** Best title pair (Jaccard on tokens) needed to link two postings by title alone. */
export const TITLE_THRESHOLD = 0.65;
/** A token shared by more of one author's postings than this is too common to index on. */
const MAX_TOKEN_POSTINGS = 400;
const MAX_ANCESTOR_STEPS = 1000;
/** An explicit next version under the very title of the author's latest posting links this far back. */
export const NEXT_VERSION_WINDOW_MS = 3 * TITLE_WINDOW_MS;
/** Past this, an unlabelled same-title posting respins the last only over mostly the same files (`renumber`). */
const CHORE_WINDOW_MS = 30 * 24 * 3600 * 1000;
/** A reworded next version (`retitledNext`) comes this soon after the version before. */
const RETITLED_WINDOW_MS = 183 * 24 * 3600 * 1000;
/** File Jaccard a reworded next version needs with the version before. */
const RETITLED_FILES = 0.8;
/** A reworded next version this soon, with as many patches, needs only this file Jaccard and title overlap. */
const RESPUN_WINDOW_MS = 31 * 24 * 3600 * 1000;
const RESPUN_FILES = 0.6;
const RESPUN_TITLE = 0.4;
/** A reworded next version this soon needs only half its title and a file in common (`retitledNext`). */
const QUICK_NEXT_MS = 7 * 24 * 3600 * 1000;
/** Own-title overlap of a reworded next version with a word renamed, needing only a file in common. */
const RENAMED_TITLE = 0.6;
/** A one-patch fix grown into a larger series comes back as its next version this soon. */
const GROWN_WINDOW_MS = 8 * 7 * 24 * 3600 * 1000;
/** Title overlap that makes another author's posting a plausible predecessor (a takeover). */
const RELATED_TITLE = 0.3;
/** Title overlap for a posting without a higher version to continue a series anyway (respin, RFC -> PATCH). */
export const SAME_TITLE = 0.9;
/** Patches of the latest vN sent again alone count as that vN this soon (`partOfLatest`). */
const PART_AGAIN_WINDOW_MS = 7 * 24 * 3600 * 1000;
/** An explicit next version with a release tag added or dropped may grow or shrink this soon (`nextAcrossTag`). */
const ACROSS_TAG_WINDOW_MS = 7 * 24 * 3600 * 1000;
/** An incomplete posting (a cover alone, 3 of 5 patches) is completed by the same version sent again this soon. */
export const COMPLETION_WINDOW_MS = 6 * 3600 * 1000;
const RFC_TAG_RE = /(?:^|\s)rfc\b\s*/g;
/** A lone patch or small set coming back inside its author's larger set within this is its next version (`grownInto`). */
const GROWN_SET_WINDOW_MS = 14 * 24 * 3600 * 1000;
/** The same person's posting under the very same titles within a day is that posting again (`sameDayCopy`). */
const SAME_DAY_MS = 24 * 3600 * 1000;
/** Changed lines a patch needs for its lines alone to say it is the same change over a moved file (`sameLinesElsewhere`). */
const MOVED_CHANGE_LINES = 4;

export interface LinkRevisionsInput {
  postings: readonly Posting[];
  messages: ReadonlyMap<string, SummaryWithSubject>;
  /** Posting index of every cover, patch and comment (from `groupSeries`). */
  postingOf: ReadonlyMap<string, number>;
  parentOf: ReadonlyMap<string, string | null>;
  /** Person key for an address (from `mergeIdentities`); defaults to the address itself. */
  identityOf?: (email: string) => string;
}

export interface RevisionChainLink {
  posting: number;
  /** Evidence linking this posting to the previous one in the chain; empty for the first. */
  evidence: LinkEvidence[];
  /**
   * Set when the posting's own version could not follow the chain (an unlabelled respin, the PATCH
   * posting after an RFC): its version within this series, previous + 1, to be treated as inferred.
   */
  relabelledVersion?: number;
  /** A one-patch update sent inside another posting's thread (see `partialRerolls`). */
  partial?: boolean;
}

/** A subject tag naming a release or a stable queue: `5.10`, `6.1.y`, `AUTOSEL`, `stable`. */
const RELEASE_TAG_RE = /\d|autosel|stable/i;

/**
 * A bracket tag naming a kernel release or its stable tree (`6.8`, `5.15.y`, `linux-5.10.y`, `5.10/5.15`), 2.6 to 7.x:
 * the backport of one change to each tree is a posting of its own, never a version of another tree's.
 */
const RELEASE_PREFIX_RE = /^(?:linux-)?v?([2-7]\.\d{1,2})(?:\.\d{1,3})?(?:\.y|-stable)?(?:\/[\w.-]+)*$/;

/** A span of releases in one tag: `5.4-6.6`, `v5.10-v6.1`, `5.15.y-6.1.y`. */
const RELEASE_RANGE_TAG_RE = /^v?([2-7]\.\d{1,2})(?:\.\d{1,3})?(?:\.y)?-v?([2-7]\.\d{1,2})(?:\.\d{1,3})?(?:\.y)?$/;

/** `6.6` as a number that orders releases (6006). */
function releaseNumber(release: string): number {
  const [major, minor] = release.split(".");
  return Number(major) * 1000 + Number(minor);
}

/** A tag naming a release or a stable queue (`5.10`, `6.1.y`, `AUTOSEL`); `x86`, `i2c`, `s390` name subsystems. */
const RELEASE_NAME_RE = /(?:^|[\s/])v?\d{1,2}\.\d{1,2}\b|autosel|stable/i;

/** A title naming the stable tree it backports to: `Fix x in v6.1.y`, `... for linux-5.15.y`. */
const TITLE_STABLE_TREE_RE = /(?:^|\s)(?:linux-)?v?([2-7]\.\d{1,2})(?:\.\d{1,3})?\.y\b/i;

/** `-next` closing a tree tag: `net-next`, `bpf-next` are the development branches of `net`, `bpf`. */
const NEXT_BRANCH_RE = /(?<=\w)-next\b/g;

/** `Revert "x"`: a posting that undoes another. */
// "Revert ..." or after the subsystem prefix: "spi: cadence-quadspi: Revert \"Fix division by zero\"".
const REVERT_RE = /(?:^|:\s*)revert\b/i;
/** A revert of part of a change, worded after the prefix: `tty: Partially revert ...`. */
const PARTIAL_REVERT_RE = /(?:^|:\s*)(?:partial(?:ly)?|selectively)\s+revert\b/i;

/** Weight of the two postings' own titles being the best-matching pair, over any count of equal patch titles. */
const HEAD_TITLES = 1000;

/** The subsystem prefixes leading a title (`mmc: core: `, `dt-bindings: iio: `). */
const SUBSYSTEM_PREFIX_RE = /^(?:[\w.,/+-]+:\s+)+/;

/** A title's subsystem prefix as lower-case parts, and the rest: `mmc: core: Fix x` -> [["mmc", "core"], "Fix x"]. */
function splitSubsystemPrefix(title: string): [string[], string] {
  const prefix = SUBSYSTEM_PREFIX_RE.exec(title)?.[0] ?? "";
  return [prefix.split(":").map((t) => t.trim().toLowerCase()).filter(Boolean), title.slice(prefix.length)];
}

/** Two title token sets alike enough to be one title (Jaccard >= SAME_TITLE; its size test is a cheap reject first). */
function sameTitleTokens(a: Set<string>, b: Set<string>): boolean {
  return Math.min(a.size, b.size) >= SAME_TITLE * Math.max(a.size, b.size) && tokenJaccard(a, b) >= SAME_TITLE;
}

/** Commit authors (in-body `From:` lines, the sender for the rest) that make a posting a maintainer's batch (`batchAndWork`). */
const BATCH_AUTHORS = 5;
/**
 * A maintainer's queue named alone in the first bracket, before the patch tag: `[for-next][PATCH 07/10] x` is the
 * patch as applied to that tree, sent with the rest of the queue (`[PATCH for-next v2]` is the author's own).
 */
const QUEUE_TAG_RE = /^\s{0,8}\[for-(?:next|linus)\]\s{0,8}\[/i;
/** Announced size from which a relayed posting that carries a few of its patches is a maintainer's batch (`queued`). */
const QUEUE_BATCH_TOTAL = 20;
/** What `admit` says of a posting that cannot join a group (0 is a version: `[PATCH v0]`, the round before v1). */
const NOT_LINKED = -1;

const RANK: Record<LinkEvidence["kind"], number> = { "change-id": 4, "in-reply-to": 3, cites: 2, "title-similarity": 1 };

interface Group {
  chain: RevisionChainLink[];
  maxVersion: number;
  lastTime: number;
  /** Every posting at `maxVersion` so far is a partial re-roll: the full posting of it may still come. */
  partialAtMax: boolean;
  /** Posting index of the latest revision. */
  last: number;
}


/**
 * Links postings into series (chains of increasing versions). Evidence, strongest first:
 * b4 change-id, the posting threaded under an earlier posting, a cited message-id of an earlier
 * posting, then the same author with a similar cover or patch title within `TITLE_WINDOW_MS`.
 * Versions increase along a chain, except that the full posting of vN may follow a partial vN re-roll
 * (and a partial vN may follow vN); a posting that names no higher version continues a series of the
 * same author and ~same title (`SAME_TITLE`) as the next version when it is the PATCH posting after an
 * RFC, or an unlabelled respin (changed diffs, or a version read from its cover's changelog).
 * A posting of the same person naming a version already in the chain joins as another posting of it
 * (a RESEND, the full series after its cover alone) when titles or links say it is the same work; an
 * explicit vN also displaces a vN we inferred, which is renumbered down; an incomplete posting (a cover
 * sent alone) is completed by the same version sent again soon (`COMPLETION_WINDOW_MS`). The same person
 * sending exactly the latest posting's diffs again reposts it at any gap in `TITLE_WINDOW_MS`, under a
 * related title and tags of the same tree (a RESEND may carry only some of them), and an earlier posting of
 * theirs with this posting's very diffs is a candidate whatever its title (a retitled v3). A part the author
 * split off under a new title, which took vN first, leaves for a series of its own when the rest comes as
 * vN under the series' title (`splitOff`). A revert never
 * continues the work it reverts; another person's citation alone (no similar title, under half the
 * patches shared) is no takeover, nor is a lone patch citing a larger series of the author's under
 * another title with none of its patches (a fix citing what it fixes). A title alone never links two projects' postings (`projectOf` differs, no common
 * path: a kernel patch and its erofs-utils port), and a file threaded under a posting of its own send run
 * but of another version is no reply to it. Between candidate series, the author's own outranks another
 * person's reached by a citation, and a thread link to a posting of an unrelated title sharing no patch
 * (a reply to the wrong mail) ranks below a title match. The same explicit vN sent twice within
 * `COMPLETION_WINDOW_MS` (as many patches, same patch titles or diffs) is one version whatever its cover
 * says. A posting under the full name of an earlier posting's author at another address, with its posting
 * title and half its patches, is that person's (`samePersonElsewhere`). Postings for different kernel
 * releases (`releaseOf`: AUTOSEL 6.8 against 5.15, a 5.10 stable review, a backport against its mainline
 * patch) never link but by change-id; the cover sent again with the rest of the patches (6-13 after 1-5)
 * completes the same version. An explicit next version under the very title of the author's explicit
 * latest one links up to `NEXT_VERSION_WINDOW_MS` back, and a retitled one the same day over the same files
 * (`renamedNext`); pieces of one vN (`piecesOf`) are one version, not a split-off part. A citation of a
 * much smaller posting of an unrelated title whose patches the cover does not carry is a base, not a
 * predecessor, and one of another title ranks below the author's series of the same title; a much larger
 * posting matched only through one patch title is no version of it (`carriesUnder`); an unlabelled respin
 * touches a file of the posting it respins. A pull request is never a repost of an earlier pull request
 * but when it names a version or RESEND, carries the same diffs, or follows within `COMPLETION_WINDOW_MS`
 * (`newPull`); another person's much larger posting under an unrelated title only builds on what it cites; the
 * author's explicit next version with a release tag added or dropped, same titles, continues (`nextAcrossTag`).
 * After RFC -> PATCH, the PATCH line's own explicit v2 continues the chain (`patchLineNext`). The author's
 * explicit next version with the very same diffs links whatever its title, a revert series renamed included
 * (`sameDiffsNext`); numbered patches of the latest vN sent again alone are that vN (`partOfLatest`); a
 * `RESEND 3` counts resends, it names no tree; a citation alone ranks below the explicit next version of a
 * series under this very title.
 * The author's explicit next version reworded within `RETITLED_WINDOW_MS` over mostly the same files links
 * (`retitledNext`); another person's explicit next version under the very same title and patches takes the
 * series over (`takenOver`); a one-patch respin sent in the thread with its own next version joins below a
 * faster patch's; an unlabelled same-title respin more than `CHORE_WINDOW_MS` later needs mostly the same
 * files (a recurring "Fix typos" is no respin), and one sent in reply needs only a similar title; another
 * person's unversioned posting under an unrelated title only builds on what it cites; an address's postings
 * from before it showed to be a person's other address are that person's too. The one patch under a cover
 * names the posting as its own title does (`ownTitle`); a patch's citation of a posting of an unrelated title
 * is a reference, not a predecessor; another person's citation continues a posting only over a common file;
 * a much smaller covered posting of an unrelated title sharing no patch (`splitFrom`) is other work; a
 * series' later version takes its first posting back from a part sent ahead of it (`reclaims`); a cover
 * threaded under another person's patch it shares nothing with ranks below the author's own series under
 * its very title; an explicit vN citing its author's own v(N-1) over a common file under a related title continues
 * that before another person's posting it cites (a similar patch of theirs it redoes).
 * Two named release trees never link, even over one Change-Id; a fix moved between `net-next` and `net` is
 * the same tree; an `[UPDATE]` of vN's patch k over the same files is that vN; an explicit vN re-sent minutes
 * later with the same diffs as a lower version was misnumbered (`misnumberedPostings`); a colleague's RESEND
 * of the top version with the same diffs reposts it; a citation of a reply in a thread of an unrelated title
 * sharing no patch links only the author's next version soon after; a subsystem tag with a digit (`x86`) is
 * no release tag when only one side has it.
 * A pull request is never an earlier revision of a non-pull posting, nor a lone patch's next version; the same
 * person's posting under the very same titles and files (or the same pull) within `SAME_DAY_MS` is that posting
 * again (`sameDayCopy`); an unversioned lone patch or RFC coming back among more patches of the author's next
 * unversioned set within `GROWN_SET_WINDOW_MS` is the same version again (`grownInto`); a b4 change-id
 * reused for unrelated work links nothing (`reusedChangeId`); a title naming a stable tree (`in v6.1.y`) is
 * that release.
 * Posting titles equal but for punctuation (`get_byname()` -> `get[_byname()]`) are the same title; the author's
 * explicit next version reworded over mostly the same files links up to `NEXT_VERSION_WINDOW_MS` back; a colleague's
 * explicit next version whose patches keep the author's in-body `From:` continues the author's series
 * (`nextOfCommitAuthor`); the author's own vN follows another person's vN sketch sent in their thread
 * (`interjected`); an explicit version below the top's explicit one, with the same diffs and title hours later, is
 * that version again (a slip); an explicit `[PATCH v1]` grows into the author's unversioned set like an unversioned one.
 * Another person's patch sent in reply inside an author's thread (a reviewer's suggested split, a sketch of the
 * next version) is no revision of the author's series, by the thread or by citing it, unless it takes the series
 * over: the thread's posting title, and the author posting nothing more under it after it (`tackedOn`).
 * A covered vN+1 whose cover title drops or adds one word links past `TITLE_WINDOW_MS` over a file in common
 * (`coverTitleWithin`), and one under the cover title of an earlier round of the group, right after its explicit
 * top (`resumesUnderTitle`); an unversioned posting threaded in the author's series over mostly the same files is
 * its respin under a new name (`threadedRespin`); a reworded vN+1 within `QUICK_NEXT_MS` keeping half its title
 * over a file in common links; one patch of vN sent ahead of the whole vN is a piece of it (`piecesOf`), and the
 * vN's patches sent ahead of their cover are no split-off part; a part split off with fewer patches under
 * another title gives the first posting back (`smallerPart`); between equal title matches, the series whose
 * explicit top this names the next of comes first.
 * The author's explicit vN years after their unversioned posting under its very title over a common file links up to
 * `NEXT_VERSION_WINDOW_MS` back (`lateNextOfUnnamed`), and so does a RESEND of the top version (`lateResend`); a whole
 * vN sent again after some of its patches were re-sent alone is compared with the whole vN (`fullestAtTop`); an
 * explicit version below the top, of the same person under the top's very title, is the top again when it carries
 * the top's very diffs in reply inside the series' thread, and the next version, renumbered, when its diffs changed
 * (`restarted`); a colleague's next version of the author's patches follows a top renumbered past an RFC restart
 * by the version its subject names (`nextOfCommitAuthor`).
 * The author's explicit next version over a year on links when a title naming it is one naming the top (the one
 * patch under a renamed cover, `sameOwnTitle`); an explicit version below a top we renumbered, citing the group's
 * earlier work, is the next round at any gap (`restarted`: a work revived years later, its numbering restarted);
 * an explicit vN in reply to a lone patch of its title makes our guesses above it give way like any whole posting;
 * a title that drops or adds leading parts of its subsystem prefix is the same title for a respin or a repost
 * (`sameTitleButPrefix`); the like change to a sibling driver, its diff's patch-id the same, is no repost
 * (`siblingComponent`); the slip of a lower version on the top's very diffs reaches a day.
 * The like change to a sibling driver sent within hours, touching none of its files, is no version of it by title
 * (`siblingBatch`); a top whose version we gave it, sent again that day under a version the author already used in
 * the chain on its very diffs, is that top again (a stale number, `slip`); a patch series sent under a pull tag with
 * its numbered patches is a round of the series (`pulledRound`); postings tagged as different parts of one work
 * (`Part1`, `Part2`) never link but by change-id (`workPartOf`).
 * A part split off that went on past vN before the rest came as vN leaves too (`splitOff`); the author's explicit next
 * version, one of whose titles keeps every word of the latest posting's own title over a file in common, links within
 * `GROWN_WINDOW_MS` (`keptWholeTitle`); the whole top posting sent again within `RESPUN_WINDOW_MS` under a lower version,
 * every patch under its title and its diffs changed, is the next round (`restarted`); a RESEND naming a version below
 * the top on the top's very diffs is the top again (`resentTop`); between equal title matches, the series whose code
 * the posting touches comes before the more recent one.
 * Then, between equal title matches, the series whose latest round still carries a patch of this title (a patch of
 * one part of a split series re-rolled alone); a thread link into a posting of another title ranks below the author's
 * explicit previous version under this very title; a release tag after a development branch (`iproute2-next 5.16`)
 * names no stable tree; an unlabelled respin past `CHORE_WINDOW_MS` over renamed files links on two more patch titles
 * in common; a pull request is no round of a patch series (`pulledRound` aside); coverless parts of the version before
 * sent at the top's version soon after it are that version too (`restOfPrevious`).
 * The author's own explicit next version continues their series when the posting titles are alike, however much
 * better a patch title pair matches another person's series it cites; an explicit version past the next one, on the
 * very diffs of the author's latest unlabelled resends within `QUICK_NEXT_MS`, continues them (`sameDiffsNext`); a
 * person's own explicit next version continues a posting they sent for another author under a like title over a
 * file in common (`nextOfRelayed`).
 * A count restarted after explicit rounds goes on over the very diffs when the subject names the number after the one
 * the top named itself (`restarted`: only commit messages reworded); a chain whose every version is one we gave it
 * (a changelog counting RFC rounds sent elsewhere) is no restart, the author's explicit count stands and ours give
 * way; a RESEND under the very title changing the very lines of the top's patches over other paths (a file moved in
 * between) reposts it (`sameLinesElsewhere`).
 * A patch passing through a maintainer's queue (`queued`: `[for-next][PATCH 07/10] x`, or a few patches of a large
 * numbered batch relayed by another person) is no round of its author's series either way, but by change-id.
 * Versions never decrease.
 * Indexed by change-id, message-id and (author, title token): no all-pairs comparison.
 */
export function linkRevisions(input: LinkRevisionsInput): RevisionChainLink[][] {
  const { messages, postingOf, parentOf } = input;
  const identityOf = input.identityOf ?? ((e: string) => e);
  const misnumbered = misnumberedPostings(input.postings, messages, identityOf);
  const postings = misnumbered.size === 0 ? input.postings : input.postings.map((p, i) => {
    const v = misnumbered.get(i);
    return v === undefined ? p : { ...p, version: v };
  });
  const order = postings.map((_, i) => i).sort((a, b) => {
    const ta = timeOf(postings[a]!.date);
    const tb = timeOf(postings[b]!.date);
    return (Number.isNaN(ta) ? Infinity : ta) - (Number.isNaN(tb) ? Infinity : tb) || a - b;
  });

  const groups: Group[] = [];
  const groupOf = new Array<number>(postings.length).fill(-1);
  const byChangeId = new Map<string, number>();
  const byAuthorToken = new Map<string, Map<string, number[]>>();
  const byAuthorPatchId = new Map<string, Map<string, number[]>>();
  /** Postings a person sent for another author (`sentBy`), by that sender: their own next version may follow one. */
  const bySender = new Map<string, number[]>();
  const titles = postings.map((p) => titlesOf(p, messages));
  const titleSets = titles.map((ts) => ts.map((t) => new Set(titleTokens(t))));
  /** Posting titles equal but for punctuation (`get_byname()` -> `get[_byname()]`): the same title. */
  const compact = postings.map((p) => compactTitle(p.title));
  const sameCompactTitle = (pi: number, qi: number): boolean => compact[pi]!.length >= 8 && compact[pi] === compact[qi];
  const identity = postings.map((p) => identityOf(p.authorEmail));
  /** Postings by (person, compact posting title): a later posting under a candidate's very title is found here. */
  const byPersonTitle = new Map<string, number[]>();
  postings.forEach((_, i) => {
    if (compact[i]!.length < 8) return;
    const key = `${identity[i]!}\n${compact[i]!}`;
    const list = byPersonTitle.get(key);
    if (!list) byPersonTitle.set(key, [i]);
    else if (list.length < MAX_TOKEN_POSTINGS) list.push(i);
  });
  /** The one other person every patch of a posting names in its in-body `From:` (a colleague sent it), or null. */
  const commitIdentity = postings.map((p, i): string | null => {
    let email = "";
    for (const x of p.patches) {
      const a = messages.get(x.messageId)?.author?.email;
      const e = typeof a === "string" ? a.trim().toLowerCase() : "";
      if (!e.includes("@") || (email !== "" && e !== email)) return null;
      email = e;
    }
    if (email === "") return null;
    const id = identityOf(email);
    return id === identity[i] || (p.sentBy !== undefined && id === identityOf(p.sentBy)) ? null : id;
  });
  const partialInto = partialRerolls(postings, messages, postingOf, parentOf);
  const partial = partialInto.map((q) => q >= 0);
  const head = postings.map((p) => messages.get(p.coverId ?? p.patches[0]?.messageId ?? "")?.parsedSubject);
  const patchIdCache = new Map<number, Set<string>>();
  const patchIdsOf = (pi: number): Set<string> => {
    let ids = patchIdCache.get(pi);
    if (!ids) {
      ids = new Set<string>();
      for (const x of postings[pi]!.patches) {
        const id = messages.get(x.messageId)?.diffFingerprint?.patchId;
        if (typeof id === "string" && id) ids.add(id);
      }
      patchIdCache.set(pi, ids);
    }
    return ids;
  };
  /** `pi`'s patch-ids when every patch of it has one, else null (a patch that could not be read says nothing). */
  const everyPatchId = (pi: number): Set<string> | null => {
    const ids = patchIdsOf(pi);
    return ids.size > 0 && ids.size === postings[pi]!.patches.length ? ids : null;
  };

  /**
   * Whether two postings carry some of the same patches (same patch-id, same title, or a similar diff):
   * recurring postings under one title (pull requests, "fixes for net") share none. A side without
   * patches (a cover alone) has nothing to compare and passes. `half` asks for half the smaller side.
   */
  const sharedCache = new Map<string, number>();
  const patchInfosOf = (pi: number): PatchInfo[] =>
    postings[pi]!.patches.map((x) => {
      const m = messages.get(x.messageId);
      return { messageId: x.messageId, number: x.number, title: m?.parsedSubject.title ?? "", fingerprint: m?.diffFingerprint };
    });
  const sharesPatches = (pi: number, qi: number, half: boolean): boolean => {
    const a = postings[pi]!.patches.length;
    const b = postings[qi]!.patches.length;
    if (a === 0 || b === 0) return true;
    const key = `${qi}>${pi}`;
    let shared = sharedCache.get(key);
    if (shared === undefined && sameTitleCount(titleSets[pi]!, titleSets[qi]!) === 0 && !intersects(patchIdsOf(pi), patchIdsOf(qi))) {
      // Neither a patch-id nor a title in common: only a similar diff can still tie them.
      const lines = (x: number): boolean => postings[x]!.patches.some((y) => (messages.get(y.messageId)?.diffFingerprint?.changedLines?.length ?? 0) > 0);
      if (!lines(pi) || !lines(qi)) shared = 0;
    }
    if (shared === undefined) {
      shared = matchPatches(patchInfosOf(qi), patchInfosOf(pi)).filter((m) =>
        m.predecessors.some((x) => x.by === "patch-id" || (x.by === "title" && x.similarity >= 0.9) || (x.by === "diff" && x.similarity >= 0.6)),
      ).length;
      sharedCache.set(key, shared);
    }
    return half ? shared > 0 && 2 * shared >= Math.min(a, b) : shared > 0;
  };
  /** The latest revision of a group that has patches (reposts of a cover alone have none). */
  const lastWithPatches = (grp: Group): number => {
    for (let k = grp.chain.length - 1; k >= 0; k--) {
      const q = grp.chain[k]!.posting;
      if (postings[q]!.patches.length > 0) return q;
    }
    return grp.last;
  };
  /**
   * The latest revision of a group that has patches, or, when that one only sent some patches of an earlier
   * posting of its version again (`[RESEND PATCH v5 2/2]` alone after the v5's 1/2 and 2/2, each under its
   * patch's title), that fuller posting: a later sending of the whole vN is compared with the whole vN.
   */
  const fullestAtTop = (grp: Group): number => {
    const top = lastWithPatches(grp);
    const titles = patchTitlesOf(top);
    if (titles.has("")) return top;
    let v = -1;
    for (let k = grp.chain.length - 1; k >= 0; k--) {
      const c = grp.chain[k]!;
      if (v < 0 && c.posting !== top) continue;
      if (v < 0) {
        v = versionOf(c);
        continue;
      }
      if (versionOf(c) !== v) break;
      if (postings[c.posting]!.patches.length <= postings[top]!.patches.length) continue;
      const theirs = patchTitlesOf(c.posting);
      if ([...titles].every((t) => theirs.has(t))) return c.posting;
    }
    return top;
  };
  /** Both postings carry diffs and exactly the same ones. */
  const sameDiffs = (pi: number, qi: number): boolean => {
    const mine = everyPatchId(pi);
    return mine !== null && sameSet(mine, patchIdsOf(qi));
  };
  /** A patch's changed lines (`fingerprintDiff`'s hashes) as one key, when there are enough of them to tell a change apart. */
  const changedLinesKey = (id: string): string | null => {
    const lines = messages.get(id)?.diffFingerprint?.changedLines;
    return lines !== undefined && lines.length >= MOVED_CHANGE_LINES ? lines.join(",") : null;
  };
  /** Every patch of `pi` changes the very lines a patch of `qi` changes (paths aside: a file moved or renamed on the way). */
  const sameLinesElsewhere = (pi: number, qi: number): boolean => {
    const theirs = new Set<string>();
    for (const x of postings[qi]!.patches) {
      const key = changedLinesKey(x.messageId);
      if (key !== null) theirs.add(key);
    }
    return theirs.size > 0 && postings[pi]!.patches.length > 0 && postings[pi]!.patches.every((x) => {
      const key = changedLinesKey(x.messageId);
      return key !== null && theirs.has(key);
    });
  };
  /** Every patch of `pi` has a diff that `qi` carries too (a partial resend is a subset). */
  const carriedBy = (pi: number, qi: number): boolean => {
    const mine = everyPatchId(pi);
    return mine !== null && isSubsetOf(mine, patchIdsOf(qi));
  };
  /**
   * The posting's own title (cover, or lone patch) has words in common with a title of the other: a retitled repost keeps some
   * ("disable wakeup in the error path" -> "enable the device's wakeup"); a maintainer's pull request
   * carrying their own patches ("Netfilter updates for net-next") keeps none.
   */
  const relatedTitle = (pi: number, qi: number): boolean => {
    const own = titleSets[pi]![0]!;
    // No title at all says nothing; a lone patch resent from a series has the title of one of its patches.
    return own.size === 0 || titleSets[qi]![0]!.size === 0 || bestTitle([own], titleSets[qi]!) >= RELATED_TITLE;
  };
  /** RESEND, or a tag like `resubmit2`, `resend-v2` that the subject parser leaves as a plain tag. */
  const resent = (pi: number): boolean =>
    head[pi]?.isResend === true || (head[pi]?.prefixes ?? []).some((t) => /^re-?(?:send|submit|post)[-_ ]?\d*$/i.test(t));
  /**
   * The kernel release a posting targets: its stable tree (`[PATCH 5.4.y]`), or a bare release tag
   * (`[PATCH AUTOSEL 6.8 06/18]`, stable review `[PATCH 5.10 012/100]`) that parseSubject leaves in `prefixes`.
   */
  const releaseOf = (pi: number): string => {
    const tree = head[pi]?.stableTree;
    if (tree) return tree.replace(/\.y$/, "");
    const tags = head[pi]?.prefixes ?? [];
    for (let k = 0; k < tags.length; k++) {
      const m = RELEASE_PREFIX_RE.exec(tags[k]!);
      // `[PATCH RESEND for 5.10]`: the release a mainline fix is meant for, not a backport; so is the release after a
      // development branch (`[PATCH iproute2-next 5.16 v6]`, `[PATCH net-next 6.8]`): where the work goes next.
      if (m && !/^(?:for|against|on|onto|to)$|-next$/.test(tags[k - 1] ?? "")) return m[1]!;
    }
    // `[PATCH v2 0/2] Fix x in v6.1.y`: the tree named in the title instead (no v2 of a mainline series).
    return TITLE_STABLE_TREE_RE.exec(postings[pi]!.title)?.[1] ?? "";
  };
  /**
   * The releases a backport names as a span, [low, high] (`[PATCH 5.4-6.6 v2]`; `[PATCH 6.6 and older]` from
   * 0; `[PATCH 6.1 and newer]` up): null for one release or none.
   */
  const releaseSpanOf = (pi: number): [number, number] | null => {
    const tags = head[pi]?.prefixes ?? [];
    for (let k = 0; k < tags.length; k++) {
      const range = RELEASE_RANGE_TAG_RE.exec(tags[k]!);
      if (range) return [releaseNumber(range[1]!), releaseNumber(range[2]!)];
      const m = RELEASE_PREFIX_RE.exec(tags[k]!);
      if (!m || !/^(?:and|&|or)$/.test(tags[k + 1] ?? "")) continue;
      if (/^(?:older|earlier|below|before|lower)$/.test(tags[k + 2] ?? "")) return [0, releaseNumber(m[1]!)];
      if (/^(?:newer|later|above|after|higher)$/.test(tags[k + 2] ?? "")) return [releaseNumber(m[1]!), Infinity];
    }
    return null;
  };
  /**
   * Two backports naming overlapping spans of releases: the same backport, its span restated (`[PATCH 6.6 and
   * older]` then `[PATCH 5.4-6.6 v2]`). A single release is no span: a v2 split per tree (`v5.10-v5.15` then
   * `v2 v5.15.y` and `v2 v5.10.y`) links as before. AUTOSEL picks never link this way.
   */
  const overlappingReleases = (pi: number, qi: number): boolean => {
    const a = releaseSpanOf(pi);
    const b = releaseSpanOf(qi);
    // A stable queue's picks (`AUTOSEL 6.17-5.4`) are rounds of the queue, not one backport restated.
    if (a === null || b === null || /autosel/i.test(`${prefixTags(pi)} ${prefixTags(qi)}`)) return false;
    return a[0] <= b[1] && b[0] <= a[1];
  };
  /**
   * Title `k` of posting `pi` names the posting itself: its own title, or the one patch under its cover
   * (`[PATCH 0/1] Avoid an fTPM bug` over `[PATCH 1/1] tpm: disable hwrng`, then `[PATCH v2] tpm: disable hwrng`).
   */
  const ownTitle = (pi: number, k: number): boolean =>
    k === 0 || (k === 1 && postings[pi]!.coverId !== null && postings[pi]!.patches.length === 1);
  const reverts = postings.map((p) => REVERT_RE.test(p.title));
  // A title saying it reverts in part ("Partially revert the removal of x") carries a revert too.
  const hasRevert = titles.map((ts) => ts.some((t) => REVERT_RE.test(t) || PARTIAL_REVERT_RE.test(t)));
  const filesCache = new Map<number, Set<string>>();
  const filesOf = (pi: number): Set<string> => {
    let files = filesCache.get(pi);
    if (!files) {
      files = new Set<string>();
      for (const x of postings[pi]!.patches) for (const f of messages.get(x.messageId)?.diffFingerprint?.files ?? []) files.add(f);
      filesCache.set(pi, files);
    }
    return files;
  };
  /**
   * Two projects' postings: their subjects name different projects (`[PATCH erofs-utils v2]` against
   * `[PATCH v2] erofs: x`, `erofs-utils: lib: x` against `erofs: x`) and their diffs touch no common path.
   * A kernel fix and its port to the tools share a title, not a series.
   */
  /** Both postings' diffs touch a file in common, or one side has no diff to tell. */
  const touchesSameFiles = (pi: number, qi: number): boolean => {
    const a = filesOf(pi);
    const b = filesOf(qi);
    return a.size === 0 || b.size === 0 || intersects(a, b);
  };
  /** Shared files over all files the two postings' diffs touch (1 when either has none to tell). */
  const fileJaccard = (pi: number, qi: number): number => {
    const a = filesOf(pi);
    const b = filesOf(qi);
    if (a.size === 0 || b.size === 0) return 1;
    const shared = overlap(a, b);
    return shared / (a.size + b.size - shared);
  };
  /** Best file Jaccard between a patch of `pi` and a patch of `qi` under the same title (0 when none pair up). */
  const samePatchFiles = (pi: number, qi: number): number => {
    let best = 0;
    for (const x of postings[pi]!.patches) {
      const mx = messages.get(x.messageId);
      const title = normalizeTitle(mx?.parsedSubject.title ?? "");
      const a = new Set(mx?.diffFingerprint?.files ?? []);
      if (title === "" || a.size === 0) continue;
      for (const y of postings[qi]!.patches) {
        const my = messages.get(y.messageId);
        if (normalizeTitle(my?.parsedSubject.title ?? "") !== title) continue;
        const b = new Set(my?.diffFingerprint?.files ?? []);
        const shared = overlap(a, b);
        if (b.size > 0) best = Math.max(best, shared / (a.size + b.size - shared));
      }
    }
    return best;
  };
  const otherProject = (pi: number, qi: number): boolean =>
    projectOf(head[pi], postings[pi]!.title) !== projectOf(head[qi], postings[qi]!.title) &&
    (!touchesSameFiles(pi, qi) || otherLibrary(head[pi], head[qi]));
  /**
   * The head's subject tags but PATCH/RESEND (`autosel 5.10`, `net-next`): a repost keeps them. The count of
   * `[PATCH RESEND 3 00/16]` (the third resend) names no tree either.
   */
  const prefixTags = (pi: number): string =>
    (head[pi]?.prefixes ?? []).filter((t, k, all) => !/^(?:patch(?:es|set)?|resend)$/.test(t) && !(/^\d{1,2}$/.test(t) && all[k - 1] === "resend")).join(" ");

  /**
   * Whether two postings' tags may name the same target: equal, or one side untagged and the other naming
   * no release (`[PATCH]` then `[PATCH][next]`, `[PATCH net-next]`). `AUTOSEL 5.10` against `AUTOSEL 5.4`
   * is the same change queued for two trees, `[nft PATCH]` against `[libmnl PATCH]` for two projects.
   */
  const sameTree = (pi: number, qi: number): boolean => {
    const a = prefixTags(pi);
    const b = prefixTags(qi);
    // A fix moved between a tree's development and fixes branches (`[net-next PATCH]` -> `[net PATCH]`).
    return a === b || ((a === "" || b === "") && !RELEASE_NAME_RE.test(`${a} ${b}`)) ||
      (a.includes("-next") !== b.includes("-next") && a.replace(NEXT_BRANCH_RE, "") === b.replace(NEXT_BRANCH_RE, ""));
  };

  /**
   * A file of one git-send-email/b4 run threaded under a cover or patch of the same run, in a posting of
   * another version (`[PATCH v2] tty: x` sent with `[PATCH] i2c: y`): the tool threads every file under
   * the run's first message, so that place says nothing about versions.
   */
  const strayOfRun = (id: string, ancestor: string, pi: number, qi: number): boolean => {
    const run = sendBatchOf(id);
    if (run === null || run.stem !== sendBatchOf(ancestor)?.stem || postings[pi]!.version === postings[qi]!.version) return false;
    const q = postings[qi]!;
    return q.coverId === ancestor || q.patches.some((x) => x.messageId === ancestor);
  };
  const versionOf = (link: RevisionChainLink): number => link.relabelledVersion ?? postings[link.posting]!.version;
  /**
   * `pi` sends the same explicit vN as `qi` again within `COMPLETION_WINDOW_MS`: as many patches, under the
   * same patch titles or with the same diffs. The first sending's cover subject came out empty or wrong,
   * whatever the posting titles say.
   */
  const sentTwice = (pi: number, qi: number): boolean => {
    const p = postings[pi]!;
    const q = postings[qi]!;
    const gap = timeOf(p.date) - timeOf(q.date);
    return !p.versionInferred && !q.versionInferred && p.version === q.version && p.patches.length > 0 &&
      p.patches.length === q.patches.length && identity[pi] === identity[qi] && gap >= 0 && gap <= COMPLETION_WINDOW_MS &&
      (sameDiffs(pi, qi) || samePatchTitles(pi, qi));
  };
  const patchTitlesOf = (pi: number): Set<string> =>
    new Set(postings[pi]!.patches.map((x) => normalizeTitle(messages.get(x.messageId)?.parsedSubject.title ?? "")));
  const samePatchTitles = (pi: number, qi: number): boolean => {
    const a = patchTitlesOf(pi);
    return !a.has("") && a.size === postings[pi]!.patches.length && sameSet(a, patchTitlesOf(qi));
  };
  const samePostingTitle = (pi: number, qi: number): boolean => sameTitleTokens(titleSets[pi]![0]!, titleSets[qi]![0]!) || sameCompactTitle(pi, qi);
  /**
   * The titles naming a posting itself (`ownTitle`): its own, and the one patch's under a cover.
   */
  const ownTitleSets = (pi: number): Set<string>[] => (ownTitle(pi, 1) ? titleSets[pi]!.slice(0, 2) : titleSets[pi]!.slice(0, 1));
  /**
   * Some title naming `pi` itself is the very title of one naming `qi` (`[PATCH v8 0/1] tpm: fix x` over its
   * patch `tpm: fix x`, after `[PATCH v7] TPM fixes` over its one patch `tpm: fix x`): the same posting title
   * but for a cover the author renamed.
   */
  const sameOwnTitle = (pi: number, qi: number): boolean => {
    for (const a of ownTitleSets(pi)) {
      for (const b of ownTitleSets(qi)) {
        if (a.size > 0 && sameTitleTokens(a, b)) return true;
      }
    }
    return false;
  };
  /**
   * `qi`, under another title than `pi`'s, is kept for a posting still to come: the same person's explicit vN
   * (`pi`'s version) under `qi`'s very title, sent within `SAME_DAY_MS` after `pi`. Two v1s of one day
   * ("Reject zero max_num_queues from MANA_QUERY_VPORT_CONFIG", "Validate adapter_mtu from MANA_QUERY_DEV_CONFIG")
   * and their v2s sent minutes apart pair by title, not by which v2 came first. Not a posting carrying the
   * same patches as `pi` (`pi` sent again under its right cover), nor the rest of `pi`'s own vN (same total).
   */
  const keptForLater = (pi: number, qi: number): boolean => {
    const p = postings[pi]!;
    if (p.versionInferred || samePostingTitle(pi, qi)) return false;
    const pt = timeOf(p.date);
    for (const ri of byPersonTitle.get(`${identity[qi]!}\n${compact[qi]!}`) ?? []) {
      const r = postings[ri]!;
      if (ri === pi || ri === qi || groupOf[ri] !== -1 || r.versionInferred || r.version !== p.version || identity[ri] !== identity[pi]) continue;
      // Only one that would continue `qi`: of its project and tree (a kernel series and its BlueZ port share a title).
      if (otherProject(ri, qi) || !sameTree(ri, qi)) continue;
      const gap = timeOf(r.date) - pt;
      // Not when the two carry the same patches (one posting sent twice, its first cover miswritten), nor when
      // they announce the same total (pieces of one vN: some patches, then the cover with the rest).
      if (p.total !== null && p.total > 1 && p.total === r.total) continue;
      if (gap >= 0 && gap <= SAME_DAY_MS && !sharesPatches(ri, pi, true)) return true;
    }
    return false;
  };
  /**
   * `pi` is a much larger posting (more than twice the patches) that matched the lone or small posting `qi`
   * only through one of its own patch titles (`i` > 0), under an unrelated posting title: it carries that
   * work among others (a 127-patch rework holding an earlier one-patch fix), it is no version of it. Unless
   * it names a higher version and carries that very title, or names the next one after an explicit version
   * (`[PATCH V3 0/4]` after `[PATCH V2 0/3]`) or within `GROWN_WINDOW_MS`: a fix grown into a series.
   */
  const carriesUnder = (g: number, pi: number, qi: number, pair: { sim: number; i: number }): boolean => {
    const p = postings[pi]!;
    if (pair.i === 0 || p.patches.length <= 2 * postings[qi]!.patches.length + 1) return false;
    if (tokenJaccard(titleSets[pi]![0]!, titleSets[qi]![0]!) >= RELATED_TITLE) return false;
    const grp = groups[g];
    const gap = timeOf(p.date) - timeOf(postings[qi]!.date);
    const link = grp?.chain[grp.chain.length - 1];
    if (link === undefined || p.versionInferred) return true;
    const top = versionOf(link);
    const explicitTop = link.relabelledVersion === undefined && !postings[link.posting]!.versionInferred;
    return !(p.version > top && (pair.sim === 1 || (p.version === top + 1 && (explicitTop || (gap >= 0 && gap <= GROWN_WINDOW_MS)))));
  };
  /**
   * `pi` and `qi` both have covers, `pi` carries far fewer patches (at most half less one) under a posting
   * title unrelated to `qi`'s: at most a part of `qi` (the mirror of `carriesUnder`). A lone patch resent from
   * a series has no cover and is not such a part.
   */
  const partOf = (pi: number, qi: number): boolean => {
    const p = postings[pi]!;
    const q = postings[qi]!;
    return p.coverId !== null && q.coverId !== null && p.patches.length > 0 && 2 * p.patches.length + 1 < q.patches.length &&
      tokenJaccard(titleSets[pi]![0]!, titleSets[qi]![0]!) < RELATED_TITLE;
  };
  /**
   * `pi` and `qi` both have covers, `pi` carries fewer patches under a posting title unrelated to `qi`'s: a part
   * taken out of `qi` (`[PATCH v2 0/3] samples/landlock: Fix port parsing` out of `[RFC PATCH v1 0/7] landlock:
   * Add UDP access control support`), for `reclaims`.
   */
  const smallerPart = (pi: number, qi: number): boolean => {
    const p = postings[pi]!;
    const q = postings[qi]!;
    return p.coverId !== null && q.coverId !== null && p.patches.length > 0 && p.patches.length < q.patches.length &&
      tokenJaccard(titleSets[pi]![0]!, titleSets[qi]![0]!) < RELATED_TITLE;
  };
  /** Such a smaller posting sharing no patch with `qi` is other work, not `qi`'s next version. */
  const splitFrom = (pi: number, qi: number): boolean => partOf(pi, qi) && !sharesPatches(pi, qi, false);
  /**
   * `pi` takes back the first posting `qi` of a group whose next revision was a part taken out of it (two fixes
   * sent ahead as `[PATCH v2 0/2] Fix x`, out of `[PATCH 00/19] Add y`): `pi` is the same person's explicit
   * later version under `qi`'s very posting title within `TITLE_WINDOW_MS`, no part itself, sharing a patch with
   * it, and nothing after `qi` in the group carries that title. The main line, not the part, continues `qi`.
   */
  const reclaims = (pi: number, qi: number): boolean => {
    const g = groupOf[qi]!;
    const grp = groups[g];
    const p = postings[pi]!;
    // The same person: the first posting's sender, or the part's (whose link already tied the two addresses).
    if (grp === undefined || grp.chain.length < 2 || grp.chain[0]!.posting !== qi) return false;
    if (identity[pi] !== identity[qi] && identity[pi] !== identity[grp.chain[1]!.posting]) return false;
    if (p.versionInferred || p.version <= versionOf(grp.chain[0]!) || resent(pi)) return false;
    const gap = timeOf(p.date) - timeOf(postings[qi]!.date);
    if (!(gap > 0 && gap <= TITLE_WINDOW_MS) || !samePostingTitle(pi, qi) || partOf(pi, qi)) return false;
    if (!smallerPart(grp.chain[1]!.posting, qi) || grp.chain.slice(1).some((c) => samePostingTitle(c.posting, qi))) return false;
    return sharesPatches(pi, qi, false);
  };
  /**
   * `pi` names the version right after the explicit version of `qi`, group `g`'s latest posting, of the same
   * person under the same posting title: the next round of that work (v2 then v3, or v6 then v8 under one cover
   * title, `skippedOne`), even after more than a year's pause. A plain `[PATCH]` then a `[PATCH v2]` that late stays apart: the first named no version.
   */
  const nextVersionOf = (g: number, pi: number, qi: number): boolean =>
    identity[pi] === identity[qi] && ((samePostingTitle(pi, qi) && (followsExplicitTop(g, pi, qi) || skippedOne(g, pi, qi))) ||
      (followsExplicitTop(g, pi, qi) && sameOwnTitle(pi, qi)) ||
      (followsExplicitTop(g, pi, qi) && tokenJaccard(titleSets[pi]![0]!, titleSets[qi]![0]!) >= TITLE_THRESHOLD &&
        filesOf(pi).size > 0 && (fileJaccard(pi, qi) >= RESPUN_FILES || (coverTitleWithin(pi, qi) && intersects(filesOf(pi), filesOf(qi))))));
  /**
   * Both postings have covers and one cover title is the other's with one word dropped or added ("Integrity
   * Policy Enforcement LSM (IPE)" -> "Integrity Policy Enforcement (IPE)"), three words kept at least: a reworked
   * next version after a long pause keeps its name though most of its files changed.
   */
  const coverTitleWithin = (pi: number, qi: number): boolean => {
    if (postings[pi]!.coverId === null || postings[qi]!.coverId === null) return false;
    const a = titleSets[pi]![0]!;
    const b = titleSets[qi]![0]!;
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    return small.size >= 3 && large.size - small.size === 1 && isSubsetOf(small, large);
  };
  /**
   * `pi`, a covered posting, names the version right after group `g`'s explicit top, sent by the same person within
   * `NEXT_VERSION_WINDOW_MS` of it, under the very posting title of `qi`, an earlier covered posting of the group
   * (`[PATCH v8 00/15] Add RZ/G2L POEG support` years after v7, whose cover did not reach the list, under v3's
   * cover title).
   */
  const resumesUnderTitle = (g: number, pi: number, qi: number): boolean => {
    const grp = groups[g];
    const p = postings[pi]!;
    if (grp === undefined || p.versionInferred || p.coverId === null || postings[qi]!.coverId === null || identity[pi] !== identity[qi]) return false;
    const top = grp.chain[grp.chain.length - 1]!;
    if (top.relabelledVersion !== undefined || postings[top.posting]!.versionInferred || identity[top.posting] !== identity[pi]) return false;
    const gap = timeOf(p.date) - grp.lastTime;
    return p.version === versionOf(top) + 1 && gap >= 0 && gap <= NEXT_VERSION_WINDOW_MS && samePostingTitle(pi, qi);
  };
  /**
   * `pi`, the same person's explicit vN (N >= 2), follows `qi`, group `g`'s latest posting, which named no version,
   * more than `TITLE_WINDOW_MS` later but within `NEXT_VERSION_WINDOW_MS`: both carry two patches or more, half of
   * them the same, and either `pi` is the v2 under the same posting title (`[PATCH RFC 0/13] Fix deferred probing in
   * the MMC/SD drivers`, then `[PATCH v2 00/12]` of it 18 months later, twelve of its patch titles kept) or some
   * patch carries the very same diff (`[PATCH 0/7]`, then `v3 1/5`..`5/5` 15 months later, two diffs unchanged, its
   * cover lost). A posting title alone does not skip a version: the `v4 0/5` under that cover title sent hours after
   * the coverless v3 follows the v3. A lone `[PATCH]` then a `[PATCH v2]` that late stays apart (`nextVersionOf`).
   */
  const namedAfterUnnamed = (g: number, pi: number, qi: number): boolean => {
    const grp = groups[g];
    const top = grp?.chain[grp.chain.length - 1];
    const p = postings[pi]!;
    const q = postings[qi]!;
    if (top === undefined || top.posting !== qi || top.relabelledVersion !== undefined || !q.versionInferred || q.version !== 1 || p.versionInferred || p.version < 2) return false;
    if (identity[pi] !== identity[qi] || p.patches.length < 2 || q.patches.length < 2) return false;
    const gap = timeOf(p.date) - timeOf(q.date);
    if (!(gap >= 0 && gap <= NEXT_VERSION_WINDOW_MS) || !sharesPatches(pi, qi, true)) return false;
    return (p.version === 2 && samePostingTitle(pi, qi)) || intersects(patchIdsOf(pi), patchIdsOf(qi));
  };
  /**
   * `pi`, the same person's explicit vN (N >= 2), follows `qi`, group `g`'s latest posting, which named no version,
   * more than `TITLE_WINDOW_MS` later but within `NEXT_VERSION_WINDOW_MS`, under the very same posting title over a
   * file both diffs touch: the next round of that patch after a long pause (`[PATCH] HID: hidraw - add
   * HIDIOCREVOKE ioctl`, then its `[PATCH v2]` 28 months later; a `[PATCH v5]` whose v2-v4 went to other lists).
   * Without diffs to compare, the title alone does not reach that far (`namedAfterUnnamed` for sets).
   */
  const lateNextOfUnnamed = (g: number, pi: number, qi: number): boolean => {
    const p = postings[pi]!;
    const q = postings[qi]!;
    if (!q.versionInferred || q.version !== 1 || p.versionInferred || p.version < 2 || resent(pi)) return false;
    return lateSameTitle(g, pi, qi);
  };
  /**
   * `pi` is a RESEND naming the explicit version of group `g`'s top `qi`, by the same person under its very posting
   * title over a file in common, more than `TITLE_WINDOW_MS` later but within `NEXT_VERSION_WINDOW_MS`: that version
   * sent again after a long silence (`[RESEND v5] Input: Add driver for PixArt PS/2 touchpad` 13 months on).
   */
  const lateResend = (g: number, pi: number, qi: number): boolean => {
    const p = postings[pi]!;
    const q = postings[qi]!;
    if (q.versionInferred || !resent(pi) || p.versionInferred || p.version !== q.version) return false;
    return lateSameTitle(g, pi, qi);
  };
  /**
   * What `lateNextOfUnnamed` and `lateResend` both ask: `qi` is group `g`'s top as posted (no version of ours), and
   * `pi`, by the same person, comes within `NEXT_VERSION_WINDOW_MS` after it under its very posting title over a
   * file both diffs touch.
   */
  const lateSameTitle = (g: number, pi: number, qi: number): boolean => {
    const grp = groups[g];
    const top = grp?.chain[grp.chain.length - 1];
    if (top === undefined || top.posting !== qi || top.relabelledVersion !== undefined || identity[pi] !== identity[qi]) return false;
    const gap = timeOf(postings[pi]!.date) - timeOf(postings[qi]!.date);
    if (!(gap >= 0 && gap <= NEXT_VERSION_WINDOW_MS) || !samePostingTitle(pi, qi)) return false;
    return filesOf(pi).size > 0 && intersects(filesOf(pi), filesOf(qi));
  };
  /**
   * `pi` names the version two above `qi`'s, group `g`'s explicit top, under the very same cover title of four
   * words or more: the version between went to other lists (`v6 00/12` here, then `v8 00/18` under that title).
   */
  const skippedOne = (g: number, pi: number, qi: number): boolean => {
    const grp = groups[g];
    const top = grp?.chain[grp.chain.length - 1];
    const p = postings[pi]!;
    const q = postings[qi]!;
    return top !== undefined && top.posting === qi && top.relabelledVersion === undefined && !q.versionInferred && !p.versionInferred &&
      p.version === q.version + 2 && p.coverId !== null && q.coverId !== null && titleSets[pi]![0]!.size >= 4 &&
      normalizeTitle(p.title) === normalizeTitle(q.title);
  };
  /**
   * `pi` names the version right after group `g`'s explicit top version, of the same person, under the posting
   * title of a revision at that version (one patch of it re-sent alone after it does not hide it).
   */
  const nextUnderTitle = (g: number, pi: number): boolean => {
    const grp = groups[g]!;
    const top = grp.chain[grp.chain.length - 1]!;
    const p = postings[pi]!;
    if (top.relabelledVersion !== undefined || postings[top.posting]!.versionInferred || p.versionInferred) return false;
    if (p.version !== postings[top.posting]!.version + 1) return false;
    for (let k = grp.chain.length - 1; k >= 0 && versionOf(grp.chain[k]!) === grp.maxVersion; k--) {
      const qi = grp.chain[k]!.posting;
      if (identity[qi] === identity[pi] && samePostingTitle(pi, qi)) return true;
    }
    return false;
  };
  /** `pi` names the version right after the explicit version of `qi`, the latest posting of group `g`. */
  const followsExplicitTop = (g: number, pi: number, qi: number): boolean => {
    const grp = groups[g];
    const top = grp?.chain[grp.chain.length - 1];
    return top !== undefined && top.posting === qi && top.relabelledVersion === undefined && !postings[qi]!.versionInferred &&
      !postings[pi]!.versionInferred && postings[pi]!.version === postings[qi]!.version + 1;
  };
  /**
   * A retitled next version carrying the very same diffs: `pi` names the version right after `qi`, the group's
   * latest posting, of the same person, with as many patches and every diff the same (`[PATCH] change a log
   * level` then `[PATCH v2] Silence the debug log`, a revert series resent as "Remove x"), within `TITLE_WINDOW_MS`.
   * A higher version within `QUICK_NEXT_MS` too: the author counted their unlabelled resends of those very diffs
   * (`[PATCH] x` three times in a day, then `[PATCH v4] x` under a title that swallowed the body's first line).
   */
  const sameDiffsNext = (g: number, pi: number, qi: number): boolean => {
    const grp = groups[g];
    const p = postings[pi]!;
    if (grp === undefined || grp.last !== qi || p.versionInferred || identity[pi] !== identity[qi]) return false;
    const next = versionOf(grp.chain[grp.chain.length - 1]!) + 1;
    if (p.version < next || p.patches.length !== postings[qi]!.patches.length) return false;
    const gap = timeOf(p.date) - timeOf(postings[qi]!.date);
    return gap >= 0 && gap <= (p.version === next ? TITLE_WINDOW_MS : QUICK_NEXT_MS) && sameDiffs(pi, qi);
  };
  /**
   * A retitled next version: `pi` names the version right after `qi`, the group's latest posting, by the same
   * person within `COMPLETION_WINDOW_MS` * 4, with as many patches touching exactly the same files, and a title
   * sharing half its words ("update prefixpath option" -> "remove prefixpath option").
   */
  const renamedNext = (g: number, pi: number, qi: number): boolean => {
    const grp = groups[g];
    const p = postings[pi]!;
    const q = postings[qi]!;
    if (grp === undefined || grp.last !== qi || p.versionInferred || identity[pi] !== identity[qi]) return false;
    if (p.version !== versionOf(grp.chain[grp.chain.length - 1]!) + 1 || p.patches.length !== q.patches.length) return false;
    const gap = timeOf(p.date) - timeOf(q.date);
    if (!(gap >= 0 && gap <= 4 * COMPLETION_WINDOW_MS)) return false;
    const a = filesOf(pi);
    return a.size > 0 && sameSet(a, filesOf(qi)) && tokenJaccard(titleSets[pi]![0]!, titleSets[qi]![0]!) >= 0.5;
  };
  /**
   * The time from group `g`'s latest posting `qi` to `pi` when `pi` is the same person's explicit next version (the
   * version right after the group's top, not a RESEND), else null: what a reworded or grown next version starts from.
   */
  const explicitNextGap = (g: number, pi: number, qi: number): number | null => {
    const grp = groups[g];
    const p = postings[pi]!;
    if (grp === undefined || grp.last !== qi || p.versionInferred || identity[pi] !== identity[qi] || resent(pi)) return null;
    if (p.version !== versionOf(grp.chain[grp.chain.length - 1]!) + 1) return null;
    return timeOf(p.date) - timeOf(postings[qi]!.date);
  };
  /**
   * A reworded next version: `pi` names the version right after group `g`'s top, `qi` (its latest posting), of
   * the same person within `RETITLED_WINDOW_MS`, over mostly the same files (Jaccard >= `RETITLED_FILES`)
   * under a related title ("check the result of PSMOUSE_CMD_GET* commands" -> "check the result of
   * ps2_command() when detecting devices", "HID: joycon" -> "HID: nintendo"), or over a file in common under its
   * own title with one word renamed (`RENAMED_TITLE`, three words kept).
   */
  const retitledNext = (g: number, pi: number, qi: number): boolean => {
    const p = postings[pi]!;
    const gap = explicitNextGap(g, pi, qi);
    if (gap === null || !(gap >= 0 && gap <= RETITLED_WINDOW_MS) || filesOf(pi).size === 0 || filesOf(qi).size === 0) return false;
    if (!sameTree(pi, qi)) return false;
    if (fileJaccard(pi, qi) >= RETITLED_FILES && relatedTitle(pi, qi)) return true;
    const own = titleSets[pi]![0]!;
    const theirs = titleSets[qi]![0]!;
    // Days later with as many patches, two files of three kept and most of the title ("Split code to USB TypeB
    // and TypeC variants" -> "... Micro-B and Type-C variants", a file renamed with it).
    if (gap <= RESPUN_WINDOW_MS && p.patches.length === postings[qi]!.patches.length && fileJaccard(pi, qi) >= RESPUN_FILES &&
      tokenJaccard(own, theirs) >= RESPUN_TITLE && overlap(own, theirs) >= 4) return true;
    // Within a week, half the title's words (four at least) kept over a file in common ("infer CROSS_COMPILE from
    // SRCARCH for CC=clang LLVM_IAS=1" v3 -> "infer --target from SRCARCH for CC=clang" v4, a patch reworked).
    if (gap <= QUICK_NEXT_MS && tokenJaccard(own, theirs) >= 0.5 && overlap(own, theirs) >= 4 && intersects(filesOf(pi), filesOf(qi))) return true;
    // One word of the posting's own title renamed ("I3C slave mode support" -> "I3C target mode support") says
    // more than the files: a file in common is enough.
    return intersects(filesOf(pi), filesOf(qi)) && tokenJaccard(own, theirs) >= RENAMED_TITLE && overlap(own, theirs) >= 3;
  };
  /**
   * The author's explicit next version within `GROWN_WINDOW_MS` of the group's latest posting `qi`, one of whose
   * titles keeps every word of `qi`'s own title (four at least) and adds some, over a file in common: the patch
   * reworded by saying more, the set grown around it (`[PATCH] serial: frob: use a dynamic major`, then `[PATCH v2
   * 0/2]` whose 2/2 is `serial: frob: use a dynamic major when ports > 4`). Jaccard misses it when the added words
   * outnumber a third of the title.
   */
  const keptWholeTitle = (g: number, pi: number, qi: number): boolean => {
    const gap = explicitNextGap(g, pi, qi);
    if (gap === null || !(gap >= 0 && gap <= GROWN_WINDOW_MS) || !sameTree(pi, qi) || !intersects(filesOf(pi), filesOf(qi))) return false;
    const theirs = titleSets[qi]![0]!;
    if (theirs.size < 4) return false;
    return titleSets[pi]!.some((own) => own.size > theirs.size && overlap(own, theirs) === theirs.size);
  };
  /**
   * `pi` is the same explicit vN of the same person as every posting the group holds at its top version, and
   * those are pieces of it: no cover, incomplete, the same announced total, each either sharing a patch with
   * `pi` or numbered apart from it (a sending split in two runs, `[PATCH v4 3/8]`... then the cover with the
   * rest; a couple of patches re-sent before the whole vN). The whole vN relates to the version before.
   */
  const piecesOf = (grp: Group, pi: number): boolean => {
    const p = postings[pi]!;
    if (p.versionInferred || p.total === null || p.version !== grp.maxVersion) return false;
    let k = grp.chain.length;
    while (k > 0 && versionOf(grp.chain[k - 1]!) === grp.maxVersion) k--;
    const prev = grp.chain[k - 1]?.posting;
    if (prev === undefined || k === grp.chain.length) return false;
    const mine = new Set(p.patches.map((x) => x.number));
    for (let j = k; j < grp.chain.length; j++) {
      const qi = grp.chain[j]!.posting;
      const q = postings[qi]!;
      if (identity[qi] !== identity[pi] || q.coverId !== null || q.complete || q.versionInferred) return false;
      // One patch sent ahead of the whole vN, counted out of the total before patches were added
      // (`[PATCH v14 04/10]`, then `v14 00/12`), is a piece of it when it shares its patch.
      if (q.total !== p.total && !(q.patches.length === 1 && sharesPatches(pi, qi, false))) return false;
      if (!q.patches.every((x) => !mine.has(x.number)) && !sharesPatches(pi, qi, false)) return false;
    }
    return samePostingTitle(pi, prev) || (bestTitle(titleSets[pi]!, titleSets[prev]!) >= TITLE_THRESHOLD && sharesPatches(pi, prev, true));
  };
  /**
   * `pi` is another part of the group's top vN: the same person's explicit vN within `GROWN_SET_WINDOW_MS` of it,
   * every patch of it a patch of the version before under its title, none of them sent at vN yet, neither with a cover
   * (`[PATCH v7 k/11]`, then `[PATCH v8]` of 5/11 and a week later `[PATCH v8 1/3]` of 8/11..10/11: what was left of
   * the v7, in two goes).
   */
  const restOfPrevious = (grp: Group, pi: number): boolean => {
    const p = postings[pi]!;
    // Coverless both: a part split off under a cover of its own is a series of its own from there (`splitOff`).
    if (p.versionInferred || p.version !== grp.maxVersion || p.patches.length === 0 || p.coverId !== null || resent(pi)) return false;
    let k = grp.chain.length;
    while (k > 0 && versionOf(grp.chain[k - 1]!) === grp.maxVersion) k--;
    if (k === 0 || k === grp.chain.length) return false;
    const top = grp.chain[grp.chain.length - 1]!.posting;
    if (!(timeOf(p.date) - timeOf(postings[top]!.date) <= GROWN_SET_WINDOW_MS)) return false;
    const atTop = new Set<string>();
    for (let j = k; j < grp.chain.length; j++) {
      const qi = grp.chain[j]!.posting;
      if (identity[qi] !== identity[pi] || postings[qi]!.versionInferred || postings[qi]!.coverId !== null) return false;
      for (const t of patchTitlesOf(qi)) atTop.add(t);
    }
    const before = new Set<string>();
    const previous = versionOf(grp.chain[k - 1]!);
    for (let j = k - 1; j >= 0 && versionOf(grp.chain[j]!) === previous; j--) for (const t of patchTitlesOf(grp.chain[j]!.posting)) before.add(t);
    const mine = patchTitlesOf(pi);
    return !mine.has("") && [...mine].every((t) => before.has(t) && !atTop.has(t));
  };
  /**
   * `pi` sends `qi`, the person's latest posting, again within `SAME_DAY_MS`: the very same posting and patch
   * titles, as many patches, the same tags, over a common file (or both pull requests), naming no version or
   * the top's. A format-patch pasted inline a second time, a pull request re-sent minutes later: the diffs may
   * differ in whitespace, the sending is the same.
   */
  const sameDayCopy = (pi: number, qi: number, top: number): boolean => {
    const p = postings[pi]!;
    const q = postings[qi]!;
    const gap = timeOf(p.date) - timeOf(q.date);
    // A stable queue sent again the next day (`AUTOSEL 6.9` twice) is a new round of it: only minutes apart the same.
    const window = RELEASE_TAG_RE.test(`${prefixTags(pi)} ${prefixTags(qi)}`) ? COMPLETION_WINDOW_MS : SAME_DAY_MS;
    if (!(gap >= 0 && gap <= window) || identity[pi] !== identity[qi] || p.patches.length !== q.patches.length) return false;
    // An explicit version below the top restarts the author's numbering (`[V1]` after `[PATCH v4]`): a new round.
    if (!p.versionInferred && p.version !== top) return false;
    const title = normalizeTitle(p.title);
    if (title === "" || title !== normalizeTitle(q.title) || !samePatchTitles(pi, qi) || !sameTree(pi, qi)) return false;
    if (head[pi]?.isPull === true && head[qi]?.isPull === true) return true;
    // Files seen on both sides: a title alone ("usb: quirk for acme hub") may name two devices' quirks.
    return intersects(filesOf(pi), filesOf(qi));
  };

  /**
   * Whether the explicit version of posting `pi`, not above the group's highest, is another posting of
   * that version (a RESEND, the full series after its cover alone) or the real vN of an inferred vN.
   * Same person, and the same title, or a change-id, or a thread/citation link with a similar title. NOT_LINKED otherwise.
   */
  const repostVersion = (g: number, pi: number, strongest: number): number => {
    const grp = groups[g]!;
    const p = postings[pi]!;
    // After a takeover, the series' earlier author sending that version too reposts it.
    const before = takeovers.has(grp.last) && grp.chain.some((c) => identity[c.posting] === identity[pi]);
    if (identity[grp.last] !== identity[pi] && !before && !resentByColleague(grp, pi) && !interjected(grp, pi)) return NOT_LINKED;
    // An unversioned posting reposts when it says RESEND, or sends the very same diffs under the same
    // title, count and tags again within `COMPLETION_WINDOW_MS` (minutes later, no marker; not a backport
    // to another tree); two plain `[PATCH] x` otherwise are a respin or two changes.
    // It reposts the latest version: `[PATCH RESEND]` after `[PATCH v2]` is v2 again.
    const top = fullestAtTop(grp);
    // Compared with the latest full posting: a one-patch partial re-roll after it has that patch's title, and
    // so has some of its patches re-sent alone.
    const ref = top !== lastWithPatches(grp) ? top : [...grp.chain].reverse().find((c) => !c.partial)?.posting ?? grp.last;
    // The like change to a sibling driver (`iio: dac: dpot: Drop dependency on OF`, then `iio: dac: vf610: ...`
    // minutes later, the one Kconfig line alike) is another change, whatever its diff's patch-id says; not so a
    // RESEND of some of its patches, under their own titles.
    if (siblingComponent(pi, ref) && !resent(pi) && sameTitleCount(titleSets[pi]!, titleSets[top]!) === 0) return NOT_LINKED;
    const gap = timeOf(p.date) - timeOf(postings[grp.last]!.date);
    // The same person sending exactly the diffs of the latest posting again is a repost of it whatever
    // the gap (a day or weeks later, unanswered), the title (a typo fixed, "RFC:" dropped) or the tags
    // (`[next]`, `net-next`); a RESEND or an explicit version may carry only some of them. Stable-tree
    // backports never get here (`admit`).
    // A stable queue re-sent later (`AUTOSEL 4.9` again) is a new round of that queue: only minutes apart is it the same.
    const release = RELEASE_TAG_RE.test(`${prefixTags(pi)} ${prefixTags(ref)}`);
    const copies = gap >= 0 && gap <= (release ? COMPLETION_WINDOW_MS : TITLE_WINDOW_MS) && carriedBy(pi, top) &&
      (sameDiffs(pi, top) || resent(pi)) && sameTree(pi, ref) && relatedTitle(pi, ref);
    const again = sameDayCopy(pi, grp.last, versionOf(grp.chain[grp.chain.length - 1]!));
    if (p.versionInferred && !resent(pi) && !copies && !again) return NOT_LINKED;
    // An explicit version below the top's own explicit one on the very same diffs, under the same title within the day
    // (`[PATCH] [v1] x` after `[PATCH v2] x`, the same change against another base; `[PATCH v3 1/2]` 20 hours after
    // the `v4` with its very diffs), or weeks later in reply inside
    // the series' thread (`[PATCH v2] x` answering the v1's review, the v3's very diff): that version sent again,
    // mislabelled, not a new round.
    const topVersion = versionOf(grp.chain[grp.chain.length - 1]!);
    const namedTop = grp.chain[grp.chain.length - 1]!.relabelledVersion === undefined && !postings[grp.last]!.versionInferred;
    // (A pull request of the patches counts its own rounds: `[GIT PULL v1]` after `[PATCH v3]` is no slip.)
    // A top whose version we gave it (`[PATCH 0/2] x` after `[PATCH v2 0/4] x`, read as v3) sent again that day under
    // a version the author already used in the chain, on its very diffs (`[PATCH v2 0/2] x`, its changelog saying v4),
    // is it again too (a first `[PATCH v1]` after unversioned rounds is the author's own count: `firstNamed`).
    const staleNumber = gap <= SAME_DAY_MS && grp.chain.some((c) => c.relabelledVersion === undefined && !postings[c.posting]!.versionInferred &&
      postings[c.posting]!.version >= p.version);
    const slip = !p.versionInferred && (namedTop || staleNumber) && head[pi]?.isPull !== true && p.version < topVersion && identity[grp.last] === identity[pi] && gap >= 0 &&
      gap <= (strongest >= RANK["in-reply-to"] ? TITLE_WINDOW_MS : SAME_DAY_MS) && !resent(pi) && samePostingTitle(pi, ref) && sameDiffs(pi, top);
    // A RESEND naming a version below the top's on the top's very diffs, every patch of it, under its title (`[PATCH
    // RESEND v4 0/9] x` six weeks after `[PATCH v5 0/9] x`, its diffs v5's): the top sent again with a stale number.
    const resentTop = !p.versionInferred && resent(pi) && head[pi]?.isPull !== true && p.version < topVersion && identity[grp.last] === identity[pi] &&
      gap >= 0 && gap <= TITLE_WINDOW_MS && p.patches.length === postings[top]!.patches.length && samePostingTitle(pi, ref) && sameDiffs(pi, top);
    const version = p.versionInferred || again || slip || resentTop || sameNameAsTop(grp, pi) ? topVersion : p.version;
    // Below the top only when every revision from that version up has a version we inferred: ours give way.
    const guessed = (c: RevisionChainLink): boolean => c.relabelledVersion !== undefined || postings[c.posting]!.versionInferred;
    if (version < grp.maxVersion && !grp.chain.every((c) => versionOf(c) < version || guessed(c))) return NOT_LINKED;
    // A RESEND naming this version, with half its patches at least (one rebased on the way), is it again.
    const resentPart = resent(pi) && !p.versionInferred && relatedTitle(pi, ref) && sameTree(pi, ref) && sharesPatches(pi, top, true);
    // A RESEND giving a cover to a posting sent without one (`[PATCH 1/5] x`, its 2/5..5/5 answering it, then
    // `[PATCH RESEND 0/5] y` weeks later): the cover's title is new, but the patches are the top's, all of them, under
    // their very titles, half of them at least the very diffs (one rebased on the way). (A cover over lone patches sent
    // before, unnumbered, `[PATCH][repost] x fixups` over three, may hold only one of them here: not this.)
    const coveredResend = resent(pi) && p.coverId !== null && postings[top]!.coverId === null && p.complete && (p.total ?? 0) > 1 && p.total === postings[top]!.total &&
      sameTree(pi, ref) && samePatchTitles(pi, top) && sharesPatches(pi, top, true);
    if (strongest >= RANK["change-id"] || copies || again || resentPart || coveredResend || (version === grp.maxVersion && sentTwice(pi, grp.last))) return version;
    if (partOfLatest(g, pi, top)) return version;
    // A RESEND under the very title whose every patch changes the very lines of one of the top's, under other paths:
    // the change rebased over its file moved (`kernel/module.c` split into `kernel/module/main.c`), not other code.
    if (resent(pi) && samePostingTitle(pi, ref) && sameLinesElsewhere(pi, top)) return version;
    // The same version again carries the same code: a posting touching none of its files (a test for the
    // kernel fix, sent in its thread and citing it) is other work.
    if (!touchesSameFiles(pi, top)) return NOT_LINKED;
    // Title alone: the same title posted again with none of the same patches is the next of a
    // recurring posting (a pull request, "fixes for net"), not this one again.
    if ((samePostingTitle(pi, ref) || sameTitleButPrefix(pi, ref)) && (strongest >= RANK.cites || sharesPatches(pi, top, false))) return version;
    // `[PATCH v1 0/4]` days after the author's `[PATCH 0/3]` under the very same title, its patches reworked:
    // the first sending counted for none, this is the author's v1, another posting of version 1.
    if (firstNamed(grp, pi) && samePostingTitle(pi, ref) && gap >= 0 && gap <= RESPUN_WINDOW_MS) return version;
    // A similar title and a link: sent inside the posting, or citing it with one of the same patches at
    // least. Two series of one author with the same explicit version and none of the same patches (a
    // watchdog and an i2c series citing each other) are two works.
    if (strongest >= RANK.cites && bestTitle(titleSets[pi]!, titleSets[ref]!) >= TITLE_THRESHOLD &&
      (strongest >= RANK["in-reply-to"] || sharesPatches(pi, top, false))) return version;
    return NOT_LINKED;
  };

  /**
   * `pi` is the same person's explicit `v1` after a group of unversioned postings of theirs only (no version
   * named or given yet).
   */
  const firstNamed = (grp: Group, pi: number): boolean => {
    const p = postings[pi]!;
    return !p.versionInferred && p.version === 1 && !resent(pi) && identity[grp.last] === identity[pi] &&
      grp.chain.every((c) => postings[c.posting]!.versionInferred && c.relabelledVersion === undefined && identity[c.posting] === identity[pi]);
  };
  /**
   * Some numbered patches of the group's latest vN sent again alone (`[PATCH v3 1/2]` an hour after the v3,
   * `[PATCH v2 09/14]` the next day), by the same person within `PART_AGAIN_WINDOW_MS`: the same version and
   * total, and each patch the very diff of `top`'s patch of that number, with that patch's title. A stale file
   * that went out months later in another run, threaded under that run's mail, is no resend of it.
   */
  const partOfLatest = (g: number, pi: number, top: number): boolean => {
    const grp = groups[g]!;
    const p = postings[pi]!;
    const q = postings[top]!;
    if (p.versionInferred || p.version !== grp.maxVersion || versionOf(grp.chain[grp.chain.length - 1]!) !== p.version) return false;
    if (p.total === null || p.total !== q.total || p.patches.length === 0 || p.patches.length >= q.patches.length || identity[pi] !== identity[top]) return false;
    const gap = timeOf(p.date) - timeOf(q.date);
    if (!(gap >= 0 && gap <= PART_AGAIN_WINDOW_MS)) return false;
    const underOther = (id: string): boolean => {
      const parent = parentOf.get(id);
      const at = parent ? postingOf.get(parent) : undefined;
      return at !== undefined && at !== pi && groupOf[at] !== g;
    };
    if (p.patches.some((x) => underOther(x.messageId))) return false;
    const idOf = (id: string): string | undefined => messages.get(id)?.diffFingerprint?.patchId || undefined;
    const titleOf = (id: string): string => normalizeTitle(messages.get(id)?.parsedSubject.title ?? "");
    return p.patches.every((x) => {
      const y = q.patches.find((z) => z.number === x.number);
      const id = idOf(x.messageId);
      if (y === undefined || id === undefined || titleOf(x.messageId) !== titleOf(y.messageId)) return false;
      // `[UPDATE][PATCH v2 2/3]`: that patch fixed up in place, its diff changed over the very same files.
      return id === idOf(y.messageId) || sameFilesOf(messages.get(x.messageId)?.diffFingerprint?.files, messages.get(y.messageId)?.diffFingerprint?.files);
    });
  };

  /**
   * `pi` is the author's own explicit next version of the group's latest posting, with the same posting and patch
   * titles, where only one side names a release: `[PATCH 6.6.y v2 0/5]` after their `[PATCH 0/5]`, `[PATCH v5]`
   * after their `[PATCH 5.7 v4]`. The tag was added or dropped on the way; a backport of someone's mainline
   * patch names no next version of it. Within a week, the set may have grown or shrunk over a patch title or
   * diff in common (io-uring's `[PATCH 0/8]`, then `[PATCH v2 5.12 00/13]` under the same title).
   */
  const nextAcrossTag = (grp: Group, pi: number): boolean => {
    const last = grp.last;
    const p = postings[pi]!;
    if (releaseOf(pi) !== "" && releaseOf(last) !== "") return false;
    if (p.versionInferred || identity[pi] !== identity[last] || p.version !== versionOf(grp.chain[grp.chain.length - 1]!) + 1) return false;
    if (!samePostingTitle(pi, last)) return false;
    if (p.patches.length === postings[last]!.patches.length && samePatchTitles(pi, last)) return true;
    const gap = timeOf(p.date) - timeOf(postings[last]!.date);
    return gap > 0 && gap <= ACROSS_TAG_WINDOW_MS &&
      (intersects(patchTitlesOf(pi), patchTitlesOf(last)) || intersects(patchIdsOf(pi), patchIdsOf(last)));
  };

  /**
   * A b4 change-id reused for other work: `pi` names no next version of the group, none of whose postings with
   * patches shares a patch (by diff or title) with it or has a related posting title, and its cover cites
   * none of them (an exportd netlink series at v2, then an nfsstat one's "v2").
   */
  const reusedChangeId = (g: number, pi: number): boolean => {
    const grp = groups[g];
    const p = postings[pi]!;
    // The version right after the group's top may be the same work renamed.
    if (grp === undefined || (!p.versionInferred && p.version === versionOf(grp.chain[grp.chain.length - 1]!) + 1)) return false;
    const cover = p.coverId === null ? undefined : messages.get(p.coverId);
    const cited = (cover?.bodyLinks ?? []).map((link) => postingOf.get(link)).filter((q): q is number => q !== undefined && q !== pi);
    // A b4 cover naming as its earlier version ("Link to v1: <url>") the author's posting of its very title in
    // another group, and none of this group's: one branch's change-id carried by two series (`misc clean up`
    // and `Use device managed API to clean up the driver`, sent a day apart from one branch).
    if (!cited.some((q) => groupOf[q] === g) &&
      cited.some((q) => groupOf[q]! >= 0 && groupOf[q] !== g && identity[q] === identity[pi] && samePostingTitle(pi, q))) return true;
    for (const c of grp.chain) {
      const qi = c.posting;
      if (postings[qi]!.patches.length === 0) continue;
      if (tokenJaccard(titleSets[pi]![0]!, titleSets[qi]![0]!) >= RELATED_TITLE) return false;
      if (sameTitleCount(titleSets[pi]!, titleSets[qi]!) > 0 || sharesPatches(pi, qi, false)) return false;
    }
    // A b4 cover naming an earlier version of the group ("Link to v1: <url>") says it is the same work renamed.
    return !cited.some((q) => groupOf[q] === g);
  };

  /**
   * `pi` is another pull request after the pull request `qi` ("[GIT PULL] Crypto Fixes for 5.11" weeks after
   * the last one, threaded under it): each pull is its own. Only a pull naming a version (`[GIT PULL v2]`),
   * a RESEND, the same diffs, or the same title sent again within `COMPLETION_WINDOW_MS` is that pull again.
   */
  const newPull = (pi: number, qi: number): boolean => {
    if (head[pi]?.isPull !== true || head[qi]?.isPull !== true || !postings[pi]!.versionInferred || resent(pi)) return false;
    const gap = timeOf(postings[pi]!.date) - timeOf(postings[qi]!.date);
    if (gap >= 0 && gap <= COMPLETION_WINDOW_MS && samePostingTitle(pi, qi)) return false;
    return !sameDiffs(pi, qi);
  };

  /**
   * A patch series sent with a pull tag: `[GIT PULL][PATCH v5 0/9] x`, its version named and its numbered patches
   * on the list. It is a round of that series; a pull request proper carries no numbered patches.
   */
  const pulledRound = (i: number): boolean => {
    const s = head[i];
    return s?.isPull === true && s.isPatch && !s.versionInferred && postings[i]!.total !== null && postings[i]!.patches.length > 0;
  };
  /** The part a subject tag names (`[PATCH Part2 v5 0/45]`, `[RFC part 1 PATCH]`: 2, 1), or null. */
  const workPartOf = (i: number): number | null => {
    const tags = head[i]?.prefixes ?? [];
    for (let k = 0; k < tags.length; k++) {
      const m = /^part(\d{1,2})$/.exec(tags[k]!) ?? (tags[k] === "part" && /^\d{1,2}$/.test(tags[k + 1] ?? "") ? [tags[k]!, tags[k + 1]!] : null);
      if (m) return Number(m[1]);
    }
    return null;
  };
  /**
   * The version posting `pi` would have in group `g` (its own, or renumbered), or NOT_LINKED if it cannot join
   * (version 0 is a version: `[PATCH v0 RESEND]` twice is one posting sent again).
   * `strongest` is the RANK of the best evidence linking them (0: none yet).
   */
  const admit = (g: number, pi: number, strongest = 0): number => {
    const grp = groups[g];
    if (!grp) return NOT_LINKED;
    const p = postings[pi]!;
    // A pull request is never an earlier revision of a patch series (a cover citing the pull it depends on); a patch
    // series sent under a pull tag, `[GIT PULL][PATCH v5 0/9] x` with its patches, is a round of the series.
    if (head[grp.last]?.isPull === true && head[pi]?.isPull !== true && !pulledRound(grp.last)) return NOT_LINKED;
    // Nor is a pull request the next round of a patch series (its patches cite the postings they were applied from).
    if (head[pi]?.isPull === true && head[grp.last]?.isPull !== true && !pulledRound(pi) && strongest < RANK["change-id"]) return NOT_LINKED;
    // Nor is a patch passing through a maintainer's queue (`queued`) a round of its author's series, either way.
    if ((queued(pi) || queued(grp.last)) && strongest < RANK["change-id"]) return NOT_LINKED;
    // The parts of one large work, each its own series (`[PATCH Part1 v3]` guest support, `[PATCH Part2 v3]` hypervisor
    // support), never link but by change-id.
    const part = workPartOf(pi);
    const lastPart = workPartOf(grp.last);
    if (part !== null && lastPart !== null && part !== lastPart && strongest < RANK["change-id"]) return NOT_LINKED;
    // Backports to different release trees (AUTOSEL 6.8 and 5.15, a stable review, a backport and its
    // mainline patch) are separate postings of separate changes.
    // Two named trees stay apart even over one Change-Id: the backports of one change to 4.9 and 4.14 carry it.
    const release = releaseOf(pi);
    const lastRelease = releaseOf(grp.last);
    if (release !== lastRelease && !overlappingReleases(pi, grp.last) &&
      ((release !== "" && lastRelease !== "") || (strongest < RANK["change-id"] && !nextAcrossTag(grp, pi)))) return NOT_LINKED;
    if (strongest < RANK["change-id"] && newPull(pi, grp.last)) return NOT_LINKED;
    if (p.version > grp.maxVersion) return p.version;
    if (coverNamesNext(grp, pi)) return grp.maxVersion + 1;
    // Each patch of a long series respun on its own in the thread (`v4 17/40` under `v3 17/40`, after
    // `v5 18/40` under `v4 18/40`): a newer take on a patch of the posting it answers, below the series'
    // top only because another patch went faster. It joins at the top version (versions never decrease).
    const inside = partialInto[pi]!;
    if (partial[pi] && inside >= 0 && groupOf[inside] === g && identity[inside] === identity[pi] && !p.versionInferred &&
      !postings[inside]!.versionInferred && p.version > postings[inside]!.version) return grp.maxVersion;
    if (p.version === grp.maxVersion) {
      // The full vN after a partial vN; a partial vN only into the series it was sent inside.
      if (grp.partialAtMax && !partial[pi]) return p.version;
      if (partial[pi] && groupOf[partialInto[pi]!] === g) return p.version;
      if (completesLast(grp, pi, strongest)) return p.version;
      if (piecesOf(grp, pi)) return p.version;
      if (restOfPrevious(grp, pi)) return p.version;
    }
    if (meetsGuess(grp, pi)) return p.version;
    const patchLine = patchLineNext(grp, pi);
    if (patchLine > 0) return patchLine;
    if (restarted(grp, pi, strongest)) return grp.maxVersion + 1;
    if (splitOff(grp, pi) > 0) return p.version;
    const renumbered = renumber(grp, pi, strongest);
    if (renumbered > 0) return renumbered;
    // At the lone patch's version: the author's own "v2" of the set follows it as the next one.
    if (identity[grp.last] === identity[pi] && !resent(pi) && grownInto(grp.last, pi)) return grp.maxVersion;
    return repostVersion(g, pi, strongest);
  };

  /**
   * The cover of `pi` names the group's next version while its patches, which gave the posting its version, still
   * name the top's (`[PATCH v4 0/6]` over `[PATCH v3 k/6]`, months after the v3): the patches' tags were left from
   * the last round, the cover's is this one's. The same person, other diffs than the top's, no RESEND.
   */
  const coverNamesNext = (grp: Group, pi: number): boolean => {
    const p = postings[pi]!;
    const h = head[pi];
    if (p.coverId === null || h === undefined || h.versionInferred || p.versionInferred || resent(pi)) return false;
    const top = grp.chain[grp.chain.length - 1]!;
    if (h.version !== grp.maxVersion + 1 || p.version !== grp.maxVersion || versionOf(top) !== grp.maxVersion) return false;
    if (top.relabelledVersion !== undefined || postings[top.posting]!.versionInferred || identity[grp.last] !== identity[pi]) return false;
    return p.patches.length > 0 && !sameDiffs(pi, lastWithPatches(grp));
  };
  /**
   * An explicit vN not above the version we gave the top revision when renumbering it (`[PATCH v1]` after
   * `[RFC v2]` became v3): the author's numbering restarted, and this is their next one, not another work
   * (our guess then gives way). Same person (or the one who sent that top for its author), and the posting title or half
   * the patches; the subject version must exceed the top's own.
   */
  const meetsGuess = (grp: Group, pi: number): boolean => {
    const top = grp.chain[grp.chain.length - 1]!;
    const before = grp.chain[grp.chain.length - 2];
    const p = postings[pi]!;
    // Not below the revision before the guess: versions never decrease along the chain.
    if (before !== undefined && versionOf(before) > p.version) return false;
    return !p.versionInferred && top.relabelledVersion !== undefined && top.relabelledVersion >= p.version &&
      postings[top.posting]!.version < p.version &&
      (identity[top.posting] === identity[pi] || relayedBy(top.posting, pi)) &&
      (samePostingTitle(pi, top.posting) || sharesPatches(pi, top.posting, true));
  };

  /**
   * The author's numbering started over: `pi` names a version below the group's top, sent by the person of
   * its latest posting under that posting's very title over a file in common, with changed diffs (or the very diffs
   * under the number after the one the top named itself; no RESEND), and either in reply inside the series' thread
   * (`[PATCH v2] x` answering the review of `[PATCH v3] x` four weeks on) or within `RESPUN_WINDOW_MS` of a top whose
   * version we gave it (`[PATCH 0/1] x`, carried on as v5 of the treewide series it came from, then `[PATCH v2 0/1] x`
   * the next day). It is the next version, renumbered. A chain whose every version is ours restarts nothing.
   */
  const restarted = (grp: Group, pi: number, strongest: number): boolean => {
    const p = postings[pi]!;
    const last = grp.last;
    const top = grp.chain[grp.chain.length - 1]!;
    if (p.versionInferred || p.version >= versionOf(top) || resent(pi) || identity[last] !== identity[pi] || head[pi]?.isPull === true) return false;
    // The version the top named itself (`[PATCH V2 0/5]` two hours after the `[PATCH V2 0/5]` we read as v8): that
    // round sent again, not a restart (`repostVersion`).
    if (sameNameAsTop(grp, pi)) return false;
    // Every version of the chain one we gave it (`[PATCH 0/9] x`, its changelog counting RFC rounds sent elsewhere, read
    // as v6), the author's own count (`[PATCH v2 0/9] x`) is no restart: it stands, and ours give way (`repostVersion`).
    if (grp.chain.every((c) => c.relabelledVersion !== undefined || postings[c.posting]!.versionInferred)) return false;
    const guessed = top.relabelledVersion !== undefined || postings[last]!.versionInferred;
    const gap = timeOf(p.date) - timeOf(postings[last]!.date);
    const code = lastWithPatches(grp);
    // The whole top posting again within `RESPUN_WINDOW_MS`, every patch under its title, its diffs changed (`[PATCHv3
    // 0/3] x`, then three weeks on `[PATCHv2 0/3] x`, one patch reworked): the author's count slipped back.
    const wholeAgain = gap >= 0 && gap <= RESPUN_WINDOW_MS && p.patches.length > 1 && p.patches.length === postings[code]!.patches.length &&
      samePatchTitles(pi, code);
    // A citation of the group's earlier work (the revived v6 its cover links) stands in for the window.
    if (!(gap >= 0 && (strongest >= RANK["in-reply-to"] || wholeAgain || (guessed && (gap <= RESPUN_WINDOW_MS || strongest >= RANK.cites))))) return false;
    if (!samePostingTitle(pi, last) || filesOf(pi).size === 0 || !intersects(filesOf(pi), filesOf(code))) return false;
    // The very diffs again are that round re-sent, unless the subject counts on from the number the top named itself
    // (`[PATCH 0/4 V2]`, renumbered v7 after an explicit v5, then `[PATCH 0/4 V3]` a week on, only its commit messages
    // reworded): the author's next round. (When every revision from that number up has a version we gave it, ours
    // give way instead: `repostVersion`.)
    const q = postings[top.posting]!;
    if (!sameDiffs(pi, code)) return true;
    return top.relabelledVersion !== undefined && !q.versionInferred && p.version === q.version + 1 &&
      grp.chain.some((c) => versionOf(c) >= p.version && c.relabelledVersion === undefined && !postings[c.posting]!.versionInferred);
  };
  /**
   * Dropping RFC restarts the author's numbering: after `[RFC v6]`, `[PATCH V1]` (or a plain `[PATCH]`)
   * took a version we gave it (v7), and `[PATCH V2]` is its next one, not another work. An explicit non-RFC
   * vN, not above the group's top, continues the group when every revision since its last RFC one is a
   * non-RFC posting whose version we guessed (renumbered, or read from a cover changelog) and N is above the
   * version the latest of them named in its subject (none counts as 1), under the same posting title or with
   * half its patches. Another person's vN (a takeover) continues only a line the author already numbered
   * explicitly. The group's versions keep increasing, so this one is renumbered too: the version it gets,
   * or 0.
   */
  const patchLineNext = (grp: Group, pi: number): number => {
    const p = postings[pi]!;
    const top = grp.chain[grp.chain.length - 1]!;
    const qi = top.posting;
    const q = postings[qi]!;
    if (p.versionInferred || head[pi]?.isRfc !== false || resent(pi)) return 0;
    const own = q.versionInferred ? 1 : q.version;
    if (p.version <= own || (identity[qi] !== identity[pi] && q.versionInferred) || !guessedSinceRfc(grp)) return 0;
    return samePostingTitle(pi, qi) || sharesPatches(pi, qi, true) ? grp.maxVersion + p.version - own : 0;
  };
  /** Every revision since the group's last RFC one is a non-RFC posting whose version we guessed (see `patchLineNext`). */
  const guessedSinceRfc = (grp: Group): boolean => {
    let k = grp.chain.length - 1;
    for (; k >= 0; k--) {
      const c = grp.chain[k]!;
      if (head[c.posting]?.isRfc !== false) break;
      if (c.relabelledVersion === undefined && !postings[c.posting]!.versionInferred) return false;
    }
    return k >= 0 && k !== grp.chain.length - 1 && head[grp.chain[k]!.posting]?.isRfc === true;
  };

  /**
   * `pi` is the rest of `qi` sent as a run of its own answering its cover, counted anew (`v5 0/34` with 22
   * patches, then `v5 01/11`..`11/11` in reply to it): same version, as many patches as the cover misses at most.
   */
  const restOfSending = (pi: number, qi: number): boolean => {
    const p = postings[pi]!;
    const q = postings[qi]!;
    const first = p.patches[0];
    if (q.coverId === null || p.coverId !== null || first === undefined || parentOf.get(first.messageId) !== q.coverId) return false;
    // A second run (its own send stem) numbered 1/M..M/M; a file of the cover's own run is another matter.
    const run = sendBatchOf(first.messageId);
    if (run !== null && run.stem === sendBatchOf(q.coverId)?.stem) return false;
    return messages.get(first.messageId)?.parsedSubject.number === 1 && p.total !== null && p.total >= 2 && p.total === p.patches.length &&
      !p.versionInferred && p.version === q.version && q.total !== null && q.patches.length + p.patches.length <= q.total;
  };
  /**
   * Another person's RESEND naming the group's top version under its very posting title, with the very same
   * diffs (`[RESEND PATCH v2 0/4]` from a colleague two months after the v2): that version sent again.
   */
  const resentByColleague = (grp: Group, pi: number): boolean => {
    const p = postings[pi]!;
    const top = lastWithPatches(grp);
    return resent(pi) && !p.versionInferred && p.version === versionOf(grp.chain[grp.chain.length - 1]!) &&
      samePostingTitle(pi, grp.last) && sameDiffs(pi, top);
  };
  /**
   * The group's top revision is another person's posting sent in the thread of the revision before it, `pi`'s
   * person's own (a maintainer's `[PATCH v7-incomplete]` sketch answering the author's v6), and `pi` is that
   * person's explicit vN at the sketch's version under their own posting title: the author's vN, the series
   * stays theirs.
   */
  const interjected = (grp: Group, pi: number): boolean => {
    const n = grp.chain.length;
    const top = grp.chain[n - 1];
    const prev = grp.chain[n - 2];
    const p = postings[pi]!;
    if (top === undefined || prev === undefined || p.versionInferred || p.version !== versionOf(top)) return false;
    return identity[top.posting] !== identity[pi] && identity[prev.posting] === identity[pi] &&
      top.evidence[0]?.kind === "in-reply-to" && samePostingTitle(pi, prev.posting);
  };
  /**
   * `pi`, whose every patch names `qi`'s person in its in-body `From:`, names the version right after group `g`'s
   * top, whose latest posting is that person's, within `RETITLED_WINDOW_MS`, under a title like `qi`'s over a file in common: a
   * colleague carrying that person's work on (`[PATCH v3]` sent by a teammate after the author's own v2).
   */
  const nextOfCommitAuthor = (g: number, pi: number, qi: number): boolean => {
    const grp = groups[g];
    const p = postings[pi]!;
    if (grp === undefined || commitIdentity[pi] !== identity[qi] || identity[grp.last] !== identity[qi] || p.versionInferred) return false;
    // A top renumbered after the author's RFC restart (`[PATCH v8 0/6]` carried on as v14) is followed by the version
    // its subject names next: the maintainer's `[PATCH v9 0/6]` of the author's patches (`patchLineNext` renumbers it).
    const top = grp.chain[grp.chain.length - 1]!;
    const q = postings[top.posting]!;
    const named = top.relabelledVersion !== undefined && !q.versionInferred && guessedSinceRfc(grp) ? q.version : versionOf(top);
    if (p.version !== named + 1) return false;
    const gap = timeOf(p.date) - timeOf(postings[grp.last]!.date);
    return gap >= 0 && gap <= RETITLED_WINDOW_MS && tokenJaccard(titleSets[pi]![0]!, titleSets[qi]![0]!) >= TITLE_THRESHOLD &&
      touchesSameFiles(pi, qi) && filesOf(pi).size > 0;
  };
  /**
   * `pi`, its sender's own posting, names the version right after group `g`'s top, whose latest posting `qi` that
   * person sent for another author (every patch keeping the author's in-body `From:`, `sentBy`), within
   * `RETITLED_WINDOW_MS`, under a title like one of `qi`'s over a file in common: the sender carrying on the work
   * they relayed (`[PATCH] x` sent with its author's `From:`, then the sender's own `[PATCH v2] x`). Or it names
   * the version we guessed for that relayed top, a respin of the author's earlier posting: the sender's own count.
   */
  const nextOfRelayed = (g: number, pi: number, qi: number): boolean => {
    const grp = groups[g];
    const p = postings[pi]!;
    if (grp === undefined || grp.last !== qi || p.versionInferred || !relayedBy(qi, pi)) return false;
    const top = grp.chain[grp.chain.length - 1]!;
    const guessed = top.relabelledVersion === p.version && postings[top.posting]!.version < p.version;
    if (p.version !== versionOf(top) + 1 && !guessed) return false;
    const gap = timeOf(p.date) - timeOf(postings[qi]!.date);
    return gap >= 0 && gap <= RETITLED_WINDOW_MS && bestTitle(titleSets[pi]!, titleSets[qi]!) >= TITLE_THRESHOLD &&
      touchesSameFiles(pi, qi) && filesOf(pi).size > 0;
  };
  /** `qi` was sent by `pi`'s person for another author (`sentBy`). */
  const relayedBy = (qi: number, pi: number): boolean => {
    const by = postings[qi]!.sentBy;
    return by !== undefined && identityOf(by) === identity[pi];
  };
  /** Message `id` was sent by `pi`'s author or by its sender. */
  const sentByPoster = (id: string, pi: number): boolean => {
    const email = messages.get(id)?.from?.email;
    if (typeof email !== "string" || email === "") return false;
    const who = identityOf(email.toLowerCase());
    const p = postings[pi]!;
    return who === identity[pi] || (p.sentBy !== undefined && who === identityOf(p.sentBy));
  };
  /** `pi` names the version right after the top of `qi`'s group, by the same person, within `RETITLED_WINDOW_MS`. */
  const nextSoonAfter = (pi: number, qi: number): boolean => {
    const grp = groups[groupOf[qi]!];
    const p = postings[pi]!;
    if (grp === undefined || p.versionInferred || identity[pi] !== identity[qi]) return false;
    const gap = timeOf(p.date) - timeOf(postings[grp.last]!.date);
    return p.version === versionOf(grp.chain[grp.chain.length - 1]!) + 1 && gap >= 0 && gap <= RETITLED_WINDOW_MS;
  };
  /**
   * A posting that sends the group's latest, incomplete posting again (its cover went out alone, or 3
   * of 5 patches did, and then the whole series): same person (or change-id) and version within
   * `COMPLETION_WINDOW_MS`, same count and subject tags announced, same posting title or half the same
   * patches. Unversioned postings count too. Also the rest of an interrupted sending: the cover again
   * with patches all numbered above the last posting's, or the rest sent as a second run answering the cover
   * (`restOfSending`).
   */
  const completesLast = (grp: Group, pi: number, strongest: number): boolean => {
    const last = grp.last;
    const q = postings[last]!;
    const p = postings[pi]!;
    // b4's change-id names the same work even when the second sending went through its web relay.
    const samePerson = identity[last] === identity[pi] || strongest >= RANK["change-id"];
    if (!samePerson || versionOf(grp.chain[grp.chain.length - 1]!) !== p.version) return false;
    const gap = timeOf(p.date) - timeOf(q.date);
    if (!(gap >= 0 && gap <= COMPLETION_WINDOW_MS)) return false;
    // The rest of an interrupted sending: patches 1-5 went out (numbered as if complete), then the cover
    // again with 6-13. Every patch numbered above the last posting's, under the same cover title.
    const lastNumber = q.patches[q.patches.length - 1]?.number ?? 0;
    if (q.coverId !== null && p.coverId !== null && lastNumber > 0 && (p.patches[0]?.number ?? 0) > lastNumber &&
      samePostingTitle(pi, last)) return true;
    if (restOfSending(pi, last)) return true;
    if (q.complete) return false;
    // The same series announces the same count: one patch of a stable queue or AUTOSEL batch (n/72,
    // then n/58 for the next tree) is incomplete only because the list got that one.
    if (q.total === null || q.total !== p.total || prefixTags(last) !== prefixTags(pi)) return false;
    if (samePostingTitle(pi, last)) return true;
    return q.patches.length > 0 && p.patches.length > 0 && sharesPatches(pi, last, true);
  };

  /**
   * The author split a series: a part under a new title took vN first (`[PATCH v2 0/2] Add SPI offload
   * trigger offset`, out of `[PATCH 00/15] Add SPI offload support to AD4030`), and now the rest comes as vN
   * under the series' title. Returns how many revisions at the top are such a part (they leave for a series
   * of their own), or 0. Same person, explicit vN; the part was linked by a citation or a title only, and
   * is not this very posting sent before (`sentTwice`). The part may have gone on past vN before the rest
   * came (`v10 0/3` and `v11 0/3` of the split-off fixes the same day, then `v10 00/18` of the rest): its
   * run starts at vN, the version the rest names.
   */
  const splitOff = (grp: Group, pi: number): number => {
    const p = postings[pi]!;
    if (p.versionInferred || resent(pi) || partial[pi] || p.version > grp.maxVersion || piecesOf(grp, pi)) return 0;
    let k = grp.chain.length;
    while (k > 0 && versionOf(grp.chain[k - 1]!) >= p.version) k--;
    const prev = grp.chain[k - 1]?.posting;
    if (prev === undefined || k === grp.chain.length || versionOf(grp.chain[k]!) !== p.version || !samePostingTitle(pi, prev)) return 0;
    for (let j = k; j < grp.chain.length; j++) {
      const c = grp.chain[j]!;
      const q = c.posting;
      if (identity[q] !== identity[pi] || (c.evidence[0] && RANK[c.evidence[0].kind] > RANK.cites)) return 0;
      if (tokenJaccard(titleSets[q]![0]!, titleSets[prev]![0]!) >= TITLE_THRESHOLD || samePostingTitle(pi, q)) return 0;
      // The vN's patches sent ahead of its cover (no cover, the count the cover announces, half the patches of the
      // version before again): no part.
      const ahead = postings[q]!;
      if (ahead.coverId === null && p.total !== null && p.total > 1 && ahead.total === p.total && sharesPatches(q, prev, true)) return 0;
      // This vN sent before under another title (its cover subject left empty, so titled after its first
      // patch): no part split off (`sentTwice`).
      if (sentTwice(pi, q)) return 0;
    }
    return grp.chain.length - k;
  };

  /** The identity of a patch's commit author (its in-body `From:`), or null when the mail names none. */
  const commitAuthorOf = (messageId: string): string | null => {
    const email = messages.get(messageId)?.author?.email?.toLowerCase();
    return typeof email === "string" && email !== "" ? identityOf(email) : null;
  };
  /** People whose patches a posting carries (their in-body `From:`, else the sender), by identity. */
  const commitPeopleCache = new Map<number, number>();
  const commitPeople = (pi: number): number => {
    let n = commitPeopleCache.get(pi);
    if (n === undefined) {
      const people = new Set<string>();
      for (const x of postings[pi]!.patches) people.add(commitAuthorOf(x.messageId) ?? identity[pi]!);
      n = people.size;
      commitPeopleCache.set(pi, n);
    }
    return n;
  };
  /**
   * One of the two is a maintainer's batch of several people's applied patches ("[PATCH 00/29] Netfilter updates
   * for net-next", `BATCH_AUTHORS` commit authors or more) and the other is no such batch, under another posting
   * title: a patch title they share is that patch passing through the batch, not a version of one work.
   */
  const batchAndWork = (pi: number, qi: number): boolean => {
    if ((commitPeople(pi) >= BATCH_AUTHORS) === (commitPeople(qi) >= BATCH_AUTHORS) || samePostingTitle(pi, qi)) return false;
    // `[PATCH v4 0/6]` after `[PATCH v3 0/3]`, grown by colleagues' patches: the author's own next version.
    const p = postings[pi]!;
    const q = postings[qi]!;
    return p.versionInferred || q.versionInferred || p.version !== q.version + 1;
  };
  /**
   * `pi` is a patch passing through a maintainer's queue, not its author's next round: it names no version and is
   * tagged with the queue (`[for-next][PATCH 07/10] x`), or another person relays a few patches of a large numbered
   * batch (`[PATCH 40/69] x` from the tools maintainer, the author's in-body `From:` kept). At most it says the patch
   * was applied.
   */
  const queued = (pi: number): boolean => {
    const p = postings[pi]!;
    if (!p.versionInferred) return false;
    if (p.sentBy !== undefined && p.total !== null && p.total >= QUEUE_BATCH_TOTAL && p.patches.length * 2 <= p.total) return true;
    return QUEUE_TAG_RE.test(messages.get(p.coverId ?? p.patches[0]?.messageId ?? "")?.subject ?? "");
  };
  /** Some patch of the posting names a commit author (in-body `From:`) other than its sender. */
  const relaysOthers = (pi: number): boolean => postings[pi]!.patches.some((x) => {
    const author = commitAuthorOf(x.messageId);
    return author !== null && author !== identity[pi];
  });
  /**
   * `last` names no version and `pi` none above 1, and `pi` carries every patch of `last` (by title, over a file of it) among more
   * patches of its own, sent by the same person within `GROWN_SET_WINDOW_MS` to the same tree: a lone patch or
   * an RFC re-posted inside the author's next set ("[PATCH BlueZ] gatt: x", then "[PATCH BlueZ 1/2] y" +
   * "[2/2] gatt: x" 35 minutes later), the set the review asked for. It joins at the lone patch's version: the
   * author's "v2" of the set is the next.
   */
  const grownInto = (last: number, pi: number): boolean => {
    const p = postings[pi]!;
    const q = postings[last]!;
    // `last` names no version or v1 (an explicit v7 before an unversioned set starts numbering a line of its own),
    // `pi` none above 1: `[PATCH BlueZ v1] x` then the unversioned set carrying x is the same first round.
    if (p.version > 1 || (!q.versionInferred && q.version !== 1) || q.patches.length === 0 || p.patches.length <= q.patches.length) return false;
    // A pull request's patches collect what was applied: no version of the patch they carry.
    if (head[pi]?.isPull === true || head[last]?.isPull === true) return false;
    // So does a maintainer's batch of applied patches ("[PATCH net 0/5] Netfilter fixes for net"): their own
    // patches carried unchanged among other people's, under another title.
    if (relaysOthers(pi) && !relaysOthers(last) && carriedBy(last, pi) && !samePostingTitle(pi, last)) return false;
    // `[RFC BlueZ]` then `[PATCH BlueZ 1/3]`: the RFC tag dropped, the tree kept.
    if (!sameTree(pi, last) && prefixTags(pi).replace(RFC_TAG_RE, "") !== prefixTags(last).replace(RFC_TAG_RE, "")) return false;
    const gap = timeOf(p.date) - timeOf(q.date);
    if (!(gap >= 0 && gap <= GROWN_SET_WINDOW_MS)) return false;
    const mine = patchTitlesOf(pi);
    for (const t of patchTitlesOf(last)) if (t === "" || !mine.has(t)) return false;
    return intersects(filesOf(pi), filesOf(last));
  };

  /**
   * An unversioned posting sent in the thread of the author's latest posting (the caller checks), as many
   * patches over mostly the same files (`RESPUN_FILES`), under a title related to one the series went by:
   * the respin the review asked for, renamed ("Rename functions and add namespace mapping tests" v2, then
   * `[PATCH] Add KUnit tests for kuid_root_in_ns ...` answering its review).
   */
  const threadedRespin = (grp: Group, pi: number): boolean => {
    const last = grp.last;
    if (postings[pi]!.patches.length !== postings[last]!.patches.length || filesOf(pi).size === 0 || fileJaccard(pi, last) < RESPUN_FILES) return false;
    return grp.chain.some((c) => tokenJaccard(titleSets[pi]![0]!, titleSets[c.posting]![0]!) >= RELATED_TITLE);
  };
  /**
   * The two posting titles are one title of four words or more but for leading parts of the subsystem prefix one of
   * them drops (`mmc: core: Preparations to support SD UHS-II cards`, then `Preparations to support SD UHS-II cards`;
   * `iio: accel: adxl355: Add triggered buffer support`, then `adxl355: ...` over it and a cleanup).
   */
  const sameTitleButPrefix = (pi: number, qi: number): boolean => {
    const [pa, ba] = splitSubsystemPrefix(postings[pi]!.title);
    const [pb, bb] = splitSubsystemPrefix(postings[qi]!.title);
    // Leading parts dropped or added, the rest kept (`iio: accel: adxl355:` -> `adxl355:`): `ASoC: ti: x` and
    // `dmaengine: ti: x` are two subsystems' changes.
    const [short, long] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
    if (short.length === long.length || short.some((t, k) => t !== long[long.length - short.length + k])) return false;
    const bare = normalizeTitle(ba);
    return bare.split(" ").length >= 4 && bare === normalizeTitle(bb);
  };
  /**
   * The two posting titles lead with subsystem prefixes of two parts or more that differ only in their last part,
   * the driver (`iio: dac: dpot:` and `iio: dac: vf610:`): two drivers' changes, however alike.
   */
  const siblingComponent = (pi: number, qi: number): boolean => {
    const [a] = splitSubsystemPrefix(postings[pi]!.title);
    const [b] = splitSubsystemPrefix(postings[qi]!.title);
    if (a.length < 2 || a.length !== b.length || a[a.length - 1] === b[b.length - 1]) return false;
    return a.slice(0, -1).every((t, k) => t === b[k]);
  };
  /**
   * The like change to a sibling driver (`siblingComponent`) sent within `COMPLETION_WINDOW_MS` of the other and
   * touching none of its files (`spi: fsl: Convert to CS GPIO descriptors`, then `spi: bcm2835: ...` three minutes
   * later): two patches of one batch, neither a version of the other. A fix moved from the core into a driver
   * comes back days later, after review.
   */
  const siblingBatch = (pi: number, qi: number): boolean => {
    if (!siblingComponent(pi, qi) || touchesSameFiles(pi, qi)) return false;
    const gap = Math.abs(timeOf(postings[pi]!.date) - timeOf(postings[qi]!.date));
    return gap <= COMPLETION_WINDOW_MS;
  };
  /** The title of `pi` is the title of `qi` with ` vN` after it (N the version `pi` would get). */
  const titleNamesNext = (pi: number, qi: number, version: number): boolean => {
    const m = TITLE_VERSION_RE.exec(postings[pi]!.title);
    return m !== null && Number(m[2]) === version && normalizeTitle(m[1]!) !== "" && normalizeTitle(m[1]!) === normalizeTitle(postings[qi]!.title);
  };
  const renumber = (grp: Group, pi: number, strongest: number): number => {
    const p = postings[pi]!;
    // Only a posting that does not name a higher version of its own is renumbered, and only within
    // one author's work on the same title: anything looser would swallow unrelated resends.
    const last = grp.last;
    if (identity[last] !== identity[pi] || resent(pi)) return 0;
    // `[PATCH] Fix x in Kill V2` after the author's `[PATCH] Fix x in Kill`: the next version named at the end of
    // the very title (`titleVersion` then reads it as the version), over a file in common.
    if (p.versionInferred && titleNamesNext(pi, last, grp.maxVersion + 1) && touchesSameFiles(pi, last)) return grp.maxVersion + 1;
    const rfcToPatch = head[last]?.isRfc === true && head[pi]?.isRfc === false;
    if (!rfcToPatch && !p.versionInferred) return 0;
    // Sent in reply to it, a reworded title will do ("cancel pending work" -> "disable pending work").
    const threaded = strongest >= RANK["in-reply-to"] && (bestTitle([titleSets[pi]![0]!], [titleSets[last]![0]!]) >= TITLE_THRESHOLD ||
      threadedRespin(grp, pi));
    // Under a new cover title, every patch title of the last posting again (two or more, of the same announced
    // count) is the same work too; a part of a larger series under its own cover announces fewer.
    const retitledCover = p.patches.length >= 2 && postings[last]!.patches.length === p.patches.length &&
      p.total !== null && postings[last]!.total === p.total && samePatchTitles(pi, last);
    // The one-patch PATCH after the author's own one-patch RFC of it, reworked (its diff changed): under a like title
    // within `RESPUN_WINDOW_MS`, over mostly the same files (`[RFC PATCH] selinux: x` then `[PATCH] Documentation,selinux:
    // x`). Only after the RFC alone: a PATCH series restarting the count after RFC rounds (`[PATCH RFC v3 00/19]`, then
    // `[PATCH 00/23]` and its v2..v7) is left to its own numbering.
    const rfcGap = timeOf(p.date) - timeOf(postings[last]!.date);
    const rfcRespun = rfcToPatch && p.versionInferred && postings[last]!.versionInferred && grp.chain.length === 1 &&
      p.patches.length === 1 && postings[last]!.patches.length === 1 && rfcGap >= 0 && rfcGap <= RESPUN_WINDOW_MS &&
      bestTitle(titleSets[pi]!, titleSets[last]!) >= TITLE_THRESHOLD && fileJaccard(pi, last) >= RESPUN_FILES;
    if (!samePostingTitle(pi, last) && !threaded && !retitledCover && !sameTitleButPrefix(pi, last) && !rfcRespun) return 0;
    // A respin keeps most of its patches; on title alone, a same-title posting without them (and
    // without a changelog naming its version) is a new posting under a recurring title. The PATCH posting of
    // an RFC under its very cover title needs only some of them (`[RFC PATCH 00/30]`, then `[PATCH 00/13]`
    // keeping six of its patches).
    const coveredRfc = rfcToPatch && p.coverId !== null && postings[last]!.coverId !== null && samePostingTitle(pi, last);
    if (strongest < RANK.cites && p.version <= 1 && !sharesPatches(pi, lastWithPatches(grp), !coveredRfc) && !rfcRespun) return 0;
    // Without RFC -> PATCH, a respin shows itself by a version from its cover changelog (the subject
    // named none) or by changed diffs; identical diffs are a resend.
    if (!rfcToPatch && p.version <= 1) {
      const mine = patchIdsOf(pi);
      const theirs = patchIdsOf(last);
      if (mine.size === 0 || theirs.size === 0 || sameSet(mine, theirs)) return 0;
      // A respin changes the same code: the same generic title over other files ("fix repeated words in
      // comments" in another driver) is another change.
      if (!touchesSameFiles(pi, last)) return 0;
      // Weeks later on title alone, mostly the same files: "PCI: Fix typos" months later over 13 files, 2 of
      // them the earlier one's, is the next round of a recurring chore, not a respin.
      const gap = timeOf(p.date) - timeOf(postings[last]!.date);
      // (Or a patch of it under the same title over mostly the same files: one patch grown into a series.)
      // (Or two more patch titles of it again: a chore is one patch; a file renamed on the way, `c_can.c` split into
      // `c_can_main.c`, leaves the titles.)
      if (strongest < RANK.cites && !(gap <= CHORE_WINDOW_MS) && fileJaccard(pi, last) < 0.5 && samePatchFiles(pi, last) < 0.5 &&
        sameTitleCount(titleSets[pi]!.slice(1), titleSets[last]!.slice(1)) < 2) return 0;
    }
    return grp.maxVersion + 1;
  };

  /** A person's other address (`samePersonElsewhere`), by the identity `identityOf` gave it and the name used. */
  const alias = new Map<string, string>();
  /**
   * One posting's patches name the other's sender as their commit author (in-body `From:`): James's patches
   * posted by Andre, then James's own v2. Without it an unversioned first posting and another person's
   * "v2" under its title may be two people's fixes of one warning.
   */
  const commitAuthorTies = (pi: number, qi: number): boolean => {
    const authoredBy = (a: number, b: number): boolean => postings[a]!.patches.some((x) => {
      const email = messages.get(x.messageId)?.author?.email;
      return typeof email === "string" && identityOf(email.toLowerCase()) === identity[b];
    });
    return authoredBy(qi, pi) || authoredBy(pi, qi);
  };
  /** Postings linked as another person's takeover (`takenOver`), and the evidence objects saying so. */
  const takeovers = new Set<number>();
  const takeoverEvidence = new WeakSet<LinkEvidence>();
  /** Postings already linked, by normalized posting title (`takenOver`). */
  const byTitle = new Map<string, number[]>();
  /**
   * Another person takes a series over: `pi` names the version right after group `g`'s top `qi` (its latest
   * posting; explicit, or an unversioned first posting before a v2 whose commit author ties the two), within `RETITLED_WINDOW_MS`, under the
   * very same posting title of four words or more, with the same patch titles (or half the same patches) and
   * a file in common ("[PATCH v2] x" by one sender, "[PATCH v3] x" by the driver's maintainer).
   */
  const takenOver = (g: number, pi: number, qi: number): boolean => {
    const grp = groups[g];
    const p = postings[pi]!;
    const q = postings[qi]!;
    if (grp === undefined || grp.last !== qi || identity[pi] === identity[qi] || p.versionInferred || resent(pi)) return false;
    const top = grp.chain[grp.chain.length - 1]!;
    const explicit = top.relabelledVersion === undefined && !q.versionInferred;
    if (p.version !== versionOf(top) + 1 || !(explicit || (versionOf(top) === 1 && grp.chain.length === 1 && commitAuthorTies(pi, qi)))) return false;
    const gap = timeOf(p.date) - timeOf(q.date);
    if (!(gap >= 0 && gap <= RETITLED_WINDOW_MS) || titleSets[pi]![0]!.size < 4) return false;
    if (normalizeTitle(p.title) !== normalizeTitle(q.title) || !touchesSameFiles(pi, qi)) return false;
    return p.patches.length <= 1 && q.patches.length <= 1 ? true : samePatchTitles(pi, qi) || sharesPatches(pi, qi, true);
  };
  /**
   * `pi`, sent in reply inside group `g`'s thread (under its posting `qi`) by a person who posted nothing of it
   * (not at another address under the same full name, not relaying it), is that person's own patch, no
   * revision of the author's series: a reviewer's suggested split or sketch. Unless it takes the series over:
   * the same posting title as the thread's, and the author posts nothing more under their series' title after it.
   */
  const tackedOn = (g: number, pi: number, qi: number): boolean => {
    const grp = groups[g]!;
    const p = postings[pi]!;
    const mine = (x: number): boolean => identity[x] === identity[pi] || (postings[x]!.sentBy !== undefined && identityOf(postings[x]!.sentBy!) === identity[pi]) ||
      (p.sentBy !== undefined && identityOf(p.sentBy) === identity[x]) || (nameOf(pi) !== "" && nameOf(pi) === nameOf(x));
    if (grp.chain.some((c) => mine(c.posting))) return false;
    const heads = [titleSets[pi]![0]!];
    if (bestTitle(heads, [titleSets[qi]![0]!]) < TITLE_THRESHOLD && bestTitle(heads, [titleSets[grp.last]![0]!]) < TITLE_THRESHOLD) return true;
    // The same title: a takeover, unless the author carries on under their title after it.
    const pt = timeOf(p.date);
    const owner = identity[grp.last]!;
    for (const t of new Set([compact[grp.last]!, compact[qi]!])) {
      for (const ri of byPersonTitle.get(`${owner}\n${t}`) ?? []) {
        const gap = timeOf(postings[ri]!.date) - pt;
        if (ri !== qi && ri !== grp.last && gap > 0 && gap <= TITLE_WINDOW_MS) return true;
      }
    }
    return false;
  };
  /** Postings already linked, by (address identity, full name) as `alias` keys them. */
  const doneByKey = new Map<string, number[]>();
  /** Earlier postings by full name (two words at least), then by person: one author at several addresses. */
  const byName = new Map<string, Map<string, number[]>>();
  const nameOf = (pi: number): string => {
    const n = normalizePersonName(typeof postings[pi]!.author?.name === "string" ? postings[pi]!.author!.name : "");
    return n.includes(" ") ? n : "";
  };
  /**
   * The person of an earlier posting under the same full name from another address, which this posting
   * continues: the same posting title and half of its patches again, within `TITLE_WINDOW_MS`. Nothing
   * linked the two addresses (no in-body `From:`, no exchange); the work does. Null when none.
   */
  const samePersonElsewhere = (pi: number): string | null => {
    const name = nameOf(pi);
    const pt = timeOf(postings[pi]!.date);
    for (const [person, list] of byName.get(name) ?? []) {
      if (person === identity[pi]) continue;
      for (let k = list.length - 1, seen = 0; k >= 0 && seen < 64; k--, seen++) {
        const qi = list[k]!;
        const qt = timeOf(postings[qi]!.date);
        if (!Number.isNaN(pt) && !Number.isNaN(qt) && pt - qt > TITLE_WINDOW_MS) break;
        if (samePostingTitle(pi, qi) && sharesPatches(pi, qi, true) && !otherProject(pi, qi)) return person;
      }
    }
    return null;
  };

  for (const pi of order) {
    const p = postings[pi]!;
    const found = new Map<number, LinkEvidence[]>();
    // Once one posting shows an address to be a person's other address, its later postings under that
    // name are theirs too (a shared sending address, `git-commit@corp`, carries several people's names).
    const aliasKey = `${identity[pi]!}\n${nameOf(pi)}`;
    const known = alias.get(aliasKey);
    if (known !== undefined) identity[pi] = known;
    else if (nameOf(pi)) {
      const person = samePersonElsewhere(pi);
      if (person !== null) {
        alias.set(aliasKey, person);
        identity[pi] = person;
        // The address's earlier postings under that name were that person's too: a v1 sent from it before
        // the alias showed must be found by the v2 sent after (their diffs and titles are indexed anew).
        for (const qi of doneByKey.get(aliasKey) ?? []) {
          identity[qi] = person;
          indexPosting(qi);
        }
      }
    }
    // The main line coming back for a first posting a part took (`reclaims`): that posting leaves the part's
    // group. Looked for as the first posting of a group holding a posting of this person under a word of this
    // title, or one this posting cites (the part it was built on).
    const reclaimed: number[] = [];
    if (!p.versionInferred && p.version > 1) {
      const near = new Set<number>();
      for (const tok of titleSets[pi]![0]!) for (const qi of byAuthorToken.get(identity[pi]!)?.get(tok) ?? []) near.add(qi);
      for (const id of [...(p.coverId ? [p.coverId] : []), ...p.patches.map((x) => x.messageId)]) {
        for (const link of messages.get(id)?.bodyLinks ?? []) {
          const qi = postingOf.get(link);
          if (qi !== undefined && qi !== pi && groupOf[qi]! >= 0) near.add(qi);
        }
      }
      for (const q of near) {
        const root = groups[groupOf[q]!]?.chain[0]?.posting;
        if (root !== undefined && reclaims(pi, root)) {
          detachFirst(groups[groupOf[root]!]!);
          reclaimed.push(root);
        }
      }
    }
    const add = (g: number, e: LinkEvidence): void => {
      // A revert of X is no version of X, nor X of its revert: a revert continues only a posting that
      // carries a revert too (the same revert again, a series that had it as one of its patches).
      const last = groups[g]!.last;
      // The same person's very diffs again are no revert of them: the revert itself resent under a new name.
      const sameRevert = identity[pi] === identity[last] && sameDiffs(pi, last);
      // The same person's explicit next version carrying a patch of theirs again, one patch reworded into a
      // revert ("Remove x IDs" -> Revert "Add x"): a revert is never sent with a patch of what it reverts.
      const top = groups[g]!.chain[groups[g]!.chain.length - 1]!;
      const revertedNext = identity[pi] === identity[last] && !p.versionInferred && p.version === versionOf(top) + 1 &&
        p.patches.length > 1 && sharesPatches(pi, last, false);
      if (RANK[e.kind] < RANK["change-id"] && !sameRevert && !revertedNext && ((reverts[pi] && !hasRevert[last]) || (reverts[last] && !hasRevert[pi]))) return;
      if (admit(g, pi, RANK[e.kind]) === NOT_LINKED) return;
      const list = found.get(g);
      if (!list) found.set(g, [e]);
      else if (!list.some((x) => x.kind === e.kind)) list.push(e);
    };
    const memberIds = [...(p.coverId ? [p.coverId] : []), ...p.patches.map((x) => x.messageId)];
    // Threading into, or citing, someone else's series with an unrelated title is a dependency or a
    // side patch, not a new version; a takeover with a similar title still counts.
    const related = (qi: number): boolean =>
      identity[qi] === identity[pi] || bestTitle(titleSets[pi]!, titleSets[qi]!) >= RELATED_TITLE;

    for (const id of memberIds) {
      const cid = messages.get(id)?.changeId;
      const g = cid ? byChangeId.get(cid) : undefined;
      if (cid && g !== undefined && !reusedChangeId(g, pi)) add(g, { kind: "change-id", detail: cid, score: 1 });
    }

    // Someone else's patch sent in reply inside an author's thread (a reviewer's suggested split, a sketch)
    // is no revision of that author's series (`tackedOn`).
    const tackedOnTo = new Map<number, boolean>();
    // Per group reached by threading: whether some thread link goes to a posting of a related title or
    // with a patch in common (false: only a mis-threaded send, the author answering the wrong mail).
    const threadRelates = new Map<number, boolean>();
    for (const id of memberIds) {
      const hit = ancestorInOtherPosting(id, pi, parentOf, postingOf);
      if (!hit || !related(hit.posting) || strayOfRun(id, hit.ancestor, pi, hit.posting)) continue;
      const g = groupOf[hit.posting]!;
      if (g < 0) continue;
      if (!tackedOnTo.has(g)) tackedOnTo.set(g, tackedOn(g, pi, hit.posting));
      if (tackedOnTo.get(g)) continue;
      const relates = threadRelates.get(g) === true || bestTitle(titleSets[pi]!, titleSets[hit.posting]!) >= RELATED_TITLE ||
        sharesPatches(pi, hit.posting, false) || (identity[pi] === identity[hit.posting] && restOfSending(pi, hit.posting));
      threadRelates.set(g, relates);
      add(g, { kind: "in-reply-to", detail: `${id} replies to ${hit.ancestor}`, score: 0.95 });
    }

    // Per group reached by a citation: whether some cited posting's own title is like this posting's, or
    // this posting names the version right after the group's under a related one.
    const citeLike = new Map<number, boolean>();
    for (const id of memberIds) {
      const fromPatch = p.coverId !== null && id !== p.coverId;
      for (const link of messages.get(id)?.bodyLinks ?? []) {
        const qi = postingOf.get(link);
        if (qi === undefined || qi === pi || !related(qi)) continue;
        // A posting carrying many more patches than the one it cites, through a patch's `Link:` or a reply
        // in that thread, under an unrelated title, is a pull request collecting it, not its re-roll.
        const q = postings[qi]!;
        const toMember = q.coverId === link || q.patches.some((x) => x.messageId === link);
        // Someone else's reply is a discussion reference, not a predecessor, unless the postings' titles relate.
        const carrier = p.patches.length > 2 * q.patches.length + 1 || (!toMember && identity[qi] !== identity[pi]);
        const heads = tokenJaccard(titleSets[pi]![0]!, titleSets[qi]![0]!);
        if (carrier && (fromPatch || !toMember) && heads < RELATED_TITLE) continue;
        // A cover citing a much smaller posting of an unrelated title whose patches it does not carry names
        // what it is built on ("Plus the patches from <link>"), not its previous version.
        // A cover naming the version right after the cited one's explicit version ("v3" citing its v2) is its next.
        if (carrier && heads < RELATED_TITLE && !sharesPatches(pi, qi, false) && !followsExplicitTop(groupOf[qi]!, pi, qi)) continue;
        // Another person's much larger posting under an unrelated title builds on what it cites, even when it
        // carries that patch or one like it (a 15-patch DH series citing the maintainer's one-patch FIPS change).
        if (carrier && heads < RELATED_TITLE && identity[qi] !== identity[pi]) continue;
        // Another person's posting citing a patch is a takeover only with more than a citation: a title
        // like it, or some of the same patches. Otherwise it builds on it, fixes it, or collects it.
        // Half of the patches, not one carried patch: a series built on another's patch cites it too.
        const unlike = bestTitle(titleSets[pi]!, titleSets[qi]!) < TITLE_THRESHOLD;
        if (identity[qi] !== identity[pi] && unlike && !(p.patches.length > 0 && q.patches.length > 0 && sharesPatches(pi, qi, true))) continue;
        // A reply (the author's own too) in a thread of an unrelated title sharing no patch is a discussion
        // pointed at ("as I said in [1]"), not the previous version, unless this names the version right after
        // it within `RETITLED_WINDOW_MS` (v2 under a new title citing the review of v1).
        if (!toMember && unlike && heads < RELATED_TITLE && !sharesPatches(pi, qi, false) && !nextSoonAfter(pi, qi)) continue;
        // Nor, past `QUICK_NEXT_MS` whatever the version, someone else's reply there when the two diffs touch no
        // file in common: a v2 converting a binding to YAML five weeks later, "inspired by the discussion in [1]"
        // of a driver fix, is other work (a v2 the next day citing the review of v1 is not; nor may the sender's
        // own reply there, where the new approach was agreed, be).
        if (!toMember && unlike && !touchesSameFiles(pi, qi) && !sharesPatches(pi, qi, false) && !sentByPoster(link, pi) &&
          !(timeOf(p.date) - timeOf(postings[qi]!.date) <= QUICK_NEXT_MS)) continue;
        // Another person's posting naming no version, under a posting title unrelated to the one it cites,
        // builds its own work on some of those patches: a takeover names its version or keeps the title.
        if (identity[qi] !== identity[pi] && p.versionInferred && heads < RELATED_TITLE) continue;
        // A lone patch citing a larger series of the author's under another title, carrying none of its
        // patches: a fix citing the series it fixes or the report it answers (`Closes:` to a reply).
        if (unlike && p.patches.length === 1 && q.patches.length > 1 && !sharesPatches(pi, qi, false)) continue;
        // A patch (not the cover) citing a posting of an unrelated title that shares under half its patches
        // is a reference in that patch's text (documentation pointing at an old RFC): a previous version is
        // cited from the cover.
        if (fromPatch && heads < RELATED_TITLE && !sharesPatches(pi, qi, true)) continue;
        // Another person's posting continues one only over the same code: a file in common.
        if (identity[qi] !== identity[pi] && !touchesSameFiles(pi, qi)) continue;
        // A covered posting much smaller than the covered one it cites, under an unrelated title, is a part
        // split off from it (two fixes sent ahead of a 19-patch series), not its next version.
        if (splitFrom(pi, qi)) continue;
        const g = groupOf[qi]!;
        if (g < 0) continue;
        // A patch tacked on in the author's thread (`tackedOn`) citing that thread is still no revision of it.
        if (tackedOnTo.get(g) === true) continue;
        // Citing the series this posting is the next version of, under a related title, is no mere base.
        const next = heads >= RELATED_TITLE && p.version === versionOf(groups[g]!.chain[groups[g]!.chain.length - 1]!) + 1;
        citeLike.set(g, citeLike.get(g) === true || heads >= TITLE_THRESHOLD || next);
        add(g, { kind: "cites", detail: `${id} cites ${link}`, score: 0.9 });
      }
    }

    const pt = timeOf(p.date);
    // Another person's explicit next version under the very same title (`takenOver`): the series changed hands.
    for (const qi of byTitle.get(normalizeTitle(p.title)) ?? []) {
      const g = groupOf[qi]!;
      if (g < 0 || found.has(g)) continue;
      if (groups[g]!.last === qi && identity[qi] !== identity[pi] && resentByColleague(groups[g]!, pi)) {
        add(g, { kind: "title-similarity", detail: `"${titles[qi]![0]}" resent (1.00; same diffs)`, score: 0.85 });
        continue;
      }
      if (!takenOver(g, pi, qi)) continue;
      const ev: LinkEvidence = { kind: "title-similarity", detail: `"${titles[qi]![0]}" taken over (1.00)`, score: 0.85 };
      takeoverEvidence.add(ev);
      add(g, ev);
    }
    const candidates = new Set<number>();
    const authorIndex = byAuthorToken.get(identity[pi]!);
    if (authorIndex) {
      for (const tokens of titleSets[pi]!) {
        for (const tok of tokens) {
          const list = authorIndex.get(tok);
          if (list && list.length <= MAX_TOKEN_POSTINGS) for (const q of list) candidates.add(q);
        }
      }
    }
    // A first posting taken back is a candidate whichever of the person's addresses sent it.
    for (const q of reclaimed) candidates.add(q);
    // A colleague sending the next version of someone's work, every patch keeping its in-body `From:` (the
    // posting stays the sender's when the title changed on the way): that author's postings are candidates,
    // for the version right after their top only (`nextOfCommitAuthor`).
    const commitCandidates = new Set<number>();
    const commitIndex = commitIdentity[pi] === null ? undefined : byAuthorToken.get(commitIdentity[pi]!);
    if (commitIndex && !p.versionInferred) {
      for (const tok of titleSets[pi]![0]!) {
        const list = commitIndex.get(tok);
        if (list && list.length <= MAX_TOKEN_POSTINGS) for (const q of list) if (!candidates.has(q)) commitCandidates.add(q);
      }
    }
    // The postings this person sent for another author, when this one is their own explicit version: they may be
    // carrying on the work they relayed (`nextOfRelayed`).
    const relayCandidates = new Set<number>();
    if (!p.versionInferred && p.sentBy === undefined) {
      for (const q of bySender.get(identity[pi]!) ?? []) if (!candidates.has(q) && !commitCandidates.has(q)) relayCandidates.add(q);
    }
    // The same person's earlier postings carrying this posting's very diffs: a retitled repost or re-roll.
    const sameDiffCandidates = new Set<number>();
    const diffIndex = byAuthorPatchId.get(identity[pi]!);
    if (diffIndex) {
      for (const id of patchIdsOf(pi)) for (const q of diffIndex.get(id) ?? []) if (!candidates.has(q)) sameDiffCandidates.add(q);
    }
    const bestByGroup = new Map<number, { sim: number; qi: number; i: number; j: number; rank: number }>();
    for (const qi of [...candidates, ...sameDiffCandidates, ...commitCandidates, ...relayCandidates]) {
      const g = groupOf[qi]!;
      const qt = timeOf(postings[qi]!.date);
      if (commitCandidates.has(qi) && !nextOfCommitAuthor(g, pi, qi)) continue;
      if (relayCandidates.has(qi) && !nextOfRelayed(g, pi, qi)) continue;
      if (!Number.isNaN(pt) && !Number.isNaN(qt) && pt - qt > TITLE_WINDOW_MS && !(pt - qt <= NEXT_VERSION_WINDOW_MS && nextVersionOf(g, pi, qi)) &&
        !resumesUnderTitle(g, pi, qi) && !namedAfterUnnamed(g, pi, qi) && !lateNextOfUnnamed(g, pi, qi) && !lateResend(g, pi, qi)) continue;
      // Between two covered postings, patch titles count only when equal: "update dsi supported chips"
      // and "update dpi supported chips" are near-identical patches of two different series.
      const strict = p.coverId !== null && postings[qi]!.coverId !== null;
      const pair = sameCompactTitle(pi, qi) ? { sim: 1, i: 0, j: 0 } : bestTitlePair(titleSets[pi]!, titleSets[qi]!, strict);
      // Titles first: admitting may compare patches, the dearer test. Identical diffs stand in for a
      // similar title: a fix retitled in its v3, "RFC:" dropped from the title.
      const similar = pair.sim >= TITLE_THRESHOLD || (carriedBy(pi, qi) && relatedTitle(pi, qi)) || renamedNext(g, pi, qi) ||
        sameDiffsNext(g, pi, qi) || retitledNext(g, pi, qi) || keptWholeTitle(g, pi, qi);
      if (!similar || otherProject(pi, qi) || carriesUnder(g, pi, qi, pair) || (pair.i > 0 && splitFrom(pi, qi)) || keptForLater(pi, qi) ||
        siblingBatch(pi, qi) || batchAndWork(pi, qi) || admit(g, pi) === NOT_LINKED) continue;
      // Between equally similar titles: the postings' own titles matching, then more patch titles in common.
      // (Two lone patches under two other covers matching are no such pair: the covers say what each is.)
      const headPair = ownTitle(pi, pair.i) && ownTitle(qi, pair.j) && (pair.i === 0 || pair.j === 0);
      const rank = (headPair ? HEAD_TITLES : 0) + sameTitleCount(titleSets[pi]!, titleSets[qi]!);
      const prev = bestByGroup.get(g);
      if (prev && (prev.sim > pair.sim || (prev.sim === pair.sim && prev.rank >= rank))) continue;
      bestByGroup.set(g, { ...pair, qi, rank });
    }
    const rankOf = new Map<number, number>();
    for (const [g, b] of bestByGroup) rankOf.set(g, b.rank);
    // Some series matches this posting's own title with its own (not through a patch title).
    const headMatch = [...rankOf.values()].some((r) => r >= HEAD_TITLES);
    for (const [g, { sim, qi, i, j }] of bestByGroup) {
      const score = Math.round((0.5 + 0.35 * sim) * 1000) / 1000;
      const same = sim < TITLE_THRESHOLD ? "; same diffs" : "";
      add(g, { kind: "title-similarity", detail: `"${titles[qi]![j]}" ~ "${titles[pi]![i]}" (${sim.toFixed(2)}${same})`, score });
    }

    let best = -1;
    let bestKey: number[] = [];
    for (const ev of found.values()) ev.sort((a, b) => RANK[b.kind] - RANK[a.kind] || b.score - a.score);
    // Only a citation is weighed against shared patches: a posting citing its sibling series.
    const citing = found.size > 1 && [...found.values()].some((ev) => ev[0]!.kind === "cites");
    const authors = new Map<number, boolean>();
    for (const g of found.keys()) authors.set(g, groups[g]!.chain.some((c) => identity[c.posting] === identity[pi]));
    // Only weighed between the author's own series and someone else's.
    const crossAuthor = [...authors.values()].some((x) => x) && [...authors.values()].some((x) => !x);
    const nextOf = new Set(found.size > 1 ? [...found.keys()].filter((g) => nextUnderTitle(g, pi)) : []);
    // Series of the author's own postings this posting cites under its very posting title (its v1, linked from
    // its changelog): a reply in the thread of another of their works under another title (both v2s answered
    // one review) ranks below them.
    const citedSameTitle = new Set<number>();
    for (const id of memberIds) {
      for (const link of messages.get(id)?.bodyLinks ?? []) {
        const qi = postingOf.get(link);
        if (qi === undefined || qi === pi || groupOf[qi]! < 0 || identity[qi] !== identity[pi] || !found.has(groupOf[qi]!)) continue;
        if (samePostingTitle(pi, qi)) citedSameTitle.add(groupOf[qi]!);
      }
    }
    // The author's own series matching this posting's own title (see `rank`).
    const ownHead = [...found.keys()].some((g) => authors.get(g) === true && (rankOf.get(g) ?? 0) >= HEAD_TITLES);
    for (const [g, ev] of found) {
      // Two candidate series (one author's watchdog and i2c series citing each other): a change-id or a
      // thread, or else one of the same project, then one half of whose patches this posting carries again,
      // then (against another person's) the author's own, comes first; then the stronger evidence, the
      // better title match (see `rank`), the most recent series.
      // A thread link into a posting of another title that shares no patch (the author answered the wrong
      // mail) ranks below a title match: it is neither strong nor above `title-similarity`.
      // Likewise a citation of a posting under another title ("On top of this I have the patches from <link>")
      // ranks below the same title of the author's own series: the cited work is a base, not a version.
      // And a citation alone ranks below the author's explicit next version of another series under this very
      // posting title (v3 of "Add x" citing a review in the thread of the larger series it was split from).
      const weak = (ev[0]!.kind === "in-reply-to" && threadRelates.get(g) === false) ||
        (ev[0]!.kind === "in-reply-to" && citedSameTitle.size > 0 && !citedSameTitle.has(g) && !samePostingTitle(pi, groups[g]!.last)) ||
        (ev[0]!.kind === "cites" && citeLike.get(g) === false && headMatch && (rankOf.get(g) ?? 0) < HEAD_TITLES) ||
        (ev[0]!.kind === "cites" && nextOf.size > 0 && !nextOf.has(g)) ||
        // So does a thread link into a posting of another title when the author's explicit previous version of this very
        // title is at hand (`[RFC v3] x` sent in reply to their `[PATCH] y`, days after their `[RFC v2] x`): the thread
        // was where the new round came up, the numbering and the title say which work it continues.
        (ev[0]!.kind === "in-reply-to" && nextOf.size > 0 && !nextOf.has(g) && !samePostingTitle(pi, groups[g]!.last)) ||
        // A cover sent in reply to another person's patch it shares nothing with (the mail that prompted the
        // work) ranks below the author's own earlier posting under this very title (their RFC).
        (ev[0]!.kind === "in-reply-to" && ownHead && authors.get(g) === false && !sharesPatches(pi, lastWithPatches(groups[g]!), false));
      const kind = weak ? RANK["title-similarity"] - 0.5 : RANK[ev[0]!.kind];
      const strong = kind > RANK.cites;
      // Another person's series reached by a citation (a patch of theirs carried, a mail of the thread
      // cited) does not outrank a series with a revision of the author's own, unless only a patch title
      // ties this posting to theirs (see `rank`): that patch may be the one split off and taken on. Not so when
      // the two posting titles are alike too, only less than a patch title pair ("measure initrd data" after
      // "measurement initrd data", every patch title the same): the posting continues the author's own round.
      const patchTitleOnly = ev[0]!.kind === "title-similarity" && (rankOf.get(g) ?? 0) < HEAD_TITLES &&
        tokenJaccard(titleSets[pi]![0]!, titleSets[groups[g]!.last]![0]!) < TITLE_THRESHOLD;
      const mine = crossAuthor && !patchTitleOnly && authors.get(g) === true;
      const own = strong || (citing && sharesPatches(pi, lastWithPatches(groups[g]!), true));
      // An explicit vN citing its author's own v(N-1) on the same code under a related title continues that,
      // even when it redoes the diff of another person's posting it also cites ("a similar patch was posted").
      const last = groups[g]!.last;
      const ownPrevious = crossAuthor && ev[0]!.kind === "cites" && authors.get(g) === true && identity[last] === identity[pi] &&
        !p.versionInferred && p.version === versionOf(groups[g]!.chain[groups[g]!.chain.length - 1]!) + 1 &&
        relatedTitle(pi, last) && touchesSameFiles(pi, last);
      // A kernel series and its userspace port cite each other: the posting's own project comes first.
      const project = strong || !otherProject(pi, groups[g]!.last);
      // Between equally good title matches, the series whose explicit top version this names the next of (`[PATCH v3
      // 0/3]` after `[PATCH v2] x`, not the unversioned revert sent beside it), before the most recent one.
      const follows = followsExplicitTop(g, pi, last) ? 1 : 0;
      // Then the series whose code this touches: two v1s under one generic cover title ("PMIC patch"), the v2 is
      // the next round of the one whose file it changes, not of the more recent one.
      const touches = intersects(filesOf(pi), filesOf(lastWithPatches(groups[g]!))) ? 1 : 0;
      // Then the series whose latest round still carries a patch of this title: a series split in parts, a patch
      // of one part re-rolled alone (`[PATCH v4 16/18]` of the 18-patch part) belongs to that part, not to the
      // more recent part whose earlier, whole round had it too.
      const carriedNow = sameTitleCount(titleSets[pi]!, titleSets[fullestAtTop(groups[g]!)]!) > 0 ? 1 : 0;
      const key = [project ? 1 : 0, strong ? 1 : 0, ownPrevious ? 1 : 0, own ? 1 : 0, mine ? 1 : 0, kind, ev[0]!.score, rankOf.get(g) ?? 0, follows, touches, carriedNow, groups[g]!.lastTime || 0];
      if (best < 0 || greater(key, bestKey)) {
        best = g;
        bestKey = key;
      }
    }

    let g = best;
    const mark = partial[pi] ? { partial: true } : {};
    if (g < 0) {
      g = groups.length;
      groups.push({ chain: [{ posting: pi, evidence: [], ...mark }], maxVersion: p.version, lastTime: pt, partialAtMax: partial[pi]!, last: pi });
    } else {
      const grp = groups[g]!;
      const evidence = found.get(g)!;
      const version = admit(g, pi, RANK[evidence[0]!.kind]);
      const parts = splitOff(grp, pi);
      if (parts > 0) detach(grp, parts);
      // A lone patch sent in reply to a lone patch of the same title re-rolls all of it: no part of a larger vN.
      const whole = partial[pi] && postings[partialInto[pi]!]!.patches.length === 1;
      const yields = version <= grp.maxVersion && (!partial[pi] || whole) && oursGiveWay(grp, pi, version);
      if (yields) reinfer(grp, version);
      grp.chain.push({ posting: pi, evidence, ...mark, ...(version !== p.version ? { relabelledVersion: version } : {}) });
      if (evidence[0] !== undefined && takeoverEvidence.has(evidence[0])) takeovers.add(pi);
      grp.partialAtMax = version > grp.maxVersion || yields ? partial[pi]! : grp.partialAtMax && partial[pi]!;
      grp.maxVersion = version;
      grp.last = pi;
      if (!Number.isNaN(pt)) grp.lastTime = pt;
    }
    groupOf[pi] = g;
    for (const id of memberIds) {
      const cid = messages.get(id)?.changeId;
      if (cid) byChangeId.set(cid, g);
    }
    const name = nameOf(pi);
    if (name) {
      let people = byName.get(name);
      if (!people) byName.set(name, (people = new Map()));
      const list = people.get(identity[pi]!);
      if (!list) people.set(identity[pi]!, [pi]);
      else list.push(pi);
    }
    indexPosting(pi);
    const titleKey = normalizeTitle(p.title);
    if (titleKey !== "") {
      const same = byTitle.get(titleKey);
      if (!same) byTitle.set(titleKey, [pi]);
      else if (same.length < MAX_TOKEN_POSTINGS) same.push(pi);
    }
    const done = doneByKey.get(aliasKey);
    if (done) done.push(pi);
    else doneByKey.set(aliasKey, [pi]);
  }
  if (misnumbered.size > 0) {
    for (const g of groups) for (const c of g.chain) if (c.relabelledVersion === undefined && misnumbered.has(c.posting)) c.relabelledVersion = misnumbered.get(c.posting)!;
  }
  for (const g of groups) keepVersionsInOrder(g.chain, postings);
  return groups.map((g) => g.chain);

  /** Indexes a linked posting by its person's (diff, title token), and by its sender's, for the postings after it. */
  function indexPosting(pi: number): void {
    const sender = postings[pi]!.sentBy;
    if (sender !== undefined) {
      const list = bySender.get(identityOf(sender));
      if (!list) bySender.set(identityOf(sender), [pi]);
      else if (list.length < MAX_TOKEN_POSTINGS) list.push(pi);
    }
    let diffs = byAuthorPatchId.get(identity[pi]!);
    if (!diffs) byAuthorPatchId.set(identity[pi]!, (diffs = new Map()));
    for (const id of patchIdsOf(pi)) {
      const list = diffs.get(id);
      if (!list) diffs.set(id, [pi]);
      else if (list.length < MAX_TOKEN_POSTINGS) list.push(pi);
    }
    let index = byAuthorToken.get(identity[pi]!);
    if (!index) byAuthorToken.set(identity[pi]!, (index = new Map()));
    for (const tokens of titleSets[pi]!) {
      for (const tok of tokens) {
        const list = index.get(tok);
        if (!list) index.set(tok, [pi]);
        else if (list[list.length - 1] !== pi && list.length <= MAX_TOKEN_POSTINGS) list.push(pi);
      }
    }
  }

  /**
   * `pi` names the very version the group's top names in its own subject, which we renumbered (`[PATCH V8.1 5/9]`
   * answering `[PATCH V8 5/9]`, counted v12 after an RFC line): that round again, at the top's version, not an
   * explicit v8 our guesses give way to.
   */
  function sameNameAsTop(grp: Group, pi: number): boolean {
    const top = grp.chain[grp.chain.length - 1]!;
    const q = postings[top.posting]!;
    const p = postings[pi]!;
    return top.relabelledVersion !== undefined && !q.versionInferred && !p.versionInferred && q.version === p.version &&
      identity[top.posting] === identity[pi];
  }

  /**
   * An explicit vN meeting revisions we renumbered to vN or above: theirs was a guess, so they give way,
   * unless it is a RESEND or the same diffs of a top revision (then it reposts that vN).
   */
  function oursGiveWay(grp: Group, pi: number, version: number): boolean {
    const top = grp.chain[grp.chain.length - 1]!;
    if (top.relabelledVersion === undefined || postings[pi]!.versionInferred || sameNameAsTop(grp, pi)) return false;
    if (version < grp.maxVersion) return true;
    if (resent(pi)) return false;
    const mine = patchIdsOf(pi);
    return mine.size === 0 || !sameSet(mine, patchIdsOf(top.posting));
  }

  /** Moves the top `n` revisions of a group to a new group of their own (see `splitOff`). */
  function detach(grp: Group, n: number): void {
    const moved = grp.chain.splice(grp.chain.length - n, n);
    const g = groups.length;
    const top = moved[moved.length - 1]!;
    groups.push({
      chain: moved.map((c, i) => (i === 0 ? { ...c, evidence: [] } : c)),
      maxVersion: versionOf(top),
      lastTime: timeOf(postings[top.posting]!.date) || 0,
      partialAtMax: moved.every((c) => c.partial === true),
      last: top.posting,
    });
    for (const c of moved) {
      groupOf[c.posting] = g;
      const q = postings[c.posting]!;
      for (const id of [q.coverId ?? "", ...q.patches.map((x) => x.messageId)]) {
        const cid = messages.get(id)?.changeId;
        if (cid) byChangeId.set(cid, g);
      }
    }
    const rest = grp.chain[grp.chain.length - 1]!;
    grp.last = rest.posting;
    grp.maxVersion = versionOf(rest);
    grp.lastTime = timeOf(postings[rest.posting]!.date) || 0;
    grp.partialAtMax = grp.chain.filter((c) => versionOf(c) === grp.maxVersion).every((c) => c.partial === true);
  }

  /** Moves a group's first revision to a new group of its own (see `reclaims`). */
  function detachFirst(grp: Group): void {
    const first = grp.chain.shift()!;
    grp.chain[0] = { ...grp.chain[0]!, evidence: [] };
    const g = groups.length;
    groups.push({
      chain: [first],
      maxVersion: versionOf(first),
      lastTime: timeOf(postings[first.posting]!.date) || 0,
      partialAtMax: first.partial === true,
      last: first.posting,
    });
    groupOf[first.posting] = g;
    const q = postings[first.posting]!;
    for (const id of [q.coverId ?? "", ...q.patches.map((x) => x.messageId)]) {
      const cid = messages.get(id)?.changeId;
      if (cid && byChangeId.get(cid) !== undefined) byChangeId.set(cid, g);
    }
  }

  /** Renumbers the revisions at `version` or above down to follow their predecessor, keeping the order. */
  function reinfer(grp: Group, version: number): void {
    let prev = 0;
    for (const link of grp.chain) {
      const v = versionOf(link);
      if (v >= version && link.relabelledVersion !== undefined) {
        const own = postings[link.posting]!.version;
        const next = Math.min(version, Math.max(own, prev));
        if (next === own) delete link.relabelledVersion;
        else link.relabelledVersion = next;
      }
      prev = versionOf(link);
    }
  }
}

/**
 * The last guard over a chain (in posting order): its versions never go down, since each revision's patches
 * name their predecessors in the one before (CONTRACT.md: `previous` is an earlier version). When a guess above
 * an explicit version survived the rules above (an unversioned posting read as v6 from a history its cover
 * carried over, then the author's explicit v2; an author's restart after an RFC line, whose explicit v2..v7 were
 * relabelled to the guessed top), every explicit posting takes back its own number and each guess is clamped
 * between its neighbours. Likewise when a relabelling merged two of the author's own rounds into one number
 * (`[RFC v2]`, `[PATCH]` read as v3 from its changelog, then `[PATCH v2]` relabelled to v3 beside the author's
 * `[PATCH v3]`): the author's rising numbers are the stronger evidence. When even the explicit numbers go down,
 * the chain stays as the rules made it.
 */
function keepVersionsInOrder(chain: RevisionChainLink[], postings: readonly Posting[]): void {
  const current = chain.map((c) => c.relabelledVersion ?? postings[c.posting]!.version);
  const own = chain.map((c) => (postings[c.posting]!.versionInferred ? null : postings[c.posting]!.version));
  if (current.every((v, i) => i === 0 || v >= current[i - 1]!) && !mergesOwnRounds(own, current)) return;
  const named = own.filter((v): v is number => v !== null);
  if (!named.every((v, i) => i === 0 || v >= named[i - 1]!)) return;
  // Guesses start at v1, or at the author's v0 when their numbering starts there (`[RFC]`, then `[PATCH v0]`).
  let prev = Math.min(1, named[0] ?? 1);
  chain.forEach((link, i) => {
    let label = own[i];
    if (label === null || label === undefined) {
      const next = own.slice(i + 1).find((v) => v !== null) ?? null;
      const high = next === null ? Infinity : Math.max(prev, next - 1);
      label = Math.min(Math.max(current[i]!, prev), high);
    }
    if (label === postings[link.posting]!.version) delete link.relabelledVersion;
    else link.relabelledVersion = label;
    prev = label;
  });
}

/**
 * Two explicit postings in a row (guesses between them skipped) whose own numbers rise but whose labels do not:
 * a relabelling gave the author's vN the number of their v(N+1) or more (see `keepVersionsInOrder`).
 */
function mergesOwnRounds(own: readonly (number | null)[], labels: readonly number[]): boolean {
  let before = -1;
  for (let i = 0; i < own.length; i++) {
    if (own[i] === null) continue;
    if (before >= 0 && own[i]! > own[before]! && labels[i]! <= labels[before]!) return true;
    before = i;
  }
  return false;
}

/** `erofs-utils: lib: x`, `liburing: x`, `btrfs-progs: x`: a title led by a userspace project's name. */
const PROJECT_TITLE_RE = /^([\w.+-]+-(?:utils|progs|tools)|lib[a-z0-9_]+)\s?:/i;

/**
 * The project a posting's subject names: its bracket tags but PATCH/RFC/RESEND (`erofs-utils`,
 * `liburing`, `net-next`) and a leading userspace project in its title; "" for a plain kernel patch.
 */
function projectOf(subject: ParsedSubject | undefined, title: string): string {
  const tags = (subject?.prefixes ?? []).filter((t) => !/^(?:patch(?:es|set)?|rfc|resend)$/.test(t));
  const lead = PROJECT_TITLE_RE.exec(title)?.[1]?.toLowerCase();
  if (lead && !tags.includes(lead)) tags.push(lead);
  return tags.sort().join(" ");
}

/** A userspace library or tool's own tag (`libnftnl`, `libnetfilter_queue`, `erofs-utils`): a repository of its own. */
const LIBRARY_TAG_RE = /^(?:lib[a-z0-9_]+|[\w.+-]+-(?:utils|progs|tools))$/;

/**
 * Two postings' bracket tags name different projects and one of them a userspace library or tool (`[PATCH
 * libnftnl v3]` against `[PATCH nft v5]`, `[libmnl PATCH]` against `[libnetfilter_queue PATCH]`): the same change
 * made to two repositories, two series even when their diffs share a file (a copied kernel header, a Makefile).
 * Tags alone: a kernel `[PATCH bpf] libbpf: x` and `[PATCH bpf-next] libbpf: x` are one patch moved between trees.
 */
function otherLibrary(a: ParsedSubject | undefined, b: ParsedSubject | undefined): boolean {
  const tags = (s: ParsedSubject | undefined) => (s?.prefixes ?? []).filter((t) => !/^(?:patch(?:es|set)?|rfc|resend)$/.test(t));
  const ta = tags(a);
  const tb = tags(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const la = ta.filter((t) => LIBRARY_TAG_RE.test(t)).sort().join(" ");
  const lb = tb.filter((t) => LIBRARY_TAG_RE.test(t)).sort().join(" ");
  return la !== lb;
}

/**
 * Partial re-rolls: a posting of one patch and no cover, sent inside another posting's thread, whose
 * title equals one of that posting's patch titles. It updates that one patch, so it neither ends the
 * series' version nor stands in for the full posting of its version. Returns, per posting, the
 * posting it was sent inside, or -1.
 */
function partialRerolls(
  postings: readonly Posting[],
  messages: ReadonlyMap<string, SummaryWithSubject>,
  postingOf: ReadonlyMap<string, number>,
  parentOf: ReadonlyMap<string, string | null>,
): number[] {
  return postings.map((p, pi) => {
    const only = p.patches[0];
    if (p.coverId !== null || p.patches.length !== 1 || !only) return -1;
    const hit = ancestorInOtherPosting(only.messageId, pi, parentOf, postingOf);
    const other = hit ? postings[hit.posting] : undefined;
    const title = normalizeTitle(messages.get(only.messageId)?.parsedSubject.title ?? "");
    if (!hit || !other || title === "") return -1;
    const same = other.patches.some((x) => normalizeTitle(messages.get(x.messageId)?.parsedSubject.title ?? "") === title);
    return same ? hit.posting : -1;
  });
}

function titlesOf(p: Posting, messages: ReadonlyMap<string, SummaryWithSubject>): string[] {
  const out = [p.title];
  for (const x of p.patches) {
    const t = messages.get(x.messageId)?.parsedSubject.title;
    if (t && t !== p.title) out.push(t);
  }
  return out;
}

function bestTitle(a: Set<string>[], b: Set<string>[]): number {
  return bestTitlePair(a, b, false).sim;
}

/** Best Jaccard between a title of `a` and one of `b`; with `strict`, pairs other than the two heads only when equal. */
function bestTitlePair(a: Set<string>[], b: Set<string>[], strict: boolean): { sim: number; i: number; j: number } {
  let best = { sim: 0, i: 0, j: 0 };
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      const sim = tokenJaccard(x, y);
      if (strict && sim < 1 && (i > 0 || j > 0)) return;
      if (sim > best.sim) best = { sim, i, j };
    }),
  );
  return best;
}

/** How many titles of `a` have an equal (same tokens) title in `b`. */
function sameTitleCount(a: Set<string>[], b: Set<string>[]): number {
  let n = 0;
  for (const x of a) if (b.some((y) => tokenJaccard(x, y) === 1)) n++;
  return n;
}

function greater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
}

/** The nearest ancestor (placeholders skipped) of a posting member that belongs to another posting. */
function ancestorInOtherPosting(
  id: string,
  self: number,
  parentOf: ReadonlyMap<string, string | null>,
  postingOf: ReadonlyMap<string, number>,
): { ancestor: string; posting: number } | null {
  let cur = parentOf.get(id) ?? null;
  for (let steps = 0; cur !== null && steps < MAX_ANCESTOR_STEPS; steps++) {
    const q = postingOf.get(cur);
    if (q === self) return null; // threaded inside its own posting: the head decides
    if (q !== undefined) return { ancestor: cur, posting: q };
    cur = parentOf.get(cur) ?? null;
  }
  return null;
}

/** Both diffs touch the same non-empty set of files. */
function sameFilesOf(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b || a.length === 0 || a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((f) => set.has(f));
}

/**
 * Postings whose explicit version was a slip, mapped to the one meant: the same person sent the very same
 * patches under the same cover title again within `COMPLETION_WINDOW_MS` naming a lower explicit version
 * (`[PATCH v3 0/8]`, then `[PATCH v1 0/8]` twenty minutes later). Indexed by author and title: no all-pairs scan.
 */
function misnumberedPostings(
  postings: readonly Posting[],
  messages: LinkRevisionsInput["messages"],
  identityOf: (email: string) => string,
): Map<number, number> {
  const out = new Map<number, number>();
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < postings.length; i++) {
    const p = postings[i]!;
    // A pull request of the patches (`[GIT PULL v1 00/10]` after `[PATCH v3 00/10]`) counts its own rounds.
    if (p.versionInferred || p.coverId === null || p.patches.length === 0 || messages.get(p.coverId)?.parsedSubject.isPull !== false) continue;
    const k = `${identityOf(p.authorEmail)}\n${normalizeTitle(p.title)}\n${p.patches.length}`;
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  }
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    for (const qi of list) {
      const q = postings[qi]!;
      for (const pi of list) {
        const p = postings[pi]!;
        const gap = timeOf(p.date) - timeOf(q.date);
        if (p.version >= q.version || !(gap > 0 && gap <= COMPLETION_WINDOW_MS)) continue;
        const a = patchIdKey(q, messages);
        if (a !== null && a === patchIdKey(p, messages)) out.set(qi, Math.min(out.get(qi) ?? p.version, p.version));
      }
    }
  }
  return out;
}

/** The posting's patch-ids, sorted and joined; null when a patch has none. */
function patchIdKey(p: Posting, messages: LinkRevisionsInput["messages"]): string | null {
  const ids: string[] = [];
  for (const x of p.patches) {
    const id = messages.get(x.messageId)?.diffFingerprint?.patchId;
    if (!id) return null;
    ids.push(id);
  }
  return ids.sort().join(" ");
}
