/**
 * The package's formula fields and validation rules, evaluated on every write as the org does.
 *
 * formulon is the reference evaluator, but it parses the formula text on every call (about 1 ms), too
 * slow for a 100,000-record bulk job. So each formula is parsed once with formulon's `ast` and compiled
 * here into closures over the functions the package uses; anything else (or a date sum) falls back to
 * formulon through the metadata tests' evaluator, which feeds it values exactly as the org would.
 */
import { ast } from 'formulon';
import { fieldValue, ruleFires } from '../metadata/helpers/formula.js';
import type { SObject } from '../metadata/helpers/force-app.js';
import { FUNCTIONS, Unsupported, type Compiled, type Value } from './formula-functions.js';
import type { FieldDef, ObjectDef } from './schema-types.js';
import { NUMERIC, roundHalfAway } from './values.js';

type Node =
  | { type: 'callExpression'; id: string; arguments: Node[] }
  | { type: 'identifier'; name: string }
  | { type: 'literal'; value: unknown; dataType: string };

/** One evaluation: the record, how blanks read, and formula fields already computed for it. */
type Context = {
  readonly record: Readonly<Record<string, unknown>>;
  readonly blanksAsZero: boolean;
  readonly formula: (f: FieldDef) => Value;
};

/** What a formula sees for a field: percent as a fraction, a blank number as 0 when the formula says so. */
function formulaInput(f: FieldDef, value: unknown, blanksAsZero: boolean): Value {
  if (value === undefined || value === null || value === '') {
    if (f.type === 'boolean') return false;
    return blanksAsZero && NUMERIC.has(f.type) ? 0 : null;
  }
  if (f.type === 'percent') return (value as number) / 100;
  return value as Value;
}

function compile(node: Node, object: ObjectDef): Compiled<Context> {
  switch (node.type) {
    case 'literal': {
      const value = node.dataType === 'null' ? null : (node.value as Value);
      return () => value;
    }
    case 'identifier': {
      const f = object.byName.get(node.name.toLowerCase());
      if (!f) throw new Unsupported(`unknown field ${node.name}`);
      if (f.formula) return (c) => formulaInput(f, c.formula(f), f.formulaBlanksAsZero);
      return (c) => formulaInput(f, c.record[f.name], c.blanksAsZero);
    }
    default: {
      const fn = FUNCTIONS.get(node.id);
      if (!fn) throw new Unsupported(node.id);
      const args = node.arguments.map((a) => compile(a, object));
      return (c) => fn(args, c);
    }
  }
}

/** The compiled formula, or undefined when only formulon can evaluate it. */
function tryCompile(formula: string, object: ObjectDef): Compiled<Context> | undefined {
  try {
    return compile(ast(formula) as Node, object);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

type Plain = Record<string, string | number | boolean | null>;

const plain = (record: Readonly<Record<string, unknown>>): Plain =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => typeof v !== 'object' || v === null)) as Plain;

export type Formulas = {
  /** Every formula field of the record (re)computed, in place: the record is a new one its caller owns. */
  computeFields(record: Record<string, unknown>): Record<string, unknown>;
  /** The rules that fire for the record (the org would reject it). */
  firingRules(record: Readonly<Record<string, unknown>>): ObjectDef['validationRules'];
};

const NONE: ObjectDef['validationRules'] = [];

export function formulasFor(object: ObjectDef, metadata: SObject | undefined): Formulas {
  const formulaFields = object.fields.filter((f) => f.formula);
  const fields = new Map(formulaFields.map((f) => [f, tryCompile(f.formula as string, object)]));
  const rules = object.validationRules.map((rule) => ({ rule, compiled: tryCompile(rule.formula, object) }));

  /** Formula fields of one record, each computed once even when other formulas name it. */
  const evaluation = (record: Readonly<Record<string, unknown>>): ((f: FieldDef) => Value) => {
    // Made when a formula is first read: most rules read plain fields only.
    let cache: Map<FieldDef, Value> | undefined;
    const formula = (f: FieldDef): Value => {
      cache ??= new Map<FieldDef, Value>();
      if (!cache.has(f)) cache.set(f, fieldResult(f, record, formula));
      return cache.get(f) as Value;
    };
    return formula;
  };

  function fieldResult(f: FieldDef, record: Readonly<Record<string, unknown>>, formula: (g: FieldDef) => Value): Value {
    const compiled = fields.get(f);
    try {
      if (!compiled) throw new Unsupported(f.name);
      const result = compiled({ record, blanksAsZero: f.formulaBlanksAsZero, formula });
      if (typeof result !== 'number') return result;
      return f.type === 'percent' ? roundHalfAway(result * 100, f.scale) : roundHalfAway(result, f.scale);
    } catch (error) {
      if (!(error instanceof Unsupported) || !metadata || error.message === 'division by zero') return null;
      return fieldValue(metadata, f.name, plain(record));
    }
  }

  function fires(
    rule: ObjectDef['validationRules'][number],
    compiled: Compiled<Context> | undefined,
    context: Context
  ): boolean {
    try {
      if (!compiled) throw new Unsupported(rule.name);
      return compiled(context) === true;
    } catch (error) {
      if (!(error instanceof Unsupported) || !metadata || error.message === 'division by zero') return false;
      return ruleFires(metadata, rule.name, plain(context.record));
    }
  }

  return {
    computeFields(record): Record<string, unknown> {
      if (formulaFields.length === 0) return record;
      // Formulas read other formulas through the evaluation, never from the record, so filling the
      // record as they are computed changes no result.
      const formula = evaluation(record);
      for (const f of formulaFields) record[f.name] = formula(f);
      return record;
    },
    firingRules(record): ObjectDef['validationRules'] {
      if (rules.length === 0) return NONE;
      // Every save runs the rules: nothing is made for a record whose rules do not fire.
      const context: Context = { record, blanksAsZero: false, formula: evaluation(record) };
      let firing: Array<ObjectDef['validationRules'][number]> | undefined;
      for (const { rule, compiled } of rules) {
        if (fires(rule, compiled, context)) (firing ??= []).push(rule);
      }
      return firing ?? NONE;
    },
  };
}
