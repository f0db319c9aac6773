/**
 * Ctrl+C (SIGINT) and SIGTERM during `portfolio rank`: the run stops between rows, the writers remove
 * their temporary file, and the command exits 130 or 143 (128 + the signal's number, the shell's
 * convention) with one line saying nothing was written, not a stack trace.
 *
 * The sf framework installs its own handlers for the whole process, which exit at once with 130 for
 * either signal: that would leave the temporary file behind and say 130 for a SIGTERM. So for the run
 * only, those handlers are set aside and these put in their place; dispose() puts them back.
 */
import type { SfError } from '@salesforce/core';
import { loadMessages } from '../messages.js';

const messages = loadMessages('portfolio.rank');

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type HandledSignal = (typeof SIGNALS)[number];
const EXIT_CODES: Record<HandledSignal, number> = { SIGINT: 130, SIGTERM: 143 };

type Listener = (...args: unknown[]) => void;

export type Interruption = {
  /** Aborted when a signal arrives; handed to the writers. */
  signal: AbortSignal;
  /** The error to end the run with once a signal arrived, else undefined. */
  error: () => SfError | undefined;
  /** Takes these handlers away and gives the set-aside ones back. */
  dispose: () => void;
};

export function handleInterrupts(): Interruption {
  const controller = new AbortController();
  let received: HandledSignal | undefined;
  const setAside = new Map<HandledSignal, Listener[]>();
  const ours =
    (signal: HandledSignal): (() => void) =>
    (): void => {
      received ??= signal;
      controller.abort(new Error(signal));
    };
  const installed = new Map<HandledSignal, () => void>();
  for (const signal of SIGNALS) {
    const listeners = process.listeners(signal) as Listener[];
    setAside.set(signal, listeners);
    for (const listener of listeners) process.removeListener(signal, listener);
    const handler = ours(signal);
    installed.set(signal, handler);
    process.on(signal, handler);
  }
  return {
    signal: controller.signal,
    error: (): SfError | undefined => {
      if (!received) return undefined;
      const error = messages.createError('error.Interrupted', [received]);
      error.exitCode = EXIT_CODES[received];
      return error;
    },
    dispose: (): void => {
      for (const signal of SIGNALS) {
        const handler = installed.get(signal);
        if (handler) process.removeListener(signal, handler);
        for (const listener of setAside.get(signal) ?? []) process.on(signal, listener);
      }
    },
  };
}
