import type { Reaction, ReactionMention, Stance } from '../../schema/corpus';
import type { Cue } from './stanceCues';

export type ActorKind = NonNullable<Reaction['actorKind']>;
export type Actor = { name: string; country: string | null; organization?: string; kind: ActorKind };

type Recorded = {
  actor: Actor;
  stance: Stance;
  detail: string;
  target?: string;
  mentions: ReactionMention[];
  seen: Set<string>;
};

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const who = (a: Actor) => `${a.country ?? ''}|${a.organization ?? ''}|${a.name}`;

/** Collects what each actor said or did, one entry per actor and stance, and turns them into reactions. */
export function reactionRecorder() {
  const found = new Map<string, Recorded>();
  const record = (actor: Actor, cue: Cue, target: string | undefined, mention: ReactionMention) => {
    const key = `${actor.country ?? ''}|${actor.organization ?? ''}|${actor.name}|${cue.stance}`;
    const entry = found.get(key) ?? { actor, stance: cue.stance, detail: cue.detail, mentions: [], seen: new Set() };
    if (!entry.target && target) entry.target = target;
    // A set of where it was reported: one reaction carried by thousands of copies stays linear.
    const where = `${mention.articleId}|${mention.start}`;
    if (!entry.seen.has(where)) {
      entry.seen.add(where);
      entry.mentions.push(mention);
    }
    found.set(key, entry);
  };
  const finish = (): Reaction[] => {
    const entries = [...found.values()];
    dropBareWhereStanceGiven(entries);
    dropOfficeWhereOfficerSpoke(entries);
    return entries
      .filter((e) => e.mentions.length > 0)
      .map(toReaction)
      .sort((a, b) => {
        const ka = a.country ?? `~${a.organization ?? ''}`;
        const kb = b.country ?? `~${b.organization ?? ''}`;
        return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : 1;
      });
  };
  return { record, finish };
}

/** A bare statement or act says nothing more in an article that already gives the same actor a stance. */
function dropBareWhereStanceGiven(entries: Recorded[]): void {
  const stanceIn = new Set(
    entries.filter((e) => e.stance !== 'other').flatMap((e) => e.mentions.map((m) => `${who(e.actor)}|${m.articleId}`)),
  );
  for (const e of entries)
    if (e.stance === 'other' && ['statement', 'act'].includes(e.detail))
      e.mentions = e.mentions.filter((m) => !stanceIn.has(`${who(e.actor)}|${m.articleId}`));
}

/**
 * One statement read twice, once for an office and once for its officer ("the Interior Ministry"
 * and "the Interior Ministry spokesman"): the officer, the longer name, is the actor, and the office
 * loses the mentions the two share.
 */
function dropOfficeWhereOfficerSpoke(entries: readonly Recorded[]): void {
  for (const office of entries)
    for (const officer of entries) {
      if (officer === office || officer.stance !== office.stance) continue;
      if ((officer.actor.country ?? '') !== (office.actor.country ?? '')) continue;
      if ((officer.actor.organization ?? '') !== (office.actor.organization ?? '')) continue;
      if (!officer.actor.name.startsWith(`${office.actor.name} `)) continue;
      office.mentions = office.mentions.filter((m) => !officer.seen.has(`${m.articleId}|${m.start}`));
    }
}

function toReaction({ actor, stance, detail, target, mentions }: Recorded): Reaction {
  const reaction: Reaction = {
    id: `reaction-${slug(actor.country ?? actor.organization ?? 'org')}-${slug(actor.name)}-${stance}`,
    country: actor.country,
    actor: actor.name,
    actorKind: actor.kind,
    stance,
    mentions: mentions.sort((a, b) =>
      a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start,
    ),
  };
  if (actor.organization) reaction.organization = actor.organization;
  if (detail !== stance && detail !== 'statement') reaction.stanceDetail = detail;
  if (target) reaction.target = target;
  return reaction;
}
