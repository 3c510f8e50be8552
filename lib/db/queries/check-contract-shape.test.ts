import { describe, expect, it } from "vitest";
import { checkSeriesListJson, checkShowJson } from "./check-contract-shape";

// A small show --json document in CONTRACT.md's shape (values modelled on a two-version series).
function showDoc() {
  return {
    schemaVersion: 1,
    series: {
      id: "17",
      title: "Use killable widget locking",
      author: { name: "Ann Author", email: "ann@example.org" },
      state: "under-review",
      whoseTurn: { waitingOn: "author", since: "2026-02-27T10:00:00.000Z", days: 3, ping: false, reason: "review", lastEvent: { type: "review", messageId: "r1@example.org", by: "Rex Reviewer" } },
      artMatrix: [],
      revisions: [
        { version: 1, tag: "1", versionInferred: true, date: "2026-02-20T09:00:00.000Z", cover: null, changelog: [], conversionStatus: null, comments: [], patches: [] },
        {
          version: 2,
          tag: "2",
          versionInferred: false,
          date: "2026-02-26T07:06:06.000Z",
          cover: { messageId: "c2@example.org", subject: "[PATCH v2 0/1] Use killable widget locking" },
          changelog: [{ text: "reordered the lock (Rex Reviewer)", credits: ["Rex Reviewer"] }],
          conversionStatus: null,
          comments: [],
          patches: [
            {
              number: 1,
              total: 1,
              messageId: "p2@example.org",
              subject: "[PATCH v2 1/1] widget: lock killable",
              title: "widget: lock killable",
              previous: { version: 1, number: 1, messageId: "p1@example.org", similarity: 0.9, by: "title" },
              trailers: [{ kind: "Reviewed-by", name: "Rex Reviewer", email: "rex@example.org", comment: null, source: "reply", messageId: "r2@example.org", status: "collected" }],
              files: [
                {
                  path: "drivers/widget.c",
                  added: 4,
                  removed: 1,
                  hunks: [
                    {
                      index: 0,
                      header: "@@ -10,6 +10,9 @@ int widget_grow(struct widget *w)",
                      function: "widget_grow",
                      labels: [{ rule: "lock-conversion", from: "widget_lock", to: "widget_lock_killable", handling: "goto", errno: "-EINTR", label: "out" }],
                      nits: [{ rule: "lock-after-alloc", line: 12, message: "allocated above the lock: reorder" }],
                    },
                  ],
                },
              ],
              comments: [
                {
                  messageId: "r2@example.org",
                  author: { name: "Rex Reviewer", email: "rex@example.org" },
                  anchor: { path: "drivers/widget.c", hunk: 0, function: "widget_grow", line: 12 },
                  text: "Could avoid allocating here by reordering the lock.",
                  kind: "nit",
                  response: { messageId: null, kind: "none", text: "" },
                  resolution: { status: "open", inVersion: null, evidence: "no later version" },
                },
              ],
            },
          ],
        },
      ],
    },
  };
}

type Doc = ReturnType<typeof showDoc>;
const patch = (d: Doc) => d.series.revisions[1]!.patches[0]!;

describe("checkShowJson", () => {
  it("passes a document in the contract's shape", () => {
    expect(checkShowJson(showDoc())).toEqual([]);
  });

  it("passes every handling lib/diff gives, the contract's and its extensions", () => {
    for (const handling of ["goto", "return", "break", "propagate", "ignored", "continue", "assigned", "logged", "retry", "other"]) {
      const doc = showDoc();
      patch(doc).files[0]!.hunks[0]!.labels[0]!.handling = handling;
      expect(checkShowJson(doc), handling).toEqual([]);
    }
  });

  it.each<[string, (d: Doc) => void, RegExp]>([
    ["a state outside the set", (d) => ((d.series as { state: string }).state = "merged"), /^series\.state: expected one of/],
    ["a date that is not UTC ISO 8601", (d) => ((d.series.revisions[1] as { date: string }).date = "Thu, 26 Feb 2026 07:06:06 +0000"), /^series\.revisions\[1\]\.date:/],
    ["a message-id in angle brackets", (d) => (patch(d).messageId = "<p2@example.org>"), /^series\.revisions\[1\]\.patches\[0\]\.messageId:/],
    ["a trailer status outside the set", (d) => ((patch(d).trailers[0] as { status: string }).status = "given"), /trailers\[0\]\.status: expected one of/],
    ["a comment kind outside the set", (d) => ((patch(d).comments[0] as { kind: string }).kind = "remark"), /comments\[0\]\.kind:/],
    ["an answer that names no reply", (d) => ((patch(d).comments[0]!.response as { kind: string }).kind = "will-fix"), /response\.messageId:/],
    ["a line number that is not an integer", (d) => ((patch(d).files[0]!.hunks[0]!.nits[0] as { line: unknown }).line = "12"), /nits\[0\]\.line:/],
    ["a handling outside the declared set", (d) => (patch(d).files[0]!.hunks[0]!.labels[0]!.handling = "panic"), /labels\[0\]\.handling:/],
    ["versions out of order", (d) => d.series.revisions.reverse(), /revisions\[1\]\.version: expected versions in ascending order/],
    ["a predecessor from a later version", (d) => (patch(d).previous.version = 3), /previous\.version: expected a version not after/],
    ["a resolution in an earlier version", (d) => ((patch(d).comments[0]!.resolution as { inVersion: unknown }).inVersion = 1), /resolution\.inVersion: expected a version not before/],
    ["an empty changelog entry", (d) => (d.series.revisions[1]!.changelog[0]!.text = " "), /changelog\[0\]\.text: expected a non-empty string/],
    ["a missing author", (d) => delete (d.series as { author?: unknown }).author, /^series\.author: expected an object, got nothing/],
    ["no revisions", (d) => (d.series.revisions = []), /^series\.revisions: expected at least one revision/],
  ])("reports %s, with its path", (_, spoil, problem) => {
    const doc = showDoc();
    spoil(doc);
    const problems = checkShowJson(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });

  it("reports a wrong schema version and a document that is no object", () => {
    expect(checkShowJson({ ...showDoc(), schemaVersion: 2 })).toEqual([expect.stringMatching(/^schemaVersion: expected 1/)]);
    expect(checkShowJson([])).toEqual([expect.stringMatching(/^\$: expected an object/)]);
  });
});

describe("checkSeriesListJson", () => {
  const item = () => ({
    id: "17",
    title: "Use killable widget locking",
    author: { name: "Ann Author", email: "ann@example.org" },
    state: "accepted",
    latestVersion: 2,
    revisionCount: 2,
    patchCount: 1,
    lastActivity: "2026-02-27T10:00:00.000Z",
    date: "2026-02-20T09:00:00.000Z",
    trailerCounts: { acked: 0, reviewed: 1, tested: 0 },
    commentCount: 1,
    whoseTurn: { waitingOn: "nobody", since: null, days: null, ping: false, reason: "accepted", lastEvent: null },
  });

  it("passes a list in the contract's shape and reports each field that is not", () => {
    expect(checkSeriesListJson({ schemaVersion: 1, series: [item()] })).toEqual([]);
    const bad = { ...item(), revisionCount: 0, trailerCounts: { acked: -1, reviewed: 1, tested: 0 }, whoseTurn: { ...item().whoseTurn, waitingOn: "maintainer" } };
    expect(checkSeriesListJson({ schemaVersion: 1, series: [item(), bad] })).toEqual([
      expect.stringMatching(/^series\[1\]\.revisionCount: expected an integer >= 1/),
      expect.stringMatching(/^series\[1\]\.trailerCounts\.acked: expected an integer >= 0/),
      expect.stringMatching(/^series\[1\]\.whoseTurn\.waitingOn: expected one of/),
    ]);
  });
});
