// `parley merge <results…> [--out FILE]`: builds the graph of shard results that `parley build --shard` wrote, as one build of the whole corpus would.
import { resolve, sep } from 'node:path';
import { Command } from 'commander';
import { ParleyError } from '../errors.js';
import { count } from './describe-counts.js';
import { progressReporter, reportProblems, writeGraph } from './build.js';
import { DEFAULT_GRAPH_PATH, EXIT_FAILURE, quoteForTerminal, type CommandFactory } from './io.js';

export const mergeCommand: CommandFactory = (io, setExit) =>
  new Command('merge')
    .description('Resolve the per-article results of every shard (`parley build --shard i/n --results DIR`) into one graph, as a single build would write it.')
    .argument('<results...>', 'folders of shard results')
    .option('-o, --out <file>', 'Turtle file to write', DEFAULT_GRAPH_PATH)
    .option('--force', 'replace the graph file even when the new graph holds fewer articles')
    .option('--timings', 'print the time of each stage and the peak memory to stderr')
    .action(async (dirs: string[], options: { out: string; force?: boolean; timings?: boolean }) => {
      const started = performance.now();
      const { mergeShards } = await import('../pipeline.js');
      const progress = await progressReporter(io);
      const stages: [string, number][] = [];
      try {
        const result = await mergeShards(
          dirs.map((dir) => resolve(io.cwd, dir)),
          { onStage: (name, ms) => stages.push([name, ms]) },
        ).catch((error: unknown) => {
          // In the command's voice, with the folders below the working folder named as the user would type them.
          if (error instanceof ParleyError) error.message = `merge: ${error.message.replaceAll(`${io.cwd}${sep}`, '')}`;
          throw error;
        });
        reportProblems(io, 'merge', result.problems);
        if (result.graph.articles.length === 0) {
          io.stderr(`parley: merge: the shard results in ${dirs.map((dir) => quoteForTerminal(dir)).join(', ')} hold no article; nothing written.\n`);
          setExit(EXIT_FAILURE);
          return;
        }
        const note = `${count(result.fromCache, 'article')} from ${count(dirs.length, 'folder')} of shard results`;
        await writeGraph(io, setExit, result, { command: 'merge', out: options.out, force: options.force, timings: options.timings, started, stages, progress, note, cache: undefined });
      } finally {
        progress.stop();
      }
    });
