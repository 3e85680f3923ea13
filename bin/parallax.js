#!/usr/bin/env node
// The command line: compiled JavaScript when `npm install` built it (see entry.js).
import { loadEntry } from './entry.js';

const { main } = await loadEntry('parallax.mjs', 'src/cli/main.ts');
process.exitCode = await main(process.argv);
