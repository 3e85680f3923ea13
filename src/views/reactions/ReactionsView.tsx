import { useMemo, useRef, useState } from 'react';
import {
  articleCountBins,
  filterReactions,
  reactionRows,
  summariseByCountry,
  summariseByOrganization,
  type ReactionFilter,
} from '../../core/reactions';
import type { Corpus } from '../../core/schema/corpus';
import { useReview } from '../../data/useReview';
import { useReactionsState } from '../../url/reactionsState';
import { ColorModeSwitch } from './ColorModeSwitch';
import { CountryPanel } from './CountryPanel';
import { MapLegend } from './MapLegend';
import { OrganizationList } from './OrganizationList';
import { legendEntries } from './palette';
import { ReactionsExports } from './ReactionsExports';
import { ReactionsMap } from './ReactionsMap';
import { ReactionsTable } from './ReactionsTable';
import { ReactionsToolbar } from './ReactionsToolbar';
import './reactions.css';

/** Who reacted to the event, by the country the actor speaks for, with the articles that report it. */
export default function ReactionsView({ corpus }: { corpus: Corpus }) {
  const [state, setState] = useReactionsState();
  const [hovered, setHovered] = useState<string | null>(null);
  const review = useReview(corpus);
  const svgRef = useRef<SVGSVGElement>(null);

  // Article ids the corpus does not have (an old link) are ignored rather than hiding everything.
  const articleIds = state.src.filter((id) => corpus.articles.some((a) => a.id === id));
  const filterKey = JSON.stringify([state.stance, articleIds, state.actor]);
  const reactions = useMemo(() => {
    const filter: ReactionFilter = { stances: state.stance, articleIds, actorKinds: state.actor };
    return filterReactions(corpus.reactions, filter);
    // filterKey stands for the three arrays, which nuqs may hand over as new objects on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [corpus, filterKey]);
  const summaries = useMemo(() => summariseByCountry(reactions), [reactions]);
  const organizations = useMemo(() => summariseByOrganization(reactions), [reactions]);
  const rows = useMemo(() => reactionRows(reactions), [reactions]);
  const bins = articleCountBins(articleIds.length || corpus.articles.length);
  const legend = legendEntries(summaries, state.color, bins);
  const legendTitle = state.color === 'stance' ? 'Stance of the reactions' : 'Articles reporting the reactions';
  const selected = state.country?.toUpperCase() ?? null;
  const select = (code: string) => void setState({ country: code === selected ? null : code });

  if (corpus.reactions.length === 0) {
    return (
      <section className="view" aria-labelledby="rx-title">
        <h2 id="rx-title">Reactions by country</h2>
        <p>The articles in this corpus report no reactions, so there is nothing to map.</p>
      </section>
    );
  }

  return (
    <section className="view view-wide rx-view" aria-labelledby="rx-title">
      <h2 id="rx-title">Reactions by country</h2>
      <p className="muted">
        A country is coloured when someone speaking for it reacted, not for where the story was reported or the places
        it mentions. {summaries.length} of{' '}
        {new Set(corpus.reactions.flatMap((r) => (r.country ? [r.country] : []))).size} reacting countries pass the
        filters.
      </p>
      <ReactionsToolbar corpus={corpus} state={state} onChange={(patch) => void setState(patch)} />
      <div className="rx-layout">
        <figure className="rx-figure" aria-labelledby="rx-figure-caption">
          <figcaption id="rx-figure-caption" className="visually-hidden">
            World map of reactions, coloured by {state.color === 'stance' ? 'stance' : 'number of reporting articles'}
          </figcaption>
          <div className="rx-key">
            <ColorModeSwitch mode={state.color} onChange={(color) => void setState({ color })} />
            <MapLegend entries={legend} title={legendTitle} />
          </div>
          <ReactionsMap
            summaries={summaries}
            mode={state.color}
            bins={bins}
            selected={selected}
            hovered={hovered}
            onSelect={select}
            onHover={setHovered}
            svgRef={svgRef}
          />
        </figure>
        <OrganizationList organizations={organizations} />
        {selected && (
          <CountryPanel
            corpus={corpus}
            code={selected}
            summary={summaries.find((s) => s.code === selected)}
            onClose={() => void setState({ country: null })}
            review={review.states}
            onDecide={(target, action) => void review.decide(target, action)}
            corrections={review.corrections}
          />
        )}
      </div>
      <ReactionsExports
        corpus={corpus}
        rows={rows}
        summaries={summaries}
        legend={legend}
        legendTitle={legendTitle}
        svgRef={svgRef}
      />
      <ReactionsTable
        rows={rows}
        selected={selected}
        onSelect={select}
        order={state.by}
        onOrder={(by) => void setState({ by })}
      />
    </section>
  );
}
