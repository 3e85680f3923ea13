import { describe, expect, it, vi } from 'vitest';
import { main, positiveWholeNumber } from './main';

describe('--workers', () => {
  it.each(['abc', '0', '-1', '1.5', '', '2x'])(
    '"%s" is a usage error (exit 64) that says what is expected',
    async (value) => {
      const written: string[] = [];
      const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
      try {
        const code = await main(['node', 'parallax', 'build', 'nowhere', '--out', 'x.json', '--workers', value]);
        expect(code).toBe(64);
      } finally {
        spy.mockRestore();
      }
      expect(written.join('')).toContain(`option '-w, --workers <number>' argument '${value}' is invalid`);
      expect(written.join('')).toContain('a whole number of 1 or more');
    },
  );

  it('accepts a whole number and documents the rule and exit 64 in --help', async () => {
    expect(positiveWholeNumber('3')).toBe(3);
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    try {
      expect(await main(['node', 'parallax', 'build', '--help'])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const help = written.join('').replace(/\s+/g, ' '); // the help wraps long lines
    expect(help).toContain('a whole number of 1 or more');
    expect(help).toContain('64 a usage error');
  });
});
