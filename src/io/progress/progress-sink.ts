/**
 * How a long run reports how far it has got, phase by phase: a phase starts (with its total when it is
 * known), its count moves, it stops. Every run reports to one: the org runs (sync, export, import) and
 * `portfolio rank` (reading, checking rows, scoring, writing). src/ux draws it on the terminal, a test
 * counts it; nothing here writes to a terminal.
 */
export type ProgressSink<P extends string> = {
  start(phase: P, total: number | undefined): void;
  update(done: number): void;
  stop(): void;
};

/** The phases of reading a spreadsheet: the file (counted in characters), then its rows checked. */
export type ReadPhase = 'read' | 'validate';

/** Rows between two updates: often enough for a bar to move smoothly, rarely enough to cost nothing. */
export const PROGRESS_STEP = 5000;

/** A phase counted row by row, told to the sink every PROGRESS_STEP rows. */
export type PhaseCounter = {
  /** Called with the count done so far; tells the sink only every PROGRESS_STEP rows. */
  tick: (done: number) => void;
  /** The phase is complete: its total done, then stopped. */
  end: () => void;
};

const SILENT: PhaseCounter = { tick: () => undefined, end: () => undefined };

/** Starts `phase` on the sink (0 of total), then updates it every PROGRESS_STEP rows and at its end. */
export function startPhase<P extends string>(
  sink: ProgressSink<P> | undefined,
  phase: P,
  total: number
): PhaseCounter {
  if (!sink) return SILENT;
  sink.start(phase, total);
  let next = PROGRESS_STEP;
  return {
    tick: (done: number): void => {
      if (done < next) return;
      next = done + PROGRESS_STEP;
      sink.update(Math.min(done, total));
    },
    end: (): void => {
      sink.update(total);
      sink.stop();
    },
  };
}
