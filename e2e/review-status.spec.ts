import { expect, test, type APIRequestContext } from "@playwright/test";
import type { SeriesListJson, ShowJson } from "../lib/db/queries/contract-types";

// Whose turn, the A/R/T matrix and the conversion status, checked against the app's own JSON API:
// the expectations hold for whatever data was ingested.
async function fetchList(request: APIRequestContext): Promise<SeriesListJson> {
  const res = await request.get("/api/series");
  expect(res.status()).toBe(200);
  return (await res.json()) as SeriesListJson;
}

async function fetchShow(request: APIRequestContext, id: string): Promise<ShowJson> {
  const res = await request.get(`/api/series/${encodeURIComponent(id)}`);
  expect(res.status(), id).toBe(200);
  return (await res.json()) as ShowJson;
}

test("home list shows whose turn it is and filters by it", async ({ page, request }) => {
  const list = await fetchList(request);
  test.skip(list.series.length === 0, "no series ingested");
  await page.goto("/");
  const rows = page.getByTestId("series-row");
  for (const [i, s] of list.series.slice(0, 50).entries()) {
    const badge = rows.nth(i).getByTestId("turn-badge");
    if (s.whoseTurn.waitingOn === "nobody") {
      await expect(badge).toHaveCount(0);
      continue;
    }
    const days = s.whoseTurn.days === null ? "" : ` · ${s.whoseTurn.days} d`;
    await expect(badge).toContainText(`waiting on ${s.whoseTurn.waitingOn}${days}`);
    await expect(badge).toHaveAttribute("data-ping", s.whoseTurn.ping ? "true" : "false");
  }
  for (const turn of ["author", "reviewers"] as const) {
    await page.goto(`/?turn=${turn}`);
    const expected = list.series.filter((s) => s.whoseTurn.waitingOn === turn);
    if (expected.length === 0) {
      await expect(page.getByTestId("no-match")).toBeVisible();
    } else {
      await expect(page.getByTestId("series-row")).toHaveCount(Math.min(expected.length, 500));
      await expect(page.getByTestId("turn-badge").first()).toHaveAttribute("data-waiting-on", turn);
    }
  }
  // A malformed turn is no filter at all.
  await page.goto(`/?turn=${encodeURIComponent("<b>nobody</b>")}`);
  await expect(page.getByTestId("series-row")).toHaveCount(Math.min(list.series.length, 500));
});

test("series page shows whose turn, the A/R/T matrix and the conversion status from the API", async ({ page, request }) => {
  const list = await fetchList(request);
  test.skip(list.series.length === 0, "no series ingested");
  let sawMatrix = false;
  let sawConversion = false;
  for (const item of list.series.slice(0, 20)) {
    const { series } = await fetchShow(request, item.id);
    await page.goto(`/series/${encodeURIComponent(series.id)}`);

    // The reason is mail-derived (a reviewer's name): it must appear verbatim, as text.
    await expect(page.getByTestId("whose-turn-reason")).toHaveText(series.whoseTurn.reason);
    await expect(page.getByTestId("whose-turn").locator("b, i, a, img, script")).toHaveCount(0);

    const matrix = page.getByTestId("art-matrix");
    if (series.artMatrix.length === 0) {
      await expect(matrix).toHaveCount(0);
    } else {
      sawMatrix = true;
      await expect(matrix.getByTestId("art-row")).toHaveCount(series.artMatrix.length);
      await expect(matrix.getByTestId("art-version")).toHaveText(series.revisions.map((r) => `v${r.tag}`));
      for (const [i, row] of series.artMatrix.entries()) {
        const tr = matrix.getByTestId("art-row").nth(i);
        await expect(tr.locator("td").first()).toHaveText(row.title);
        const present = series.revisions.filter((r) => Object.hasOwn(row.cells, r.tag));
        await expect(tr.getByTestId("art-cell")).toHaveCount(present.length);
        for (const [j, r] of present.entries()) {
          const cell = row.cells[r.tag]!;
          const people = [...cell.acked, ...cell.reviewed, ...cell.tested];
          await expect(tr.getByTestId("art-cell").nth(j)).toContainText(`${cell.number}/`);
          for (const name of people) await expect(tr.getByTestId("art-cell").nth(j)).toHaveAttribute("title", new RegExp(escapeRe(name)));
        }
      }
    }

    const latest = series.revisions[series.revisions.length - 1];
    const status = latest?.conversionStatus ?? null;
    const paths = page.getByTestId("file-status").getByTestId("conversion-path");
    if (status === null || status.files.length === 0) {
      await expect(paths).toHaveCount(0);
    } else {
      sawConversion = true;
      await expect(paths).toHaveText(status.files.map((f) => f.path));
      const exclusions = status.exclusions.length + status.files.reduce((n, f) => n + f.exclusions.length, 0);
      await expect(page.getByTestId("file-status").getByTestId("exclusion")).toHaveCount(exclusions);
      for (const x of status.exclusions) await expect(page.getByTestId("cover-exclusions")).toContainText(x.subject);
    }
  }
  expect(sawMatrix, "some series has an A/R/T matrix").toBe(true);
  expect(sawConversion, "some series has a conversion status").toBe(true);
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
