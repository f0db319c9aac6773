/**
 * The sync's lines on profile versions (docs/sync.md, Profile versions): which version scored, and how
 * many accounts moved because of the figures and how many because of the assessments.
 */
import { numberFormats } from '../i18n/index.js';
import { loadMessages } from '../messages.js';
import type { SyncResult } from '../org/sync/sync.js';

const messages = loadMessages('portfolio.sync');

export function renderVersionLines(result: Pick<SyncResult, 'profileVersion' | 'moved'>): string[] {
  const n = numberFormats();
  const { version, previous, isNew } = result.profileVersion;
  const lines: string[] = [];
  if (version !== null) {
    if (!isNew) lines.push(messages.getMessage('info.VersionSame', [n.integer(version)]));
    else if (previous === null) lines.push(messages.getMessage('info.VersionFirst', [n.integer(version)]));
    else lines.push(messages.getMessage('info.VersionNew', [n.integer(version), n.integer(previous)]));
  }
  lines.push(messages.getMessage('info.Moved', [n.integer(result.moved.byFigures), n.integer(result.moved.byAssessments)]));
  return lines;
}
