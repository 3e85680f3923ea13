import { describe, expect, it } from 'vitest';
import { decide, type Machine } from '../../scripts/chromium.mjs';

// The machine is injected: these cases never look at, install or remove this machine's browser.
function machine(files: string[], options: { env?: Record<string, string>; root?: boolean } = {}): Machine {
  const present = new Set(files);
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...options.env },
    isExecutable: (file) => present.has(file),
    isRoot: options.root ?? false,
  };
}

describe('npm test finds or provides its browser', () => {
  it("uses Debian's chromium when it is there", () => {
    expect(decide(machine(['/usr/bin/chromium', '/usr/bin/apt-get'], { root: true }))).toEqual({
      kind: 'found',
      path: '/usr/bin/chromium',
    });
  });

  it('prefers CHROMIUM_PATH, and never installs over a path the user named', () => {
    const named = { env: { CHROMIUM_PATH: '/opt/browser/chrome' }, root: true };
    expect(decide(machine(['/opt/browser/chrome', '/usr/bin/chromium'], named))).toEqual({
      kind: 'found',
      path: '/opt/browser/chrome',
    });
    const wrong = decide(machine(['/usr/bin/chromium', '/usr/bin/apt-get'], named));
    expect(wrong.kind).toBe('stop');
    expect(wrong.kind === 'stop' && wrong.message).toContain('/opt/browser/chrome');
  });

  it('finds a chromium elsewhere on PATH', () => {
    expect(decide(machine(['/usr/local/bin/chromium-browser']))).toEqual({
      kind: 'found',
      path: '/usr/local/bin/chromium-browser',
    });
  });

  it("installs Debian's chromium with apt-get when running as root", () => {
    expect(decide(machine(['/usr/bin/apt-get'], { root: true }))).toEqual({
      kind: 'install',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'],
      ],
    });
  });

  it('stops with the one command that fixes it when it may not install', () => {
    const debian = decide(machine(['/usr/bin/apt-get']));
    expect(debian.kind).toBe('stop');
    expect(debian.kind === 'stop' && debian.message).toContain('sudo apt-get install -y chromium fonts-dejavu-core');
    const other = decide(machine([], { root: true }));
    expect(other.kind).toBe('stop');
    expect(other.kind === 'stop' && other.message).toContain('npx playwright install chromium');
  });
});
