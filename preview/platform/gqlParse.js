/**
 * A GraphQL parser for what the UI API's GraphQL wire adapter accepts: operations with variables and
 * defaults, fields with aliases and arguments, fragments (named and inline), directives (@include and
 * @skip), and every literal kind. It returns a plain document (`kind: 'Document'`), as gql does on the
 * platform.
 */
const PUNCTUATORS = new Set(['!', '$', '(', ')', ':', '=', '@', '[', ']', '{', '}', '|', '&']);

function tokenize(source) {
  const tokens = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (/[\s,\uFEFF]/.test(c)) {
      i++;
    } else if (source.startsWith('...', i)) {
      tokens.push({ kind: 'punct', value: '...', at: i });
      i += 3;
    } else if (PUNCTUATORS.has(c)) {
      tokens.push({ kind: 'punct', value: c, at: i });
      i++;
    } else if (/[_A-Za-z]/.test(c)) {
      const m = /^[_A-Za-z][_0-9A-Za-z]*/.exec(source.slice(i));
      tokens.push({ kind: 'name', value: m[0], at: i });
      i += m[0].length;
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(i));
      if (!m) throw new SyntaxError(`GraphQL: unexpected "${c}" at ${i}`);
      tokens.push({ kind: m[2] || m[3] ? 'float' : 'int', value: m[0], at: i });
      i += m[0].length;
    } else if (source.startsWith('"""', i)) {
      const end = source.indexOf('"""', i + 3);
      if (end < 0) throw new SyntaxError('GraphQL: unterminated block string');
      tokens.push({ kind: 'string', value: source.slice(i + 3, end), at: i });
      i = end + 3;
    } else if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < source.length && source[j] !== '"') {
        if (source[j] === '\\') {
          const e = source[j + 1];
          if (e === 'u') {
            value += String.fromCharCode(parseInt(source.slice(j + 2, j + 6), 16));
            j += 6;
            continue;
          }
          value += { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[e] ?? e;
          j += 2;
        } else {
          value += source[j++];
        }
      }
      if (j >= source.length) throw new SyntaxError('GraphQL: unterminated string');
      tokens.push({ kind: 'string', value, at: i });
      i = j + 1;
    } else {
      throw new SyntaxError(`GraphQL: unexpected "${c}" at ${i}`);
    }
  }
  tokens.push({ kind: 'eof', value: '', at: source.length });
  return tokens;
}

export function parse(source) {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const is = (punct) => peek().kind === 'punct' && peek().value === punct;
  const isName = (word) => peek().kind === 'name' && (word === undefined || peek().value === word);
  const expect = (wanted) => {
    const t = next();
    if (t.value !== wanted)
      throw new SyntaxError(`GraphQL: expected "${wanted}" at ${t.at}, found "${t.value || t.kind}"`);
    return t;
  };
  const name = () => {
    const t = next();
    if (t.kind !== 'name') throw new SyntaxError(`GraphQL: expected a name at ${t.at}, found "${t.value || t.kind}"`);
    return t.value;
  };

  function value(constant) {
    const t = peek();
    if (t.kind === 'punct' && t.value === '$' && !constant) {
      next();
      return { kind: 'Variable', name: name() };
    }
    if (t.kind === 'int') return (next(), { kind: 'IntValue', value: Number(t.value) });
    if (t.kind === 'float') return (next(), { kind: 'FloatValue', value: Number(t.value) });
    if (t.kind === 'string') return (next(), { kind: 'StringValue', value: t.value });
    if (t.kind === 'name') {
      next();
      if (t.value === 'true' || t.value === 'false') return { kind: 'BooleanValue', value: t.value === 'true' };
      if (t.value === 'null') return { kind: 'NullValue', value: null };
      return { kind: 'EnumValue', value: t.value };
    }
    if (is('[')) {
      next();
      const values = [];
      while (!is(']')) values.push(value(constant));
      next();
      return { kind: 'ListValue', values };
    }
    if (is('{')) {
      next();
      const fields = [];
      while (!is('}')) {
        const key = name();
        expect(':');
        fields.push({ name: key, value: value(constant) });
      }
      next();
      return { kind: 'ObjectValue', fields };
    }
    throw new SyntaxError(`GraphQL: unexpected "${t.value || t.kind}" at ${t.at}`);
  }

  function args() {
    const list = [];
    if (!is('(')) return list;
    next();
    while (!is(')')) {
      const key = name();
      expect(':');
      list.push({ name: key, value: value(false) });
    }
    next();
    return list;
  }

  function directives() {
    const list = [];
    while (is('@')) {
      next();
      list.push({ name: name(), arguments: args() });
    }
    return list;
  }

  function type() {
    let t;
    if (is('[')) {
      next();
      t = { kind: 'ListType', type: type() };
      expect(']');
    } else {
      t = { kind: 'NamedType', name: name() };
    }
    if (is('!')) {
      next();
      t = { kind: 'NonNullType', type: t };
    }
    return t;
  }

  function selectionSet() {
    expect('{');
    const selections = [];
    while (!is('}')) {
      if (is('...')) {
        next();
        if (isName('on')) {
          next();
          const typeCondition = name();
          selections.push({
            kind: 'InlineFragment',
            typeCondition,
            directives: directives(),
            selectionSet: selectionSet(),
          });
        } else if (is('{') || is('@')) {
          selections.push({
            kind: 'InlineFragment',
            typeCondition: null,
            directives: directives(),
            selectionSet: selectionSet(),
          });
        } else {
          selections.push({ kind: 'FragmentSpread', name: name(), directives: directives() });
        }
        continue;
      }
      let alias = null;
      let fieldName = name();
      if (is(':')) {
        next();
        alias = fieldName;
        fieldName = name();
      }
      const field = {
        kind: 'Field',
        alias,
        name: fieldName,
        arguments: args(),
        directives: directives(),
        selectionSet: null,
      };
      if (is('{')) field.selectionSet = selectionSet();
      selections.push(field);
    }
    next();
    return { selections };
  }

  const definitions = [];
  while (peek().kind !== 'eof') {
    if (is('{')) {
      definitions.push({
        kind: 'OperationDefinition',
        operation: 'query',
        name: null,
        variableDefinitions: [],
        directives: [],
        selectionSet: selectionSet(),
      });
    } else if (isName('fragment')) {
      next();
      const fragmentName = name();
      if (!isName('on')) throw new SyntaxError(`GraphQL: expected "on" after fragment ${fragmentName}`);
      next();
      definitions.push({
        kind: 'FragmentDefinition',
        name: fragmentName,
        typeCondition: name(),
        directives: directives(),
        selectionSet: selectionSet(),
      });
    } else if (isName('query') || isName('mutation') || isName('subscription')) {
      const operation = next().value;
      const opName = isName() ? name() : null;
      const variableDefinitions = [];
      if (is('(')) {
        next();
        while (!is(')')) {
          expect('$');
          const variable = name();
          expect(':');
          const varType = type();
          let defaultValue;
          if (is('=')) {
            next();
            defaultValue = value(true);
          }
          variableDefinitions.push({ name: variable, type: varType, defaultValue, directives: directives() });
        }
        next();
      }
      definitions.push({
        kind: 'OperationDefinition',
        operation,
        name: opName,
        variableDefinitions,
        directives: directives(),
        selectionSet: selectionSet(),
      });
    } else {
      const t = peek();
      throw new SyntaxError(`GraphQL: unexpected "${t.value || t.kind}" at ${t.at}`);
    }
  }
  return { kind: 'Document', definitions, loc: { source: { body: source } } };
}
