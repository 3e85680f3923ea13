import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  const texts: [string, string][] = [
    ['eng', 'Officials said the bridge over the river would reopen on Friday after two weeks of repairs.'],
    ['spa', 'El gobierno anunció el lunes nuevas medidas para reducir los precios de la energía para los hogares.'],
    ['fra', 'Le gouvernement a annoncé lundi de nouvelles mesures pour faire baisser les prix de l’énergie.'],
    ['deu', 'Die Regierung hat am Montag neue Maßnahmen beschlossen, um die Energiepreise für Haushalte zu senken.'],
    ['ara', 'أعلنت الحكومة يوم الاثنين عن إجراءات جديدة لخفض أسعار الطاقة للأسر والشركات في جميع أنحاء البلاد.'],
    ['rus', 'Правительство в понедельник объявило о новых мерах по снижению цен на энергию для домохозяйств.'],
  ];

  it('names the language of a paragraph as an ISO 639-3 code', () => {
    for (const [code, text] of texts) expect(detectLanguage(text, undefined), text).toBe(code);
  });

  it('does not guess from a few words', () => {
    expect(detectLanguage('Flood warning', undefined)).toBe('und');
    expect(detectLanguage('   ', undefined)).toBe('und');
  });

  it('takes the language a file states over any guess', () => {
    expect(detectLanguage(texts[1]![1], 'en-GB')).toBe('eng');
  });
});
