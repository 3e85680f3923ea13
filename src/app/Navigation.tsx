import type { MouseEvent } from 'react';
import { useView, VIEWS, type ViewName } from '../url/viewState';
import { VIEW_LABELS } from './views';

function hrefFor(view: ViewName): string {
  const params = new URLSearchParams(window.location.search);
  if (view === 'overview') params.delete('view');
  else params.set('view', view);
  const query = params.toString();
  return query ? `?${query}` : window.location.pathname;
}

/** Links rather than buttons, so a view can be opened in a new tab or copied. */
export function Navigation({ current }: { current: ViewName }) {
  const [, setView] = useView();
  const go = (view: ViewName) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void setView(view === 'overview' ? null : view);
  };
  return (
    <nav aria-label="Views" className="views-nav">
      <ul>
        {VIEWS.map((view) => (
          <li key={view}>
            <a href={hrefFor(view)} aria-current={view === current ? 'page' : undefined} onClick={go(view)}>
              {VIEW_LABELS[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
