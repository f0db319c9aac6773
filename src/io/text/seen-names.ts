/**
 * The names read so far, each with the line it was first seen on, matched as nameKey matches them
 * (case and runs of spaces ignored): the check for a customer listed twice.
 *
 * Hand-rolled for time and memory: a Map from each row's nameKey to its line took about 0.15 s of
 * reading 200,000 rows (CPU, the read phase with and without it), for a key string made per row,
 * kept, and hashed, and the Map's own growth. Here a name is hashed by its characters (for a name of
 * plain ASCII, the characters its nameKey would have, without making it), the table holds numbers
 * only, and the name itself is kept as given (an account keeps the same string); two names are
 * compared by nameKey only when their hashes agree. test/io/seen-names.test.ts holds it to the Map.
 */
import { nameKey } from './name-key.js';
import { ownString } from './own-string.js';

const FNV_OFFSET = 0x81_1c_9d_c5;
const FNV_PRIME = 0x1_00_01_93;
const SPACE = 0x20;

const mix = (hash: number, code: number): number => Math.imul(hash ^ code, FNV_PRIME);

/** FNV-1a over the code units of a key. */
function hashOfKey(key: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i += 1) hash = mix(hash, key.charCodeAt(i));
  return hash | 0;
}

/** An ASCII character \s matches: tab, the line breaks, space. */
const isAsciiSpace = (code: number): boolean => code === SPACE || (code >= 0x09 && code <= 0x0d);

/**
 * hashOfKey(nameKey(name)). For a name of ASCII characters only, its key is the name trimmed, each
 * run of spaces one space, A to Z lowered: hashed as read, with no key made. Any other name's key is made.
 */
export function nameHash(name: string): number {
  let hash = FNV_OFFSET;
  let space = false;
  let started = false;
  for (let i = 0; i < name.length; i += 1) {
    let code = name.charCodeAt(i);
    if (code >= 0x80) return hashOfKey(nameKey(name));
    if (isAsciiSpace(code)) {
      space = started;
      continue;
    }
    if (space) hash = mix(hash, SPACE);
    space = false;
    started = true;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    hash = mix(hash, code);
  }
  return hash | 0;
}

const MIN_CAPACITY = 1024;

/** The power of two at least twice `names`: the table's size for that many names, at most half full. */
const capacityFor = (names: number): number => {
  let capacity = MIN_CAPACITY;
  while (capacity < names * 2) capacity *= 2;
  return capacity;
};

/** Numbers per slot: an index into #names plus one (0 for an empty slot), the name's hash, its line. */
const SLOT_SIZE = 3;

export class SeenNames {
  /** Each name seen, in order, as given. */
  readonly #names: string[];
  #count = 0;
  /** Open addressing, at most half full, a slot's numbers side by side (one memory read for them). */
  #table: Int32Array;
  #mask: number;

  /** `expected`: about how many names will come (the rows of the file), so the table need not grow. */
  public constructor(expected = 0) {
    const capacity = capacityFor(expected);
    this.#table = new Int32Array(capacity * SLOT_SIZE);
    this.#mask = capacity - 1;
    this.#names = new Array<string>(expected);
  }

  /**
   * The line the name was first seen on; undefined when it is new, and it is then kept with `line`,
   * copied out of the text it was cut from when `copy` is true (own-string.ts).
   */
  public firstOrAdd(name: string, line: number, copy = false): number | undefined {
    const hash = nameHash(name);
    const table = this.#table;
    let key: string | undefined;
    let slot = (hash & this.#mask) * SLOT_SIZE;
    for (let at = table[slot]; at !== 0; at = table[slot]) {
      if (table[slot + 1] === hash) {
        key ??= nameKey(name);
        if (nameKey(this.#names[at - 1]) === key) return table[slot + 2];
      }
      slot = slot + SLOT_SIZE === table.length ? 0 : slot + SLOT_SIZE;
    }
    this.#names[this.#count] = copy ? ownString(name) : name;
    this.#count += 1;
    table[slot] = this.#count;
    table[slot + 1] = hash;
    table[slot + 2] = line;
    if (this.#count * 2 > this.#mask + 1) this.#grow();
    return undefined;
  }

  #grow(): void {
    const old = this.#table;
    const capacity = (this.#mask + 1) * 2;
    const table = new Int32Array(capacity * SLOT_SIZE);
    const mask = capacity - 1;
    for (let at = 0; at < old.length; at += SLOT_SIZE) {
      if (old[at] === 0) continue;
      let slot = (old[at + 1] & mask) * SLOT_SIZE;
      while (table[slot] !== 0) slot = slot + SLOT_SIZE === table.length ? 0 : slot + SLOT_SIZE;
      table.set(old.subarray(at, at + SLOT_SIZE), slot);
    }
    this.#table = table;
    this.#mask = mask;
  }
}
