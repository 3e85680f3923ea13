// Loads a compiled command-line module from build/cli when it is newer than every source file
// of the command line and the core; otherwise (a checkout being edited, or no build yet) loads
// the TypeScript through tsx, so nobody ever runs stale code.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestSource() {
  let newest = 0;
  for (const folder of ['src/cli', 'src/core']) {
    for (const name of readdirSync(root + folder, { recursive: true })) {
      if (/\.tsx?$/.test(name)) newest = Math.max(newest, statSync(`${root}${folder}/${name}`).mtimeMs);
    }
  }
  return newest;
}

export async function loadEntry(compiled, source) {
  const built = statSync(`${root}build/cli/${compiled}`, { throwIfNoEntry: false });
  if (built && built.mtimeMs >= newestSource()) return import(`${root}build/cli/${compiled}`);
  const { register } = await import('tsx/esm/api');
  register();
  return import(`${root}${source}`);
}
