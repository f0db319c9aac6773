/**
 * How far a long run has got, as data: which phase, how many rows of how many. The layers that do the
 * work report to a listener they are handed; whoever shows it (the command's progress bar, a test
 * counting) decides what to do with it, so nothing here writes to a terminal.
 */

export const PROGRESS_PHASES = ['read', 'validate', 'score', 'write'] as const;
export type ProgressPhase = (typeof PROGRESS_PHASES)[number];

/** `done` of `total` units of a phase: rows, except for reading, which counts the file's characters. */
export type ProgressEvent = { phase: ProgressPhase; done: number; total: number };

export type ProgressListener = (event: ProgressEvent) => void;

/** Rows between two reports: often enough for a bar to move smoothly, rarely enough to cost nothing. */
export const PROGRESS_STEP = 5000;

export type ProgressTicker = {
  /** Called with the count done so far; reports only every PROGRESS_STEP rows. */
  tick: (done: number) => void;
  /** Reports the phase complete. */
  end: () => void;
};

const SILENT: ProgressTicker = { tick: () => undefined, end: () => undefined };

/** A phase's reporter: reports 0 of total at once, then every PROGRESS_STEP, then total of total. */
export function startPhase(
  listener: ProgressListener | undefined,
  phase: ProgressPhase,
  total: number
): ProgressTicker {
  if (!listener) return SILENT;
  listener({ phase, done: 0, total });
  let next = PROGRESS_STEP;
  return {
    tick: (done: number): void => {
      if (done < next) return;
      next = done + PROGRESS_STEP;
      listener({ phase, done: Math.min(done, total), total });
    },
    end: (): void => listener({ phase, done: total, total }),
  };
}
