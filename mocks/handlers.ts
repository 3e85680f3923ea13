import { http, HttpResponse } from 'msw';
import catalogue from '../public/index.json';
import { emptyCorpus, malformedCorpusText, schemaInvalidCorpus, validCorpus } from './fixtures/corpora';

/**
 * Corpus fixtures served at stable paths. `/corpus.json` is the sample corpus as the pipeline built it,
 * so component tests and `npm run dev:mock` see exactly what users see.
 */
export const handlers = [
  http.get('*/corpus.json', () => HttpResponse.json(validCorpus)),
  http.get('*/index.json', () => HttpResponse.json(catalogue)),
  http.get('*/fixtures/valid.json', () => HttpResponse.json(validCorpus)),
  http.get('*/fixtures/empty.json', () => HttpResponse.json(emptyCorpus)),
  http.get(
    '*/fixtures/malformed.json',
    () => new HttpResponse(malformedCorpusText, { headers: { 'content-type': 'application/json' } }),
  ),
  http.get('*/fixtures/schema-invalid.json', () => HttpResponse.json(schemaInvalidCorpus)),
  http.get('*/fixtures/missing.json', () => new HttpResponse('Not found', { status: 404, statusText: 'Not Found' })),
];
