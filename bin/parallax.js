#!/usr/bin/env node
// The command line: compiled JavaScript when `npm install` built it (see entry.js).
import { setFlagsFromString } from 'node:v8';
import { loadEntry } from './entry.js';

// A regular expression is compiled to machine code only after 100 runs, not after one: compiling
// the date parser's large case-insensitive patterns costs more (~150 ms) than a small build
// spends running them, and a large build still compiles every pattern it uses often.
setFlagsFromString('--regexp-tier-up-ticks=100');

const { main } = await loadEntry('parallax.mjs', 'src/cli/main.ts');
process.exitCode = await main(process.argv);
