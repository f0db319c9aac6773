/**
 * A failed call to the org as the error a person reads (messages/portfolio.sync.md): what happened,
 * how far the run got, and what to do. Every org command stops through here, so the advice on
 * resuming is the same everywhere.
 */
import type { SfError } from '@salesforce/core';
import { numberFormats } from '../../i18n/index.js';
import { loadMessages } from '../../messages.js';
import { OrgApiError } from './org-api-error.js';

const messages = loadMessages('portfolio.sync');

/** How far a run got, for the message when it stops: "12 of 40 records were written". */
export class RunState {
  public written = 0;
  public planned = 0;

  /** A new phase of writes begins. */
  public plan(planned: number): void {
    this.written = 0;
    this.planned = planned;
  }

  public add(count: number): number {
    this.written += count;
    return this.written;
  }
}

export function orgStopError(error: unknown, state?: RunState): Error {
  if (!(error instanceof OrgApiError)) return error instanceof Error ? error : new Error(String(error));
  // The loader trims a message's leading space, so the sentence is joined to the one before it here.
  const n = numberFormats();
  const progress = state
    ? ` ${messages.getMessage('info.Progress', [n.integer(state.written), n.integer(state.planned)])}`
    : '';
  let sfError: SfError;
  switch (error.kind) {
    case 'limit':
      sfError = messages.createError('error.RequestLimitExceeded', [progress], [], error);
      break;
    case 'session':
      sfError = messages.createError('error.SessionExpired', [progress], [], error);
      break;
    case 'transient':
    case 'ambiguous':
      sfError = messages.createError('error.OrgUnavailable', [error.errorCode, error.message, progress], [], error);
      break;
    default:
      sfError = messages.createError('error.OrgRequestFailed', [error.errorCode, error.message, progress], [], error);
  }
  return sfError;
}
