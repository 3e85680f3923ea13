import { useState } from 'react';
import { unknownUrlKeys } from '../url/knownKeys';

/** Links from older versions or typos should not fail silently: say which keys were ignored. */
export function UnknownKeysNotice() {
  const [ignored] = useState(() => unknownUrlKeys(window.location.search));
  const [dismissed, setDismissed] = useState(false);
  if (ignored.length === 0 || dismissed) return null;
  return (
    <div role="status" className="notice">
      <span>
        This link had {ignored.length === 1 ? 'a setting' : 'settings'} this version does not know, ignored:{' '}
        {ignored.map((key) => (
          <code key={key}>{key}</code>
        ))}
        .
      </span>
      <button type="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
