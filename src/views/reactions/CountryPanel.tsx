import {
  ACTOR_KIND_LABELS,
  STANCE_LABELS,
  actorKindOf,
  countryName,
  detailLabel,
  reactionEvidence,
  reactionQuote,
  reportedByLine,
  summaryLine,
  type CountrySummary,
} from '../../core/reactions';
import type { Corpus } from '../../core/schema/corpus';
import { useAppHref } from '../../url/links';
import { STANCE_FILLS } from './palette';
import { Swatch } from './Swatch';

type Props = { corpus: Corpus; code: string; summary: CountrySummary | undefined; onClose: () => void };

/** Who in the selected country reacted, how, in whose words, and which articles say so. */
export function CountryPanel({ corpus, code, summary, onClose }: Props) {
  const href = useAppHref();
  const name = summary?.name ?? countryName(code);
  return (
    <aside className="rx-panel" aria-labelledby="rx-panel-title">
      <header className="rx-panel-head">
        <h3 id="rx-panel-title">{name}</h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {!summary ? (
        <p>No reaction from {name} passes the filters.</p>
      ) : (
        <>
          <p className="muted small">{summaryLine(summary)}</p>
          <ul className="rx-actors">
            {summary.reactions.map((reaction) => {
              const quote = reactionQuote(reaction);
              return (
                <li key={reaction.id}>
                  <p className="rx-actor">
                    <strong>{reaction.actor}</strong>{' '}
                    <span className="muted small">({ACTOR_KIND_LABELS[actorKindOf(reaction)]})</span>
                  </p>
                  <p className="rx-stance">
                    <Swatch fill={STANCE_FILLS[reaction.stance]} /> {STANCE_LABELS[reaction.stance]}
                    {reaction.stanceDetail && (
                      <span className="muted small"> ({detailLabel(reaction.stanceDetail)})</span>
                    )}
                    {reaction.target && <span className="rx-target"> towards {reaction.target}</span>}
                  </p>
                  {quote && <blockquote className="rx-quote">“{quote}”</blockquote>}
                  <p className="small">{reportedByLine(reaction)}</p>
                  <ul className="rx-evidence small">
                    {reactionEvidence(corpus, reaction).map((item) => (
                      <li key={`${item.articleId}-${item.sentence ?? item.text}`}>
                        <a href={href({ view: 'articles', article: item.articleId, sentence: item.sentence })}>
                          {item.sourceName}
                          {item.sentence !== undefined && `, sentence ${item.sentence + 1}`}
                        </a>
                        : <span className="rx-sentence">{item.text}</span>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </aside>
  );
}
