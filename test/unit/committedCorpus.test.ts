import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'bin/parallax.js');

function buildTo(file: string) {
  execFileSync(
    process.execPath,
    [
      cli,
      'build',
      'corpora/kadhimi-2021',
      '--out',
      file,
      '--id',
      'kadhimi-2021',
      '--title',
      readCommitted().title,
      '--quiet',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return readFileSync(file, 'utf8');
}

function readCommitted(): { title: string } {
  return JSON.parse(readFileSync(path.join(root, 'public/corpus.json'), 'utf8')) as { title: string };
}

describe('the committed sample corpus', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-'));
  const first = buildTo(path.join(dir, 'a.json'));

  it('is what the pipeline builds today (run `npm run corpus` when this fails)', () => {
    expect(readFileSync(path.join(root, 'public/corpus.json'), 'utf8')).toBe(first);
  });

  it('builds to identical bytes twice', () => {
    expect(buildTo(path.join(dir, 'b.json'))).toBe(first);
  });

  it('validates against the published JSON Schema, which is itself up to date', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'public/corpus.schema.json'), 'utf8')) as object;
    const fresh = path.join(dir, 'schema.json');
    execFileSync(process.execPath, [cli, 'schema', '--out', fresh], { cwd: root });
    expect(JSON.parse(readFileSync(fresh, 'utf8'))).toEqual(schema);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(JSON.parse(first));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('fails schema validation when a required field is missing', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'public/corpus.schema.json'), 'utf8')) as object;
    const corpus = JSON.parse(first) as { articles: Record<string, unknown>[] };
    delete corpus.articles[0]!.text;
    expect(new Ajv2020({ strict: false }).compile(schema)(corpus)).toBe(false);
  });
});
