/**
 * GraphQL parsing for the preview: graphql-js reads the text (the reference parser, so the preview accepts
 * and refuses exactly what the language allows), and its AST is turned into the plain document the
 * executor (gqlExecute.js) and the metadata rules (test/metadata/rules/graphql-queries.ts) read: names
 * as strings, numbers as numbers, no locations. The executor stays our own: it models the UI API's
 * semantics (connections, `{ value }` fields, where and orderBy), which no library has.
 */
import { parse as parseGraphQL } from 'graphql/language/parser.mjs';

const nameOf = (node) => (node ? node.name.value : null);
const directives = (list) => (list ?? []).map((d) => ({ name: nameOf(d), arguments: args(d.arguments) }));
const args = (list) => (list ?? []).map((a) => ({ name: nameOf(a), value: value(a.value) }));
const selectionSet = (set) => (set ? { selections: set.selections.map(selection) } : null);

function value(node) {
  switch (node.kind) {
    case 'Variable':
      return { kind: 'Variable', name: nameOf(node) };
    case 'IntValue':
    case 'FloatValue':
      return { kind: node.kind, value: Number(node.value) };
    case 'NullValue':
      return { kind: 'NullValue', value: null };
    case 'ListValue':
      return { kind: 'ListValue', values: node.values.map(value) };
    case 'ObjectValue':
      return { kind: 'ObjectValue', fields: node.fields.map((f) => ({ name: nameOf(f), value: value(f.value) })) };
    default:
      // StringValue, BooleanValue and EnumValue carry their value as it is.
      return { kind: node.kind, value: node.value };
  }
}

function type(node) {
  if (node.kind === 'NamedType') return { kind: 'NamedType', name: nameOf(node) };
  return { kind: node.kind, type: type(node.type) };
}

function selection(node) {
  if (node.kind === 'FragmentSpread')
    return { kind: node.kind, name: nameOf(node), directives: directives(node.directives) };
  if (node.kind === 'InlineFragment')
    return {
      kind: node.kind,
      typeCondition: nameOf(node.typeCondition),
      directives: directives(node.directives),
      selectionSet: selectionSet(node.selectionSet),
    };
  return {
    kind: 'Field',
    alias: node.alias ? node.alias.value : null,
    name: nameOf(node),
    arguments: args(node.arguments),
    directives: directives(node.directives),
    selectionSet: selectionSet(node.selectionSet),
  };
}

function definition(node) {
  if (node.kind === 'FragmentDefinition')
    return {
      kind: node.kind,
      name: nameOf(node),
      typeCondition: nameOf(node.typeCondition),
      directives: directives(node.directives),
      selectionSet: selectionSet(node.selectionSet),
    };
  if (node.kind !== 'OperationDefinition') throw new SyntaxError(`GraphQL: a query cannot hold a ${node.kind}`);
  return {
    kind: node.kind,
    operation: node.operation,
    name: node.name ? nameOf(node) : null,
    variableDefinitions: (node.variableDefinitions ?? []).map((v) => ({
      name: nameOf(v.variable),
      type: type(v.type),
      defaultValue: v.defaultValue ? value(v.defaultValue) : undefined,
      directives: directives(v.directives),
    })),
    directives: directives(node.directives),
    selectionSet: selectionSet(node.selectionSet),
  };
}

/** The plain document of a query text; throws graphql-js's syntax error for text that is not GraphQL. */
export function parse(source) {
  const document = parseGraphQL(source, { noLocation: true });
  return { kind: 'Document', definitions: document.definitions.map(definition), loc: { source: { body: source } } };
}
