/**
 * Salesforce record Ids: the 15-character case-sensitive form people copy from a URL, and the
 * 18-character case-safe form the API returns and the profitability external ID is made of.
 */

const SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID_SHAPE = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
export const ACCOUNT_KEY_PREFIX = '001';

/** The 18-character form of a 15- or 18-character Id (the 3-character suffix encodes the case). */
export function to18(id: string): string {
  const base = id.slice(0, 15);
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) {
      const ch = base.charAt(block * 5 + i);
      if (ch >= 'A' && ch <= 'Z') flags += 1 << i;
    }
    suffix += SUFFIX_CHARS.charAt(flags);
  }
  return base + suffix;
}

/** Why a text is not an Account Id, or undefined when it is one. */
export function accountIdProblem(text: string): 'InvalidAccountId' | 'NotAnAccountId' | undefined {
  if (!ID_SHAPE.test(text)) return 'InvalidAccountId';
  if (text.length === 18 && to18(text).slice(15).toUpperCase() !== text.slice(15).toUpperCase())
    return 'InvalidAccountId';
  return text.startsWith(ACCOUNT_KEY_PREFIX) ? undefined : 'NotAnAccountId';
}
