/**
 * Runs a parsed UI API GraphQL query against the store: `uiapi { query { Object(where, orderBy, first,
 * after) { edges { node { … } cursor } pageInfo { … } totalCount } } }`, with field values as
 * `{ value displayValue }`, parent relationships as nested nodes, child relationships as nested
 * connections, forward cursor paging (at most 2,000 records a page) and the filter operators the UI API
 * documents. A query that names something the schema does not have fails as a whole, with errors and no
 * data, as on the platform.
 *
 * Paging follows the GraphQL API Developer Guide. Without `upperBound` a connection pages through 4,000
 * records in all, then says hasNextPage false though more match ("Paginate with Record Connections");
 * totalCount still counts every match. With `upperBound` it pages on up to that many, `first` must be 200
 * to 2,000, and a child connection of it must have an `upperBound` too ("Paginate with Upper-Bound
 * Limit"). An `upperBound` under 200 is refused: the guide's rule that such a query asks for 200 records
 * or more.
 */
import { store } from './store.js';
import { displayValue } from './record-shape.js';
import { compareValues } from './uiRelatedListApi.js';

const MAX_PAGE = 2000;
const DEFAULT_PAGE = 10;
/** Record-connection paging without `upperBound` reaches this many records in all. */
export const WITHOUT_UPPER_BOUND_MAX = 4000;
/** `first` beside `upperBound`, and the least `upperBound`. */
export const UPPER_BOUND_FIRST_MIN = 200;

class QueryError extends Error {}
const fail = (message) => {
  throw new QueryError(message);
};

const encodeCursor = (index) => btoa(`v1:${index}`);
function decodeCursor(cursor) {
  if (cursor === null || cursor === undefined) return -1;
  try {
    const [v, n] = atob(cursor).split(':');
    if (v === 'v1' && /^\d+$/.test(n)) return Number(n);
  } catch {
    // falls through to the error below
  }
  return fail(`Invalid cursor: ${cursor}`);
}

function valueOf(ast, variables) {
  switch (ast.kind) {
    case 'Variable':
      return variables[ast.name];
    case 'ListValue':
      return ast.values.map((v) => valueOf(v, variables));
    case 'ObjectValue':
      return Object.fromEntries(ast.fields.map((f) => [f.name, valueOf(f.value, variables)]));
    default:
      return ast.value;
  }
}

const argsOf = (field, variables) =>
  Object.fromEntries(field.arguments.map((a) => [a.name, valueOf(a.value, variables)]));

function included(selection, variables) {
  for (const d of selection.directives ?? []) {
    const ifArg = d.arguments.find((a) => a.name === 'if');
    const cond = ifArg ? Boolean(valueOf(ifArg.value, variables)) : true;
    if (d.name === 'include' && !cond) return false;
    if (d.name === 'skip' && cond) return false;
  }
  return true;
}

/** The fields of a selection set with fragments expanded, for records of `typeName`. */
function fieldsOf(selectionSet, ctx, typeName) {
  const out = [];
  for (const s of selectionSet.selections) {
    if (!included(s, ctx.variables)) continue;
    if (s.kind === 'Field') out.push(s);
    else if (s.kind === 'InlineFragment') {
      if (!s.typeCondition || s.typeCondition === typeName) out.push(...fieldsOf(s.selectionSet, ctx, typeName));
    } else if (s.kind === 'FragmentSpread') {
      const fragment = ctx.fragments[s.name] ?? fail(`Unknown fragment "${s.name}".`);
      if (fragment.typeCondition === typeName || !store.objectInfo(fragment.typeCondition))
        out.push(...fieldsOf(fragment.selectionSet, ctx, typeName));
    }
  }
  return out;
}

const keyOf = (field) => field.alias ?? field.name;

function relationshipOf(info, name) {
  return Object.values(info.fields).find((f) => f.relationshipName === name);
}

// ---- filters -------------------------------------------------------------------------------------

function literalDate(literal) {
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const day = 86400000;
  const offsets = { TODAY: 0, YESTERDAY: -1, TOMORROW: 1 };
  if (literal in offsets) return new Date(today.getTime() + offsets[literal] * day).toISOString();
  return fail(`Date literal ${literal} is not supported in the preview.`);
}

function operand(value) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if ('value' in value) return value.value;
    if ('literal' in value) return literalDate(value.literal);
    if ('range' in value) return fail('Date ranges are not supported in the preview.');
  }
  return value;
}

/** SOQL LIKE: % any run, _ one character, a backslash escapes the next character; case-insensitive. */
function like(value, pattern) {
  if (value === null || value === undefined) return false;
  let source = '';
  const text = String(pattern);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) source += text[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '%') source += '.*';
    else if (c === '_') source += '.';
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'is').test(String(value));
}

function compareOp(op, actual, expected) {
  switch (op) {
    case 'eq':
      return expected === null ? actual === null || actual === undefined : actual === expected;
    case 'ne':
      return expected === null ? actual !== null && actual !== undefined : actual !== expected;
    case 'lt':
      return actual !== null && actual !== undefined && compareValues(actual, expected) < 0;
    case 'lte':
      return actual !== null && actual !== undefined && compareValues(actual, expected) <= 0;
    case 'gt':
      return actual !== null && actual !== undefined && compareValues(actual, expected) > 0;
    case 'gte':
      return actual !== null && actual !== undefined && compareValues(actual, expected) >= 0;
    case 'in':
      return (expected ?? []).includes(actual);
    case 'nin':
      return !(expected ?? []).includes(actual);
    case 'like':
      return like(actual, expected);
    case 'includes':
      return (expected ?? []).some((v) =>
        String(actual ?? '')
          .split(';')
          .includes(v)
      );
    case 'excludes':
      return !(expected ?? []).some((v) =>
        String(actual ?? '')
          .split(';')
          .includes(v)
      );
    default:
      return fail(`Filter operator "${op}" is not supported.`);
  }
}

/**
 * A semi-join (`inq`) or anti-join (`ninq`): `{ Account: { …where }, ApiName: "OwnerId" }` stands for the
 * values of Account.OwnerId over the accounts that match. The platform's rules: one object, one field.
 */
function semiJoin(spec) {
  const { ApiName: field, ...objects } = spec ?? {};
  const names = Object.keys(objects);
  if (!field || names.length !== 1) fail('A semi-join names one object and its ApiName field.');
  const [objectApiName] = names;
  const info = store.objectInfo(objectApiName) ?? fail(`Object "${objectApiName}" is not known (semi-join).`);
  if (!info.fields[field] && field !== 'Id') fail(`Field "${field}" is not defined on ${objectApiName} (semi-join).`);
  const where = objects[objectApiName];
  return new Set(
    store
      .all(objectApiName)
      .filter((r) => matches(objectApiName, r, where))
      .map((r) => r[field] ?? null)
  );
}

function matches(objectApiName, raw, where) {
  if (!where) return true;
  const info = store.objectInfo(objectApiName);
  return Object.entries(where).every(([key, condition]) => {
    if (key === 'and') return condition.every((c) => matches(objectApiName, raw, c));
    if (key === 'or') return condition.some((c) => matches(objectApiName, raw, c));
    if (key === 'not') return !matches(objectApiName, raw, condition);
    if (info.fields[key] || key === 'Id') {
      return Object.entries(condition).every(([op, value]) =>
        op === 'inq' || op === 'ninq'
          ? semiJoin(value).has(raw[key] ?? null) === (op === 'inq')
          : compareOp(op, raw[key] ?? null, operand(value))
      );
    }
    const rel = relationshipOf(info, key) ?? fail(`Field "${key}" is not defined on ${objectApiName} (where).`);
    const target = raw[rel.apiName] ? store.get(raw[rel.apiName]) : null;
    if (!target) return false;
    return matches(rel.referenceToInfos[0].apiName, target, condition);
  });
}

function sortKeys(objectApiName, orderBy, prefix = []) {
  if (!orderBy) return [];
  const info = store.objectInfo(objectApiName);
  const keys = [];
  for (const [name, spec] of Object.entries(orderBy)) {
    if (info.fields[name] || name === 'Id') {
      keys.push({ path: [...prefix, name], desc: spec.order === 'DESC', nullsFirst: spec.nulls === 'FIRST' });
    } else {
      const rel = relationshipOf(info, name) ?? fail(`Field "${name}" is not defined on ${objectApiName} (orderBy).`);
      keys.push(...sortKeys(rel.referenceToInfos[0].apiName, spec, [...prefix, rel.apiName]));
    }
  }
  return keys;
}

function pathValue(raw, path) {
  let current = raw;
  for (let i = 0; i < path.length - 1; i++) {
    current = current?.[path[i]] ? store.get(current[path[i]]) : null;
  }
  return current?.[path[path.length - 1]] ?? null;
}

function sortRecords(records, keys) {
  return records.sort((a, b) => {
    for (const { path, desc, nullsFirst } of keys) {
      const va = pathValue(a, path);
      const vb = pathValue(b, path);
      if (va === null && vb !== null) return nullsFirst ? -1 : 1;
      if (vb === null && va !== null) return nullsFirst ? 1 : -1;
      const c = compareValues(va, vb);
      if (c !== 0) return desc ? -c : c;
    }
    return compareValues(a.Id, b.Id);
  });
}

// ---- selections ------------------------------------------------------------------------------------

const CONNECTION_ARGS = new Set(['where', 'orderBy', 'first', 'after', 'scope', 'upperBound']);

const hasUpperBound = (args) => args.upperBound !== undefined && args.upperBound !== null;

/** How many of the matches paging can reach: the upper bound, or 4,000 without one (after the checks). */
function reachable(objectApiName, args, first, parentBounded) {
  if (!hasUpperBound(args)) {
    if (parentBounded)
      fail(`${objectApiName}: a child connection of a connection with "upperBound" must have "upperBound" as well.`);
    if (!(first >= 0 && first <= MAX_PAGE)) fail(`"first" must be between 0 and ${MAX_PAGE}; it was ${args.first}.`);
    return WITHOUT_UPPER_BOUND_MAX;
  }
  const upper = args.upperBound;
  if (!Number.isInteger(upper) || upper < UPPER_BOUND_FIRST_MIN)
    fail(`"upperBound" must be a whole number of ${UPPER_BOUND_FIRST_MIN} or more; it was ${upper}.`);
  if (!(Number.isInteger(first) && first >= UPPER_BOUND_FIRST_MIN && first <= MAX_PAGE))
    fail(`With "upperBound", "first" must be between ${UPPER_BOUND_FIRST_MIN} and ${MAX_PAGE}; it was ${args.first}.`);
  return upper;
}

function connection(ctx, objectApiName, candidates, field, parentBounded = false) {
  const args = argsOf(field, ctx.variables);
  for (const name of Object.keys(args))
    if (!CONNECTION_ARGS.has(name)) fail(`Unknown argument "${name}" on ${objectApiName}.`);
  const first = args.first === undefined || args.first === null ? DEFAULT_PAGE : Number(args.first);
  const limit = reachable(objectApiName, args, first, parentBounded);
  const bounded = hasUpperBound(args);
  const filtered = sortRecords(
    candidates.filter((r) => matches(objectApiName, r, args.where)),
    sortKeys(objectApiName, args.orderBy)
  );
  const start = decodeCursor(args.after) + 1;
  const end = Math.min(filtered.length, limit);
  const page = start < end ? filtered.slice(start, Math.min(start + first, end)) : [];
  const out = {};
  for (const f of fieldsOf(
    field.selectionSet ?? fail(`${objectApiName} needs a selection.`),
    ctx,
    `${objectApiName}Connection`
  )) {
    const key = keyOf(f);
    if (f.name === 'edges') {
      out[key] = page.map((raw, i) => {
        const edge = {};
        for (const e of fieldsOf(f.selectionSet ?? fail('edges needs a selection.'), ctx, `${objectApiName}Edge`)) {
          if (e.name === 'node') edge[keyOf(e)] = node(ctx, objectApiName, raw, e, bounded);
          else if (e.name === 'cursor') edge[keyOf(e)] = encodeCursor(start + i);
          else if (e.name === '__typename') edge[keyOf(e)] = `${objectApiName}Edge`;
          else fail(`Field "${e.name}" is not defined on ${objectApiName}Edge.`);
        }
        return edge;
      });
    } else if (f.name === 'pageInfo') {
      const info = {
        hasNextPage: start + page.length < end,
        hasPreviousPage: start > 0,
        startCursor: page.length > 0 ? encodeCursor(start) : null,
        endCursor: page.length > 0 ? encodeCursor(start + page.length - 1) : null,
        __typename: 'PageInfo',
      };
      out[key] = {};
      for (const p of fieldsOf(f.selectionSet ?? fail('pageInfo needs a selection.'), ctx, 'PageInfo')) {
        if (!(p.name in info)) fail(`Field "${p.name}" is not defined on PageInfo.`);
        out[key][keyOf(p)] = info[p.name];
      }
    } else if (f.name === 'totalCount') {
      out[key] = filtered.length;
    } else if (f.name === 'pageResultCount') {
      out[key] = page.length;
    } else if (f.name === '__typename') {
      out[key] = `${objectApiName}Connection`;
    } else {
      fail(`Field "${f.name}" is not defined on ${objectApiName}Connection.`);
    }
  }
  return out;
}

const FIELD_VALUE_KEYS = new Set(['value', 'displayValue', 'format', 'label', '__typename']);

/** `bounded`: the connection the node came from has `upperBound`, so its child connections need one. */
function node(ctx, objectApiName, raw, field, bounded = false) {
  ctx.ids.add(raw.Id);
  const info = store.objectInfo(objectApiName);
  const out = {};
  for (const f of fieldsOf(field.selectionSet ?? fail(`${objectApiName} needs a selection.`), ctx, objectApiName)) {
    const key = keyOf(f);
    if (f.name === 'Id') out[key] = raw.Id;
    else if (f.name === 'ApiName') out[key] = objectApiName;
    else if (f.name === 'WeakEtag') out[key] = raw.__version ?? 0;
    else if (f.name === '__typename') out[key] = objectApiName;
    else if (info.fields[f.name]) {
      const meta = info.fields[f.name];
      const value = raw[f.name] ?? null;
      const entry = {};
      for (const v of fieldsOf(
        f.selectionSet ?? fail(`Field "${f.name}" needs a selection such as { value }.`),
        ctx,
        'FieldValue'
      )) {
        if (!FIELD_VALUE_KEYS.has(v.name)) fail(`Field "${v.name}" is not defined on ${f.name}.`);
        entry[keyOf(v)] =
          v.name === 'value'
            ? value
            : v.name === 'displayValue'
              ? displayValue(objectApiName, meta, value)
              : v.name === 'label'
                ? meta.label
                : v.name === '__typename'
                  ? `${meta.dataType}Value`
                  : null;
      }
      out[key] = entry;
    } else {
      const parent = relationshipOf(info, f.name);
      if (parent) {
        const target = raw[parent.apiName] ? store.get(raw[parent.apiName]) : null;
        out[key] = target ? node(ctx, parent.referenceToInfos[0].apiName, target, f, bounded) : null;
        continue;
      }
      const child = info.childRelationships.find((r) => r.relationshipName === f.name);
      if (!child) fail(`Field "${f.name}" is not defined on ${objectApiName}, or you cannot see it.`);
      const candidates = store.all(child.childObjectApiName).filter((r) => r[child.fieldName] === raw.Id);
      out[key] = connection(ctx, child.childObjectApiName, candidates, f, bounded);
    }
  }
  return out;
}

function uiapi(ctx, field) {
  const out = {};
  for (const f of fieldsOf(field.selectionSet ?? fail('uiapi needs a selection.'), ctx, 'UIAPI')) {
    const key = keyOf(f);
    if (f.name === 'query') {
      out[key] = {};
      for (const q of fieldsOf(f.selectionSet ?? fail('query needs a selection.'), ctx, 'RecordQuery')) {
        if (q.name === '__typename') {
          out[key][keyOf(q)] = 'RecordQuery';
          continue;
        }
        if (!store.objectInfo(q.name)) fail(`Object "${q.name}" is not supported by the UI API, or you cannot see it.`);
        out[key][keyOf(q)] = connection(ctx, q.name, store.all(q.name), q);
      }
    } else if (f.name === '__typename') {
      out[key] = 'UIAPI';
    } else {
      fail(`"uiapi.${f.name}" is not available in the preview (only uiapi.query).`);
    }
  }
  return out;
}

/** Returns { data, errors, ids }: ids are the records the answer holds. */
export function execute(document, variables = {}, operationName) {
  const ctx = { variables: { ...variables }, fragments: {}, ids: new Set() };
  try {
    const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
    for (const d of document.definitions) if (d.kind === 'FragmentDefinition') ctx.fragments[d.name] = d;
    const operation = operationName ? operations.find((o) => o.name === operationName) : operations[0];
    if (!operation) fail(operationName ? `Unknown operation "${operationName}".` : 'The document has no operation.');
    if (operation.operation !== 'query') fail('Only queries are supported by the GraphQL wire adapter.');
    for (const v of operation.variableDefinitions)
      if (ctx.variables[v.name] === undefined && v.defaultValue) ctx.variables[v.name] = valueOf(v.defaultValue, {});
    const data = {};
    for (const f of fieldsOf(operation.selectionSet, ctx, 'Query')) {
      if (f.name === 'uiapi') data[keyOf(f)] = uiapi(ctx, f);
      else if (f.name === '__typename') data[keyOf(f)] = 'Query';
      else fail(`Field "${f.name}" is not defined on Query.`);
    }
    return { data, errors: [], ids: [...ctx.ids] };
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    return { data: undefined, errors: [{ message: error.message, locations: [] }], ids: [] };
  }
}

/** Non-null variables the operation declares but the config does not give yet. */
export function missingVariables(document, variables = {}, operationName) {
  const operation = document.definitions.find(
    (d) => d.kind === 'OperationDefinition' && (!operationName || d.name === operationName)
  );
  return (operation?.variableDefinitions ?? [])
    .filter(
      (v) =>
        v.type.kind === 'NonNullType' &&
        !v.defaultValue &&
        (variables[v.name] === undefined || variables[v.name] === null)
    )
    .map((v) => v.name);
}
