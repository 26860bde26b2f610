// `parley diff OLD.ttl NEW.ttl [--json] [--confidence-threshold X]`: what changed between two builds of a graph.
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { Store } from 'n3';
import { GraphReadError, ParleyError, UsageError } from '../errors.js';
import { countDifferences, DEFAULT_DIFF_OPTIONS, diffGraphs, type ClaimChange, type DiffClaim, type DiffNode, type GraphDiff } from '../query/diff-graphs.js';
import { count } from './describe-counts.js';
import { escapeControlCharacters, EXIT_OK, quoteForTerminal, type CommandFactory } from './io.js';

/** Why a graph file could not be read, by the error code of the file system. */
const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'a folder, not a graph file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** The graph file the user typed, read into a store; every failure names the file as typed. */
async function readGraphArgument(typed: string, cwd: string): Promise<Store> {
  const [{ readGraphText }, { readTurtle }] = await Promise.all([import('../rdf/graph-file.js'), import('../rdf/turtle.js')]);
  const shown = quoteForTerminal(typed);
  let text: string;
  try {
    text = await readGraphText(resolve(cwd, typed));
  } catch (error) {
    // A missing file is a usage error, as for every command that reads a graph; bytes that are not UTF-8 a GraphReadError.
    if (error instanceof UsageError) throw new UsageError(`diff: ${shown}: ${READ_FAILURES.ENOENT}`, { cause: error });
    const reason = error instanceof GraphReadError ? 'not UTF-8 text' : (READ_FAILURES[(error as NodeJS.ErrnoException).code ?? ''] ?? `cannot be read (${(error as Error).message})`);
    throw new ParleyError(`diff: ${shown}: ${reason}`, { cause: error });
  }
  return readTurtle(text, `diff: ${shown}`);
}

/** A `--confidence-threshold` value: a number from 0 to 1. */
function parseThreshold(value: string): number {
  const threshold = Number(value);
  if (value.trim() === '' || !(threshold >= 0 && threshold <= 1)) throw new InvalidArgumentError('Expecting a number from 0 to 1.');
  return threshold;
}

/** A label read from an article, kept on its line. */
function line(text: string): string {
  return escapeControlCharacters(text, false);
}

function claimText(claim: { subject: string; predicate: string; object: string }): string {
  return `${line(claim.subject)} ${claim.predicate} "${line(claim.object)}"`;
}

function claimLine(claim: DiffClaim): string {
  const inferred = claim.inferred ? ', inferred' : '';
  return `${claimText(claim)} (confidence ${claim.confidence.toFixed(2)}, ${count(claim.articleCount, 'article')}${inferred})`;
}

function changeLine(change: ClaimChange): string {
  const parts: string[] = [];
  // Moves too small to show at two decimals are left to --json.
  if (change.confidence.old.toFixed(2) !== change.confidence.new.toFixed(2)) parts.push(`confidence ${change.confidence.old.toFixed(2)} -> ${change.confidence.new.toFixed(2)}`);
  if (change.articleCount.old !== change.articleCount.new) parts.push(`articles ${change.articleCount.old} -> ${change.articleCount.new}`);
  for (const file of change.articlesAdded) parts.push(`+${line(file)}`);
  for (const file of change.articlesRemoved) parts.push(`-${line(file)}`);
  if (change.inferred.old !== change.inferred.new) parts.push(change.inferred.new ? 'now inferred' : 'now stated');
  return `${claimText(change)}: ${parts.join(', ')}`;
}

function nodeText(node: DiffNode): string {
  return `${line(node.label)} (${node.type})`;
}

/** The diff as text: a line of counts, then each kind of change that has any, with its count and one line per change. */
export function formatDiff(diff: GraphDiff, oldName: string, newName: string, total: number): string {
  const lines = [`${quoteForTerminal(oldName)} -> ${quoteForTerminal(newName)}: ${total === 0 ? 'no differences' : count(total, 'difference')}`];
  const group = <T>(title: string, items: readonly T[], show: (item: T) => string) => {
    if (items.length === 0) return;
    lines.push('', `${title} (${items.length})`, ...items.map((item) => `  ${show(item)}`));
  };
  const { articles, claims, stances, nodes } = diff;
  group('articles added', articles.added, (a) => `+ ${line(a.file)}: ${line(a.title)}`);
  group('articles removed', articles.removed, (a) => `- ${line(a.file)}: ${line(a.title)}`);
  group('claims added', claims.added, (c) => `+ ${claimLine(c)}`);
  group('claims removed', claims.removed, (c) => `- ${claimLine(c)}`);
  group('stances changed', stances, (s) => `~ ${line(s.side)} ${s.from.join(', ')} -> ${s.to.join(', ')} "${line(s.topic)}"`);
  group('claims with other confidence or support', claims.changed, (c) => `~ ${changeLine(c)}`);
  group('nodes merged', nodes.merged, (m) => `${m.from.map(nodeText).join(' + ')} -> ${nodeText(m.into)}`);
  group('nodes split', nodes.split, (s) => `${nodeText(s.from)} -> ${s.into.map(nodeText).join(' + ')}`);
  group('nodes renamed', nodes.renamed, (r) => `${nodeText(r.from)} -> ${nodeText(r.to)}`);
  group('nodes added', nodes.added, (n) => `+ ${nodeText(n)}`);
  group('nodes removed', nodes.removed, (n) => `- ${nodeText(n)}`);
  return `${lines.join('\n')}\n`;
}

export const diffCommand: CommandFactory = (io, setExit) =>
  new Command('diff')
    .description('Show what changed between two graphs written by `parley build`: articles, claims, stances, confidence and support, entity and topic nodes.')
    .argument('<old>', 'the earlier Turtle graph')
    .argument('<new>', 'the later Turtle graph')
    .option('--json', 'print the changes as JSON')
    .option('--confidence-threshold <x>', 'report a claim whose confidence moved by at least this much (0 reports every change)', parseThreshold, DEFAULT_DIFF_OPTIONS.confidenceThreshold)
    .addHelpText('after', '\nExit status: 0 whether or not the graphs differ; 1 when a file is missing or cannot be\nread as Turtle; 2 on a usage error.')
    .action(async (oldPath: string, newPath: string, options: { json?: boolean; confidenceThreshold: number }) => {
      const before = await readGraphArgument(oldPath, io.cwd);
      const after = await readGraphArgument(newPath, io.cwd);
      const diff = diffGraphs(before, after, { confidenceThreshold: options.confidenceThreshold });
      io.stdout(options.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(diff, oldPath, newPath, countDifferences(diff)));
      setExit(EXIT_OK);
    });
