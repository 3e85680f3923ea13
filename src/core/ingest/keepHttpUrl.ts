import type { Problem } from '../schema/corpus';
import { httpUrl } from '../text/httpUrl';
import type { RawArticle } from './types';

/** At most this much of a dropped address is quoted back: enough to find it in the file. */
const QUOTED = 80;

/**
 * The article with its url kept only when it is http or https; any other (javascript:, data:,
 * vbscript:, a relative path) is dropped, with a problem naming the file, the article and the field.
 * Checked after the manifest is applied, so an address from any place (header, front matter,
 * record, canonical link, manifest) passes the same test.
 */
export function keepHttpUrl(raw: RawArticle, problems: Problem[]): RawArticle {
  const url = raw.meta.url;
  if (url === undefined || httpUrl(url) !== null) return raw;
  const quoted = url.length > QUOTED ? `${url.slice(0, QUOTED)}…` : url;
  problems.push({
    file: raw.fileName,
    message: `article "${raw.id}": field url ${JSON.stringify(quoted)} was dropped: only http and https addresses are kept`,
    level: 'warning',
  });
  const meta = { ...raw.meta };
  delete meta.url;
  return { ...raw, meta };
}
