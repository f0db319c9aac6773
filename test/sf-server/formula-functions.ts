/**
 * The formula functions the package uses, over compiled argument closures. A function or a value mix
 * the server does not model throws Unsupported, and the caller falls back to formulon.
 */
import { to18 } from './ids.js';
import { roundHalfAway, todayIso } from './values.js';

export type Value = number | string | boolean | null;

export class Unsupported extends Error {}

/** A compiled expression: its value for one record. */
export type Compiled<C> = (context: C) => Value;

type Fn = <C>(args: ReadonlyArray<Compiled<C>>, context: C) => Value;

const blank = (v: Value): boolean => v === null || v === '';
const num = (v: Value): number | null => (typeof v === 'number' ? v : null);
const text = (v: Value): string => (v === null ? '' : String(v));

function compare(a: Value, b: Value): number | null {
  if (blank(a) || blank(b)) return null;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  throw new Unsupported('comparison of mixed types');
}

function arithmetic(op: string, a: Value, b: Value): Value {
  if (typeof a === 'string' || typeof b === 'string') {
    if (op === 'add') return text(a) + text(b);
    throw new Unsupported('date or text arithmetic');
  }
  const x = num(a);
  const y = num(b);
  if (x === null || y === null) return null;
  switch (op) {
    case 'add':
      return x + y;
    case 'subtract':
      return x - y;
    case 'multiply':
      return x * y;
    default:
      if (y === 0) throw new Unsupported('division by zero');
      return x / y;
  }
}

const comparison =
  (test: (c: number) => boolean): Fn =>
  (args, c) => {
    const result = compare(args[0](c), args[1](c));
    return result === null ? false : test(result);
  };

const equality =
  (equal: boolean): Fn =>
  (args, c) => {
    const a = args[0](c);
    const b = args[1](c);
    const same = blank(a) && blank(b) ? true : compare(a, b) === 0;
    return equal ? same : !same;
  };

const arithmeticFn =
  (op: string): Fn =>
  (args, c) => {
    let acc = args[0](c);
    for (let i = 1; i < args.length; i++) acc = arithmetic(op, acc, args[i](c));
    return acc;
  };

const numeric =
  (fn: (x: number, digits: number) => Value): Fn =>
  (args, c) => {
    const x = num(args[0](c));
    return x === null ? null : fn(x, args.length > 1 ? (num(args[1](c)) ?? 0) : 0);
  };

const blankValue: Fn = (args, c) => {
  const first = args[0](c);
  return blank(first) ? args[1](c) : first;
};

const TABLE: Readonly<Record<string, Fn>> = {
  and: (args, c) => {
    for (const a of args) if (a(c) !== true) return false;
    return true;
  },
  or: (args, c) => {
    for (const a of args) if (a(c) === true) return true;
    return false;
  },
  not: (args, c) => args[0](c) !== true,
  if: (args, c) => (args[0](c) === true ? args[1](c) : args[2](c)),
  isblank: (args, c) => blank(args[0](c)),
  isnull: (args, c) => blank(args[0](c)),
  blankvalue: blankValue,
  nullvalue: blankValue,
  ispickval: (args, c) => text(args[0](c)) === text(args[1](c)),
  equal: equality(true),
  unequal: equality(false),
  lessThan: comparison((x) => x < 0),
  greaterThan: comparison((x) => x > 0),
  lessThanOrEqual: comparison((x) => x <= 0),
  greaterThanOrEqual: comparison((x) => x >= 0),
  add: arithmeticFn('add'),
  subtract: arithmeticFn('subtract'),
  multiply: arithmeticFn('multiply'),
  divide: arithmeticFn('divide'),
  round: numeric((x, digits) => roundHalfAway(x, digits)),
  abs: numeric((x) => Math.abs(x)),
  len: (args, c) => text(args[0](c)).length,
  today: () => todayIso(),
  regex: (args, c) => new RegExp(`^(?:${text(args[1](c))})$`, 's').test(text(args[0](c))),
  casesafeid: (args, c) => {
    const raw = text(args[0](c));
    return to18(raw) ?? raw;
  },
};

/** By formulon's function id; a Map, so an id such as "constructor" finds nothing. */
export const FUNCTIONS: ReadonlyMap<string, Fn> = new Map(Object.entries(TABLE));
