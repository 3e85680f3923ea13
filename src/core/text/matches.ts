/**
 * Every match of a global pattern in `text`, reusing the compiled pattern. `String.matchAll` copies
 * its pattern first, and for a large alternation (every country phrase, every multi-word name in a
 * corpus) that copy cost ~30 µs a call, more than the search itself on a sentence. The caller must
 * not run the same pattern again inside the loop.
 */
export function* matches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  if (!pattern.global) throw new Error(`matches() needs a global pattern, got ${String(pattern)}`);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    yield m;
    // A zero-length match would otherwise be found again at the same place forever.
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  pattern.lastIndex = 0;
}
