/**
 * Salesforce record Ids: a 3-character key prefix, 12 characters, and a 3-character suffix that makes
 * the Id case-insensitively unique (the documented checksum), so 15- and 18-character forms both work.
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

function base62(n: number, width: number): string {
  let out = '';
  let rest = n;
  while (rest > 0) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, '0');
}

/** The 3-character suffix of an Id, from its first 15 characters. */
function checksum(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += SUFFIX[bits];
  }
  return suffix;
}

const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[A-Z0-5]{3})?$/;

/** The 18-character form of a 15- or 18-character Id, or undefined when it is not an Id. */
export function to18(id: string): string | undefined {
  if (!ID_PATTERN.test(id)) return undefined;
  // The pattern allows only upper-case suffixes, so an 18-character Id is right exactly when its
  // suffix is the checksum; it is then returned as it is, not rebuilt (it is looked up as a key).
  const suffix = checksum(id);
  if (id.length === 15) return id + suffix;
  return id.endsWith(suffix) ? id : undefined;
}

/** A new Id for the nth record of an object with this prefix ("Hs" only makes them look like an org's). */
export function makeId(prefix: string, n: number): string {
  const id15 = `${prefix}Hs${base62(n, 10)}`;
  // Joined, not concatenated: V8 keeps a concatenation of this length as a pair of strings and flattens
  // it whenever it is hashed, and a bulk insert stores 100,000 new Ids in a map.
  return [id15, checksum(id15)].join('');
}

const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE62.length; i++) DIGIT[BASE62.charCodeAt(i)] = i;

/**
 * The n that `makeId(prefix, n)` was made from, or -1 when the Id is not one of those: a store can
 * keep its records by that number and find one without hashing its Id.
 */
export function sequenceOf(id: string, prefix: string): number {
  if (id.length !== 18 || !id.startsWith(prefix) || id.charCodeAt(3) !== 72 || id.charCodeAt(4) !== 115) return -1;
  let n = 0;
  for (let i = 5; i < 15; i++) {
    const c = id.charCodeAt(i);
    const digit = c < 128 ? DIGIT[c] : -1;
    if (digit < 0) return -1;
    n = n * 62 + digit;
  }
  return n;
}

/** Stable key prefixes: standard objects as in every org, custom objects a00, a01… by sorted name. */
export const STANDARD_PREFIXES: Readonly<Record<string, string>> = {
  Account: '001',
  User: '005',
  Organization: '00D',
  PermissionSet: '0PS',
  PermissionSetAssignment: '0Pa',
  RecordType: '012',
  Task: '00T',
  CollaborationGroup: '0F9',
  FeedItem: '0D5',
};

export function customPrefix(index: number): string {
  return `a${base62(index, 2)}`;
}

/** Query locators (nextRecordsUrl) and Bulk jobs have Ids of their own kinds. */
export const QUERY_LOCATOR_PREFIX = '01g';
export const JOB_PREFIX = '750';

/** Bulk 2.0 query result locators are opaque; the org's look like base64 of the offset. */
export const encodeLocator = (offset: number): string => Buffer.from(String(offset)).toString('base64url');
export const decodeLocator = (locator: string): number | undefined => {
  const n = Number(Buffer.from(locator, 'base64url').toString());
  return Number.isInteger(n) && n >= 0 ? n : undefined;
};
