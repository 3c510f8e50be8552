import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import type { SeriesListJson } from "../lib/db/queries/contract-types";

// The dashboard holds the embedded store while it runs; a command line run beside it borrows the store
// (lib/db/store-lending.ts) instead of stopping, and the dashboard shows what it wrote once it is back.
const url = process.env.DATABASE_URL ?? "";
test.skip(!url.startsWith("pglite:") || !!process.env.PATCHDECK_E2E_BASE_URL, "only the embedded store is locked to one process");

test("`ingest` run while the dashboard holds the embedded store borrows it; the dashboard then shows the new series", async ({ page, request }) => {
  // A command line starts, opens the store and derives: slower than a page on a loaded CI machine.
  test.setTimeout(90_000);
  const title = `widget: borrowed store check ${Date.now()}`;
  const dir = mkdtempSync(join(tmpdir(), "pd-e2e-lend-"));
  try {
    const mbox = join(dir, "one.mbox");
    writeFileSync(
      mbox,
      [
        "From mboxrd@z Thu Jan  1 00:00:00 1970",
        "From: Ada Tester <ada@example.org>",
        "To: widgets@example.org",
        `Subject: [PATCH] ${title}`,
        "Date: Tue, 17 Mar 2026 10:00:00 +0000",
        `Message-ID: <lend-${Date.now()}@example.org>`,
        "",
        "Fix the comment.",
        "",
        "Signed-off-by: Ada Tester <ada@example.org>",
        "---",
        " drivers/widget/core.c | 2 +-",
        " 1 file changed, 1 insertion(+), 1 deletion(-)",
        "",
        "diff --git a/drivers/widget/core.c b/drivers/widget/core.c",
        "--- a/drivers/widget/core.c",
        "+++ b/drivers/widget/core.c",
        "@@ -1,3 +1,3 @@",
        " int widget;",
        "-/* teh widget */",
        "+/* the widget */",
        " int other;",
        "",
      ].join("\n"),
    );
    // The server has the store open (it served the earlier specs); make sure with one request.
    expect((await request.get("/api/series")).status()).toBe(200);
    const r = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", "ingest", mbox], { encoding: "utf8", env: process.env });
    expect(r.stderr).toContain("lent it to this command");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ingested 1 new, 0 duplicate, 0 quarantined/);

    // The dashboard reopens the store on a request after the command ended (after a short grace).
    await expect
      .poll(
        async () => {
          const res = await request.get("/api/series");
          if (res.status() !== 200) return "busy";
          return ((await res.json()) as SeriesListJson).series.some((s) => s.title === title) ? "listed" : "missing";
        },
        { timeout: 15_000 },
      )
      .toBe("listed");
    await page.goto("/");
    await expect(page.getByTestId("series-row").filter({ hasText: title })).toHaveCount(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
