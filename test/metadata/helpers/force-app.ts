/**
 * The project's metadata as the tests see it: every source file of both package directories, read
 * once and indexed by object, field, permission set, tab and translation. force-app is what the
 * unlocked package holds; force-app-unpackaged is what a package cannot hold (permission sets with
 * standard-object and user permissions, the app that activates the Account page), deployed beside or
 * after it. A deploy of the project deploys both, so by default the tests see both.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { repoPath } from '../../helpers/paths.js';
import { children, parseXmlFile, text, texts, type XmlElement } from './xml.js';

export const FORCE_APP = repoPath('force-app', 'main', 'default');
export const UNPACKAGED = repoPath('force-app-unpackaged', 'main', 'default');
/** The source roots of sfdx-project.json's package directories: the packaged one first. */
export const SOURCE_ROOTS: readonly string[] = [FORCE_APP, UNPACKAGED];

/** Every *-meta.xml under a directory (or several), recursively, sorted. */
export function metaFiles(root: string | readonly string[] = FORCE_APP): string[] {
  if (typeof root !== 'string') return root.flatMap((r) => metaFiles(r));
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('-meta.xml')) out.push(full);
    }
  };
  walk(root);
  return out;
}

export type Field = {
  readonly object: string;
  readonly name: string;
  readonly file: string;
  readonly xml: XmlElement;
  readonly type: string;
  readonly formula?: string;
  readonly label?: string;
  readonly help?: string;
  readonly description?: string;
  readonly trackHistory: boolean;
  /** API values of the picklist, in order. */
  readonly values: string[];
  readonly relationshipName?: string;
  readonly relationshipLabel?: string;
  readonly referenceTo?: string;
};

export type ValidationRule = {
  readonly name: string;
  readonly formula: string;
  readonly message: string;
  readonly xml: XmlElement;
};

export type SObject = {
  readonly name: string;
  /** The CustomObject file; undefined for a standard object we only add fields to. */
  readonly xml?: XmlElement;
  readonly fields: ReadonlyMap<string, Field>;
  readonly rules: ReadonlyMap<string, ValidationRule>;
  readonly listViews: readonly XmlElement[];
  readonly compactLayouts: ReadonlyMap<string, XmlElement>;
};

export type ObjectTranslation = {
  readonly object: string;
  readonly language: string;
  readonly xml: XmlElement;
  readonly fields: ReadonlyMap<string, XmlElement>;
};

export type ForceApp = {
  readonly objects: ReadonlyMap<string, SObject>;
  readonly translations: ReadonlyMap<string, ObjectTranslation>;
  readonly permissionSets: ReadonlyMap<string, XmlElement>;
  readonly tabs: ReadonlyMap<string, XmlElement>;
  readonly apps: ReadonlyMap<string, XmlElement>;
  readonly layouts: ReadonlyMap<string, XmlElement>;
  readonly globalTranslations: ReadonlyMap<string, XmlElement>;
};

const stripSuffix = (file: string, suffix: string): string => basename(file).slice(0, -suffix.length);

function fieldOf(object: string, file: string): Field {
  const xml = parseXmlFile(file).element;
  return {
    object,
    name: stripSuffix(file, '.field-meta.xml'),
    file,
    xml,
    type: text(xml, 'type') ?? '',
    formula: text(xml, 'formula'),
    label: text(xml, 'label'),
    help: text(xml, 'inlineHelpText'),
    description: text(xml, 'description'),
    trackHistory: text(xml, 'trackHistory') === 'true',
    values: children(xml, 'valueSet')
      .flatMap((vs) => children(vs, 'valueSetDefinition'))
      .flatMap((d) => children(d, 'value'))
      .map((v) => text(v, 'fullName') ?? ''),
    relationshipName: text(xml, 'relationshipName'),
    relationshipLabel: text(xml, 'relationshipLabel'),
    referenceTo: text(xml, 'referenceTo'),
  };
}

function filesIn(dir: string, suffix: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith(suffix))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}

function subdirs(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => statSync(join(dir, n)).isDirectory())
      .sort();
  } catch {
    return [];
  }
}

function byName(dir: string, suffix: string): Map<string, XmlElement> {
  return new Map(filesIn(dir, suffix).map((f) => [stripSuffix(f, suffix), parseXmlFile(f).element]));
}

/** One source root, or (by default) every package directory merged, as one deploy sees them. */
export function loadForceApp(root: string | readonly string[] = SOURCE_ROOTS): ForceApp {
  if (typeof root !== 'string') return merged(root.map((r) => loadOne(r)));
  return loadOne(root);
}

const union = <K, V>(maps: ReadonlyArray<ReadonlyMap<K, V>>): Map<K, V> =>
  new Map(maps.flatMap((m) => [...m]));

/** Directories hold different components; an object split across them keeps the fields of both. */
function merged(apps: readonly ForceApp[]): ForceApp {
  const objects = new Map<string, SObject>();
  for (const o of apps.flatMap((a) => [...a.objects.values()])) {
    const seen = objects.get(o.name);
    objects.set(
      o.name,
      seen
        ? {
            name: o.name,
            xml: seen.xml ?? o.xml,
            fields: union([seen.fields, o.fields]),
            rules: union([seen.rules, o.rules]),
            listViews: [...seen.listViews, ...o.listViews],
            compactLayouts: union([seen.compactLayouts, o.compactLayouts]),
          }
        : o
    );
  }
  return {
    objects,
    translations: union(apps.map((a) => a.translations)),
    permissionSets: union(apps.map((a) => a.permissionSets)),
    tabs: union(apps.map((a) => a.tabs)),
    apps: union(apps.map((a) => a.apps)),
    layouts: union(apps.map((a) => a.layouts)),
    globalTranslations: union(apps.map((a) => a.globalTranslations)),
  };
}

function loadOne(root: string): ForceApp {
  const objects = new Map<string, SObject>();
  for (const name of subdirs(join(root, 'objects'))) {
    const dir = join(root, 'objects', name);
    const objectFile = join(dir, `${name}.object-meta.xml`);
    const hasObjectFile = filesIn(dir, '.object-meta.xml').includes(objectFile);
    const fields = new Map(
      filesIn(join(dir, 'fields'), '.field-meta.xml').map((f) => [stripSuffix(f, '.field-meta.xml'), fieldOf(name, f)])
    );
    const rules = new Map(
      filesIn(join(dir, 'validationRules'), '.validationRule-meta.xml').map((f) => {
        const xml = parseXmlFile(f).element;
        const rule = {
          name: stripSuffix(f, '.validationRule-meta.xml'),
          formula: text(xml, 'errorConditionFormula') ?? '',
          message: text(xml, 'errorMessage') ?? '',
          xml,
        };
        return [rule.name, rule] as const;
      })
    );
    objects.set(name, {
      name,
      xml: hasObjectFile ? parseXmlFile(objectFile).element : undefined,
      fields,
      rules,
      listViews: filesIn(join(dir, 'listViews'), '.listView-meta.xml').map((f) => parseXmlFile(f).element),
      compactLayouts: byName(join(dir, 'compactLayouts'), '.compactLayout-meta.xml'),
    });
  }

  const translations = new Map<string, ObjectTranslation>();
  for (const folder of subdirs(join(root, 'objectTranslations'))) {
    const dir = join(root, 'objectTranslations', folder);
    const dash = folder.lastIndexOf('-');
    translations.set(folder, {
      object: folder.slice(0, dash),
      language: folder.slice(dash + 1),
      xml: parseXmlFile(join(dir, `${folder}.objectTranslation-meta.xml`)).element,
      fields: byName(dir, '.fieldTranslation-meta.xml'),
    });
  }

  return {
    objects,
    translations,
    permissionSets: byName(join(root, 'permissionsets'), '.permissionset-meta.xml'),
    tabs: byName(join(root, 'tabs'), '.tab-meta.xml'),
    apps: byName(join(root, 'applications'), '.app-meta.xml'),
    layouts: byName(join(root, 'layouts'), '.layout-meta.xml'),
    globalTranslations: byName(join(root, 'translations'), '.translation-meta.xml'),
  };
}

/** Every custom field of every object, as `Object.Field` → field. */
export function allFields(app: ForceApp): Map<string, Field> {
  return new Map(
    [...app.objects.values()].flatMap((o) => [...o.fields.values()].map((f) => [`${o.name}.${f.name}`, f] as const))
  );
}

/** The label of an object's name field (Text or AutoNumber), and its type. */
export function nameField(object: SObject): { label?: string; type?: string } {
  const nf = object.xml ? children(object.xml, 'nameField')[0] : undefined;
  return nf ? { label: text(nf, 'label'), type: text(nf, 'type') } : {};
}

/** Field names a layout places, with their behaviours. */
export function layoutItems(layout: XmlElement): Array<{ field: string; behavior: string }> {
  return children(layout, 'layoutSections')
    .flatMap((s) => children(s, 'layoutColumns'))
    .flatMap((c) => children(c, 'layoutItems'))
    .map((i) => ({ field: text(i, 'field') ?? '', behavior: text(i, 'behavior') ?? '' }));
}

export const relativeToRepo = (file: string): string => relative(repoPath(), file);

export { texts };
