// `parley build <paths…> [--out FILE] [--force]`: reads articles, builds the graph, validates it, writes Turtle atomically, prints a summary.
import { relative, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { KnowledgeGraph } from '../types.js';
import { PREDICATES } from '../types.js';
import { factEntityType } from '../query/facts.js';
import { count, describeCounts } from './describe-counts.js';
import { DEFAULT_GRAPH_PATH, EXIT_FAILURE, EXIT_OK, quoteForTerminal, type CommandFactory, type Io } from './io.js';

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('Expecting a whole number of threads, 1 or more.');
  return jobs;
}

/** `--timings`: each stage's time, then the peak memory of the process, on one line of stderr. */
function formatTimings(stages: readonly (readonly [string, number])[]): string {
  const times = stages.map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`).join(', ');
  return `parley build: timings: ${times}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`;
}

function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('Expecting a positive number of megabytes.');
  return Math.round(mb * 1024 * 1024);
}

/** A progress bar on stderr when it is a terminal; nothing otherwise, so logs and pipes stay clean. */
interface ProgressReporter {
  update(phase: 'read' | 'extract', done: number, total: number): void;
  /** A step without a count ("checking …"), shown on its own line. */
  step(text: string): void;
  stop(): void;
}

async function progressReporter(io: Io): Promise<ProgressReporter> {
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
export function summarize(graph: KnowledgeGraph): string {
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

export const buildCommand: CommandFactory = (io, setExit) =>
  new Command('build')
    .description('Read news articles (files or folders of .txt, .md, .html) and write their knowledge graph as Turtle.')
    .argument('<paths...>', 'article files or folders')
    .option('-o, --out <file>', 'Turtle file to write', DEFAULT_GRAPH_PATH)
    .option('--max-size <megabytes>', 'skip files larger than this', parseMegabytes)
    .option('--force', 'replace the graph file even when the new graph holds fewer articles')
    .option('-j, --jobs <n>', 'threads that read and extract articles, from four files up (default: the cores available)', parseJobs)
    .option('--timings', 'print the time of each stage and the peak memory to stderr')
    .action(async (paths: string[], options: { out: string; maxSize?: number; force?: boolean; jobs?: number; timings?: boolean }) => {
      const started = performance.now();
      // Loaded here, not with the CLI: the NLP model and the RDF libraries cost more than every other command's start.
      const [{ buildGraph }, { toQuads }, { writeTurtle }, { countGraphArticles, writeGraphFile }, { checkGraph }, { assertConforms }] = await Promise.all([
        import('../pipeline.js'),
        import('../rdf/to-quads.js'),
        import('../rdf/turtle.js'),
        import('../rdf/graph-file.js'),
        import('../rdf/check-graph.js'),
        import('../rdf/validate-graph.js'),
      ]);
      const progress = await progressReporter(io);
      const stages: [string, number][] = [];
      let lap = performance.now();
      /** Ends the stage that began at the last lap. */
      const stage = (name: string): void => {
        stages.push([name, performance.now() - lap]);
        lap = performance.now();
      };
      try {
        const { graph, problems } = await buildGraph(paths.map((p) => resolve(io.cwd, p)), {
          maxBytes: options.maxSize,
          jobs: options.jobs,
          onProgress: (phase, done, total) => progress.update(phase, done, total),
          onStage: (name, ms) => stages.push([name, ms]),
        });
        lap = performance.now();
        for (const problem of problems) io.stderr(`parley: build: skipped ${quoteForTerminal(relative(io.cwd, problem.path) || problem.path)}: ${problem.reason}\n`);
        if (graph.articles.length === 0) {
          // Nothing read: the old graph, if any, stays, rather than being replaced by an empty one.
          io.stderr(`parley: build: ${problems.length > 0 ? 'every file was skipped' : `no .txt, .md or .html files in ${paths.map((p) => quoteForTerminal(p)).join(', ')}`}; nothing written.\n`);
          setExit(EXIT_FAILURE);
          return;
        }
        const out = resolve(io.cwd, options.out);
        const held = options.force ? undefined : await countGraphArticles(out);
        if (held !== undefined && held > graph.articles.length) {
          io.stderr(
            `parley: build: ${quoteForTerminal(options.out)} holds ${held} articles; this build read ${graph.articles.length}. Kept the old graph; use --force to replace it.\n`,
          );
          setExit(EXIT_FAILURE);
          return;
        }
        progress.step('writing Turtle…');
        const quads = toQuads(graph);
        stage('quads');
        // The quads are checked against the constraints of the shapes before they replace the old file: a bad graph
        // never lands. `parley validate` runs the SHACL engine itself; checkGraph gives its verdict in linear time.
        progress.step('checking against ontology/shapes.ttl…');
        assertConforms(checkGraph(quads));
        stage('check');
        const turtle = writeTurtle(quads);
        stage('turtle');
        await writeGraphFile(out, turtle);
        stage('write');
        if (options.timings) io.stderr(formatTimings(stages));
        const seconds = (performance.now() - started) / 1000;
        io.stdout(`${options.out}: ${summarize(graph)}`);
        io.stdout(`built in ${seconds.toFixed(2)} s${problems.length ? `; ${problems.length} file${problems.length === 1 ? '' : 's'} skipped` : ''}\n`);
        setExit(problems.length > 0 ? EXIT_FAILURE : EXIT_OK);
      } finally {
        progress.stop();
      }
    });
