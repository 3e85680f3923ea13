import { describe, expect, it } from 'vitest';
import { articleIdFromName, decodeText, MAX_FILE_BYTES } from './decode';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 and normalises line ends', () => {
    expect(decodeText('a.txt', bytes('one\r\ntwo\rthree'))).toEqual({ ok: true, text: 'one\ntwo\nthree' });
  });

  it('reads UTF-16 text with its byte-order mark, little- or big-endian', () => {
    const text = 'The bridge reopened.\r\nCafé owners cheered.';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    const be = le.slice();
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      le.set([code & 0xff, code >> 8], 2 + 2 * i);
      be.set([code >> 8, code & 0xff], 2 + 2 * i);
    }
    const expected = { ok: true, text: 'The bridge reopened.\nCafé owners cheered.' };
    expect(decodeText('a.txt', le)).toEqual(expected);
    expect(decodeText('a.txt', be)).toEqual(expected);
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
