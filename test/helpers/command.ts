/**
 * Runs an sf command class in-process the way the plugin convention does (TestContext, --json), with
 * the terminal output stubbed, and captures a failure as data so tests can assert on its message.
 */
import { Config } from '@oclif/core';
import { TestContext } from '@salesforce/core/testSetup';
import { stubSfCommandUx } from '@salesforce/sf-plugins-core';
import type { SfCommand } from '@salesforce/sf-plugins-core';

import { REPO_ROOT } from './paths.js';

type CommandClass<C extends SfCommand<unknown>> = typeof SfCommand<unknown> &
  (new (argv: string[], config: Config) => C);
type ResultOf<C> = C extends SfCommand<infer R> ? R : never;

let config: Promise<Config> | undefined;

/**
 * Runs a command with the plugin's own oclif config. Command.run() alone would look for the config
 * next to the file that started the process, which under jest is jest itself.
 */
export async function runCommand<C extends SfCommand<unknown>>(
  command: CommandClass<C>,
  argv: string[]
): Promise<ResultOf<C>> {
  config ??= Config.load(REPO_ROOT);
  return (await command.run.call(command, argv, await config)) as ResultOf<C>;
}

export function useCommandContext(): TestContext {
  const $$ = new TestContext();
  beforeEach(() => {
    stubSfCommandUx($$.SANDBOX);
    // The alias file lives in the temp folder, not in TestContext's stubs: write an empty one so that
    // no suite depends on a file an earlier suite or run left behind.
    $$.stubAliases({});
  });
  return $$;
}

export type CommandFailure = { name: string; message: string; actions: string[]; exitCode: number };

/** Runs the command and returns its error; fails the test if the command succeeds. */
export async function runExpectingError<C extends SfCommand<unknown>>(
  command: CommandClass<C>,
  argv: string[]
): Promise<CommandFailure> {
  try {
    await runCommand(command, argv);
  } catch (error) {
    const e = error as { name: string; message: string; actions?: string[]; exitCode?: number };
    return { name: e.name, message: e.message, actions: e.actions ?? [], exitCode: e.exitCode ?? 1 };
  }
  throw new Error(`expected ${argv.join(' ')} to fail`);
}
