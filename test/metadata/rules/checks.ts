/**
 * The shapes most documented rules take (a length limit, a list of allowed values, a name pattern),
 * so a rule module states only the type, the element, the limit and the doc. Each builder also
 * writes the rule's samples from one template: the value one past the limit must fail, the value at
 * the limit must pass, which pins the limit itself and not just "something long".
 */
import { children, type XmlElement } from '../helpers/xml.js';
import {
  ofType,
  type Doc,
  type MetadataApp,
  type MetadataFile,
  type Rule,
  type Sample,
  type Violation,
} from './rule.js';

export type Found = { readonly element: string; readonly value: string };

/**
 * Every text at an element path such as `valueSet/valueSetDefinition/value/label`, with the path
 * written out for a failure message (`value[3]` when the element repeats).
 */
export function valuesAt(xml: XmlElement, path: string): Found[] {
  const walk = (element: XmlElement, steps: string[], prefix: string): Found[] => {
    const [step, ...rest] = steps;
    const found = children(element, step);
    return found.flatMap((child, i) => {
      const here = `${prefix}${step}${found.length > 1 ? `[${i + 1}]` : ''}`;
      if (rest.length > 0) return walk(child, rest, `${here}/`);
      const value = child['#text'];
      return typeof value === 'string' ? [{ element: here, value }] : [{ element: here, value: '' }];
    });
  };
  return walk(xml, path.split('/'), '');
}

export const violation = (file: MetadataFile, element: string, problem: string): Violation => ({
  file: file.path,
  element,
  problem,
});

/** Every value at `path` in every file of `type` that `bad` finds fault with. */
export function eachValue(
  app: MetadataApp,
  type: string,
  path: string,
  bad: (value: string, file: MetadataFile) => string | undefined
): Violation[] {
  return ofType(app, type).flatMap((file) =>
    valuesAt(file.xml, path).flatMap(({ element, value }) => {
      const problem = bad(value, file);
      return problem ? [violation(file, element, problem)] : [];
    })
  );
}

/** Characters as the platform counts them: code points, so "ä" is one. */
export const lengthOf = (value: string): number => [...value].length;

type Common = {
  readonly id: string;
  readonly type: string;
  /** Element path inside the root, `/`-separated. */
  readonly element: string;
  readonly doc: Doc;
  /** The file the samples put the value in. */
  readonly sample: (value: string) => Sample;
};

export function maxLength(spec: Common & { readonly max: number; readonly what?: string }): Rule {
  return {
    id: spec.id,
    summary: `${spec.type} ${spec.what ?? spec.element}: at most ${spec.max} characters`,
    doc: spec.doc,
    check: (app) =>
      eachValue(app, spec.type, spec.element, (value) =>
        lengthOf(value) > spec.max ? `has ${lengthOf(value)} characters; the limit is ${spec.max}` : undefined
      ),
    fails: [spec.sample('x'.repeat(spec.max + 1))],
    passes: [spec.sample('x'.repeat(spec.max))],
  };
}

/**
 * A limit on the API name a file gives (`Y__c` for objects/X__c/fields/Y__c.field-meta.xml), which
 * is the component's fullName. `suffix` is the part the platform appends (`__c`), not counted; a
 * file whose name lacks a required suffix (a standard field, a standard object) is not checked.
 */
export function maxNameLength(spec: {
  readonly id: string;
  readonly type: string;
  readonly max: number;
  readonly doc: Doc;
  readonly suffix?: string;
  readonly what?: string;
  /** A correct file of `type` whose API name is `name`. */
  readonly sample: (name: string) => Sample;
}): Rule {
  const suffix = spec.suffix ?? '';
  const base = (name: string): string | undefined =>
    !suffix ? name : name.endsWith(suffix) ? name.slice(0, -suffix.length) : undefined;
  return {
    id: spec.id,
    summary: `${spec.type} ${spec.what ?? 'name'}: at most ${spec.max} characters${suffix ? ` before ${suffix}` : ''}`,
    doc: spec.doc,
    check: (app) =>
      ofType(app, spec.type).flatMap((file) => {
        const name = base(file.name);
        return name !== undefined && lengthOf(name) > spec.max
          ? [
              violation(
                file,
                'fullName',
                `"${file.name}" has ${lengthOf(name)} characters${suffix ? ` before ${suffix}` : ''}; the limit is ${spec.max}`
              ),
            ]
          : [];
      }),
    fails: [spec.sample(`${'x'.repeat(spec.max + 1)}${suffix}`)],
    passes: [spec.sample(`${'x'.repeat(spec.max)}${suffix}`)],
  };
}

export function oneOf(spec: Common & { readonly values: readonly string[]; readonly what?: string }): Rule {
  return {
    id: spec.id,
    summary: `${spec.type} ${spec.what ?? spec.element}: one of ${spec.values.join(', ')}`,
    doc: spec.doc,
    check: (app) =>
      eachValue(app, spec.type, spec.element, (value) =>
        spec.values.includes(value) ? undefined : `is "${value}", not one of ${spec.values.join(', ')}`
      ),
    fails: [spec.sample('NotAValue')],
    passes: [spec.sample(spec.values[0])],
  };
}

/**
 * The developer-name pattern the Metadata API states for many types: letters, digits and
 * underscores, beginning with a letter, no two underscores in a row, not ending in an underscore.
 * `suffix` is the part the platform adds (`__c`), taken off before the pattern is applied;
 * `trailingUnderscore` false where a page states the rest of the pattern but not that part.
 */
export function developerNameProblem(name: string, suffix = '', trailingUnderscore = true): string | undefined {
  const base = suffix && name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
  if (!/^[A-Za-z]/.test(base)) return `"${name}" does not begin with a letter`;
  if (!/^[A-Za-z0-9_]+$/.test(base)) return `"${name}" has characters other than letters, digits and underscores`;
  if (base.includes('__')) return `"${name}" has two underscores in a row`;
  if (trailingUnderscore && base.endsWith('_')) return `"${name}" ends with an underscore`;
  return undefined;
}

/** The elements a page marks Required, each one missing from a file of `type` reported. */
export function requiredElements(spec: {
  readonly id: string;
  readonly type: string;
  readonly elements: readonly string[];
  readonly doc: Doc;
  /** A correct file's body with one element left out (`without`), or none. */
  readonly sample: (without?: string) => Sample;
}): Rule {
  return {
    id: spec.id,
    summary: `${spec.type}: ${spec.elements.join(', ')} required`,
    doc: spec.doc,
    check: (app) =>
      ofType(app, spec.type).flatMap((file) =>
        spec.elements
          .filter((e) => children(file.xml, e).length === 0)
          .map((e) => violation(file, e, 'is missing; the Metadata API requires it'))
      ),
    fails: [spec.sample(spec.elements[0]), ...spec.elements.slice(1).map((e) => spec.sample(e))],
    passes: [spec.sample()],
  };
}
