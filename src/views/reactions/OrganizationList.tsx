import { STANCE_LABELS, detailLabel, plural, type OrganizationSummary } from '../../core/reactions';
import { STANCE_FILLS } from './palette';
import { Swatch } from './Swatch';

type Props = { organizations: readonly OrganizationSummary[] };

/**
 * Organisations that reacted without speaking for one country (the UN, an alliance, an NGO): they have
 * no place on the map, so they are listed beside it.
 */
export function OrganizationList({ organizations }: Props) {
  return (
    <section className="rx-orgs" aria-labelledby="rx-orgs-title">
      <h3 id="rx-orgs-title">Organisations</h3>
      {organizations.length === 0 ? (
        <p className="muted small">No organisation without a country reacted, or none passes the filters.</p>
      ) : (
        <table className="data-table rx-org-table">
          <caption className="visually-hidden">Reactions of organisations that speak for no one country</caption>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Stance</th>
              <th scope="col">Towards</th>
              <th scope="col">Articles</th>
            </tr>
          </thead>
          <tbody>
            {organizations.flatMap((org) =>
              org.reactions.map((reaction) => (
                <tr key={reaction.id}>
                  <th scope="row">
                    {org.name}
                    {reaction.actor !== org.name && <span className="muted small"> ({reaction.actor})</span>}
                  </th>
                  <td>
                    <Swatch fill={STANCE_FILLS[reaction.stance]} /> {STANCE_LABELS[reaction.stance]}
                    {reaction.stanceDetail && (
                      <span className="muted small"> ({detailLabel(reaction.stanceDetail)})</span>
                    )}
                  </td>
                  <td>{reaction.target ?? <span className="muted">–</span>}</td>
                  <td className="num">{plural(new Set(reaction.mentions.map((m) => m.articleId)).size, 'article')}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
