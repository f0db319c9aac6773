/**
 * The permission sets grant exactly the designed matrix, field by field and object by object, and
 * nothing else. The two tables below are the design; docs/install.md shows the same tables to admins,
 * and a test keeps the two copies equal. What the platform itself demands of a permission set (Read
 * on the master of every detail object, no required field …) is checked by the rules of
 * test/metadata/rules/permission-*.rules.ts; this file is what we chose.
 */
import { readFileSync } from 'node:fs';
import {
  ACCOUNT,
  ACTIVITY,
  ACCOUNT_ASSESSED,
  ACCOUNT_COMPUTED,
  ACCOUNT_PLACE,
  ACCOUNT_REVIEW,
  APP,
  OBJECTIVE,
  PERMISSION_SETS,
  PROFITABILITY,
  SCORING_PROFILE,
  SCORING_PROFILE_VERSION,
  SNAPSHOT,
  VALUE_ASSESSMENT,
  VISION,
} from '../../src/schema/fields.js';
import { repoPath } from '../helpers/paths.js';
import { allFields, loadForceApp, type Field } from './helpers/force-app.js';
import { children, text, type XmlElement } from './helpers/xml.js';

const SETS = [
  PERMISSION_SETS.user,
  PERMISSION_SETS.manager,
  PERMISSION_SETS.integration,
  PERMISSION_SETS.admin,
] as const;
type SetName = (typeof SETS)[number];

type Four<T> = readonly [T, T, T, T];

/**
 * C = Create, R = Read, E = Edit, D = Delete, V = View All, M = Modify All; '' grants nothing.
 * Account Read is in every set because the platform ties every detail object to Read on its master
 * (Account for four of ours); Account Edit stays with the profile for people.
 */
const OBJECT_ACCESS: Readonly<Record<string, Four<string>>> = {
  [ACCOUNT]: ['R', 'R', 'RE', 'R'],
  [SCORING_PROFILE.object]: ['R', 'RV', 'RE', 'CREDVM'],
  [PROFITABILITY.object]: ['R', 'RV', 'CRE', 'RV'],
  [VALUE_ASSESSMENT.object]: ['CR', 'CRV', 'CR', 'RV'],
  [VISION.object]: ['CRE', 'CREV', '', 'RV'],
  [OBJECTIVE.object]: ['CRED', 'CREDV', '', 'RV'],
  [SNAPSHOT.object]: ['R', 'RV', 'CR', 'RV'],
};

type Access = 'Edit' | 'Read' | '';
type FieldGroup = {
  readonly label: string;
  readonly access: Four<Access>;
  readonly has: (f: Field) => boolean;
};

const inObject =
  (object: string) =>
  (f: Field): boolean =>
    f.object === object;
const isVersionField = (f: Field): boolean =>
  f.object === SCORING_PROFILE.object && (Object.values(SCORING_PROFILE_VERSION) as string[]).includes(f.name);
const FIELD_ACCESS: readonly FieldGroup[] = [
  {
    label: 'Account, assessed (scores, commitment, binding, lifecycle stage)',
    access: ['Edit', 'Edit', 'Read', 'Read'],
    has: (f) => f.object === ACCOUNT && (Object.values(ACCOUNT_ASSESSED) as string[]).includes(f.name),
  },
  {
    label: 'Account, computed (weighted score, rank, tier, treatment, quadrant, ABC class, ...)',
    access: ['Read', 'Read', 'Edit', 'Read'],
    has: (f) =>
      f.object === ACCOUNT &&
      (
        [
          ...Object.values(ACCOUNT_COMPUTED),
          ...Object.values(ACCOUNT_PLACE),
          ...Object.values(ACCOUNT_REVIEW),
        ] as string[]
      ).includes(f.name),
  },
  {
    label: 'Scoring profile',
    access: ['Read', 'Read', 'Read', 'Edit'],
    has: (f) => f.object === SCORING_PROFILE.object && !isVersionField(f),
  },
  // The sync records a profile's versions; nobody else may, or the record of what scored would lie.
  {
    label: 'Scoring profile, versions (number, fingerprint, frozen figures)',
    access: ['Read', 'Read', 'Edit', 'Read'],
    has: isVersionField,
  },
  {
    label: 'Customer profitability',
    access: ['Read', 'Read', 'Edit', 'Read'],
    has: inObject(PROFITABILITY.object),
  },
  {
    label: 'Value assessment',
    access: ['Edit', 'Edit', 'Edit', 'Read'],
    has: inObject(VALUE_ASSESSMENT.object),
  },
  {
    label: 'Customer vision and vision objective',
    access: ['Edit', 'Edit', '', 'Read'],
    has: (f) => f.object === VISION.object || f.object === OBJECTIVE.object,
  },
  { label: 'Portfolio snapshot', access: ['Read', 'Read', 'Edit', 'Read'], has: inObject(SNAPSHOT.object) },
  // The sync sets the key on the Tasks it creates; people never need it, an admin may look it up.
  { label: 'Follow-up task key (Activity)', access: ['', '', 'Edit', 'Read'], has: inObject(ACTIVITY) },
];

const app = loadForceApp();
const fields = [...allFields(app).values()];

/** Fields a permission set cannot name: their access follows the object (see the permission rules). */
const unsettable = (f: Field): boolean => f.type === 'MasterDetail' || text(f.xml, 'required') === 'true';

/** The only user permissions: API access to run the sync or the CLI, View Setup to read set assignments. */
const USER_PERMISSIONS: Readonly<Record<SetName, readonly string[]>> = {
  [PERMISSION_SETS.user]: [],
  [PERMISSION_SETS.manager]: [],
  [PERMISSION_SETS.integration]: ['ApiEnabled'],
  [PERMISSION_SETS.admin]: ['ApiEnabled', 'ViewSetup'],
};

/**
 * What the design gives a set on a field: formulas are never editable; master-detail and required
 * fields are not set in permission sets at all (the platform refuses them there).
 */
function designedFieldAccess(set: SetName): Map<string, Access> {
  const index = SETS.indexOf(set);
  const out = new Map<string, Access>();
  for (const f of fields) {
    if (unsettable(f)) continue;
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

  it('grants exactly the designed object permissions (Modify All only to admins, on scoring profiles)', () => {
    const designed = Object.fromEntries(
      Object.entries(OBJECT_ACCESS)
        .filter(([, a]) => a[index] !== '')
        .map(([o, a]) => [o, a[index]])
    );
    expect(grantedObjectAccess(ps)).toEqual(designed);
  });

  it('shows the app and the tabs to people and admins, not to the sync user', () => {
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

  it('grants user permissions only to the sync user (API) and admins (API, View Setup)', () => {
    const granted = children(ps, 'userPermissions')
      .filter((p) => text(p, 'enabled') === 'true')
      .map((p) => text(p, 'name'));
    expect(granted).toEqual(USER_PERMISSIONS[set]);
  });
});

describe('least privilege, in the words of the design', () => {
  const user = grantedFieldAccess(permissionSet(PERMISSION_SETS.user));
  const integration = grantedFieldAccess(permissionSet(PERMISSION_SETS.integration));

  it('people cannot edit a computed Account field; the sync cannot edit an assessed one', () => {
    for (const name of [...Object.values(ACCOUNT_COMPUTED), ...Object.values(ACCOUNT_PLACE)])
      expect({ name, access: user.get(`${ACCOUNT}.${name}`) }).toEqual({ name, access: 'Read' });
    for (const name of Object.values(ACCOUNT_ASSESSED))
      expect({ name, access: integration.get(`${ACCOUNT}.${name}`) }).toEqual({ name, access: 'Read' });
  });

  it('the sync user sees no customer vision', () => {
    expect(
      [...integration.keys()].filter((f) => f.startsWith(`${VISION.object}.`) || f.startsWith(`${OBJECTIVE.object}.`))
    ).toEqual([]);
  });

  it('the admin can read every field (doctor describes them all) and edits scoring profiles only', () => {
    const admin = grantedFieldAccess(permissionSet(PERMISSION_SETS.admin));
    expect(fields.filter((f) => !unsettable(f) && !admin.has(`${f.object}.${f.name}`)).map((f) => f.name)).toEqual([]);
  });

  it('every custom field but master-detail and required ones is in some permission set (nothing unreachable)', () => {
    const covered = new Set(SETS.flatMap((s) => [...grantedFieldAccess(permissionSet(s)).keys()]));
    expect(
      fields.filter((f) => !unsettable(f) && !covered.has(`${f.object}.${f.name}`)).map((f) => `${f.object}.${f.name}`)
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
