import {
  ACTOR_KIND_LABELS,
  ACTOR_KINDS,
  STANCE_LABELS,
  STANCES,
  actorKindOf,
  type ActorKind,
} from '../../core/reactions';
import type { ReviewState } from '../../core/review/reviewedReactions';
import type { Corpus, Stance } from '../../core/schema/corpus';
import { CheckboxGroup } from './CheckboxGroup';
import { cutText } from '../../core/text/cutText';

export type FilterState = { stance: Stance[]; src: string[]; actor: ActorKind[]; verdict: ReviewState[] };

type Props = {
  corpus: Corpus;
  state: FilterState;
  onChange: (patch: Partial<FilterState>) => void;
  /** The review has a verdict on some reaction: only then is there anything to filter by. */
  reviewed: boolean;
};

const REVIEW_CHOICES: { value: ReviewState; label: string }[] = [
  { value: 'verified', label: 'Verified' },
  { value: 'dismissed', label: 'Dismissed' },
  { value: 'unreviewed', label: 'Not reviewed' },
];

/** The filters; their options are the ones this corpus has, plus any the URL already chose. */
export function ReactionsToolbar({ corpus, state, onChange, reviewed }: Props) {
  const stances = STANCES.filter((s) => state.stance.includes(s) || corpus.reactions.some((r) => r.stance === s));
  const kinds = ACTOR_KINDS.filter(
    (k) => state.actor.includes(k) || corpus.reactions.some((r) => actorKindOf(r) === k),
  );
  const sourceName = (sourceId: string) => cutText(corpus.sources.find((s) => s.id === sourceId)?.name ?? sourceId);
  const filtered = state.stance.length + state.src.length + state.actor.length + state.verdict.length > 0;
  return (
    <div className="rx-toolbar" role="group" aria-label="Filters">
      <CheckboxGroup
        legend="Stance"
        options={stances.map((s) => ({ value: s, label: STANCE_LABELS[s] }))}
        selected={state.stance}
        onChange={(stance) => onChange({ stance })}
      />
      <CheckboxGroup
        legend="Actor"
        options={kinds.map((k) => ({ value: k, label: ACTOR_KIND_LABELS[k] }))}
        selected={state.actor}
        onChange={(actor) => onChange({ actor })}
      />
      {(reviewed || state.verdict.length > 0) && (
        <CheckboxGroup
          legend="Review"
          options={REVIEW_CHOICES}
          selected={state.verdict}
          onChange={(verdict) => onChange({ verdict })}
        />
      )}
      <CheckboxGroup
        legend="Reported in"
        className="rx-set-articles"
        options={corpus.articles.map((a) => ({ value: a.id, label: `${sourceName(a.sourceId)}: ${cutText(a.title)}` }))}
        selected={state.src}
        onChange={(src) => onChange({ src })}
      />
      {filtered && (
        <button
          type="button"
          className="rx-clear"
          onClick={() => onChange({ stance: [], src: [], actor: [], verdict: [] })}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
