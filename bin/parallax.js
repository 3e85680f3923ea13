#!/usr/bin/env node
// Runs the TypeScript command line directly through tsx, so `npx parallax` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
