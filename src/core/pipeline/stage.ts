/**
 * The pipeline's stages, in the order the runner runs them. A stage is one folder under
 * `stages/` with a typed input and output and no knowledge of who runs it or where.
 */
export const STAGE_NAMES = [
  'ingest',
  'clean',
  'segment',
  'perArticle',
  'crossArticle',
  'alignment',
  'assemble',
] as const;

export type StageName = (typeof STAGE_NAMES)[number];

export type Stage<Input, Output> = { name: StageName; run: (input: Input) => Output };
