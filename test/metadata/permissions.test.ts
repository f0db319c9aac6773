/**
 * The permission sets grant exactly the designed matrix, field by field and object by object, and
 * nothing else. The two tables below are the design; docs/install.md shows the same tables to admins,
 * and a test keeps the two copies equal.
 */
import { readFileSync } from 'node:fs';
import {
  ACCOUNT,
  ACCOUNT_ASSESSED,
  ACCOUNT_COMPUTED,
  APP,
  OBJECTIVE,
  PERMISSION_SETS,
  PROFITABILITY,
  SCORING_PROFILE,
  SNAPSHOT,
  VALUE_ASSESSMENT,
  VISION,
} from '../../src/org/fields.js';
import { repoPath } from '../helpers/paths.js';
import { allFields, loadForceApp, type Field } from './helpers/force-app.js';
import { children, text, type XmlElement } from './helpers/xml.js';

const SETS = [PERMISSION_SETS.user, PERMISSION_SETS.manager, PERMISSION_SETS.integration] as const;
type SetName = (typeof SETS)[number];

/** C = Create, R = Read, E = Edit, D = Delete, V = View All; '' grants nothing. */
const OBJECT_ACCESS: Readonly<Record<string, readonly [string, string, string]>> = {
  [ACCOUNT]: ['', '', 'RE'],
  [SCORING_PROFILE.object]: ['R', 'RV', 'R'],
  [PROFITABILITY.object]: ['R', 'RV', 'CRE'],
  [VALUE_ASSESSMENT.object]: ['CR', 'CRV', 'CR'],
  [VISION.object]: ['CRE', 'CREV', ''],
  [OBJECTIVE.object]: ['CRED', 'CREDV', ''],
  [SNAPSHOT.object]: ['R', 'RV', 'CR'],
};

type Access = 'Edit' | 'Read' | '';
type FieldGroup = {
  readonly label: string;
  readonly access: readonly [Access, Access, Access];
  readonly has: (f: Field) => boolean;
};

const inObject =
  (object: string) =>
  (f: Field): boolean =>
    f.object === object;
const FIELD_ACCESS: readonly FieldGroup[] = [
  {
    label: 'Account, assessed (scores, commitment, binding, lifecycle stage)',
    access: ['Edit', 'Edit', 'Read'],
    has: (f) => f.object === ACCOUNT && (Object.values(ACCOUNT_ASSESSED) as string[]).includes(f.name),
  },
  {
    label: 'Account, computed (weighted score, rank, tier, treatment, quadrant, ABC class, ...)',
    access: ['Read', 'Read', 'Edit'],
    has: (f) => f.object === ACCOUNT && (Object.values(ACCOUNT_COMPUTED) as string[]).includes(f.name),
  },
  { label: 'Scoring profile', access: ['Read', 'Read', 'Read'], has: inObject(SCORING_PROFILE.object) },
  { label: 'Customer profitability', access: ['Read', 'Read', 'Edit'], has: inObject(PROFITABILITY.object) },
  { label: 'Value assessment', access: ['Edit', 'Edit', 'Edit'], has: inObject(VALUE_ASSESSMENT.object) },
  {
    label: 'Customer vision and vision objective',
    access: ['Edit', 'Edit', ''],
    has: (f) => f.object === VISION.object || f.object === OBJECTIVE.object,
  },
  { label: 'Portfolio snapshot', access: ['Read', 'Read', 'Edit'], has: inObject(SNAPSHOT.object) },
];

const app = loadForceApp();
const fields = [...allFields(app).values()];

/** What the design gives a set on a field: formulas are never editable, master-detail is not set in FLS. */
function designedFieldAccess(set: SetName): Map<string, Access> {
  const index = SETS.indexOf(set);
  const out = new Map<string, Access>();
  for (const f of fields) {
    if (f.type === 'MasterDetail') continue;
    const groups = FIELD_ACCESS.filter((g) => g.has(f));
    if (groups.length !== 1)
      throw new Error(`${f.object}.${f.name} is in ${groups.length} groups of the design, not one`);
    let access = groups[0].access[index];
    if (f.formula && access === 'Edit') access = 'Read';
    if (access) out.set(`${f.object}.${f.name}`, access);
  }
  return out;
}

function permissionSet(name: SetName): XmlElement {
  const ps = app.permissionSets.get(name);
  if (!ps) throw new Error(`no permission set ${name}`);
  return ps;
}

function grantedFieldAccess(ps: XmlElement): Map<string, Access | 'invalid'> {
  return new Map(
    children(ps, 'fieldPermissions').map((fp) => {
      const readable = text(fp, 'readable') === 'true';
      const editable = text(fp, 'editable') === 'true';
      const access: Access | 'invalid' = editable ? (readable ? 'Edit' : 'invalid') : readable ? 'Read' : '';
      return [text(fp, 'field') ?? '', access] as const;
    })
  );
}

function grantedObjectAccess(ps: XmlElement): Record<string, string> {
  const flag = (op: XmlElement, name: string, letter: string): string => (text(op, name) === 'true' ? letter : '');
  return Object.fromEntries(
    children(ps, 'objectPermissions').map((op) => [
      text(op, 'object') ?? '',
      flag(op, 'allowCreate', 'C') +
        flag(op, 'allowRead', 'R') +
        flag(op, 'allowEdit', 'E') +
        flag(op, 'allowDelete', 'D') +
        flag(op, 'viewAllRecords', 'V') +
        flag(op, 'modifyAllRecords', 'M'),
    ])
  );
}

describe.each(SETS)('permission set %s', (set) => {
  const ps = permissionSet(set);
  const index = SETS.indexOf(set);

  it('grants exactly the designed access on every custom field', () => {
    expect(Object.fromEntries(grantedFieldAccess(ps))).toEqual(Object.fromEntries(designedFieldAccess(set)));
  });

  it('grants exactly the designed object permissions, and Modify All on nothing', () => {
    const designed = Object.fromEntries(
      Object.entries(OBJECT_ACCESS)
        .filter(([, a]) => a[index] !== '')
        .map(([o, a]) => [o, a[index]])
    );
    expect(grantedObjectAccess(ps)).toEqual(designed);
  });

  it('shows the app and the tabs to people, not to the sync user', () => {
    const forPeople = set !== PERMISSION_SETS.integration;
    const apps = children(ps, 'applicationVisibilities')
      .filter((a) => text(a, 'visible') === 'true')
      .map((a) => text(a, 'application'));
    const tabs = children(ps, 'tabSettings')
      .filter((t) => text(t, 'visibility') === 'Visible')
      .map((t) => text(t, 'tab'));
    expect(apps).toEqual(forPeople ? [APP] : []);
    expect(tabs.sort()).toEqual(forPeople ? [...app.tabs.keys()].sort() : []);
  });

  it('grants no user permission but API access for the sync user', () => {
    const granted = children(ps, 'userPermissions')
      .filter((p) => text(p, 'enabled') === 'true')
      .map((p) => text(p, 'name'));
    expect(granted).toEqual(set === PERMISSION_SETS.integration ? ['ApiEnabled'] : []);
  });
});

describe('least privilege, in the words of the design', () => {
  const user = grantedFieldAccess(permissionSet(PERMISSION_SETS.user));
  const integration = grantedFieldAccess(permissionSet(PERMISSION_SETS.integration));

  it('people cannot edit a computed Account field; the sync cannot edit an assessed one', () => {
    for (const name of Object.values(ACCOUNT_COMPUTED))
      expect({ name, access: user.get(`${ACCOUNT}.${name}`) }).toEqual({ name, access: 'Read' });
    for (const name of Object.values(ACCOUNT_ASSESSED))
      expect({ name, access: integration.get(`${ACCOUNT}.${name}`) }).toEqual({ name, access: 'Read' });
  });

  it('the sync user sees no customer vision', () => {
    expect(
      [...integration.keys()].filter((f) => f.startsWith(`${VISION.object}.`) || f.startsWith(`${OBJECTIVE.object}.`))
    ).toEqual([]);
  });

  it('every custom field but master-detail is in some permission set (nothing unreachable)', () => {
    const covered = new Set(SETS.flatMap((s) => [...grantedFieldAccess(permissionSet(s)).keys()]));
    expect(
      fields
        .filter((f) => f.type !== 'MasterDetail' && !covered.has(`${f.object}.${f.name}`))
        .map((f) => `${f.object}.${f.name}`)
    ).toEqual([]);
  });
});

describe('docs/install.md shows the same matrix', () => {
  const markdown = readFileSync(repoPath('docs', 'install.md'), 'utf8');

  /** The rows of the first table after a heading, as trimmed cells. */
  function tableAfter(heading: string): string[][] {
    const lines = markdown.split('\n');
    const start = lines.findIndex((l) => l.trim() === heading);
    expect(start).toBeGreaterThanOrEqual(0);
    const rows: string[][] = [];
    for (const line of lines.slice(start + 1)) {
      if (line.startsWith('#')) break;
      if (!line.startsWith('|')) {
        if (rows.length > 0) break;
        continue;
      }
      rows.push(
        line
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim())
      );
    }
    return rows.slice(2); // header and separator
  }

  it('object permissions', () => {
    expect(tableAfter('### Object permissions')).toEqual(Object.entries(OBJECT_ACCESS).map(([o, a]) => [o, ...a]));
  });

  it('field access', () => {
    expect(tableAfter('### Field access')).toEqual(FIELD_ACCESS.map((g) => [g.label, ...g.access]));
  });
});
