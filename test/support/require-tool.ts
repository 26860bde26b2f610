// Tests that need a system tool: they run when it is installed; without it they skip (recorded for the summary `npm test`
// prints at the end), except under CI, where they fail and name the Debian package to install.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { describe, inject, it, type TestFunction } from 'vitest';

/** A system tool some tests need, and where Debian ships it. */
export interface Tool {
  /** How messages name it. */
  readonly label: string;
  readonly debianPackage: string;
  readonly installed: () => boolean;
}

/** True when `command args…` runs and exits 0. */
function runs(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

/** Debian's python, the one rdflib is installed for (the `python3` on PATH may be another). */
export const DEBIAN_PYTHON = '/usr/bin/python3';
/** Where Debian installs chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Debian's virtuoso-opensource package: the server binary and the stock configuration the test server starts from. */
export const VIRTUOSO_BINARY = 'virtuoso-t';
export const VIRTUOSO_CONFIG = '/etc/virtuoso-opensource-7/virtuoso.ini';

export const TOOLS = {
  chromium: { label: CHROMIUM_PATH, debianPackage: 'chromium', installed: () => existsSync(CHROMIUM_PATH) },
  rapper: { label: 'rapper', debianPackage: 'raptor2-utils', installed: () => runs('rapper', ['--version']) },
  rdflib: { label: `rdflib for ${DEBIAN_PYTHON}`, debianPackage: 'python3-rdflib', installed: () => runs(DEBIAN_PYTHON, ['-c', 'import rdflib']) },
  // virtuoso-t exits 1 even on --version: that it starts at all is the test.
  virtuoso: {
    label: VIRTUOSO_BINARY,
    debianPackage: 'virtuoso-opensource',
    installed: () => spawnSync(VIRTUOSO_BINARY, ['--version'], { stdio: 'ignore' }).error === undefined && existsSync(VIRTUOSO_CONFIG),
  },
} as const satisfies Record<string, Tool>;

export type ToolName = keyof typeof TOOLS;

/** What becomes of a group of tests that needs a tool. */
export type ToolDecision =
  | { readonly action: 'run' }
  | { readonly action: 'fail'; readonly message: string }
  | { readonly action: 'skip'; readonly reason: string };

/** One skipped group, as the helper records it and the summary lists it. */
export interface SkippedGroup {
  readonly title: string;
  readonly tool: string;
  readonly debianPackage: string;
}

/** Run when installed; else fail under CI (`CI=true`), where a missing install step must not pass unnoticed, and skip elsewhere. */
export function decideTool(tool: Tool, installed: boolean, ci: boolean): ToolDecision {
  if (installed) return { action: 'run' };
  const missing = `${tool.label} is not installed (Debian package ${tool.debianPackage})`;
  return ci ? { action: 'fail', message: `${missing}: run apt-get install ${tool.debianPackage}` } : { action: 'skip', reason: missing };
}

/** Appends one skipped group to the log the end-of-run summary reads (one JSON object a line). */
export function recordSkip(log: string, group: SkippedGroup): void {
  appendFileSync(log, `${JSON.stringify(group)}\n`);
}

/** Tests gated on one tool: `describe` and `it` that run, fail or skip as `decideTool` says. */
export interface RequiredTool {
  /** Whether the tool is here: set-up hooks outside the gated tests check it before using the tool. */
  readonly installed: boolean;
  readonly describe: (title: string, body: () => void) => void;
  readonly it: (title: string, body: TestFunction, timeout?: number) => void;
}

const installedTools = new Map<ToolName, boolean>();

/** The gate of tests that need `name`, decided once per test file. */
export function requireTool(name: ToolName): RequiredTool {
  const tool = TOOLS[name];
  if (!installedTools.has(name)) installedTools.set(name, tool.installed());
  const installed = installedTools.get(name)!;
  const decision = decideTool(tool, installed, process.env.CI === 'true');
  const skipped = (title: string, reason: string): string => {
    recordSkip(inject('skippedToolsLog'), { title, tool: tool.label, debianPackage: tool.debianPackage });
    return `${title} (skipped: ${reason})`;
  };
  return {
    installed,
    describe(title, body) {
      if (decision.action === 'run') describe(title, body);
      else if (decision.action === 'skip') describe.skip(skipped(title, decision.reason), body);
      else
        describe(title, () => {
          it(`needs ${tool.label}`, () => {
            throw new Error(decision.message);
          });
        });
    },
    it(title, body, timeout) {
      if (decision.action === 'run') it(title, body, timeout);
      else if (decision.action === 'skip') it.skip(skipped(title, decision.reason), body);
      else
        it(title, () => {
          throw new Error(decision.message);
        });
    },
  };
}
