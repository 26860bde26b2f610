// Decides whether a test that needs an external program runs: skipped with its reason only outside CI.
import { spawnSync } from 'node:child_process';

/** Whether a tool-dependent test suite runs, and the title that says why it was skipped. */
export interface ToolGate {
  /** True when the tool is there. */
  readonly present: boolean;
  /** False only when the tool is missing and CI is unset: under CI a missing tool must fail the suite. */
  readonly run: boolean;
  /** The suite title, with the reason appended when the suite is skipped. */
  readonly title: string;
  /** Throws under CI when the tool is missing, so the suite fails instead of passing vacuously. */
  readonly require: () => void;
}

/** True when `command args…` runs and exits 0. */
export function commandWorks(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, [...args], { stdio: 'ignore', timeout: 30_000 });
  return result.error === undefined && result.status === 0;
}

/** The gate of a suite titled `title` that needs `tool` (described for the skip message), present or not. */
export function toolGate(title: string, tool: string, present: boolean): ToolGate {
  const run = present || Boolean(process.env.CI);
  return {
    present,
    run,
    title: run ? title : `${title} (skipped: ${tool} is not installed; CI installs it with .ci/run)`,
    require: () => {
      if (!present) throw new Error(`${tool} is not installed, and CI is set: .ci/run must install it.`);
    },
  };
}
