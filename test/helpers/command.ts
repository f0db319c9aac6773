/**
 * Runs an sf command class in-process the way the plugin convention does (TestContext, --json), with
 * the terminal output stubbed, and captures a failure as data so tests can assert on its message.
 */
import { Config } from '@oclif/core';
import { TestContext } from '@salesforce/core/testSetup';
import { stubSfCommandUx } from '@salesforce/sf-plugins-core';
import type { SfCommand } from '@salesforce/sf-plugins-core';

import { REPO_ROOT } from './paths.js';

type CommandClass<R> = { run(argv: string[], config?: Config): Promise<R> } & (new (...args: never[]) => SfCommand<R>);

let config: Promise<Config> | undefined;

/**
 * Runs a command with the plugin's own oclif config. Command.run() alone would look for the config
 * next to the file that started the process, which under jest is jest itself.
 */
export async function runCommand<R>(command: CommandClass<R>, argv: string[]): Promise<R> {
  config ??= Config.load(REPO_ROOT);
  return command.run(argv, await config);
}

export function useCommandContext(): TestContext {
  const $$ = new TestContext();
  beforeEach(() => {
    stubSfCommandUx($$.SANDBOX);
  });
  return $$;
}

export type CommandFailure = { name: string; message: string; actions: string[]; exitCode: number };

/** Runs the command and returns its error; fails the test if the command succeeds. */
export async function runExpectingError<R>(command: CommandClass<R>, argv: string[]): Promise<CommandFailure> {
  try {
    await runCommand(command, argv);
  } catch (error) {
    const e = error as { name: string; message: string; actions?: string[]; exitCode?: number };
    return { name: e.name, message: e.message, actions: e.actions ?? [], exitCode: e.exitCode ?? 1 };
  }
  throw new Error(`expected ${argv.join(' ')} to fail`);
}
