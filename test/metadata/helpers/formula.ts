/**
 * Evaluating the org's formulas (formula fields and validation rules) offline with formulon, fed the
 * way Salesforce feeds them: each referenced field as a literal of its own type, precision and scale;
 * a Percent field as a fraction (70 % is 0.7 inside a formula); a referenced formula field evaluated
 * first. Formula results are rounded to the field's decimal places, half away from zero, as the
 * platform does when it shows or returns them.
 */
import { extract, parse, type FormulonLiteral } from 'formulon';
import type { Field, ForceApp, SObject } from './force-app.js';
import { text } from './xml.js';

export type FieldValue = number | string | boolean | Date | null | undefined;
export type RecordValues = Readonly<Record<string, FieldValue>>;

const NUMERIC = ['Number', 'Currency', 'Percent'];

function precisionAndScale(field: Field): { precision: number; scale: number } {
  return { precision: Number(text(field.xml, 'precision') ?? '18'), scale: Number(text(field.xml, 'scale') ?? '0') };
}

/** A field value as formulon wants it; what a formula sees in the org. */
export function literal(field: Field, value: FieldValue): FormulonLiteral {
  if (NUMERIC.includes(field.type)) {
    const { precision, scale } = precisionAndScale(field);
    const percent = field.type === 'Percent';
    const options = { length: precision - scale, scale: percent ? scale + 2 : scale };
    if (value === null || value === undefined) return { type: 'literal', dataType: 'number', value: null, options };
    return { type: 'literal', dataType: 'number', value: percent ? (value as number) / 100 : value, options };
  }
  switch (field.type) {
    case 'Checkbox':
      return { type: 'literal', dataType: 'checkbox', value: value === true };
    case 'Date':
      return { type: 'literal', dataType: 'date', value: value ?? null };
    case 'DateTime':
      return { type: 'literal', dataType: 'datetime', value: value ?? null };
    case 'Picklist':
      return { type: 'literal', dataType: 'picklist', value: value ?? null, options: { values: field.values } };
    default: {
      const length = Number(text(field.xml, 'length') ?? '18');
      if (value === null || value === undefined || value === '')
        return { type: 'literal', dataType: 'null', value: null };
      return { type: 'literal', dataType: 'text', value: String(value), options: { length } };
    }
  }
}

export class FormulaError extends Error {}

function identifiersFor(object: SObject, formula: string, values: RecordValues): Record<string, FormulonLiteral> {
  const identifiers: Record<string, FormulonLiteral> = {};
  for (const name of extract(formula)) {
    const field = object.fields.get(name);
    if (!field) throw new FormulaError(`${object.name}: the formula names ${name}, which is not a field of the object`);
    identifiers[name] = field.formula ? literal(field, fieldValue(object, name, values)) : literal(field, values[name]);
  }
  return identifiers;
}

function run(object: SObject, formula: string, values: RecordValues): FormulonLiteral {
  const result = parse(formula, identifiersFor(object, formula, values));
  if (result.type === 'error') throw new FormulaError(`${object.name}: ${result.errorType}: ${result.message}`);
  return result;
}

/**
 * Half away from zero on the decimal the double stands for: formatting a numeric string rounds it as
 * a decimal, so 1.005 gives 1.01 as in the org (roundingMode and string input are newer than the lib
 * types this project compiles against, hence the casts).
 */
function round(value: number, decimals: number): number {
  const options = {
    maximumFractionDigits: decimals,
    roundingMode: 'halfExpand',
    useGrouping: false,
  } as Intl.NumberFormatOptions;
  const decimal = value.toPrecision(15) as unknown as number;
  return Number(new Intl.NumberFormat('en', options).format(decimal));
}

/**
 * The value a formula field shows for a record: a number rounded to the field's scale (a Percent in
 * percent points), a boolean, or null when blank.
 */
export function fieldValue(object: SObject, fieldName: string, values: RecordValues): number | boolean | null {
  const field = object.fields.get(fieldName);
  if (!field?.formula) throw new FormulaError(`${object.name}.${fieldName} is not a formula field`);
  const result = run(object, field.formula, values);
  if (result.value === null || result.value === undefined) return null;
  if (typeof result.value === 'boolean') return result.value;
  const { scale } = precisionAndScale(field);
  const value = result.value as number;
  return field.type === 'Percent' ? round(value * 100, scale) : round(value, scale);
}

/** True when the validation rule fires, i.e. the org would reject the record. */
export function ruleFires(object: SObject, ruleName: string, values: RecordValues): boolean {
  const rule = object.rules.get(ruleName);
  if (!rule) throw new FormulaError(`${object.name} has no validation rule ${ruleName}`);
  const result = run(object, rule.formula, values);
  if (typeof result.value !== 'boolean')
    throw new FormulaError(`${object.name}.${ruleName} does not evaluate to a checkbox`);
  return result.value;
}

/** Names of every rule of the object that fires for the record. */
export function firingRules(object: SObject, values: RecordValues): string[] {
  return [...object.rules.keys()].filter((name) => ruleFires(object, name, values)).sort();
}

export function objectOf(app: ForceApp, name: string): SObject {
  const object = app.objects.get(name);
  if (!object) throw new Error(`force-app has no object ${name}`);
  return object;
}

/** Fields a formula names (formulon's own parse of the formula). */
export const referencedFields = (formula: string): string[] => extract(formula);
