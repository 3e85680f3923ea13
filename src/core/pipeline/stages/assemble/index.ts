import { withIndependence, type Content } from '../../../analysis';
import type { Manifest } from '../../../ingest/manifest';
import { corpusSchema, SCHEMA_VERSION, type Alignment, type Corpus, type Problem } from '../../../schema/corpus';
import { assignSources } from '../../assignSources';
import { contentHash, type Hasher } from '../../hash';
import type { Stage } from '../../stage';
import type { PreparedArticle } from '../segment';

export const GENERATOR = 'parallax 0.1.0';

/**
 * What names the corpus. `naming` lets the caller prefer what a folder's manifest says (the
 * command line: its flags, then the manifest, then the folder's name).
 */
export type BuildOptions = {
  id: string;
  title: string;
  naming?: (manifest: Manifest | null) => { id: string; title: string };
  /** Replaces the portable SHA-256 where the platform has a faster one (Node's). Same digest. */
  hasher?: () => Hasher;
};

export type BuildResult = { corpus: Corpus; problems: Problem[]; read: number };

export type AssembleInput = {
  prepared: readonly PreparedArticle[];
  problems: Problem[];
  manifest: Manifest | null;
  content: Content;
  alignments: Alignment[];
  options: BuildOptions;
};

/** Step 9: sources across articles, independent confirmations, the content hash, and validation. */
export const assemble: Stage<AssembleInput, BuildResult> = {
  name: 'assemble',
  run: ({ prepared, problems, manifest, content, alignments, options }) => {
    const { sources, articles } = assignSources(prepared);
    const { id, title } = options.naming?.(manifest) ?? options;
    const body: Corpus = {
      schemaVersion: SCHEMA_VERSION,
      id,
      title,
      hash: '',
      generator: GENERATOR,
      sources,
      articles,
      ...withIndependence(content, articles, alignments),
      problems,
    };
    const hash = contentHash(body, options.hasher?.());
    return { corpus: corpusSchema.parse({ ...body, hash }), problems, read: articles.length };
  },
};
