/**
 * The source converts to Metadata API format with the Salesforce CLI's own library
 * (source-deploy-retrieve: ComponentSet + MetadataConverter, what `sf project convert source` and
 * `sf project deploy start` run), both package directories together as a deploy of the project sends
 * them, with the components the project is meant to have; the packaged directory alone holds no
 * permission set and no app (force-app-unpackaged does); and a corrupt file makes the conversion fail.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ComponentSet, MetadataConverter, type SourceComponent } from '@salesforce/source-deploy-retrieve';
import { CUSTOM_OBJECTS, FIELD_TYPES, PERMISSION_SETS } from '../../src/schema/fields.js';
import { repoPath } from '../helpers/paths.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { children, parseXmlText, text } from './helpers/xml.js';

/** Component counts by type, children (fields, rules, ...) included. */
function countByType(set: ComponentSet): Record<string, number> {
  const counts: Record<string, number> = {};
  const visit = (c: SourceComponent): void => {
    counts[c.type.name] = (counts[c.type.name] ?? 0) + 1;
    c.getChildren().forEach(visit);
  };
  set.getSourceComponents().toArray().forEach(visit);
  return counts;
}

/** The project's package directories, as sfdx-project.json lists them. */
const DIRECTORIES = ['force-app', 'force-app-unpackaged'];

async function convert(sourceDirs: string[], outputDirectory: string): Promise<void> {
  const set = ComponentSet.fromSource(sourceDirs);
  await new MetadataConverter().convert(set, 'metadata', { type: 'directory', outputDirectory, genUniqueDir: false });
}

async function parsed(file: string): Promise<ReturnType<typeof parseXmlText>> {
  return parseXmlText(await readFile(file, 'utf8'));
}

const customFieldsInMap = [...FIELD_TYPES.keys()].filter((name) => !name.endsWith('.Name'));

describe('source conversion with source-deploy-retrieve', () => {
  const tmp = useTempDir('cvp-convert-');

  it('finds the components the project is meant to have', () => {
    const counts = countByType(ComponentSet.fromSource(DIRECTORIES.map((d) => repoPath(d))));
    // Types only the data model makes: exact counts.
    expect(counts).toMatchObject({
      CustomObject: CUSTOM_OBJECTS.length,
      CustomField: customFieldsInMap.length,
      CustomObjectTranslation: CUSTOM_OBJECTS.length + 2, // and Account's and Activity's
      CustomFieldTranslation: customFieldsInMap.length,
      PermissionSet: Object.keys(PERMISSION_SETS).length,
      CompactLayout: CUSTOM_OBJECTS.length,
      ListView: CUSTOM_OBJECTS.length,
      ValidationRule: 13,
      Translations: 1,
    });
    // Types the pages and components add to as well: at least the data model's own.
    expect(counts.CustomApplication).toBeGreaterThanOrEqual(1);
    expect(counts.CustomTab).toBeGreaterThanOrEqual(5);
    expect(counts.Layout).toBeGreaterThanOrEqual(CUSTOM_OBJECTS.length);
  });

  it('keeps permission sets, the app and the translations naming it out of the packaged directory', () => {
    const packaged = countByType(ComponentSet.fromSource(repoPath('force-app')));
    const unpackaged = countByType(ComponentSet.fromSource(repoPath('force-app-unpackaged')));
    expect({
      packaged: packaged.PermissionSet,
      app: packaged.CustomApplication,
      translations: packaged.Translations,
    }).toEqual({ packaged: undefined, app: undefined, translations: undefined });
    expect(unpackaged).toEqual({
      PermissionSet: Object.keys(PERMISSION_SETS).length,
      CustomApplication: 1,
      Translations: 1,
    });
  });

  it('converts to Metadata API format, with the pinned API version and every field inside its object', async () => {
    await convert(
      DIRECTORIES.map((d) => repoPath(d)),
      tmp.path
    );

    const pkg = await parsed(join(tmp.path, 'package.xml'));
    if (!pkg.ok) throw new Error(pkg.error);
    expect(text(pkg.doc.element, 'version')).toBe('62.0');
    const typeNames = children(pkg.doc.element, 'types').map((t) => text(t, 'name'));
    expect(typeNames).toEqual(
      expect.arrayContaining([
        'CustomObject',
        'CustomField',
        'PermissionSet',
        'CustomApplication',
        'CustomObjectTranslation',
        'Translations',
      ])
    );

    const objects = ['Account', ...CUSTOM_OBJECTS];
    const docs = await Promise.all(objects.map((object) => parsed(join(tmp.path, 'objects', `${object}.object`))));
    docs.forEach((doc, i) => {
      if (!doc.ok) throw new Error(doc.error);
      const converted = children(doc.doc.element, 'fields')
        .map((f) => `${objects[i]}.${text(f, 'fullName') ?? ''}`)
        .sort();
      expect(converted).toEqual(customFieldsInMap.filter((name) => name.startsWith(`${objects[i]}.`)).sort());
    });

    const translation = await parsed(join(tmp.path, 'objectTranslations', 'Account-fi.objectTranslation'));
    if (!translation.ok) throw new Error(translation.error);
    expect(children(translation.doc.element, 'fields')).toHaveLength(
      customFieldsInMap.filter((n) => n.startsWith('Account.')).length
    );
  });

  it('fails on a corrupt file', async () => {
    const copy = join(tmp.path, 'project');
    await Promise.all(DIRECTORIES.map((d) => cp(repoPath(d), join(copy, d), { recursive: true })));
    await cp(repoPath('sfdx-project.json'), join(copy, 'sfdx-project.json'));
    const victim = join(
      copy,
      'force-app',
      'main',
      'default',
      'objects',
      'CVP_Scoring_Profile__c',
      'fields',
      'CVP_Weight_Volume__c.field-meta.xml'
    );
    await writeFile(victim, '<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><<< not xml');

    await expect(
      convert(
        DIRECTORIES.map((d) => join(copy, d)),
        join(tmp.path, 'out')
      )
    ).rejects.toThrow(/CVP_Weight_Volume__c\.field-meta\.xml/);
  });

  it('converts the untouched copy, so the failure above is the corruption and nothing else', async () => {
    const copy = join(tmp.path, 'project');
    await Promise.all(DIRECTORIES.map((d) => cp(repoPath(d), join(copy, d), { recursive: true })));
    await cp(repoPath('sfdx-project.json'), join(copy, 'sfdx-project.json'));
    await expect(
      convert(
        DIRECTORIES.map((d) => join(copy, d)),
        join(tmp.path, 'out')
      )
    ).resolves.toBeUndefined();
  });
});
