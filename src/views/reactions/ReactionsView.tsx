import { useMemo, useRef, useState } from 'react';
import {
  articleCountBins,
  filterReactions,
  reactionRows,
  summariseByCountry,
  summariseByOrganization,
  type ReactionFilter,
} from '../../core/reactions';
import { filterByReview, reviewedReactions } from '../../core/review/reviewedReactions';
import type { Corpus } from '../../core/schema/corpus';
import { useReview } from '../../data/useReview';
import { useReviewFromUrl } from '../../data/useReviewFromUrl';
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
  // A colleague's `?review=` link opens the reviewed map too, not only the reviewed matrix.
  const loadedReview = useReviewFromUrl(corpus);
  const svgRef = useRef<SVGSVGElement>(null);

  // The reactions as the review corrects them: the map, the table and the exports count and colour
  // each by the country and stance the analyst gave it, and say what the pipeline read.
  const reviewed = useMemo(
    () => reviewedReactions(corpus.reactions, review.corrections, review.states),
    [corpus, review.corrections, review.states],
  );
  // Article ids the corpus does not have (an old link) are ignored rather than hiding everything.
  const articleIds = state.src.filter((id) => corpus.articles.some((a) => a.id === id));
  const filterKey = JSON.stringify([state.stance, articleIds, state.actor, state.verdict]);
  const reactions = useMemo(() => {
    const filter: ReactionFilter = { stances: state.stance, articleIds, actorKinds: state.actor };
    return filterByReview(filterReactions(reviewed.reactions, filter), reviewed.reviews, state.verdict);
    // filterKey stands for the four arrays, which nuqs may hand over as new objects on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reviewed, filterKey]);
  // Dismissed reactions stay listed (struck through) but colour nothing: the map shows what stands.
  const standing = useMemo(
    () => reactions.filter((r) => reviewed.reviews.get(r.id)?.verdict !== 'dismissed'),
    [reactions, reviewed],
  );
  const listed = useMemo(() => summariseByCountry(reactions), [reactions]);
  const summaries = useMemo(() => summariseByCountry(standing), [standing]);
  const organizations = useMemo(() => summariseByOrganization(standing), [standing]);
  const rows = useMemo(() => reactionRows(reactions), [reactions]);
  const anyVerdict = [...reviewed.reviews.values()].some((r) => r.verdict);
  const dismissedShown = standing.length < reactions.length;
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
        it mentions. {listed.length} of{' '}
        {new Set(reviewed.reactions.flatMap((r) => (r.country ? [r.country] : []))).size} reacting countries pass the
        filters.{dismissedShown && ' Dismissed reactions are listed, struck through, but colour nothing.'}
      </p>
      {loadedReview && (
        <p role={loadedReview.ok ? 'status' : 'alert'} className="notice-inline">
          {loadedReview.message}
        </p>
      )}
      <ReactionsToolbar
        corpus={corpus}
        state={state}
        onChange={(patch) => void setState(patch)}
        reviewed={anyVerdict}
      />
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
            summary={listed.find((s) => s.code === selected)}
            onClose={() => void setState({ country: null })}
            review={review.states}
            reviews={reviewed.reviews}
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
        review={review}
        reviews={reviewed.reviews}
      />
      <ReactionsTable
        rows={rows}
        reviews={reviewed.reviews}
        selected={selected}
        onSelect={select}
        order={state.by}
        onOrder={(by) => void setState({ by })}
      />
    </section>
  );
}
