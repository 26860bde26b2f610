// Locates Parley's own files (data/, ontology/, viewer/dist/) whether running from src/ with tsx or from dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'ontology'))) return dir;
    if (dirname(dir) === dir) throw new Error(`package-root: no Parley package above ${start}.`);
  }
}

/** Absolute path of the folder holding Parley's package.json. */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** Absolute path of a file shipped with Parley, e.g. `packagePath('data', 'offices.json')`. */
export function packagePath(...segments: string[]): string {
  return join(PACKAGE_ROOT, ...segments);
}
