// Runs the `parley` command line in process, capturing what it prints, as a test sees it.
import { main } from '../../src/cli/main.js';

/** What one run of the CLI did. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `parley <args…>` in `cwd` with a non-interactive terminal (no progress bars) and resolves to its exit code and output. */
export async function runCli(args: readonly string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    interactive: false,
    cwd,
  });
  return { code, stdout, stderr };
}
