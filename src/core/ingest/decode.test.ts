import { describe, expect, it } from 'vitest';
import { articleIdFromName, decodeText, MAX_FILE_BYTES } from './decode';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 and normalises line ends', () => {
    expect(decodeText('a.txt', bytes('one\r\ntwo\rthree'))).toEqual({ ok: true, text: 'one\ntwo\nthree' });
  });

  it.each([
    ['empty', new Uint8Array(), 'empty'],
    ['white space only', bytes('  \n\t\n'), 'no text'],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'binary'],
    ['Latin-1', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]), 'not valid UTF-8'],
    ['too large', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), 'over the limit'],
  ])('refuses %s input and names the file', (_label, input, reason) => {
    const result = decodeText('folder/bad.txt', input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.file).toBe('folder/bad.txt');
      expect(result.problem.message).toContain(reason);
    }
  });
});

describe('articleIdFromName', () => {
  it('drops the folder and the extension', () => {
    expect(articleIdFromName('some/dir/123_abc.txt')).toBe('123_abc');
    expect(articleIdFromName('noext')).toBe('noext');
    expect(articleIdFromName('.hidden')).toBe('.hidden');
  });
});
