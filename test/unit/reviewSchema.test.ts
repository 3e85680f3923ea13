import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'bin/parallax.js');
const published = () => JSON.parse(readFileSync(path.join(root, 'public/review.schema.json'), 'utf8')) as object;

const review = {
  schemaVersion: '1.0.0',
  corpus: { id: 'an-event', hash: 'sha256:abc' },
  author: 'A. Reviewer',
  decisions: [
    {
      id: 'd1',
      time: '2030-05-06T07:08:09Z',
      target: { kind: 'cell', rowId: 'count-boats', articleId: 'a1' },
      action: { kind: 'verdict', verdict: 'dismissed' },
    },
    {
      id: 'd2',
      time: '2030-05-06T07:09:00Z',
      target: { kind: 'entity', entityId: 'person-b' },
      action: { kind: 'merge-entity', into: 'person-a' },
    },
  ],
};

describe('the published review JSON Schema', () => {
  it('is what `parallax schema --review` writes today (run `npm run corpus` when this fails)', () => {
    const fresh = path.join(mkdtempSync(path.join(tmpdir(), 'parallax-')), 'review.schema.json');
    execFileSync(process.execPath, [cli, 'schema', '--review', '--out', fresh], { cwd: root });
    expect(JSON.parse(readFileSync(fresh, 'utf8'))).toEqual(published());
  });

  it('accepts a review and refuses one whose verdict is unknown', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(published());
    expect(validate(review)).toBe(true);
    const wrong = structuredClone(review);
    (wrong.decisions[0]!.action as { verdict: string }).verdict = 'maybe';
    expect(validate(wrong)).toBe(false);
  });
});
