// Where the real corpus lives (../shared/corpus beside the project). It is not ours to redistribute,
// so tests that need it skip — and say so — when it is missing; CI sets CI=true and must have it.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const corpusDir = resolve(process.env.PATCHDECK_CORPUS ?? join(import.meta.dirname, "..", "..", "shared", "corpus"));
export const haveCorpus = existsSync(join(corpusDir, "README.md"));

if (!haveCorpus && process.env.CI) {
  throw new Error(`CI=true but the real corpus is missing at ${corpusDir}`);
}
if (!haveCorpus) {
  console.warn(`[corpus] ${corpusDir} not found: corpus tests are skipped (set PATCHDECK_CORPUS to run them)`);
}

/** Path of a file in the corpus. */
export function corpusPath(...parts: string[]): string {
  return join(corpusDir, ...parts);
}
