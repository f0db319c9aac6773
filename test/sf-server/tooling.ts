/**
 * The Tooling API's query resource for the two setup objects the doctor reads: CustomApplication
 * (with its Metadata, as the deployed app file says) and FlexiPage. Seeded from the applications and
 * flexipages folders of every package directory in sfdx-project.json (what a deploy of the project
 * puts in the org), so an app file that activates a page shows here as activated; a test changes an
 * app as Lightning App Builder's activation would, through `setAppMetadata`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuery, type Query, type WhereClause } from '@jetstreamapp/soql-parser-js';
import { repoPath } from '../helpers/paths.js';
import { parseXmlFile, type XmlElement } from '../metadata/helpers/xml.js';
import { ApiError, malformedQuery } from './errors.js';
import { json, type Reply, type SfRequest } from './http.js';
import { makeId } from './ids.js';
import type { Router } from './router.js';

export type AppMetadata = Record<string, unknown>;

type ToolingRow = Record<string, unknown> & { Id: string; DeveloperName: string };
type Table = { type: string; fields: readonly string[]; rows: Map<string, ToolingRow> };

/** Elements the Metadata API types as lists: always arrays in the JSON, empty when the file has none. */
const LIST_ELEMENTS = ['actionOverrides', 'profileActionOverrides', 'formFactors', 'tabs', 'subscriberTabs'];

/** Every field of the two override types, null when the file leaves it out, as the API answers. */
const OVERRIDE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  actionOverrides: [
    'actionName',
    'comment',
    'content',
    'formFactor',
    'pageOrSobjectType',
    'skipRecordTypeSelect',
    'type',
  ],
  profileActionOverrides: ['actionName', 'content', 'formFactor', 'pageOrSobjectType', 'profile', 'recordType', 'type'],
};

const leaf = (value: string): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/** An element as JSON: leaves as their text (booleans as booleans), lists as arrays. */
function toJson(element: XmlElement, defaults: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(
    defaults.map((f) => [f, f === 'skipRecordTypeSelect' ? false : null])
  );
  for (const [name, value] of Object.entries(element)) {
    if (name.startsWith('@_') || name === '#text' || !Array.isArray(value)) continue;
    const items = (value as Array<XmlElement | string>).map((v) =>
      typeof v === 'string'
        ? leaf(v)
        : typeof v['#text'] === 'string'
          ? leaf(v['#text'])
          : toJson(v, OVERRIDE_FIELDS[name])
    );
    out[name] = LIST_ELEMENTS.includes(name) ? items : items[0];
  }
  return out;
}

/** The Metadata field of a CustomApplication, from its app file. */
function appJson(element: XmlElement): AppMetadata {
  return { ...Object.fromEntries(LIST_ELEMENTS.map((name) => [name, []])), ...toJson(element) };
}

/** The source folder of each package directory, read when the server starts (the project may change). */
function sourceRoots(): string[] {
  const project = JSON.parse(readFileSync(repoPath('sfdx-project.json'), 'utf8')) as {
    packageDirectories: Array<{ path: string }>;
  };
  return project.packageDirectories.map((d) =>
    existsSync(repoPath(d.path, 'main', 'default')) ? repoPath(d.path, 'main', 'default') : repoPath(d.path)
  );
}

function metaFiles(
  roots: readonly string[],
  folder: string,
  suffix: string
): Array<{ name: string; element: XmlElement }> {
  return roots.flatMap((root) => {
    const dir = join(root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith(suffix))
      .sort()
      .map((f) => ({ name: f.slice(0, -suffix.length), element: parseXmlFile(join(dir, f)).element }));
  });
}

const unsupported = (object: string): ApiError =>
  new ApiError(400, 'INVALID_TYPE', `sObject type '${object}' is not supported.`);

const noSuchColumn = (field: string, object: string): ApiError =>
  new ApiError(400, 'INVALID_FIELD', `No such column '${field}' on entity '${object}'.`);

/** `Field = 'text'` and `Field = null`, joined by AND: all the doctor sends. */
function conditions(soql: string, where: WhereClause | undefined): Array<[string, string | null]> {
  const out: Array<[string, string | null]> = [];
  type Clause = { left?: unknown; operator?: string; right?: Clause };
  for (let clause = where as Clause | undefined; clause; clause = clause.right) {
    const left = clause.left as { field?: string; operator?: string; literalType?: string; value?: unknown } | null;
    if (!left?.field || left.operator !== '=' || (clause.operator && clause.operator !== 'AND')) {
      throw malformedQuery(`the local server's Tooling API answers only Field = value AND …: ${soql}`);
    }
    out.push([left.field, left.literalType === 'NULL' ? null : String(left.value).replace(/^'|'$/g, '')]);
  }
  return out;
}

const text = (element: XmlElement, name: string): string | undefined => {
  const value = element[name];
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
};

export class Tooling {
  /** False: the running user lacks "View Setup and Configuration", and every Tooling query fails. */
  public setupAccess = true;
  private apps: Table;
  private pages: Table;
  private readonly seeded: { apps: ToolingRow[]; pages: ToolingRow[] };

  /** `forceAppDir`: one source folder instead of the project's package directories. */
  public constructor(forceAppDir?: string) {
    const roots = forceAppDir ? [forceAppDir] : sourceRoots();
    this.seeded = {
      apps: metaFiles(roots, 'applications', '.app-meta.xml').map(({ name, element }, i) => ({
        Id: makeId('02u', i + 1),
        DeveloperName: name,
        NamespacePrefix: null,
        Label: text(element, 'label') ?? name,
        Metadata: appJson(element),
      })),
      pages: metaFiles(roots, 'flexipages', '.flexipage-meta.xml').map(({ name, element }, i) => ({
        Id: makeId('0M0', i + 1),
        DeveloperName: name,
        NamespacePrefix: null,
        MasterLabel: text(element, 'masterLabel') ?? name,
        Type: text(element, 'type') ?? null,
        EntityDefinitionId: text(element, 'sobjectType') ?? null,
      })),
    };
    this.apps = { type: 'CustomApplication', fields: [], rows: new Map() };
    this.pages = { type: 'FlexiPage', fields: [], rows: new Map() };
    this.reset();
  }

  /** Back to what force-app deployed (between tests). */
  public reset(): void {
    this.setupAccess = true;
    const table = (type: string, fields: string[], rows: ToolingRow[]): Table => ({
      type,
      fields,
      rows: new Map(rows.map((r) => [r.DeveloperName, structuredClone(r)])),
    });
    this.apps = table(
      'CustomApplication',
      ['Id', 'DeveloperName', 'NamespacePrefix', 'Label', 'Metadata'],
      this.seeded.apps
    );
    this.pages = table(
      'FlexiPage',
      ['Id', 'DeveloperName', 'NamespacePrefix', 'MasterLabel', 'Type', 'EntityDefinitionId'],
      this.seeded.pages
    );
  }

  /** A copy of an app's Metadata, or undefined when the org has no such app. */
  public appMetadata(developerName: string): AppMetadata | undefined {
    const app = this.apps.rows.get(developerName);
    return app ? (structuredClone(app.Metadata) as AppMetadata) : undefined;
  }

  /** Replaces an app's Metadata, as an activation in Lightning App Builder does; undefined removes the app. */
  public setAppMetadata(developerName: string, metadata: AppMetadata | undefined): void {
    const app = this.apps.rows.get(developerName);
    if (!metadata) {
      this.apps.rows.delete(developerName);
      return;
    }
    this.apps.rows.set(developerName, {
      ...(app ?? {
        Id: makeId('02u', this.apps.rows.size + 100),
        DeveloperName: developerName,
        NamespacePrefix: null,
        Label: developerName,
      }),
      Metadata: { ...Object.fromEntries(LIST_ELEMENTS.map((name) => [name, []])), ...structuredClone(metadata) },
    });
  }

  public query(soql: string, version: string): Reply {
    let query: Query;
    try {
      query = parseQuery(soql);
    } catch (error) {
      throw malformedQuery(`\n${soql}\n^\nERROR at Row:1:Column:1\n${(error as Error).message.split('\n')[0]}`);
    }
    const object = query.sObject ?? '';
    const table = [this.apps, this.pages].find((t) => t.type.toLowerCase() === object.toLowerCase());
    if (!table || !this.setupAccess) throw unsupported(object);
    const field = (name: string): string => {
      const known = table.fields.find((f) => f.toLowerCase() === name.toLowerCase());
      if (!known) throw noSuchColumn(name, table.type);
      return known;
    };
    const selected = (query.fields ?? []).map((f) => field('field' in f ? String(f.field) : '?'));
    const where = conditions(soql, query.where).map(([name, value]) => [field(name), value] as const);
    const rows = [...table.rows.values()].filter((r) =>
      where.every(([name, value]) => {
        const actual = r[name] ?? null;
        return value === null
          ? actual === null
          : typeof actual === 'string' && actual.toLowerCase() === value.toLowerCase();
      })
    );
    if (selected.includes('Metadata') && rows.length > 1) {
      throw malformedQuery(
        `When retrieving results with Metadata or FullName fields, the query qualifications must specify no more than one row for retrieval. Result size: ${rows.length}`
      );
    }
    const records = rows.map((r) => ({
      attributes: { type: table.type, url: `/services/data/v${version}/tooling/sobjects/${table.type}/${r.Id}` },
      ...Object.fromEntries(selected.map((name) => [name, structuredClone(r[name] ?? null)])),
    }));
    return json(200, {
      size: records.length,
      totalSize: records.length,
      done: true,
      queryLocator: null,
      entityTypeName: table.type,
      records,
    });
  }
}

export function toolingRoutes(router: Router, tooling: Tooling): void {
  router.add('GET', '/tooling/query', 'tooling', (req: SfRequest) => {
    const soql = req.query.get('q');
    if (!soql) throw malformedQuery('A query string (q) is required');
    return tooling.query(soql, req.version);
  });
}
