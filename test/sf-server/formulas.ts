/**
 * The package's formula fields and validation rules, evaluated on every write as the org does.
 *
 * formulon is the reference evaluator, but it parses the formula text on every call (about 1 ms), too
 * slow for a 100,000-record bulk job. So each formula is parsed once with formulon's `ast` and walked
 * here for the functions the package uses; anything else (or a date sum) falls back to formulon
 * through the metadata tests' evaluator, which feeds it values exactly as the org would.
 */
import { ast } from 'formulon';
import { fieldValue, ruleFires } from '../metadata/helpers/formula.js';
import type { SObject } from '../metadata/helpers/force-app.js';
import { to18 } from './ids.js';
import type { FieldDef, ObjectDef } from './schema-types.js';
import { roundHalfAway, todayIso } from './values.js';

type Value = number | string | boolean | null;
type Node =
  | { type: 'callExpression'; id: string; arguments: Node[] }
  | { type: 'identifier'; name: string }
  | { type: 'literal'; value: unknown; dataType: string };

class Unsupported extends Error {}

type Env = (name: string) => Value;

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

type Fn = (v: (i: number) => Value, count: number) => Value;

const all = (count: number): number[] => Array.from({ length: count }, (_, i) => i);

function comparison(test: (c: number) => boolean): Fn {
  return (v) => {
    const c = compare(v(0), v(1));
    return c === null ? false : test(c);
  };
}

function equality(equal: boolean): Fn {
  return (v) => {
    const a = v(0);
    const b = v(1);
    const same = blank(a) && blank(b) ? true : compare(a, b) === 0;
    return equal ? same : !same;
  };
}

const arithmeticFn =
  (op: string): Fn =>
  (v, count) =>
    all(count)
      .slice(1)
      .reduce<Value>((acc, i) => arithmetic(op, acc, v(i)), v(0));

function numeric(fn: (x: number, v: (i: number) => Value) => Value): Fn {
  return (v) => {
    const x = num(v(0));
    return x === null ? null : fn(x, v);
  };
}

const blankValue: Fn = (v) => {
  const first = v(0);
  return blank(first) ? v(1) : first;
};

/** The functions the package's formulas use; any other one falls back to formulon. */
const FUNCTIONS: Readonly<Record<string, Fn>> = {
  and: (v, count) => all(count).every((i) => v(i) === true),
  or: (v, count) => all(count).some((i) => v(i) === true),
  not: (v) => v(0) !== true,
  if: (v) => (v(0) === true ? v(1) : v(2)),
  isblank: (v) => blank(v(0)),
  isnull: (v) => blank(v(0)),
  blankvalue: blankValue,
  nullvalue: blankValue,
  ispickval: (v) => text(v(0)) === text(v(1)),
  equal: equality(true),
  unequal: equality(false),
  lessThan: comparison((c) => c < 0),
  greaterThan: comparison((c) => c > 0),
  lessThanOrEqual: comparison((c) => c <= 0),
  greaterThanOrEqual: comparison((c) => c >= 0),
  add: arithmeticFn('add'),
  subtract: arithmeticFn('subtract'),
  multiply: arithmeticFn('multiply'),
  divide: arithmeticFn('divide'),
  round: numeric((x, v) => roundHalfAway(x, num(v(1)) ?? 0)),
  abs: numeric((x) => Math.abs(x)),
  len: (v) => text(v(0)).length,
  today: () => todayIso(),
  regex: (v) => new RegExp(`^(?:${text(v(1))})$`, 's').test(text(v(0))),
  casesafeid: (v) => {
    const raw = text(v(0));
    return to18(raw) ?? raw;
  },
};

function call(id: string, args: Node[], env: Env): Value {
  const fn = Object.hasOwn(FUNCTIONS, id) ? FUNCTIONS[id] : undefined;
  if (!fn) throw new Unsupported(id);
  return fn((i) => evaluate(args[i], env), args.length);
}

function evaluate(node: Node, env: Env): Value {
  switch (node.type) {
    case 'literal':
      return node.dataType === 'null' ? null : (node.value as Value);
    case 'identifier':
      return env(node.name);
    default:
      return call(node.id, node.arguments, env);
  }
}

/** What a formula sees for a field: percent as a fraction, a blank number as 0 when the formula says so. */
function formulaInput(f: FieldDef, value: unknown, blanksAsZero: boolean): Value {
  if (value === undefined || value === null || value === '') {
    if (f.type === 'boolean') return false;
    return blanksAsZero && ['double', 'currency', 'percent', 'int'].includes(f.type) ? 0 : null;
  }
  if (f.type === 'percent') return (value as number) / 100;
  return value as Value;
}

export type Formulas = {
  /** The record with every formula field (re)computed. */
  computeFields(record: Record<string, unknown>): Record<string, unknown>;
  /** The rules that fire for the record (the org would reject it). */
  firingRules(record: Record<string, unknown>): ObjectDef['validationRules'];
};

export function formulasFor(object: ObjectDef, metadata: SObject | undefined): Formulas {
  const formulaFields = object.fields.filter((f) => f.formula);
  const trees = new Map<string, Node>();
  const tree = (formula: string): Node => {
    let t = trees.get(formula);
    if (!t) {
      t = ast(formula) as Node;
      trees.set(formula, t);
    }
    return t;
  };

  const envFor = (record: Record<string, unknown>, blanksAsZero: boolean): Env => {
    const env: Env = (name) => {
      const f = object.byName.get(name.toLowerCase());
      if (!f) throw new Unsupported(`unknown field ${name}`);
      if (f.formula) return formulaInput(f, valueOf(f, record), f.formulaBlanksAsZero);
      return formulaInput(f, record[f.name], blanksAsZero);
    };
    return env;
  };

  const slowValues = (record: Record<string, unknown>): Record<string, string | number | boolean | null> =>
    Object.fromEntries(Object.entries(record).filter(([, v]) => typeof v !== 'object' || v === null)) as Record<
      string,
      string | number | boolean | null
    >;

  function valueOf(f: FieldDef, record: Record<string, unknown>): Value {
    try {
      const result = evaluate(tree(f.formula as string), envFor(record, f.formulaBlanksAsZero));
      if (typeof result !== 'number') return result;
      return f.type === 'percent' ? roundHalfAway(result * 100, f.scale) : roundHalfAway(result, f.scale);
    } catch (error) {
      if (!(error instanceof Unsupported) || !metadata || error.message === 'division by zero') return null;
      return fieldValue(metadata, f.name, slowValues(record));
    }
  }

  return {
    computeFields(record): Record<string, unknown> {
      if (formulaFields.length === 0) return record;
      const out = { ...record };
      for (const f of formulaFields) out[f.name] = valueOf(f, record);
      return out;
    },
    firingRules(record): ObjectDef['validationRules'] {
      return object.validationRules.filter((rule) => {
        try {
          return evaluate(tree(rule.formula), envFor(record, false)) === true;
        } catch (error) {
          if (!(error instanceof Unsupported) || !metadata || error.message === 'division by zero') return false;
          return ruleFires(metadata, rule.name, slowValues(record));
        }
      });
    },
  };
}
