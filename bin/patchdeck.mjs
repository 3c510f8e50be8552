#!/usr/bin/env node
// `patchdeck` on the PATH (npm link / npx): runs the TypeScript CLI through tsx.
import { register } from "tsx/esm/api";

register();
await import("../lib/cli/main.ts");
