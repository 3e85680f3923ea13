/**
 * The address as given when the WHATWG URL parser reads it as an absolute http or https URL, else
 * null. Article URLs come from untrusted input (front matter, canonical links, records): a
 * `javascript:`, `data:` or `vbscript:` one would run or load something when clicked, so no other
 * scheme is stored or becomes a link.
 */
export function httpUrl(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? trimmed : null;
}
