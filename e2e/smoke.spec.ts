import { expect, test, type Page } from "@playwright/test";
import type { SeriesListJson, ShowJson } from "../lib/db/queries/contract-types";

// Expectations come from the app's own JSON API, so the specs hold for whatever demo data was ingested.
async function fetchList(request: import("@playwright/test").APIRequestContext): Promise<SeriesListJson> {
  const res = await request.get("/api/series");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as SeriesListJson;
  expect(body.schemaVersion).toBe(1);
  expect(Array.isArray(body.series)).toBe(true);
  return body;
}

/** Mail text must never turn into markup: no element that only hostile text could have created. */
async function expectNoInjectedMarkup(page: Page): Promise<void> {
  const main = page.locator("main");
  for (const sel of ["script", "img", "iframe", "object", "embed", "svg", "style", "form[action^='http']", "[onerror]", "[onload]", "[onclick]"]) {
    await expect(main.locator(sel), `no ${sel} inside main`).toHaveCount(0);
  }
  // Links inside main only go to our own routes or in-page anchors.
  for (const href of await main.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
    expect(href, "link built from mail must stay on our own site").toMatch(/^(\/(?!\/)|#)/);
  }
}

// A dialog (alert/confirm) would mean script from mail ran: record every one and fail the test on it.
const dialogs: string[] = [];
test.beforeEach(async ({ page }) => {
  dialogs.length = 0;
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});
test.afterEach(() => {
  expect(dialogs, "no script from mail may run").toEqual([]);
});

test("API lists the demo series", async ({ request }) => {
  const list = await fetchList(request);
  expect(list.series.length, "the demo data must have been ingested").toBeGreaterThan(0);
  for (const s of list.series) {
    expect(typeof s.id).toBe("string");
    expect(typeof s.title).toBe("string");
    expect(Number.isInteger(s.latestVersion)).toBe(true);
  }
});

test("home page lists every series with title, author and latest version", async ({ page, request }) => {
  const list = await fetchList(request);
  const res = await page.goto("/");
  expect(res?.status()).toBe(200);
  const rows = page.getByTestId("series-row");
  // The page shows the most recently active series first; check the first screenful of them.
  const expected = list.series.slice(0, 50);
  await expect(rows).toHaveCount(Math.min(list.series.length, 500));
  for (const [i, s] of expected.entries()) {
    const row = rows.nth(i);
    await expect(row).toContainText(s.title);
    await expect(row).toContainText(s.author.name || s.author.email);
    await expect(row).toContainText(`v${s.latestVersion}`);
    await expect(row).toContainText(s.state);
  }
  await expectNoInjectedMarkup(page);
});

test("opening a series shows its revisions and patches", async ({ page, request }) => {
  const list = await fetchList(request);
  const first = list.series[0];
  test.skip(first === undefined, "no series ingested");
  if (!first) return;
  const detailRes = await request.get(`/api/series/${encodeURIComponent(first.id)}`);
  expect(detailRes.status()).toBe(200);
  const show = (await detailRes.json()) as ShowJson;
  expect(show.series.id).toBe(first.id);

  await page.goto("/");
  await page.getByTestId("series-row").first().getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/series/${encodeURIComponent(first.id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  await expect(page.getByTestId("series-title")).toHaveText(show.series.title);

  const tabs = page.getByTestId("revision-tabs");
  for (const r of show.series.revisions) await expect(tabs.getByRole("link", { name: `v${r.tag}`, exact: true })).toBeVisible();
  const latest = show.series.revisions[show.series.revisions.length - 1]!;
  await expect(tabs.locator("[aria-current=page]")).toHaveText(`v${latest.tag}`);

  const patches = page.getByTestId("patch");
  await expect(patches).toHaveCount(latest.patches.length);
  expect(latest.patches.length, "the latest revision has at least one patch").toBeGreaterThan(0);
  await expect(page.getByTestId("patch-title").first()).toHaveText(latest.patches[0]!.title);
  await expectNoInjectedMarkup(page);

  // Every revision can be opened; each shows its own patches.
  for (const r of show.series.revisions) {
    await tabs.getByRole("link", { name: `v${r.tag}`, exact: true }).click();
    await expect(tabs.locator("[aria-current=page]")).toHaveText(`v${r.tag}`);
    await expect(page.getByTestId("patch")).toHaveCount(r.patches.length);
    await expectNoInjectedMarkup(page);
  }
});

test("every series page renders and its mail text stays text", async ({ page, request }) => {
  const list = await fetchList(request);
  for (const s of list.series.slice(0, 20)) {
    const res = await page.goto(`/series/${encodeURIComponent(s.id)}`);
    expect(res?.status(), `series ${s.id}`).toBe(200);
    await expect(page.getByTestId("series-title")).toHaveText(s.title);
    await expectNoInjectedMarkup(page);
  }
});

test("a series is found by the message-id of one of its patches", async ({ page, request }) => {
  const list = await fetchList(request);
  const first = list.series[0];
  test.skip(first === undefined, "no series ingested");
  if (!first) return;
  const show = (await (await request.get(`/api/series/${encodeURIComponent(first.id)}`)).json()) as ShowJson;
  const patch = show.series.revisions.flatMap((r) => r.patches)[0];
  test.skip(patch === undefined, "series without patches");
  if (!patch) return;
  for (const key of [patch.messageId, `<${patch.messageId}>`]) {
    const res = await request.get(`/api/series/${encodeURIComponent(key)}`);
    expect(res.status(), key).toBe(200);
    expect(((await res.json()) as ShowJson).series.id).toBe(first.id);
  }
  const res = await page.goto(`/series/${encodeURIComponent(patch.messageId)}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId("series-title")).toHaveText(show.series.title);
});

test("unknown or malformed series ids give 404 / 400", async ({ page, request }) => {
  const missing = await request.get("/api/series/no-such-series-0000");
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual({ error: expect.any(String) });

  const bad = await request.get(`/api/series/${encodeURIComponent("x\u0001y")}`);
  expect(bad.status()).toBe(400);
  const long = await request.get(`/api/series/${"a".repeat(600)}`);
  expect(long.status()).toBe(400);

  const res = await page.goto("/series/no-such-series-0000");
  expect(res?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("text and state filters narrow the list; hostile queries are inert", async ({ page, request }) => {
  const list = await fetchList(request);
  const first = list.series[0];
  test.skip(first === undefined, "no series ingested");
  if (!first) return;

  // A word of the first title, as a user would type it.
  const word = first.title.split(/\s+/).find((w) => w.length >= 3) ?? first.title;
  await page.goto("/");
  await page.getByRole("searchbox").fill(word);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByTestId("series-row").filter({ hasText: first.title }).first()).toBeVisible();

  await page.goto(`/?state=${encodeURIComponent(first.state)}`);
  const rows = page.getByTestId("series-row");
  await expect(rows).toHaveCount(Math.min(list.series.filter((s) => s.state === first.state).length, 500));

  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>zzqqxx';
  const res = await page.goto(`/?q=${encodeURIComponent(hostile)}&state=${encodeURIComponent("<b>")}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId("no-match")).toBeVisible();
  await expect(page.getByRole("searchbox")).toHaveValue(hostile);
  await expectNoInjectedMarkup(page);
});

test("pages work with JavaScript disabled", async ({ browser, request }) => {
  const list = await fetchList(request);
  const first = list.series[0];
  test.skip(first === undefined, "no series ingested");
  if (!first) return;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByTestId("series-row").first()).toContainText(first.title);
  await page.getByTestId("series-row").first().getByRole("link").first().click();
  await expect(page.getByTestId("series-title")).toHaveText(first.title);
  await expect(page.getByTestId("patch").first()).toBeVisible();
  await context.close();
});
