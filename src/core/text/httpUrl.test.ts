import { describe, expect, it } from 'vitest';
import { httpUrl } from './httpUrl';

describe('httpUrl', () => {
  it('keeps absolute http and https addresses as given', () => {
    expect(httpUrl('https://news.example/2024/harbour-fire')).toBe('https://news.example/2024/harbour-fire');
    expect(httpUrl('  HTTP://news.example/a?b=1#c ')).toBe('HTTP://news.example/a?b=1#c');
  });

  it('refuses every other scheme, however it is spelt', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://files.example/a',
      'mailto:desk@news.example',
    ])
      expect(httpUrl(url), url).toBeNull();
  });

  it('refuses relative and unreadable addresses and no address at all', () => {
    for (const url of [
      '/news/harbour-fire',
      'news.example/harbour',
      'https://',
      'http://exa mple.com',
      '',
      null,
      undefined,
    ])
      expect(httpUrl(url), String(url)).toBeNull();
  });
});
