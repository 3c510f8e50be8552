// `npm run bench`'s last figures: the pure passes timed alone, on synthetic inputs. Grouping (analyzeSeries)
// on 15,000 and 60,000 message summaries — the ratio is the linearity check, ~4 when linear — and each parser
// on the hostile inputs the unit tests feed it (test/hostile-inputs.ts), so a pass gone quadratic shows here.
import { htmlToText } from "../../lib/mail/html-to-text";
import { parseChangelog } from "../../lib/mail/parse-changelog";
import { parseSubject } from "../../lib/mail/parse-subject";
import { parseTrailers } from "../../lib/mail/parse-trailers";
import { extractReplyTrailers, splitPatchBody } from "../../lib/mail/split-patch-body";
import { analyzeSeries } from "../../lib/thread/analyze-series";
import { syntheticSummaries } from "../../lib/thread/testing/synthetic-archive";
import { threadMessages } from "../../lib/thread/thread-messages";
import { deepReplyChain, hostileChangelog, hostileDiffBody, hostileHtml, hostileSubjects, hostileTrailerBlockPatch, hostileTrailerLines } from "../../test/hostile-inputs";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median CPU milliseconds (user + system) of `run` over `runs` runs, after `warmUp` unmeasured ones. */
function cpuMs(run: () => unknown, runs: number, warmUp = 1): number {
  for (let i = 0; i < warmUp; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

export function benchPurePasses(runs = 3): string[] {
  const small = syntheticSummaries(15_000);
  const full = syntheticSummaries(60_000);
  // Grouping takes seconds: one run each, the small one warmed up once (the JIT then serves both).
  const smallMs = cpuMs(() => analyzeSeries(small), 1);
  const fullMs = cpuMs(() => analyzeSeries(full), 1, 0);
  const chain = deepReplyChain(10_000);
  const changelog = hostileChangelog();
  const diffBody = hostileDiffBody();
  const trailerBlock = hostileTrailerBlockPatch();
  const hostile: Array<[string, () => unknown]> = [
    ["thread a 10,000-deep chain", () => threadMessages(chain)],
    ["parseSubject", () => hostileSubjects().map(parseSubject)],
    ["parseTrailers", () => parseTrailers(hostileTrailerLines())],
    ["htmlToText", () => hostileHtml().map(htmlToText)],
    ["parseChangelog", () => parseChangelog(changelog)],
    ["splitPatchBody", () => [splitPatchBody(diffBody), extractReplyTrailers(diffBody), splitPatchBody(trailerBlock)]],
  ];
  return [
    `grouping         ${(fullMs / 1000).toFixed(2)} s CPU for 60,000 synthetic summaries (15,000: ${(smallMs / 1000).toFixed(2)} s; ratio ${(fullMs / smallMs).toFixed(1)}, ~4 when linear)`,
    `hostile inputs   ${hostile.map(([name, run]) => `${name} ${cpuMs(run, runs).toFixed(0)} ms`).join(", ")} (CPU, median)`,
  ];
}
