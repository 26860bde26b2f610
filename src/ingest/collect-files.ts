// Lists the files to read as articles: files named on the command line, and article files found in folders, recursively.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { InputProblem } from '../types.js';
import { unreadableReason } from './unreadable-reason.js';
import { compareCodeUnits } from '../compare-code-units.js';

/** The files found, and the entries that could not be examined. Both sorted by path. */
export interface FoundFiles {
  readonly files: string[];
  readonly problems: InputProblem[];
}

/**
 * Lists the files under `paths`. A file is listed whatever its extension; a folder is walked recursively for files
 * with one of `extensions`, skipping hidden entries (".git") and folders already visited through a symbolic link.
 * Paths are joined to the path given, so they read as the user wrote them. Throws `UsageError` for a path that does
 * not exist.
 */
export async function collectFiles(paths: readonly string[], extensions: readonly string[]): Promise<FoundFiles> {
  // Keyed by absolute path, so that a file named twice (`a/x.txt`, `./a/x.txt`) is read once.
  const files = new Map<string, string>();
  const problems: InputProblem[] = [];
  const visited = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    const real = await realpath(folder);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      const wanted = extensions.includes(extname(entry.name).toLowerCase());
      if (entry.isDirectory()) {
        await walkOrReport(path);
      } else if (entry.isSymbolicLink()) {
        const target = await stat(path).catch((error: unknown) => {
          if (wanted) problems.push({ path, reason: unreadableReason(error) });
          return undefined;
        });
        if (target?.isDirectory()) await walkOrReport(path);
        else if (target?.isFile() && wanted) files.set(resolve(path), path);
      } else if (entry.isFile() && wanted) {
        files.set(resolve(path), path);
      }
    }
  };
  const walkOrReport = (folder: string): Promise<void> =>
    walk(folder).catch((error: unknown) => {
      problems.push({ path: folder, reason: unreadableReason(error) });
    });
  for (const path of paths) {
    const target = await stat(path).catch(async (error: unknown) => {
      if (!(await exists(path))) throw new UsageError(`no such file or directory: ${path}`, { cause: error });
      problems.push({ path, reason: unreadableReason(error) });
      return undefined;
    });
    if (target?.isDirectory()) await walkOrReport(path);
    else if (target !== undefined) files.set(resolve(path), path);
  }
  return {
    files: [...files.values()].sort(compareCodeUnits),
    problems: problems.sort((a, b) => compareCodeUnits(a.path, b.path)),
  };
}

/** Whether anything, even a dangling symbolic link, is at `path`. */
function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

