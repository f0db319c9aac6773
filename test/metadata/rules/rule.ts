/**
 * The platform's documented metadata rules as offline checks: what a deploy would reject although
 * the XML has the right shape (the schema in ../helpers/metadata-schema.ts only proves the shape).
 *
 * How to add a rule:
 * 1. Put it in a file of this folder whose name ends in `.rules.ts` and says which metadata it is
 * about (custom-field.rules.ts, permission-dependencies.rules.ts …). The file exports
 * `export const rules: readonly Rule[] = [...]`; `loadRules()` finds every such file, so no index
 * needs editing.
 * 2. Give the rule a unique `id` (kebab case, type first: `custom-field-label-length`), a `summary`
 * (what it checks, one line, for docs/metadata-rules.md) and the `doc` it comes from: the page's
 * title and URL (./docs.ts has those cited so far). No doc statement, no rule.
 * 3. `check(app)` returns one `Violation` per offending value: the file (`file.path`), the element
 * (a path such as `valueSet/valueSetDefinition/value[2]/label`) and the problem in words. The runner
 * adds the rule id and the doc to the message. ./checks.ts has the common shapes (length limits,
 * allowed values, name patterns) and `valuesAt` for element paths.
 * 4. Give it at least one sample in `fails`: the smallest XML that breaks the rule, built with
 * `xml(root, body)` under the path the file would have in force-app/main/default. samples.test.ts
 * proves every rule fires on its samples (a rule that cannot fail checks nothing); `passes`
 * samples, optional, prove it keeps quiet on the nearest correct XML.
 *
 * force-app.test.ts then runs every rule on every package directory.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCE_ROOTS, metaFiles, relativeToRepo } from '../helpers/force-app.js';
import { METADATA_NS, parseXmlFile, parseXmlText, type XmlElement } from '../helpers/xml.js';

export type Doc = { readonly title: string; readonly url: string };

export type MetadataFile = {
  /** The path a failure names: repository-relative for force-app, as written for a sample. */
  readonly path: string;
  /** The root element, which is the metadata type: CustomField, FlexiPage, LightningComponentBundle … */
  readonly type: string;
  /** The API name the file name gives (`Y__c` for objects/X__c/fields/Y__c.field-meta.xml). */
  readonly name: string;
  /** For a file under objects/<Object>/: that object. */
  readonly object?: string;
  readonly xml: XmlElement;
};

/** Every metadata file of the package, parsed once. */
export type MetadataApp = { readonly files: readonly MetadataFile[] };

export type Violation = { readonly file: string; readonly element: string; readonly problem: string };

/** XML of one file, keyed by its path under force-app/main/default. */
export type Sample = Readonly<Record<string, string>>;

export type Rule = {
  readonly id: string;
  readonly summary: string;
  readonly doc: Doc;
  readonly check: (app: MetadataApp) => Violation[];
  readonly fails: readonly [Sample, ...Sample[]];
  readonly passes?: readonly Sample[];
};

export const ofType = (app: MetadataApp, type: string): MetadataFile[] => app.files.filter((f) => f.type === type);

function fileOf(path: string, pathUnderRoot: string, root: string, xml: XmlElement): MetadataFile {
  const parts = pathUnderRoot.split(/[\\/]/);
  const object = parts[0] === 'objects' && parts.length > 2 ? parts[1] : undefined;
  return { path, type: root, name: basename(pathUnderRoot).replace(/\.[A-Za-z]+-meta\.xml$/, ''), object, xml };
}

/**
 * What a deploy of the project sends, as the rules see it: by default every package directory
 * (force-app and the unpackaged one deployed beside it), each file placed under its own main/default.
 */
export function loadMetadataApp(roots: string | readonly string[] = SOURCE_ROOTS): MetadataApp {
  return {
    files: (typeof roots === 'string' ? [roots] : roots).flatMap((root) =>
      metaFiles(root).map((file) => {
        const doc = parseXmlFile(file);
        return fileOf(relativeToRepo(file), relative(root, file), doc.root, doc.element);
      })
    ),
  };
}

/** An app of sample files only; a path is relative to force-app/main/default. */
export function sampleApp(sample: Sample): MetadataApp {
  return {
    files: Object.entries(sample).map(([path, content]) => {
      const parsed = parseXmlText(content);
      if (!parsed.ok) throw new Error(`sample ${path}: ${parsed.error}`);
      return fileOf(path, path, parsed.doc.root, parsed.doc.element);
    }),
  };
}

/** A whole metadata file around `body`: `xml('CustomField', '<label>X</label>')`. */
export const xml = (root: string, body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${METADATA_NS}">\n${body}\n</${root}>\n`;

/** The failure line: file, element, problem, and where the rule is documented. */
export const describeViolation = (rule: Rule, v: Violation): string =>
  `${v.file}: <${v.element}> ${v.problem} [${rule.id}; ${rule.doc.title}: ${rule.doc.url}]`;

export const runRule = (rule: Rule, app: MetadataApp): string[] =>
  rule.check(app).map((v) => describeViolation(rule, v));

const HERE = dirname(fileURLToPath(import.meta.url));

/** The rule modules of this folder (every *.rules.ts), in file-name order. */
export const ruleModules = (): string[] =>
  readdirSync(HERE)
    .filter((n) => n.endsWith('.rules.ts'))
    .sort();

/** Every rule of every rule module; a duplicate id is an error. */
export async function loadRules(): Promise<Rule[]> {
  const all: Rule[] = [];
  for (const name of ruleModules()) {
    // eslint-disable-next-line no-await-in-loop -- a handful of modules, loaded in a stable order
    const mod = (await import(`./${name.replace(/\.ts$/, '.js')}`)) as {
      rules?: readonly Rule[];
    };
    if (!mod.rules) throw new Error(`${join('test/metadata/rules', name)} exports no rules`);
    all.push(...mod.rules);
  }
  const ids = all.map((r) => r.id);
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dup.length > 0) throw new Error(`duplicate rule ids: ${dup.join(', ')}`);
  return all;
}
