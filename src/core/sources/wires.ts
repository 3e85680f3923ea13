/**
 * News agencies and their common spellings, normalised to one display name.
 * A generic table of the world's wire services, not of any one story.
 */
const AGENCIES: readonly { name: string; spellings: readonly string[] }[] = [
  { name: 'Reuters', spellings: ['reuters', 'thomson reuters'] },
  { name: 'Associated Press', spellings: ['associated press', 'the associated press', 'ap'] },
  { name: 'AFP', spellings: ['afp', 'agence france-presse', 'agence france presse'] },
  { name: 'dpa', spellings: ['dpa', 'deutsche presse-agentur'] },
  { name: 'Bloomberg', spellings: ['bloomberg'] },
  { name: 'ANSA', spellings: ['ansa'] },
  { name: 'EFE', spellings: ['efe'] },
  { name: 'Xinhua', spellings: ['xinhua'] },
  { name: 'Kyodo', spellings: ['kyodo', 'kyodo news'] },
  { name: 'Yonhap', spellings: ['yonhap'] },
  { name: 'TASS', spellings: ['tass'] },
  { name: 'Interfax', spellings: ['interfax'] },
  { name: 'Anadolu Agency', spellings: ['anadolu', 'anadolu agency'] },
  { name: 'PTI', spellings: ['pti', 'press trust of india'] },
  { name: 'UPI', spellings: ['upi', 'united press international'] },
  { name: 'Europa Press', spellings: ['europa press'] },
  { name: 'Lusa', spellings: ['lusa'] },
  { name: 'PA Media', spellings: ['pa media', 'press association'] },
  { name: 'AAP', spellings: ['aap', 'australian associated press'] },
  { name: 'CP', spellings: ['the canadian press', 'canadian press'] },
];

const BY_SPELLING = new Map<string, string>(
  AGENCIES.flatMap((agency) => agency.spellings.map((s) => [s, agency.name] as const)),
);

/** The normalised agency name for a spelling, or null when it is not a known wire. */
export function agencyName(spelling: string): string | null {
  const key = spelling.trim().replace(/[.]$/, '').replace(/\s+/g, ' ').toLowerCase();
  return BY_SPELLING.get(key) ?? null;
}

/** Regex alternation of every spelling, longest first, for finding agencies inside sentences. */
export const AGENCY_PATTERN = [...BY_SPELLING.keys()]
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
  .join('|');
