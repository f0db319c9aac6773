/**
 * A copy of a string that does not point into a larger one. V8 makes a substring of 13 characters
 * or more a view into its parent, so one account name read from a CSV kept the whole file's text
 * (70 MB at a million rows) alive for the rest of the run. A shorter one is already its own copy.
 */
const SLICE_MIN = 13;

/** A round trip through UTF-16 bytes: a new string, every code unit kept (a lone surrogate too). */
export const ownString = (text: string): string =>
  text.length < SLICE_MIN ? text : Buffer.from(text, 'utf16le').toString('utf16le');
