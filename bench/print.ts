/** `npm run bench:print`: the report of the last full run (bench/results.json) without measuring again. */
import { readFileSync } from 'node:fs';
import { renderReport } from './report';
import type { Results } from './results';

process.stdout.write(`${renderReport(JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results)}\n`);
