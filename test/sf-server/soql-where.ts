/**
 * WHERE clauses. The parser gives a flat chain of conditions with parenthesis counts; this rebuilds
 * the tree (rejecting AND and OR mixed without parentheses, as SOQL does) and compiles each condition
 * into a test on a stored record, comparing values the way SOQL does for the field's type.
 */
import type { Query, WhereClause } from '@jetstreamapp/soql-parser-js';
import { ApiError, malformedQuery, soqlError } from './errors.js';
import { to18 } from './ids.js';
import type { FieldDef, ObjectDef } from './schema-types.js';
import type { SfRecord } from './store.js';
import { dateLiteralRange } from './soql-dates.js';
import { NUMERIC, toMillis } from './values.js';

export type FieldRef = { readonly path: string; readonly field: FieldDef; readonly get: (r: SfRecord) => unknown };

export type WhereContext = {
  readonly soql: string;
  resolve(object: ObjectDef, path: string): FieldRef;
  /** `Id IN (SELECT …)`: the values the inner query selects, computed once per run. */
  semiJoin(query: Query): () => ReadonlySet<unknown>;
};

export type Predicate = (r: SfRecord) => boolean;

type Token = '(' | ')' | 'AND' | 'OR' | 'NOT' | { condition: Record<string, unknown> };

function tokens(where: WhereClause): Token[] {
  const out: Token[] = [];
  let node: WhereClause | undefined = where;
  while (node) {
    const left = node.left as Record<string, unknown> | null;
    const open = (left?.openParen as number | undefined) ?? 0;
    for (let i = 0; i < open; i++) out.push('(');
    if (left && ('field' in left || 'fn' in left)) out.push({ condition: left });
    const close = (left?.closeParen as number | undefined) ?? 0;
    for (let i = 0; i < close; i++) out.push(')');
    const operator = 'operator' in node ? node.operator : undefined;
    if (operator) out.push(operator);
    node = 'right' in node ? node.right : undefined;
  }
  return out;
}

/** Recursive descent over the tokens; SOQL has no precedence between AND and OR. */
function build(ts: Token[], compile: (c: Record<string, unknown>) => Predicate): Predicate {
  let i = 0;
  const unary = (): Predicate => {
    const t = ts[i++];
    if (t === 'NOT') {
      const inner = unary();
      return (r) => !inner(r);
    }
    if (t === '(') {
      const inner = expr();
      if (ts[i++] !== ')') throw malformedQuery('unexpected token: missing )');
      return inner;
    }
    if (t && typeof t === 'object') return compile(t.condition);
    throw malformedQuery(`unexpected token: ${String(t)}`);
  };
  const expr = (): Predicate => {
    const parts = [unary()];
    let op: 'AND' | 'OR' | undefined;
    while (ts[i] === 'AND' || ts[i] === 'OR') {
      const next = ts[i++] as 'AND' | 'OR';
      if (op && op !== next) throw malformedQuery(`unexpected token: ${next}`);
      op = next;
      parts.push(unary());
    }
    if (parts.length === 1) return parts[0];
    return op === 'AND' ? (r): boolean => parts.every((p) => p(r)) : (r): boolean => parts.some((p) => p(r));
  };
  const result = expr();
  if (i !== ts.length) throw malformedQuery(`unexpected token: ${String(ts[i])}`);
  return result;
}

/** A literal as written in the query: quotes removed, escapes resolved. */
function unquote(raw: string): string {
  const inner = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1) : raw;
  return inner
    .replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' })[c] ?? `\\${c}`)
    .replace(/\\([^%_])/g, '$1');
}

type Kind = 'number' | 'text' | 'id' | 'boolean' | 'date' | 'datetime' | 'multi';

function kindOf(f: FieldDef): Kind {
  if (NUMERIC.has(f.type)) return 'number';
  if (f.type === 'id' || f.type === 'reference') return 'id';
  if (f.type === 'boolean') return 'boolean';
  if (f.type === 'date') return 'date';
  if (f.type === 'datetime') return 'datetime';
  if (f.type === 'multipicklist') return 'multi';
  return 'text';
}

/** A comparable form of a value; strings compare without regard to case, as SOQL does. */
function comparable(kind: Kind, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'text':
    case 'multi':
      return String(value).toLowerCase();
    case 'date':
    case 'datetime':
      return toMillis(String(value));
    default:
      return value;
  }
}

type Literal = { value: unknown; range?: [number, number] };

/** The field kinds a literal of each type may be compared with. */
const LITERAL_KINDS: Readonly<Record<string, readonly Kind[]>> = {
  STRING: ['text', 'id', 'multi'],
  INTEGER: ['number'],
  DECIMAL: ['number'],
  BOOLEAN: ['boolean'],
  DATE: ['date', 'datetime'],
  DATETIME: ['date', 'datetime'],
  DATE_LITERAL: ['date', 'datetime'],
  DATE_N_LITERAL: ['date', 'datetime'],
};

function unsupported(ctx: WhereContext, raw: string): ApiError {
  return soqlError('MALFORMED_QUERY', ctx.soql, raw, `unexpected token: ${raw} (not supported by the local server)`);
}

function literalOf(
  ctx: WhereContext,
  ref: FieldRef,
  raw: string,
  type: string | undefined,
  variable: number | undefined
): Literal {
  if (type === 'NULL') return { value: null };
  const kind = kindOf(ref.field);
  const kinds = LITERAL_KINDS[type ?? ''];
  if (!kinds) throw unsupported(ctx, raw);
  if (!kinds.includes(kind)) {
    throw soqlError(
      'INVALID_FIELD',
      ctx.soql,
      raw,
      `value of filter criterion for field '${ref.path}' must be of type ${ref.field.type} and should not be enclosed in quotes`
    );
  }
  switch (type) {
    case 'STRING': {
      const s = unquote(raw);
      return { value: kind === 'id' ? (to18(s) ?? s) : s.toLowerCase() };
    }
    case 'BOOLEAN':
      return { value: raw.toUpperCase() === 'TRUE' };
    case 'DATE':
    case 'DATETIME':
      return { value: toMillis(raw) };
    case 'DATE_LITERAL':
    case 'DATE_N_LITERAL': {
      const range = dateLiteralRange(raw, variable);
      if (!range) throw unsupported(ctx, raw);
      return { value: range[0], range };
    }
    default:
      return { value: Number(raw) };
  }
}

function likeRegex(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) out += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '%') out += '.*';
    else if (c === '_') out += '.';
    else out += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'is');
}

function compare(op: string, a: unknown, lit: Literal): boolean {
  if (lit.range) {
    if (a === null) return op === '!=';
    const [start, end] = lit.range;
    const n = a as number;
    switch (op) {
      case '=':
        return n >= start && n < end;
      case '!=':
        return n < start || n >= end;
      case '<':
        return n < start;
      case '<=':
        return n < end;
      case '>':
        return n >= end;
      default:
        return n >= start;
    }
  }
  const b = lit.value;
  if (op === '=') return a === b;
  if (op === '!=') return a !== b;
  if (a === null || b === null) return false;
  const x = a as number | string;
  const y = b as number | string;
  return op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y;
}

type Condition = {
  readonly ctx: WhereContext;
  readonly ref: FieldRef;
  readonly kind: Kind;
  readonly op: string;
  readonly raws: string[];
  readonly literals: Literal[];
  readonly get: (r: SfRecord) => unknown;
};

function like(c: Condition): Predicate {
  if (c.kind !== 'text' && c.kind !== 'id') {
    throw soqlError('INVALID_FIELD', c.ctx.soql, c.ref.path, `invalid operator on ${c.ref.field.type} field`);
  }
  const re = likeRegex(String(c.raws[0]).replace(/^'|'$/g, ''));
  return (r) => {
    const v = c.ref.get(r);
    return v !== null && v !== undefined && re.test(String(v));
  };
}

const valuesOf = (value: unknown): string[] => (value === null || value === undefined ? [] : String(value).split(';'));

function includes(c: Condition): Predicate {
  if (c.kind !== 'multi') {
    throw soqlError(
      'INVALID_FIELD',
      c.ctx.soql,
      c.ref.path,
      'includes or excludes operator only valid on multipicklist field'
    );
  }
  const wanted = c.literals.map((l) => valuesOf(l.value).map((v) => v.trim()));
  const test = (r: SfRecord): boolean => {
    const have = new Set(valuesOf(c.get(r)));
    return wanted.some((every) => every.every((v) => have.has(v)));
  };
  return c.op === 'INCLUDES' ? test : (r): boolean => !test(r);
}

function equals(c: Condition): Predicate {
  const lit = c.literals[0];
  if (c.kind === 'multi' && (c.op === '=' || c.op === '!=') && lit.value !== null) {
    const key = valuesOf(lit.value).sort().join(';');
    return (r) => (valuesOf(c.get(r)).sort().join(';') === key) === (c.op === '=');
  }
  return (r) => compare(c.op, c.get(r), lit);
}

function inList(c: Condition): Predicate {
  const set = new Set(c.literals.map((l) => l.value));
  return c.op === 'IN' ? (r): boolean => set.has(c.get(r)) : (r): boolean => !set.has(c.get(r));
}

const OPERATORS: Readonly<Record<string, (c: Condition) => Predicate>> = {
  IN: inList,
  'NOT IN': inList,
  LIKE: like,
  INCLUDES: includes,
  EXCLUDES: includes,
};

const asArray = <T>(value: unknown, length: number): T[] =>
  Array.isArray(value) ? (value as T[]) : Array.from({ length }, () => value as T);

function compileCondition(ctx: WhereContext, object: ObjectDef, c: Record<string, unknown>): Predicate {
  if ('fn' in c) throw malformedQuery('Functions in WHERE are not supported by the local server');
  const ref = ctx.resolve(object, c.field as string);
  if (!ref.field.filterable) {
    throw soqlError('INVALID_FIELD', ctx.soql, ref.path, `field '${ref.path}' can not be filtered in a query call`);
  }
  const op = (c.operator as string).toUpperCase().replace('<>', '!=');
  if (c.valueQuery) {
    const values = ctx.semiJoin(c.valueQuery as Query);
    return op === 'NOT IN' ? (r): boolean => !values().has(ref.get(r)) : (r): boolean => values().has(ref.get(r));
  }
  const raws = asArray<string>(c.value, 1);
  const types = asArray<string>(c.literalType, raws.length);
  const variables = asArray<number>(c.dateLiteralVariable, raws.length);
  const kind = kindOf(ref.field);
  const condition: Condition = {
    ctx,
    ref,
    kind,
    op,
    raws,
    literals: raws.map((raw, i) => literalOf(ctx, ref, raw, types[i] ?? types[0], variables[i] ?? variables[0])),
    get: (r) => comparable(kind, ref.get(r)),
  };
  return (OPERATORS[op] ?? equals)(condition);
}

export function compileWhere(
  ctx: WhereContext,
  object: ObjectDef,
  where: WhereClause | undefined
): Predicate | undefined {
  if (!where) return undefined;
  return build(tokens(where), (c) => compileCondition(ctx, object, c));
}
