/**
 * Progress of a long org run on the terminal: a bar per phase where the total is known, a spinner
 * where it is not; nothing with --json. sf's Progress starts only once per instance, so each phase
 * gets its own.
 */
import { Progress, type Spinner } from '@salesforce/sf-plugins-core';
import type { ProgressSink } from '../io/index.js';

export type ProgressHost = { spinner: Spinner; jsonEnabled(): boolean };

const barEnabled = (host: ProgressHost): boolean =>
  !host.jsonEnabled() && process.env.SF_USE_PROGRESS_BAR?.toLowerCase() !== 'false';

export function commandProgress<P extends string>(
  host: ProgressHost,
  title: (phase: P) => string,
  /** What the bar counts, in the language of the run ("records", "tietuetta"). */
  unit: string
): ProgressSink<P> {
  let bar: Progress | undefined;
  let spinning = false;
  return {
    start: (phase, total): void => {
      if (total !== undefined && total > 0) {
        bar = new Progress(barEnabled(host));
        bar.start(total, {}, { title: title(phase), format: `%s | {bar} | {value}/{total} ${unit}` });
      } else {
        spinning = true;
        host.spinner.start(title(phase));
      }
    },
    update: (done): void => bar?.update(done),
    stop: (): void => {
      bar?.finish();
      bar = undefined;
      if (spinning) host.spinner.stop();
      spinning = false;
    },
  };
}
