import { describe, expect, it } from "vitest";
import type { SeriesListItem } from "@/lib/db/queries/contract-types";
import { filterSeries } from "./filter-series";

const item = (
  id: string,
  title: string,
  name: string,
  state: string,
  waitingOn: SeriesListItem["whoseTurn"]["waitingOn"] = "reviewers",
): SeriesListItem => ({
  id,
  title,
  author: { name, email: `${name.toLowerCase().replace(/\s+/g, ".")}@example.org` },
  state,
  latestVersion: 1,
  revisionCount: 1,
  patchCount: 1,
  whoseTurn: { waitingOn, since: null, days: null, ping: false, lastEvent: null, reason: "" },
  lastActivity: null,
  date: null,
  trailerCounts: { acked: 0, reviewed: 0, tested: 0 },
  commentCount: 0,
});

const items = [
  item("1", "mm: use killable vma write locking", "Ada Example", "under-review", "author"),
  item("2", "net: fix a <img> leak", "Bea Reviewer", "new"),
  item("3", "mm/vma: tidy up", "Cy Maint", "accepted", "nobody"),
];

describe("filterSeries", () => {
  it("keeps everything with an empty filter, in order", () => {
    expect(filterSeries(items, { q: "", state: null, turn: null }).map((s) => s.id)).toEqual(["1", "2", "3"]);
  });
  it("requires every word, case-insensitively, across title, author and id", () => {
    expect(filterSeries(items, { q: "MM vma", state: null, turn: null }).map((s) => s.id)).toEqual(["1", "3"]);
    expect(filterSeries(items, { q: "vma ada", state: null, turn: null }).map((s) => s.id)).toEqual(["1"]);
    expect(filterSeries(items, { q: "bea.reviewer@", state: null, turn: null }).map((s) => s.id)).toEqual(["2"]);
    expect(filterSeries(items, { q: "<img>", state: null, turn: null }).map((s) => s.id)).toEqual(["2"]);
    expect(filterSeries(items, { q: "nothing-like-this", state: null, turn: null })).toEqual([]);
  });
  it("filters by state", () => {
    expect(filterSeries(items, { q: "mm", state: "accepted", turn: null }).map((s) => s.id)).toEqual(["3"]);
    expect(filterSeries(items, { q: "", state: "superseded", turn: null })).toEqual([]);
  });
  it("filters by whose turn it is, combined with the other filters", () => {
    expect(filterSeries(items, { q: "", state: null, turn: "author" }).map((s) => s.id)).toEqual(["1"]);
    expect(filterSeries(items, { q: "", state: null, turn: "reviewers" }).map((s) => s.id)).toEqual(["2"]);
    expect(filterSeries(items, { q: "mm", state: null, turn: "reviewers" })).toEqual([]);
    expect(filterSeries(items, { q: "", state: "new", turn: "author" })).toEqual([]);
  });
});
