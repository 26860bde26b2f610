import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../src/pipeline.js';
import { DEFAULT_RULES } from '../../src/extract/rules/index.js';
import type { ExtractionRule } from '../../src/extract/rule.js';

describe('a fault of the extractor on one article', () => {
  it('names that file and reads the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-fault-'));
    writeFileSync(join(dir, 'a.txt'), 'Chile and Peru met in Lima. Chile demanded a fishing quota.\n');
    writeFileSync(join(dir, 'b.txt'), 'Bayline Shipping and the Harbour Workers Union met in Arica. The union demanded a raise of 9 percent.\n');
    // A rule that fails on one article, as a bug that only some text reaches would.
    const failing: ExtractionRule = {
      name: 'test.failing',
      predicate: 'demands',
      match(view) {
        if (view.sentence.text.includes('Chile demanded')) throw new Error('index out of range');
        return [];
      },
    };
    const { graph, problems } = await buildGraph([dir], { rules: [...DEFAULT_RULES, failing], jobs: 1 });
    expect(problems.map((p) => [p.path.endsWith('a.txt'), /extractor failed on it \(index out of range\)/.test(p.reason)])).toEqual([[true, true]]);
    expect(graph.articles.map((a) => a.file)).toEqual(['b.txt']);
  });
});
