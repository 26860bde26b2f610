// The manifest of one shard's results: which articles of the corpus it holds, in which entries, and what it skipped.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ParleyError, UsageError } from '../errors.js';
import type { InputProblem } from '../types.js';
import { writeGraphFile } from '../rdf/graph-file.js';

/** The `index`-th of `count` shards, counted from 1. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** One article of a shard: its file's place in the corpus (which orders the merge), the file, and its entry. */
export interface ShardArticle {
  readonly index: number;
  readonly path: string;
  readonly key: string;
}

/** What a shard build writes beside its entries, and what a merge checks before using them. */
export interface ShardManifest {
  readonly kind: typeof MANIFEST_KIND;
  readonly format: typeof MANIFEST_FORMAT;
  /** The extractor version the entries were made with. */
  readonly version: string;
  readonly shard: Shard;
  /** The whole corpus every shard divided: its number of files and a hash of their paths below their common folder. */
  readonly corpus: { readonly files: number; readonly sha256: string };
  readonly articles: readonly ShardArticle[];
  /** Files of the shard that are not articles; the first shard also carries the corpus's unreadable folders. */
  readonly problems: readonly InputProblem[];
}

const MANIFEST_KIND = 'parley-shard';
const MANIFEST_FORMAT = 1;
const MANIFEST_NAME = /^shard-(\d+)-of-(\d+)\.json$/u;

/** The shard of the file at `fileIndex` in the sorted list of the corpus: every file is in exactly one, in turn. */
export function shardOfFile(fileIndex: number, count: number): number {
  return (fileIndex % count) + 1;
}

/**
 * The corpus as every shard sees it: the number of files and a hash of their paths relative to the folder they all
 * share, so that shards run where the corpus is mounted elsewhere still agree.
 */
export function corpusFingerprint(files: readonly string[]): ShardManifest['corpus'] {
  const split = files.map((file) => file.split(sep));
  const first = split[0] ?? [];
  let common = first.length - 1;
  for (const parts of split) {
    let shared = 0;
    while (shared < common && parts[shared] === first[shared]) shared++;
    common = shared;
  }
  const root = first.slice(0, common).join(sep);
  return { files: files.length, sha256: createHash('sha256').update(files.map((file) => relative(root, file)).join('\n')).digest('hex') };
}

/** Makes the manifest of `shard`. */
export function shardManifest(fields: Omit<ShardManifest, 'kind' | 'format'>): ShardManifest {
  return { kind: MANIFEST_KIND, format: MANIFEST_FORMAT, ...fields };
}

/** Writes `manifest` into `dir` as `shard-<i>-of-<n>.json`, atomically, after its entries: a manifest names only entries written. */
export async function writeManifest(dir: string, manifest: ShardManifest): Promise<string> {
  const path = join(dir, `shard-${manifest.shard.index}-of-${manifest.shard.count}.json`);
  await writeGraphFile(path, `${JSON.stringify(manifest, null, 1)}\n`);
  return path;
}

/** The manifests in `dir`, with their paths. Throws UsageError when there is no such folder, ParleyError when it cannot be read or a manifest is not one. */
export async function readManifests(dir: string): Promise<{ readonly path: string; readonly manifest: ShardManifest }[]> {
  const names = await readdir(dir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`no such folder: ${dir}`, { cause: error });
    throw new ParleyError(`${dir}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, { cause: error });
  });
  const found: { path: string; manifest: ShardManifest }[] = [];
  for (const name of names.filter((n) => MANIFEST_NAME.test(n)).sort()) {
    const path = join(dir, name);
    const manifest = await readFile(path, 'utf8')
      .then((text) => JSON.parse(text) as unknown)
      .catch(() => undefined);
    if (!isManifest(manifest)) throw new ParleyError(`${path}: not a manifest of shard results written by this version of Parley.`);
    found.push({ path, manifest });
  }
  return found;
}

function isManifest(value: unknown): value is ShardManifest {
  const m = value as Partial<ShardManifest> | undefined;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.kind === MANIFEST_KIND &&
    m.format === MANIFEST_FORMAT &&
    typeof m.version === 'string' &&
    Number.isInteger(m.shard?.index) &&
    Number.isInteger(m.shard?.count) &&
    Number.isInteger(m.corpus?.files) &&
    typeof m.corpus?.sha256 === 'string' &&
    Array.isArray(m.articles) &&
    m.articles.every((a) => Number.isInteger(a.index) && typeof a.path === 'string' && typeof a.key === 'string') &&
    Array.isArray(m.problems)
  );
}
