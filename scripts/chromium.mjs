// Where the end-to-end tests find their browser, and what `npm test` does when there is none.
// Plain JavaScript with no dependencies, so it runs before `npm ci` (in .ci/run) as well as from
// `npm test`'s pretest step and playwright.config.ts. The decision is a pure function of the
// environment it is given, so it is unit tested without touching the machine's browser.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/** Debian's package path, which .ci/run and the README name. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** The packages .ci/run has always installed: the browser and a font for its text. */
export const APT_PACKAGES = ['chromium', 'fonts-dejavu-core'];
const NAMES_ON_PATH = ['chromium', 'chromium-browser'];

/**
 * @typedef {{
 *   env: Record<string, string | undefined>,
 *   isExecutable: (file: string) => boolean,
 *   isRoot: boolean,
 * }} Machine
 * @typedef {{ kind: 'found', path: string }
 *   | { kind: 'install', commands: string[][] }
 *   | { kind: 'stop', message: string }} Decision
 */

/**
 * The browser to use, if there is one: CHROMIUM_PATH when set (and only it), else Debian's
 * chromium, else a chromium on PATH.
 * @param {Machine} machine
 * @returns {string | null}
 */
export function findChromium(machine) {
  const named = machine.env.CHROMIUM_PATH;
  if (named) return machine.isExecutable(named) ? named : null;
  if (machine.isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const dirs = (machine.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const name of NAMES_ON_PATH) {
      const file = path.join(dir, name);
      if (machine.isExecutable(file)) return file;
    }
  }
  return null;
}

/** @param {Machine} machine */
function hasAptGet(machine) {
  const dirs = (machine.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return dirs.some((dir) => machine.isExecutable(path.join(dir, 'apt-get')));
}

/**
 * What to do before the end-to-end tests: use the browser found, install Debian's chromium
 * (only as root, with apt-get), or stop with the one command that fixes it.
 * @param {Machine} machine
 * @returns {Decision}
 */
export function decide(machine) {
  const found = findChromium(machine);
  if (found) return { kind: 'found', path: found };
  const named = machine.env.CHROMIUM_PATH;
  if (named)
    return {
      kind: 'stop',
      message: `CHROMIUM_PATH is set to ${named}, which is not an executable file. Point it at a Chromium binary, or unset it to use Debian's chromium:\n\n  unset CHROMIUM_PATH`,
    };
  const apt = hasAptGet(machine);
  if (apt && machine.isRoot)
    return {
      kind: 'install',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', ...APT_PACKAGES],
      ],
    };
  const fix = apt ? `sudo apt-get install -y ${APT_PACKAGES.join(' ')}` : 'npx playwright install chromium';
  const then = apt
    ? ''
    : `\n\nthen set CHROMIUM_PATH to the path it prints (the end-to-end tests use ${DEBIAN_CHROMIUM} or CHROMIUM_PATH).`;
  return {
    kind: 'stop',
    message: `The end-to-end tests need Chromium and none was found (looked at CHROMIUM_PATH, ${DEBIAN_CHROMIUM} and PATH). Install it with:\n\n  ${fix}${then}`,
  };
}

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {Machine} */
export function thisMachine() {
  return { env: process.env, isExecutable, isRoot: process.getuid?.() === 0 };
}

/**
 * Makes sure a browser is there, installing Debian's when allowed; returns its path or null.
 * Messages go to stderr so that stdout carries only the path.
 * @returns {string | null}
 */
export function ensureChromium() {
  const machine = thisMachine();
  const decision = decide(machine);
  if (decision.kind === 'found') return decision.path;
  if (decision.kind === 'stop') {
    process.stderr.write(`\n${decision.message}\n\n`);
    return null;
  }
  process.stderr.write(`Installing Debian's chromium for the end-to-end tests (${APT_PACKAGES.join(', ')})…\n`);
  for (const [command, ...args] of decision.commands) {
    const run = spawnSync(/** @type {string} */ (command), args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0) {
      process.stderr.write(`\n\`${[command, ...args].join(' ')}\` failed (exit ${run.status ?? run.signal}).\n\n`);
      return null;
    }
  }
  const installed = findChromium(machine);
  if (!installed) process.stderr.write(`\nchromium was installed but ${DEBIAN_CHROMIUM} is still missing.\n\n`);
  return installed;
}

// `node scripts/chromium.mjs [--print]` (npm's pretest, .ci/run): quiet when a browser is there
// (`--print` prints its path), else installs it or exits 1 at once with the command that fixes it.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = ensureChromium();
  if (!found) process.exitCode = 1;
  else if (process.argv.includes('--print')) process.stdout.write(`${found}\n`);
}
