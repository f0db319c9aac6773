/**
 * Record Ids in Salesforce's 18-character form (15 characters and the 3-character case checksum), so
 * that components which check or shorten Ids meet the shape they meet in an org.
 */
const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function checksum(id15) {
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15[block * 5 + i];
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += CHARS[bits];
  }
  return suffix;
}

/** The n-th Id (n ≥ 1) of the object with this key prefix: prefix + pod "5P" + base-62 counter. */
export function recordId(keyPrefix, n) {
  let counter = '';
  let rest = n;
  while (counter.length < 10) {
    counter = BASE62[rest % 62] + counter;
    rest = Math.floor(rest / 62);
  }
  const id15 = `${keyPrefix}5P${counter}`;
  return id15 + checksum(id15);
}
