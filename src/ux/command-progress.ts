/**
 * Progress of a long command on the terminal, drawn from the one contract (ProgressSink); nothing with
 * --json. Two layouts, by what the run's phases are like. The org runs, whose phases lie apart and whose
 * totals may be unknown, get a bar per phase where the total is known and a spinner where it is not; sf's
 * Progress starts only once per instance, so each phase gets its own. A run whose phases follow one
 * another at once (`portfolio rank`: reading, checking rows, scoring, writing) gets one bar for the
 * whole run, its label and total changing with each phase; it draws only when stderr is a terminal, so
 * a log or a CI run gets no bar lines, and stays until close().
 */
import { Progress, type Spinner } from '@salesforce/sf-plugins-core';
import type { ProgressSink } from '../io/index.js';

export type ProgressHost = { spinner: Spinner; jsonEnabled(): boolean };

export type CommandProgress<P extends string> = ProgressSink<P> & {
  /** The run is over, or failed: whatever is still drawn stops. */
  close(): void;
};

/**
 * What one bar for the whole run shows after its label: the count a person reads ("1,200 of 5,000
 * rows"), or undefined for a phase whose count means nothing to a person (the characters of a file
 * read), which the percentage says alone.
 */
export type OneBar<P extends string> = { oneBar: (phase: P, done: number, total: number) => string | undefined };

/**
 * The one-bar look: `%s` is sf's title (left empty), then the percentage and the phase's label. A short
 * bar (cli-progress's `barsize`, 40 by default) keeps the line within 80 columns, past which cli-progress
 * cuts it.
 */
const ONE_BAR = { title: '', format: '%s{bar} {percentage}% {detail}', noTTYOutput: false, barsize: 20 };

const barEnabled = (host: ProgressHost): boolean =>
  !host.jsonEnabled() && process.env.SF_USE_PROGRESS_BAR?.toLowerCase() !== 'false';

const SILENT: CommandProgress<never> = {
  start: () => undefined,
  update: () => undefined,
  stop: () => undefined,
  close: () => undefined,
};

export function commandProgress<P extends string>(
  host: ProgressHost,
  title: (phase: P) => string,
  /**
   * What the bar counts, in the language of the run ("records", "tietuetta"), shown as done/total on a
   * bar per phase; or `{ oneBar }` for one bar through the whole run.
   */
  counts: string | OneBar<P>
): CommandProgress<P> {
  if (host.jsonEnabled()) return SILENT;
  let bar: Progress | undefined;
  let spinning = false;
  const stopSpinner = (): void => {
    if (spinning) host.spinner.stop();
    spinning = false;
  };
  const startSpinner = (phase: P): void => {
    spinning = true;
    host.spinner.start(title(phase));
  };
  const close = (): void => {
    bar?.stop();
    bar = undefined;
    stopSpinner();
  };

  if (typeof counts === 'string') {
    return {
      start: (phase, total): void => {
        if (total !== undefined && total > 0) {
          bar = new Progress(barEnabled(host));
          bar.start(total, {}, { title: title(phase), format: `%s | {bar} | {value}/{total} ${counts}` });
        } else {
          startSpinner(phase);
        }
      },
      update: (done): void => bar?.update(done),
      stop: (): void => {
        bar?.finish();
        bar = undefined;
        stopSpinner();
      },
      close,
    };
  }

  let phase: P | undefined;
  let total = 0;
  const detail = (done: number): { detail: string } => {
    const label = phase === undefined ? '' : title(phase);
    const count = phase === undefined ? undefined : counts.oneBar(phase, done, total);
    return { detail: count === undefined ? label : `${label} (${count})` };
  };
  return {
    start: (next, nextTotal): void => {
      phase = next;
      if (nextTotal === undefined) {
        startSpinner(next);
        return;
      }
      total = nextTotal;
      if (bar) {
        bar.setTotal(total);
      } else {
        bar = new Progress(barEnabled(host));
        bar.start(total, detail(0), ONE_BAR);
      }
      bar.update(0, detail(0));
    },
    update: (done): void => bar?.update(done, detail(done)),
    // The bar stays, full, until the next phase takes it over or the run closes.
    stop: stopSpinner,
    close,
  };
}
