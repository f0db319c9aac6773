// The plugin's public surface, kept in git as the Salesforce CLI's own plugins keep theirs, so that a change
// to what scripts and other tools depend on shows as a diff in review:
//
//   command-snapshot.json   every command with its flags, short flag characters and aliases
//   schemas/<command>.json  the JSON schema of each command's `--json` result (the `result` of
//                           sf's {status, result, warnings}), e.g. schemas/portfolio-rank.json
//
//   npm run update:public-surface            builds, then writes both into the repository
//   node scripts/public-surface.js --out DIR  writes them into DIR instead (the test compares the two)
//
// test/commands/public-surface.test.ts fails while either is stale; test/commands/json-schemas.test.ts checks
// what every command really prints under --json against its schema.
//
// The snapshot is @oclif/plugin-command-snapshot's own `snapshot generate` (a dev plugin, run through
// bin/dev.js on the built commands; it also refuses two flags with one short character). Its
// `schema generate` cannot serve here: it looks for the command files under tsconfig.json's rootDir, which
// is the whole repository in this project, and compiles without strictNullChecks, which drops every
// `| null` from the result types. The schemas are made below with the generator it uses
// (ts-json-schema-generator), with this project's tsconfig.json and from the same starting point: each
// file under src/commands and the T of its `run(): Promise<T>`, wherever T itself is declared.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createFormatter,
  createParser,
  createProgram,
  DEFAULT_CONFIG,
  SchemaGenerator,
} from 'ts-json-schema-generator';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const COMMANDS = join(ROOT, 'src', 'commands');
const SNAPSHOT_FILE = 'command-snapshot.json';
const SCHEMAS_DIR = 'schemas';

const GENERATOR_CONFIG = {
  ...DEFAULT_CONFIG,
  path: join(COMMANDS, '**', '*.ts'),
  tsconfig: join(ROOT, 'tsconfig.json'),
  skipTypeCheck: true, // `npm run typecheck` does that
  // The shape only, self-contained: no descriptions (the types' comments are written for the people who
  // maintain them) and no named definitions (a type renamed, merged or moved to another module is no change
  // to what a script receives; with names it would be a diff).
  jsDoc: 'none',
  expose: 'none',
  topRef: false,
};

/**
 * The schema as committed: `required` in name order (it is a set, and the order fields are declared in is
 * not part of the contract), no empty `definitions`.
 */
function canonical(node) {
  if (Array.isArray(node)) return node.map(canonical);
  if (typeof node !== 'object' || node === null) return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'definitions' && Object.keys(value).length === 0) continue;
    out[key] = key === 'required' ? [...value].sort() : canonical(value);
  }
  return out;
}

/** Result types too loose to describe anything, as the snapshot plugin's generator refuses them. */
const VAGUE = new Set(['any', 'unknown', 'void', 'object', 'JsonMap', 'JsonCollection', 'AnyJson']);

/** The .ts files under src/commands, sorted. */
function commandFiles(dir = COMMANDS) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return commandFiles(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
    })
    .sort();
}

/** The command id oclif gives a file under src/commands: its path, folders joined by ':'. */
function commandId(file) {
  const parts = relative(COMMANDS, file).replace(/\.ts$/, '').split(sep);
  if (parts.at(-1) === 'index') parts.pop();
  return parts.join(':');
}

/** The schema file of a command, named as @oclif/plugin-command-snapshot names it. */
const schemaFileName = (id) => `${id.replaceAll('-', '__').replaceAll(':', '-')}.json`;

/** The default-exported class of a command file. */
function defaultClass(source) {
  const found = source.statements.find(
    (node) =>
      ts.isClassDeclaration(node) &&
      node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
      node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)
  );
  if (!found) throw new Error(`${relative(ROOT, source.fileName)}: no default-exported command class`);
  return found;
}

/**
 * The declaration of T in the class's `run(): Promise<T>`, followed through imports to where it is declared,
 * so the schema names it as its module does wherever that module lives.
 */
function resultDeclaration(source, checker) {
  const where = relative(ROOT, source.fileName);
  const run = defaultClass(source).members.find(
    (member) => ts.isMethodDeclaration(member) && member.name.getText(source) === 'run'
  );
  const returned = run?.type;
  if (!returned || !ts.isTypeReferenceNode(returned) || returned.typeName.getText(source) !== 'Promise')
    throw new Error(`${where}: run() must declare its return type as Promise<T>`);
  const [result] = returned.typeArguments ?? [];
  if (!result || VAGUE.has(result.getText(source)) || !ts.isTypeReferenceNode(result))
    throw new Error(`${where}: run() returns ${result?.getText(source) ?? 'nothing'}; name a specific result type`);
  let symbol = checker.getSymbolAtLocation(result.typeName);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.declarations?.find((d) => ts.isTypeAliasDeclaration(d) || ts.isInterfaceDeclaration(d));
  if (!declaration) throw new Error(`${where}: ${result.getText(source)} is not a type alias or an interface`);
  return declaration;
}

/** Every command's id and the JSON schema of its --json result, by id. */
function generateSchemas() {
  const files = commandFiles();
  const program = createProgram(GENERATOR_CONFIG);
  const generator = new SchemaGenerator(
    program,
    createParser(program, GENERATOR_CONFIG),
    createFormatter(GENERATOR_CONFIG),
    GENERATOR_CONFIG
  );
  const checker = program.getTypeChecker();
  return Object.fromEntries(
    files.map((file) => {
      const declaration = resultDeclaration(program.getSourceFile(file), checker);
      return [commandId(file), canonical(generator.createSchemaFromNodes([declaration]))];
    })
  );
}

/** The command snapshot as @oclif/plugin-command-snapshot makes it, from the built commands. */
function generateSnapshot(scratch) {
  const file = join(scratch, SNAPSHOT_FILE);
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'dev.js'), 'snapshot', 'generate', '--filepath', file], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SF_DISABLE_TELEMETRY: 'true' },
  });
  if (run.status !== 0) throw new Error(`snapshot generate failed:\n${run.stdout}${run.stderr}`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** JSON as the repository's formatter leaves it: two spaces, a final line end. */
const jsonText = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** Writes command-snapshot.json and schemas/ into `out` (schemas/ made afresh: a command gone takes its schema). */
function writePublicSurface(out) {
  const snapshot = generateSnapshot(out);
  writeFileSync(join(out, SNAPSHOT_FILE), jsonText(snapshot));
  const schemas = generateSchemas();
  const dir = join(out, SCHEMAS_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [id, schema] of Object.entries(schemas)) writeFileSync(join(dir, schemaFileName(id)), jsonText(schema));
  return { commands: snapshot.map((entry) => entry.command), schemas: Object.keys(schemas) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = values.out ?? ROOT;
  mkdirSync(out, { recursive: true });
  const written = writePublicSurface(out);
  console.log(
    `${relative(process.cwd(), join(out, SNAPSHOT_FILE)) || SNAPSHOT_FILE}: ${written.commands.length} commands; ` +
      `${relative(process.cwd(), join(out, SCHEMAS_DIR)) || SCHEMAS_DIR}/: ${written.schemas.length} schemas`
  );
}
