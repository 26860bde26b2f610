// A temporary folder for a test file: created before its tests, removed after them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A folder made in the system's temporary folder; `path` is set once the suite's beforeAll has run. */
export interface TempDir {
  readonly path: string;
}

/**
 * Registers beforeAll/afterAll hooks that make a fresh folder named `parley-<prefix>-…` and remove it with all it holds.
 * Call it at the top of a test file or inside a describe block.
 */
export function useTempDir(prefix: string): TempDir {
  let path: string | undefined;
  beforeAll(async () => {
    path = await mkdtemp(join(tmpdir(), `parley-${prefix}-`));
  });
  afterAll(async () => {
    if (path !== undefined) await rm(path, { recursive: true, force: true });
  });
  return {
    get path(): string {
      if (path === undefined) throw new Error(`useTempDir(${prefix}): the folder is made in beforeAll; read path inside a test or hook.`);
      return path;
    },
  };
}
