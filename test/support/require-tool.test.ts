// The gate of tests that need a system tool: run when installed, fail under CI naming the Debian package, else skip and record.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.js';
import { decideTool, recordSkip, TOOLS, type SkippedGroup, type Tool } from './require-tool.js';
import { formatSkipSummary } from './skip-summary.js';

const RAPPER: Tool = TOOLS.rapper;

describe('decideTool', () => {
  it.each([
    [true, true],
    [true, false],
  ])('runs the tests when the tool is installed (installed %s, CI %s)', (installed, ci) => {
    expect(decideTool(RAPPER, installed, ci)).toEqual({ action: 'run' });
  });

  it('fails under CI when the tool is missing, naming the Debian package to install', () => {
    expect(decideTool(RAPPER, false, true)).toEqual({
      action: 'fail',
      message: 'rapper is not installed (Debian package raptor2-utils): run apt-get install raptor2-utils',
    });
  });

  it('skips elsewhere, with the reason', () => {
    expect(decideTool(RAPPER, false, false)).toEqual({ action: 'skip', reason: 'rapper is not installed (Debian package raptor2-utils)' });
  });

  it.each(Object.entries(TOOLS))('names the Debian package of %s', (_, tool) => {
    expect(tool.debianPackage).toMatch(/^[a-z0-9][a-z0-9.+-]+$/u);
  });
});

describe('the record of skipped groups and its summary', () => {
  const dir = useTempDir('require-tool');
  const groups: SkippedGroup[] = [
    { title: 'loads with rapper', tool: 'rapper', debianPackage: 'raptor2-utils' },
    { title: 'the viewer in chromium', tool: '/usr/bin/chromium', debianPackage: 'chromium' },
  ];

  it('appends one line per skipped group', async () => {
    const log = join(dir.path, 'skipped.jsonl');
    for (const group of groups) recordSkip(log, group);
    const lines = (await readFile(log, 'utf8')).trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line) as SkippedGroup)).toEqual(groups);
  });

  it('lists every skipped group with its tool and package, and the install command', () => {
    expect(formatSkipSummary(groups)).toBe(
      [
        'Skipped 2 test groups for want of a system tool:',
        '  - loads with rapper: rapper is not installed (Debian package raptor2-utils)',
        '  - the viewer in chromium: /usr/bin/chromium is not installed (Debian package chromium)',
        'Install them with: apt-get install -y --no-install-recommends chromium raptor2-utils',
        'Under CI (CI=true) these tests fail instead of skipping.',
        '',
      ].join('\n'),
    );
  });

  it('says nothing when nothing was skipped', () => {
    expect(formatSkipSummary([])).toBe('');
  });
});
