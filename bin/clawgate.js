#!/usr/bin/env node
// Entry point for the `clawgate` command: runs the compiled CLI from dist/.
import { runCli } from '../dist/src/cli/index.js';

runCli(process.argv).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
