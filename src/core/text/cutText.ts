/**
 * Above this many characters a name, title or row label is shown cut, with the whole of it on demand:
 * laying out one 100,000-character source name in a narrow matrix column froze the page for
 * seconds, and nothing shorter than a few lines is worth reading in a cell or a header.
 */
export const DISPLAY_LIMIT = 200;

/**
 * The first `max` characters of `text`, ended at a space when one is near, with an ellipsis; the text
 * itself when it is short. Never splits a surrogate pair, so an emoji is not cut into garbage.
 */
export function cutText(text: string, max = DISPLAY_LIMIT): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  const space = text.lastIndexOf(' ', end);
  if (space > max * 0.8) end = space;
  return `${text.slice(0, end).trimEnd()}…`;
}
