import { readFile } from 'node:fs/promises';
import { builtInProfile, parseProfile, type Profile } from '../core/index.js';
import { loadMessages } from '../messages.js';
import { profileProblemLines } from './profile-problems.js';

const messages = loadMessages('portfolio.rank');

/**
 * Resolves a --profile value: a built-in key ("current", "future") or a path to a profile JSON file.
 * A value that looks like a file (has a separator or ends in .json) is always read as one, so a typo
 * in a path is reported as a missing file rather than an unknown profile.
 */
export async function loadProfile(value: string): Promise<Profile> {
  const builtIn = builtInProfile(value);
  if (builtIn) return builtIn;
  if (!/[\\/]|\.json$/i.test(value)) throw messages.createError('error.UnknownProfile', [value]);

  let text: string;
  try {
    text = await readFile(value, 'utf8');
  } catch (cause) {
    throw messages.createError('error.ProfileUnreadable', [value, (cause as Error).message], [], cause as Error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw messages.createError('error.ProfileNotJson', [value, (cause as Error).message], [], cause as Error);
  }
  const parsed = parseProfile(json);
  if (!parsed.success) {
    throw messages.createError('error.ProfileInvalid', [value, profileProblemLines(parsed.error)]);
  }
  return parsed.data;
}
