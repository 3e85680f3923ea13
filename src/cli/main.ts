import { writeFile } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError } from 'commander';

/** Reads a count option: a whole number of 1 or more, else a usage error (exit 64) that says so. */
export function positiveWholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a whole number of 1 or more, not "${value}".`);
  return n;
}

// Each command loads its own modules when it runs: `--help` and `schema` must not pay for the
// language models and the whole pipeline.

function program(): Command {
  const cli = new Command('parallax')
    .description('Parallax: turn a folder of news articles about one event into a corpus JSON for the dashboard.')
    .exitOverride()
    .showHelpAfterError();
  cli
    .command('build')
    .description(
      'Read articles (.txt with header lines, .md with front matter, .html, .json, .jsonl; a manifest.yaml or .json in a folder overrides metadata) and write a corpus JSON.',
    )
    .argument('<inputs...>', 'folders or files of articles; the article id is the file name without its extension')
    .requiredOption('-o, --out <file>', 'where to write the corpus JSON')
    .option(
      '--event <name>',
      "the event the corpus covers, used as its id (default: the manifest's event, else the first input folder's name)",
    )
    .option('--id <id>', 'the same as --event')
    .option('--title <title>', "corpus title shown in the dashboard (default: the manifest's title, else the id)")
    .option('-q, --quiet', 'print nothing but problems')
    .option(
      '-w, --workers <number>',
      'threads for the per-article work, a whole number of 1 or more (default: one per core, fewer for small folders)',
      positiveWholeNumber,
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 every file was read; 1 some files were skipped (each is named on stderr); 2 nothing could be read or --out names an input file; 64 a usage error (such as --workers abc).',
    )
    .action(
      async (
        inputs: string[],
        options: { out: string; id?: string; event?: string; title?: string; quiet?: boolean; workers?: number },
      ) => {
        const { event, ...rest } = options;
        const id = options.id ?? event;
        cli.setOptionValue(
          'exitCode',
          await (await import('./build')).runBuild(inputs, { ...rest, ...(id ? { id } : {}) }),
        );
      },
    );
  cli
    .command('open')
    .description(
      'Build a corpus from your articles and serve the dashboard on it: prints the address to open, and rebuilds when the articles change.',
    )
    .argument('<inputs...>', 'folders or files of articles, as for build')
    .option(
      '-p, --port <number>',
      'the port to serve on (default: 4173, or the next free one; 0 picks any free port)',
      (v) => Number.parseInt(v, 10),
    )
    .option('--host <host>', 'the address to listen on', '127.0.0.1')
    .action(async (inputs: string[], options: { port?: number; host: string }) => {
      if (options.port !== undefined && !(Number.isInteger(options.port) && options.port >= 0 && options.port < 65536))
        throw new Error(`--port must be a port number, not "${String(options.port)}"`);
      cli.setOptionValue(
        'exitCode',
        await (
          await import('./open')
        ).runOpen(inputs, { host: options.host, ...(options.port !== undefined ? { port: options.port } : {}) }),
      );
    });
  cli
    .command('events')
    .description(
      'Build one corpus per event folder, named after the folder, and an index.json that lists them for the dashboard.',
    )
    .argument('<folders...>', 'one folder of articles per event')
    .requiredOption('-o, --out <folder>', 'where to write <event>.json files and index.json')
    .option('-q, --quiet', 'print nothing but problems')
    .option(
      '-w, --workers <number>',
      'threads for the per-article work, a whole number of 1 or more',
      positiveWholeNumber,
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 every file was read; 1 some files were skipped; 2 a folder could not be read, or two folders share a name, or one is named index; 64 a usage error (such as --workers abc).',
    )
    .action(async (folders: string[], options: { out: string; quiet?: boolean; workers?: number }) => {
      cli.setOptionValue(
        'exitCode',
        await (
          await import('./events')
        ).runEvents(folders, options.out, {
          ...(options.quiet ? { quiet: true } : {}),
          ...(options.workers ? { workers: options.workers } : {}),
        }),
      );
    });
  cli
    .command('index')
    .description('Write an index.json catalogue of corpus files, which the dashboard lists on its Import page.')
    .argument('<corpora...>', 'corpus JSON files')
    .requiredOption('-o, --out <file>', 'where to write index.json (corpus paths are stored relative to it)')
    .action(async (corpora: string[], options: { out: string }) => {
      cli.setOptionValue('exitCode', await (await import('./events')).runIndex(corpora, options.out));
    });
  cli
    .command('schema')
    .description('Write the corpus JSON Schema (the contract the dashboard validates against).')
    .requiredOption('-o, --out <file>', 'where to write the schema')
    .option('--review', 'write the schema of review files instead')
    .action(async (options: { out: string; review?: boolean }) => {
      const schema = options.review
        ? (await import('../core/review/jsonSchema')).reviewJsonSchema()
        : (await import('../core/schema/jsonSchema')).corpusJsonSchema();
      await writeFile(options.out, `${JSON.stringify(schema, null, 2)}\n`);
      cli.setOptionValue('exitCode', 0);
    });
  const review = cli
    .command('review')
    .description("An analyst's review of a corpus: apply its corrections, or compare two reviewers.");
  review
    .command('apply')
    .description(
      'Write the corpus as a review corrects it: dismissed findings left out, corrections made, statuses recomputed.',
    )
    .argument('<corpus>', 'the corpus JSON the review was made on')
    .argument('<review>', 'the review JSON (see review.schema.json)')
    .requiredOption('-o, --out <file>', 'where to write the corrected corpus')
    .option('--any-build', 'apply a review made on another build of this corpus wherever its ids still match')
    .addHelpText(
      'after',
      '\nExit codes: 0 every decision applied; 1 some decisions name findings this corpus lacks (each is named); 2 a file is unreadable, malformed, oversized or of another corpus.',
    )
    .action(async (corpus: string, file: string, options: { out: string; anyBuild?: boolean }) => {
      cli.setOptionValue('exitCode', await (await import('./review')).runReviewApply(corpus, file, options));
    });
  review
    .command('diff')
    .description("Print where two reviewers' decisions disagree: the same finding, another verdict or correction.")
    .argument('<a>', 'one review JSON')
    .argument('<b>', 'another review JSON of the same corpus')
    .addHelpText(
      'after',
      '\nExit codes: 0 no disagreement; 1 some (each printed); 2 a file is unreadable or malformed.',
    )
    .action(async (a: string, b: string) => {
      cli.setOptionValue('exitCode', await (await import('./review')).runReviewDiff(a, b));
    });
  cli
    .command('score')
    .description(
      'Compare a corpus with a hand-made gold annotation (test/gold/README.md): reactions, figures, people, quotes and reuse, as the reference scorer counts them.',
    )
    .argument('<corpus>', 'the corpus JSON to score')
    .requiredOption('--gold <file>', 'the gold annotation JSON')
    .option('--json', 'print the full score as JSON instead of a table')
    .action(async (corpus: string, options: { gold: string; json?: boolean }) => {
      cli.setOptionValue('exitCode', await (await import('./score/command')).runScore(corpus, options));
    });
  cli
    .command('eval')
    .description(
      'Build every cluster folder (articles plus a gold.json) and print its scores and their mean over the clusters; fail below the floors reached so far.',
    )
    .argument('<folders...>', 'one folder per news cluster: its articles and gold.json')
    .option('--gold-dir <folder>', 'where to find <folder name>.json for a folder without gold.json')
    .option('--json', 'print every score and the means as JSON')
    .option('--floors <file>', 'fail (exit 1) when a figure falls below its floor in this file')
    .option('--update-floors', 'raise the floors in --floors to the figures reached (never lowers them)')
    .option('--reference <score.mjs>', 'also run this reference scorer on each corpus and fail if it disagrees')
    .option('--keep <folder>', 'write the built corpora there instead of a temporary folder')
    .addHelpText(
      'after',
      '\nExit codes: 0 every floor holds; 1 a floor or the reference failed; 2 a cluster could not be read.',
    )
    .action(
      async (
        folders: string[],
        options: {
          goldDir?: string;
          json?: boolean;
          floors?: string;
          updateFloors?: boolean;
          reference?: string;
          keep?: string;
        },
      ) => {
        cli.setOptionValue('exitCode', await (await import('./eval')).runEval(folders, options));
      },
    );
  cli
    .command('synth')
    .description(
      'Make a synthetic corpus of any size from real articles, for benchmarks: wire copies, rewrites, changed figures, translated-style wording and unrelated articles.',
    )
    .argument('<inputs...>', 'folders or files of real articles to start from')
    .requiredOption('-n, --count <number>', 'how many articles to write', (v) => Number.parseInt(v, 10))
    .requiredOption('-o, --out <folder>', 'where to write the .txt articles')
    .option(
      '--seed <number>',
      'seed for the random choices; the same seed gives the same files',
      (v) => Number.parseInt(v, 10),
      1,
    )
    .action(async (inputs: string[], options: { count: number; out: string; seed: number }) => {
      if (!Number.isInteger(options.count) || options.count < 1)
        throw new Error(`--count must be a positive whole number, not "${String(options.count)}"`);
      cli.setOptionValue('exitCode', await (await import('./synth/command')).runSynth(inputs, options));
    });
  return cli;
}

/** Runs the command line and returns the exit code; never throws for a user mistake. */
export async function main(argv: readonly string[]): Promise<number> {
  const cli = program();
  try {
    await cli.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 64;
    process.stderr.write(`parallax: ${error instanceof Error ? error.message : String(error)}\n`);
    return 70;
  }
  return (cli.getOptionValue('exitCode') as number | undefined) ?? 0;
}
