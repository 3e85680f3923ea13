/**
 * The analysis stages read English (their word lists and tagger are English). Too short to tell
 * ("und") counts as English, so a brief English article is not dropped. Kept apart from language
 * detection so the dashboard can ask without loading the detector.
 */
export function isEnglish(language: string): boolean {
  return language === 'eng' || language === 'und';
}
