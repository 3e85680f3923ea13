// `npm start`: build the dashboard and serve it on the sample corpus, printing little but the address.
// Vite's own output (one line per chunk, then a banner) is kept for warnings and errors only.
import process from 'node:process';
import { build, preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
process.stdout.write('Building the dashboard…\n');
// Rolldown's plugin-timing report is a warning about the build's own speed, not about the app.
await build({ logLevel: 'warn', build: { rolldownOptions: { checks: { bundlerTimings: false } } } });
const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port } });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
process.stdout.write(`Parallax is running at ${url}  (Ctrl+C to stop)\n`);
