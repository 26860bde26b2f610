// `parley build <paths|URLs…> [--out FILE] [--force] [--manifest FILE] [--urls FILE] [--feed URL]`: reads articles (files, web pages, feeds' items) (or takes them from the cache), builds the graph, validates it, writes Turtle atomically, prints a summary; with --shard, writes one shard's per-article results instead.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { UsageError } from '../errors.js';
import type { Article, InputProblem, KnowledgeGraph } from '../types.js';
import type { BuildResult, Shard } from '../pipeline.js';
import { PREDICATES } from '../types.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { DEFAULT_FETCH_OPTIONS } from '../ingest/fetch-options.js';
import { parseSeconds } from './parse-seconds.js';
import type { ArticleSources } from '../ingest/article-sources.js';
import type { WebResult } from '../ingest/fetch-articles.js';
import { unreadableReason } from '../ingest/unreadable-reason.js';
import { count, describeCounts } from './describe-counts.js';
import { DEFAULT_GRAPH_PATH, EXIT_FAILURE, EXIT_OK, quoteForTerminal, type CommandFactory, type Io } from './io.js';

/** A parser of a whole number of `what`, 1 or more. */
function wholeNumberOf(what: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`Expecting a whole number of ${what}, 1 or more.`);
    return n;
  };
}

/** `--timings`: each stage's time, then the peak memory of the process, on one line of stderr. */
function formatTimings(command: string, stages: readonly (readonly [string, number])[]): string {
  const times = stages.map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`).join(', ');
  return `parley ${command}: timings: ${times}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`;
}

/** `--shard 2/4`: the second of four shards. */
function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/u.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('Expecting i/n, the i-th of n shards, with 1 ≤ i ≤ n (e.g. 2/4).');
  return { index, count };
}

/** The folder of the article cache when `--cache` names none: `.parley-cache` beside the graph file. */
const DEFAULT_CACHE_NAME = '.parley-cache';

function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('Expecting a positive number of megabytes.');
  return Math.round(mb * 1024 * 1024);
}

/** A progress bar on stderr when it is a terminal; nothing otherwise, so logs and pipes stay clean. */
export interface ProgressReporter {
  update(phase: 'read' | 'extract', done: number, total: number): void;
  /** A step without a count ("checking …"), shown on its own line. */
  step(text: string): void;
  stop(): void;
}

export async function progressReporter(io: Io): Promise<ProgressReporter> {
  if (!io.interactive) return { update: () => undefined, step: () => undefined, stop: () => undefined };
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar({ format: '{phase} [{bar}] {value}/{total} articles', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  let phase: string | undefined;
  return {
    update(next, done, total) {
      if (phase !== next) {
        if (phase) bar.stop();
        phase = next;
        bar.start(total, done, { phase: next === 'read' ? 'reading   ' : 'extracting' });
      } else bar.update(done);
    },
    step(text) {
      if (phase) bar.stop();
      phase = undefined;
      io.stderr(`${text}\n`);
    },
    stop: () => bar.stop(),
  };
}

/**
 * One line of counts: articles; nodes, split into the entities `parley facts` lists (by type) and the offices and
 * topics it does not; claims by predicate.
 */
export async function summarize(graph: KnowledgeGraph): Promise<string> {
  // Imported here: the graph reader it brings is not needed for `parley --help` or a build that fails.
  const { factEntityType } = await import('../query/facts.js');
  const entities = graph.entities.filter((e) => factEntityType(e.type) !== undefined);
  const others = graph.entities.filter((e) => factEntityType(e.type) === undefined);
  const byPredicate = new Map<string, number>();
  for (const c of graph.claims) byPredicate.set(c.predicate, (byPredicate.get(c.predicate) ?? 0) + 1);
  const predicates = PREDICATES.filter((p) => byPredicate.has(p)).map((p) => `${byPredicate.get(p)} ${p}`).join(', ');
  const entityTypes = describeCounts(entities.map((e) => e.type));
  const nodes = [`${count(entities.length, 'entity')}${entityTypes ? ` (${entityTypes})` : ''}`, describeCounts(others.map((e) => e.type))];
  return (
    `${count(graph.articles.length, 'article')}; ${count(graph.entities.length, 'node')}: ${nodes.filter(Boolean).join(', ')}; ` +
    `${count(graph.claims.length, 'claim')} (${predicates})\n`
  );
}

/** Reports each file or web address that was skipped, by the path the user can find it at, or the address. */
export function reportProblems(io: Io, command: string, problems: readonly InputProblem[]): void {
  for (const problem of problems) {
    const where = isWebAddress(problem.path) ? problem.path : relative(io.cwd, problem.path) || problem.path;
    io.stderr(`parley: ${command}: skipped ${quoteForTerminal(where)}: ${problem.reason}\n`);
  }
}

/** An input read from the web rather than from a file. */
function isWebAddress(input: string): boolean {
  return /^https?:\/\//iu.test(input);
}

/** `--urls FILE`: one http(s) address a line; blank lines and lines starting with "#" are skipped. */
async function readUrlList(io: Io, file: string): Promise<string[]> {
  const text = await readFile(resolve(io.cwd, file), 'utf8').catch((error: unknown) => {
    throw new UsageError(`build: --urls ${quoteForTerminal(file)}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : unreadableReason(error)}`, { cause: error });
  });
  return text.split(/\r?\n/u).flatMap((line, index) => {
    const url = line.trim();
    if (url === '' || url.startsWith('#')) return [];
    return [webAddress(url, `--urls ${quoteForTerminal(file)}: line ${index + 1}`)];
  });
}

/** `url` normalised, or a usage error saying where it was typed. */
function webAddress(url: string, where: string): string {
  const parsed = URL.parse(url);
  if (parsed === null || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new UsageError(`build: ${where}: ${quoteForTerminal(url)} is not an http or https address.`);
  }
  return parsed.href;
}

function collect(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}

/** What writeGraph needs besides the graph: where, whether to replace a bigger graph, and the times so far. */
export interface WriteGraphOptions {
  /** The command, for messages. */
  readonly command: string;
  /** `--out` as typed. */
  readonly out: string;
  readonly force: boolean | undefined;
  readonly timings: boolean | undefined;
  /** When the command started, and the stage times so far. */
  readonly started: number;
  readonly stages: [string, number][];
  readonly progress: ProgressReporter;
  /** Said after the time on the last line of the summary ("4 of 5 articles from the cache"), if anything. */
  readonly note: string | undefined;
  /** The cache folder, where the parts of the graph are kept for the next build (see src/cache/turtle-parts.ts); none without one. */
  readonly cache: string | undefined;
}

/**
 * The end of `build` and `merge`: refuses to replace a graph of more articles (unless `force`), writes the graph's
 * Turtle (writeGraphTurtle: checked against the shapes, atomically) and prints the summary. Sets the exit code.
 */
export async function writeGraph(io: Io, setExit: (code: number) => void, result: BuildResult, options: WriteGraphOptions): Promise<void> {
  const [{ parsedArticleCount, readGraphState }, { writeGraphTurtle }] = await Promise.all([import('../rdf/graph-file.js'), import('../rdf/write-graph.js')]);
  const { graph, problems } = result;
  const { stages, progress, cache } = options;
  const started = performance.now();
  const out = resolve(io.cwd, options.out);
  // The old graph's trailer says how many articles it holds (a file without one is parsed), and which kept parts of the
  // cache apply to it.
  const old = options.force && cache === undefined ? undefined : await readGraphState(out);
  const held = options.force || old === undefined ? undefined : (old.trailer?.articles ?? (await parsedArticleCount(out)));
  if (old !== undefined) stages.push(['old graph', performance.now() - started]);
  if (held !== undefined && held > graph.articles.length) {
    io.stderr(
      `parley: ${options.command}: ${quoteForTerminal(options.out)} holds ${held} articles; this ${options.command} read ${graph.articles.length}. Kept the old graph; use --force to replace it.\n`,
    );
    setExit(EXIT_FAILURE);
    return;
  }
  progress.step('writing Turtle…');
  const written = await writeGraphTurtle(graph, out, { cache, replaced: old?.trailer, onStage: (stage, ms) => stages.push([stage, ms]) });
  if (options.timings) {
    io.stderr(formatTimings(options.command, stages));
    if (cache !== undefined) io.stderr(`parley ${options.command}: ${written.copied.toLocaleString('en-US')} of ${count(written.parts, 'part')} of the graph copied from the last one\n`);
  }
  const seconds = (performance.now() - options.started) / 1000;
  const notes = [options.note, problems.length ? `${problems.length} file${problems.length === 1 ? '' : 's'} skipped` : undefined].filter(Boolean);
  io.stdout(`${options.out}: ${await summarize(graph)}`);
  io.stdout(`built in ${seconds.toFixed(2)} s${notes.map((note) => `; ${note}`).join('')}\n`);
  setExit(problems.length > 0 ? EXIT_FAILURE : EXIT_OK);
}

interface BuildCliOptions {
  readonly out: string;
  readonly maxSize?: number;
  readonly force?: boolean;
  readonly jobs?: number;
  readonly timings?: boolean;
  /** A folder, false for --no-cache, undefined for the default. */
  readonly cache?: string | false;
  readonly shard?: Shard;
  readonly results?: string;
  readonly manifest?: string;
  readonly urls?: string;
  readonly feed?: readonly string[];
  /** Milliseconds, as parseSeconds gives them. */
  readonly fetchTimeout?: number;
  readonly fetchJobs?: number;
}

export const buildCommand: CommandFactory = (io, setExit) =>
  new Command('build')
    .description('Read news articles (files or folders of .txt, .md, .html, or web pages) and write their knowledge graph as Turtle.')
    .argument('[inputs...]', 'article files, folders or http(s) addresses')
    .option('-o, --out <file>', 'Turtle file to write', DEFAULT_GRAPH_PATH)
    .option('--max-size <megabytes>', 'skip files larger than this', parseMegabytes)
    .option('--force', 'replace the graph file even when the new graph holds fewer articles')
    .option('-j, --jobs <n>', 'threads that read and extract articles, from four files up (default: the cores available)', wholeNumberOf('threads'))
    .option('--cache <dir>', `folder of per-article results kept between builds (default: ${DEFAULT_CACHE_NAME} beside --out)`)
    .option('--no-cache', 'read and extract every article, and keep no per-article results')
    .option('--shard <i/n>', 'read only the i-th of n shards of the articles and write their results to --results, not a graph', parseShard)
    .option('--results <dir>', 'folder to write per-article results into, for `parley merge` (with --shard, or alone for all articles)')
    .option('--timings', 'print the time of each stage and the peak memory to stderr')
    .option('--manifest <file>', 'CSV or JSON (lines) giving the path, file or url of articles with their outlet, date and title')
    .option('--urls <file>', 'a file of web addresses to read, one a line (# comments)')
    .option('--feed <url>', 'an RSS or Atom feed whose items are read (repeatable)', collect)
    .option('--fetch-timeout <seconds>', `seconds each web request may take (default: ${DEFAULT_FETCH_OPTIONS.timeoutSeconds})`, parseSeconds)
    .option('--fetch-jobs <n>', `web requests at once (default: ${DEFAULT_FETCH_OPTIONS.jobs})`, wholeNumberOf('requests'))
    .action(async (args: string[], options: BuildCliOptions, command: Command) => {
      const started = performance.now();
      const urls = [...args.filter(isWebAddress).map((url) => webAddress(url, 'address')), ...(options.urls === undefined ? [] : await readUrlList(io, options.urls))];
      const feeds = (options.feed ?? []).map((feed) => webAddress(feed, '--feed'));
      const paths = args.filter((arg) => !isWebAddress(arg));
      if (paths.length === 0 && urls.length === 0 && feeds.length === 0) {
        throw new UsageError('build: no articles given: name files, folders or web addresses, or give --urls FILE or --feed URL.');
      }
      if (options.shard !== undefined && (urls.length > 0 || feeds.length > 0 || options.manifest !== undefined)) {
        throw new UsageError(`build: --shard ${options.shard.index}/${options.shard.count} reads files only: web addresses, --urls, --feed and --manifest need a build of the whole corpus.`);
      }
      if (options.shard !== undefined && options.results === undefined) {
        throw new UsageError(`build: --shard ${options.shard.index}/${options.shard.count} needs --results DIR, the folder to write the shard's results into.`);
      }
      if (options.results !== undefined && typeof options.cache === 'string') {
        throw new UsageError(`build: --cache ${options.cache} cannot go with --results ${options.results}: the results folder is the shard's cache.`);
      }
      if (options.results !== undefined && command.getOptionValueSource('out') === 'cli') {
        throw new UsageError(`build: --out ${options.out} cannot go with --results ${options.results}: a shard writes results, not a graph. Give --out to \`parley merge\`.`);
      }
      // Loaded here, not with the CLI: the NLP model and the RDF libraries cost more than every other command's start.
      const { buildGraph, buildShard } = await import('../pipeline.js');
      const progress = await progressReporter(io);
      const stages: [string, number][] = [];
      const inputs = paths.map((p) => resolve(io.cwd, p));
      /** The temporary folder fetched pages are saved in, removed at the end. */
      let pages: string | undefined;
      const common = {
        maxBytes: options.maxSize,
        jobs: options.jobs,
        onProgress: (phase: 'read' | 'extract', done: number, total: number) => progress.update(phase, done, total),
        onStage: (name: string, ms: number) => stages.push([name, ms]),
      };
      try {
        if (options.results !== undefined) {
          const shard = options.shard ?? { index: 1, count: 1 };
          const written = await buildShard(inputs, { ...common, shard, results: resolve(io.cwd, options.results), reuse: options.cache !== false });
          reportProblems(io, 'build', written.problems);
          if (options.timings) io.stderr(formatTimings('build', stages));
          const reused = written.fromCache > 0 ? ` (${written.fromCache} already there)` : '';
          io.stdout(
            `${quoteForTerminal(relative(io.cwd, written.manifest))}: shard ${shard.index}/${shard.count}: ${written.shardFiles} of ${count(written.files, 'file')}, ` +
              `${count(written.articles, 'article')}${reused}\n`,
          );
          io.stdout(`built in ${((performance.now() - started) / 1000).toFixed(2)} s${written.problems.length ? `; ${written.problems.length} file${written.problems.length === 1 ? '' : 's'} skipped` : ''}\n`);
          setExit(written.problems.length > 0 ? EXIT_FAILURE : EXIT_OK);
          return;
        }
        const cache = options.cache === false ? undefined : resolve(io.cwd, options.cache ?? join(dirname(options.out), DEFAULT_CACHE_NAME));
        const manifest = options.manifest === undefined ? undefined : await (await import('../ingest/read-manifest.js')).readManifest(resolve(io.cwd, options.manifest), `build: --manifest ${quoteForTerminal(options.manifest)}`);
        let web: WebResult | undefined;
        if (urls.length > 0 || feeds.length > 0) {
          progress.step(`fetching ${count(urls.length, 'page')}${feeds.length > 0 ? ` and ${count(feeds.length, 'feed')}` : ''}…`);
          pages = await mkdtemp(join(tmpdir(), 'parley-web-'));
          const { fetchArticles } = await import('../ingest/fetch-articles.js');
          const timeoutSeconds = options.fetchTimeout === undefined ? undefined : options.fetchTimeout / 1000;
          web = await fetchArticles({ urls, feeds }, pages, { timeoutSeconds, jobs: options.fetchJobs, maxBytes: options.maxSize });
        }
        const built = await buildGraph([...inputs, ...(web?.pages.map((page) => page.path) ?? [])], { ...common, cache });
        const result = manifest === undefined && web === undefined ? built : withSources(built, { manifest, pages: web?.pages }, web?.problems ?? [], (await import('../ingest/article-sources.js')).applySources);
        reportProblems(io, 'build', result.problems);
        if (result.graph.articles.length === 0) {
          // Nothing read: the old graph, if any, stays, rather than being replaced by an empty one.
          io.stderr(`parley: build: ${result.problems.length > 0 ? 'every file was skipped' : `no .txt, .md or .html files in ${paths.map((p) => quoteForTerminal(p)).join(', ')}`}; nothing written.\n`);
          setExit(EXIT_FAILURE);
          return;
        }
        const note = cache === undefined ? undefined : `${result.fromCache} of ${count(result.graph.articles.length, 'article')} from the cache`;
        await writeGraph(io, setExit, result, { command: 'build', out: options.out, force: options.force, timings: options.timings, started, stages, progress, note, cache });
      } finally {
        progress.stop();
        if (pages !== undefined) await rm(pages, { recursive: true, force: true });
      }
    });

/**
 * The build with each article's source completed (applySources) and the problems of pages named by their address:
 * the pages were read from a temporary folder, which the user never sees.
 */
function withSources(
  result: BuildResult,
  sources: ArticleSources,
  fetchProblems: readonly InputProblem[],
  applySources: (articles: readonly Article[], sources: ArticleSources) => Article[],
): BuildResult {
  const byPath = new Map(sources.pages?.map((page) => [page.path, page.requested]));
  const problems = [...result.problems.map((problem) => ({ ...problem, path: byPath.get(problem.path) ?? problem.path })), ...fetchProblems];
  return {
    ...result,
    graph: { ...result.graph, articles: applySources(result.graph.articles, sources) },
    problems: problems.sort((a, b) => compareCodeUnits(a.path, b.path)),
  };
}
