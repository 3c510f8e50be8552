import { defineConfig } from "@playwright/test";

const PORT = 3107;
// When the caller already runs the app somewhere, it says where and we start nothing ourselves.
const externalBaseURL = process.env.PATCHDECK_E2E_BASE_URL;
const baseURL = externalBaseURL ?? `http://127.0.0.1:${PORT}`;

// The built app reads the store named by DATABASE_URL, which the caller has already filled with demo data.
const serverEnv: Record<string, string> = { NEXT_TELEMETRY_DISABLED: "1" };
for (const [k, v] of Object.entries(process.env)) if (v !== undefined) serverEnv[k] = v;

export default defineConfig({
  testDir: "e2e",
  // One worker: the embedded PGlite store may be opened by a single process, and the server is shared.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  outputDir: "test-results/artifacts",
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/e2e.json" }]],
  use: {
    baseURL,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: externalBaseURL
    ? undefined
    : {
        command: `npm run start -- -p ${PORT} -H 127.0.0.1`,
        url: `${baseURL}/api/series`,
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: "pipe",
        stderr: "pipe",
        env: serverEnv,
      },
});
