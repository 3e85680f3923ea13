/**
 * Generic news vocabulary that lets two outlets' wordings of one count meet: verbs of what happened
 * and nouns of what was counted, each mapped to one class. Not about any one story.
 */
const VERB_CLASSES: [string, string[]][] = [
  ['injured', ['injure', 'wound', 'hurt', 'harm', 'hospitalise', 'hospitalize', 'maim', 'injury']],
  ['killed', ['kill', 'die', 'dead', 'slay', 'murder', 'death', 'execute', 'perish']],
  ['shot down', ['intercept', 'down', 'neutralise', 'neutralize', 'shoot down', 'take down', 'bring down']],
  // Destroyed and damaged are two counts of one event ("40 destroyed and another 300 damaged").
  ['destroyed', ['destroy', 'demolish', 'raze', 'flatten', 'wreck']],
  ['damaged', ['damage']],
  ['used', ['use', 'involve', 'carry out', 'deploy', 'launch', 'fire']],
  ['hit', ['hit', 'strike', 'target', 'explode', 'land', 'fall', 'crash', 'impact']],
  ['arrested', ['arrest', 'detain', 'capture', 'apprehend', 'jail']],
  ['sentenced', ['sentence', 'imprison']],
  ['missing', ['miss', 'disappear', 'abduct', 'kidnap']],
  ['displaced', ['displace', 'flee', 'evacuate', 'relocate']],
  ['lost', ['lose', 'forfeit']],
  ['won', ['win', 'gain', 'secure']],
  ['said', ['say', 'tell', 'claim', 'state', 'report', 'confirm', 'announce']],
];

const NOUN_CLASSES: [string, string[]][] = [
  ['guards', ['guard', 'bodyguard', 'protection', 'bodyguards', 'guards', 'escort']],
  ['people', ['civilian', 'resident', 'people', 'person', 'bystander', 'passer-by']],
  ['protesters', ['protester', 'protestor', 'demonstrator', 'demonstration']],
  ['officers', ['officer', 'policeman', 'police', 'policemen']],
  ['soldiers', ['soldier', 'troop', 'serviceman', 'servicemen']],
  ['drones', ['drone', 'uav', 'unmanned']],
  ['rockets', ['rocket', 'missile', 'projectile', 'shell', 'mortar']],
  ['officials', ['official', 'source', 'officer-in-charge']],
  ['seats', ['seat']],
];

const VERB_INDEX = new Map<string, string>(VERB_CLASSES.flatMap(([cls, words]) => words.map((w) => [w, cls] as const)));
const NOUN_INDEX = new Map<string, string>(NOUN_CLASSES.flatMap(([cls, words]) => words.map((w) => [w, cls] as const)));

export function verbClass(lemma: string): string | null {
  return VERB_INDEX.get(lemma) ?? null;
}

export function nounClass(lemma: string): string {
  return NOUN_INDEX.get(lemma) ?? lemma;
}

/** The class of what is counted: the head's own class, else a modifier's ("protection force"), else the head. */
export function countedClass(head: string, modifiers: readonly string[]): string {
  if (nounClass(head) !== head) return nounClass(head);
  const fromModifier = modifiers.map(nounClass).find((c, i) => c !== modifiers[i]);
  return fromModifier ?? head;
}

/** Nouns that say "how many of something" rather than what: follow "of" to the real head. */
export const PARTITIVES = new Set([
  'member',
  'number',
  'group',
  'dozen',
  'hundred',
  'thousand',
  'part',
  'total',
  'some',
  'other',
  'each',
  'one',
  'two',
  'three',
  'which',
  'whom',
]);

/** Units of time and measure: a count of these is a duration or measure, kept as its own kind of row. */
export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);
