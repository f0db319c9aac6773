/**
 * The progress of `portfolio rank` on the terminal: one bar for the run, its label and total changing
 * with each phase (reading, checking rows, scoring, writing). It draws with the command's own
 * `this.progress` from @salesforce/sf-plugins-core (a cli-progress bar on stderr, silent under
 * --json), and only when stderr is a terminal: a log or a CI run gets no bar lines.
 */
import { basename } from 'node:path';
import type { Progress } from '@salesforce/sf-plugins-core';
import type { ProgressEvent, ProgressListener, ProgressPhase } from '../io/index.js';
import { loadMessages } from '../messages.js';

const messages = loadMessages('portfolio.rank');

/**
 * What the bar shows: `%s` is sf's title (left empty), then the phase and its row counts. A short bar
 * (cli-progress's `barsize`, 40 by default) keeps the line within 80 columns, past which cli-progress
 * cuts it.
 */
const OPTIONS = { title: '', format: '%s{bar} {percentage}% {detail}', noTTYOutput: false, barsize: 20 };

export type ProgressBar = { listener: ProgressListener; stop: () => void };

const count = (n: number): string => n.toLocaleString('en-US');

/** `subject` names the file being read or written in the bar's label. */
export function progressBar(bar: Progress, subject: { input: string; output?: string }): ProgressBar {
  let phase: ProgressPhase | undefined;
  let started = false;
  const payload = (event: ProgressEvent): { detail: string } => {
    const name =
      event.phase === 'read'
        ? messages.getMessage('progress.read', [basename(subject.input)])
        : event.phase === 'write'
          ? messages.getMessage('progress.write', [basename(subject.output ?? '')])
          : messages.getMessage(`progress.${event.phase}`);
    // Reading counts characters of the file, which mean nothing to a person: the percentage says it.
    const rows =
      event.phase === 'read'
        ? ''
        : ` (${messages.getMessage('progress.rows', [count(event.done), count(event.total)])})`;
    return { detail: `${name}${rows}` };
  };
  const listener = (event: ProgressEvent): void => {
    if (!started) {
      started = true;
      phase = event.phase;
      bar.start(event.total, payload(event), OPTIONS);
    } else if (event.phase !== phase) {
      phase = event.phase;
      bar.setTotal(event.total);
    }
    bar.update(event.done, payload(event));
  };
  return { listener, stop: () => bar.stop() };
}
