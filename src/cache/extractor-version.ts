// The version of the extractor that is running: a hash of the code and data that turn an article file into its claims.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT, packagePath } from '../package-root.js';

/** The module whose imports make up the extractor: `readAndExtract`, with ingest, nlp and extract behind it. */
const EXTRACTOR_MODULE = fileURLToPath(new URL('../read-and-extract.js', import.meta.url));

/** Relative module specifiers and package names a module imports, statically or dynamically. */
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*'([^']+)'/gu;

/**
 * A hash of everything that decides what an article file gives: the source of every module the extractor imports
 * (followed from `read-and-extract`, so a rule added anywhere under src/extract counts), the data files under data/,
 * and the installed version of every package those modules import. Stored results of another version are never used.
 * Hashes the files that run: the compiled ones under dist/, or the TypeScript sources when run with tsx. `entry`,
 * `dataDir` and `root` (whose node_modules hold the packages) name another extractor's.
 */
export async function extractorVersion(entry: string = EXTRACTOR_MODULE, dataDir: string = packagePath('data'), root: string = PACKAGE_ROOT): Promise<string> {
  return codeVersion([entry], dataDir, root);
}

/** The version of the code of the modules `entries` (their files, their imports', the data files, the packages), as extractorVersion hashes it. */
export async function codeVersion(entries: readonly string[], dataDir: string = packagePath('data'), root: string = PACKAGE_ROOT): Promise<string> {
  const hash = createHash('sha256');
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [...entries];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    const file = moduleFile(path);
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    hash.update(`${relative(root, file)}\0${source}\0`);
    for (const [, specifier = ''] of source.matchAll(IMPORT)) {
      if (specifier.startsWith('.')) pending.push(join(dirname(file), specifier));
      else if (!specifier.startsWith('node:')) packages.add(packageName(specifier));
    }
  }
  const data = (await readdir(dataDir)).filter((name) => name.endsWith('.json')).sort();
  for (const name of data) hash.update(`data/${name}\0${await readFile(join(dataDir, name), 'utf8')}\0`);
  for (const name of [...packages].sort()) hash.update(`${name}@${await installedVersion(name, root)}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** The file of an imported module: `x.js` itself under dist/, its source `x.ts` when running the sources. */
function moduleFile(path: string): string {
  return existsSync(path) || !path.endsWith('.js') ? path : `${path.slice(0, -'.js'.length)}.ts`;
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** The version in the package.json of the package `name` that Node would load from the folder `root`, or `unknown`. */
async function installedVersion(name: string, root: string): Promise<string> {
  for (let dir = root; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(await readFile(manifest, 'utf8')) as { version?: string }).version ?? 'unknown';
    if (dirname(dir) === dir) return 'unknown';
  }
}
