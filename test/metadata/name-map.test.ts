/**
 * One name map (src/schema/fields.ts): every name the code uses exists in force-app with the type the
 * map promises, every field in force-app is in the map, and every picklist holds exactly the values
 * the code writes (the core's keys for the computed ones).
 */
import { existsSync } from 'node:fs';
import { repoPath } from '../helpers/paths.js';
import { ABC_CLASSES, LIFECYCLE_STAGES, QUADRANTS, TIERS, TREATMENTS } from '../../src/core/model/dimensions.js';
import { LOSS_CAUSES } from '../../src/core/profitability/loss-causes.js';
import {
  ACCOUNT,
  ACCOUNT_ASSESSED,
  ACTIVITY,
  ACCOUNT_COMPUTED,
  ACCOUNT_PLACE,
  ACCOUNT_REVIEW,
  ACCOUNT_RECORD_PAGE,
  APP,
  COMPETITIVE_EDGES,
  CUSTOM_OBJECTS,
  FIELD_TYPES,
  LIFECYCLE_STAGE_VALUES,
  OBJECTIVE,
  OBJECTIVE_OWNER_SIDES,
  OBJECTIVE_STATUSES,
  PERMISSION_SETS,
  RELATIONSHIPS,
  VALUE_ASSESSMENT,
  VISION,
  VISION_STATUSES,
  PROFITABILITY,
} from '../../src/schema/fields.js';
import { allFields, loadForceApp, nameField, type Field } from './helpers/force-app.js';
import { children, text } from './helpers/xml.js';

const app = loadForceApp();
const fields = allFields(app);

/** The type of a field as fields.ts writes it. */
const typeOf = (field: Field): string => (field.formula ? `Formula(${field.type})` : field.type);

describe('the name map and force-app', () => {
  it('has the package objects, and no others', () => {
    expect([...app.objects.keys()].sort()).toEqual([ACCOUNT, ACTIVITY, ...CUSTOM_OBJECTS].sort());
  });

  it('every name in fields.ts exists in force-app with the type the map gives', () => {
    const actual = (qualified: string): string => {
      const [object, field] = qualified.split('.');
      if (field === 'Name') {
        const sobject = app.objects.get(object);
        return (sobject && nameField(sobject).type) ?? 'missing';
      }
      const f = fields.get(qualified);
      return f ? typeOf(f) : 'missing';
    };
    const mismatches = [...FIELD_TYPES]
      .filter(([qualified, type]) => actual(qualified) !== type)
      .map(([qualified, type]) => `${qualified}: ${type} in fields.ts, ${actual(qualified)} in force-app`);
    expect(mismatches).toEqual([]);
    expect(FIELD_TYPES.size).toBeGreaterThan(100);
  });

  it('every custom field in force-app is in fields.ts (nothing the code cannot name)', () => {
    const unmapped = [...fields.keys()].filter((name) => !FIELD_TYPES.has(name));
    expect(unmapped).toEqual([]);
  });

  it('the Account fields are exactly the assessed and the computed ones, with no overlap', () => {
    const accountFields = [...(app.objects.get(ACCOUNT)?.fields.keys() ?? [])].sort();
    const assessed = Object.values(ACCOUNT_ASSESSED);
    const computed = [
      ...Object.values(ACCOUNT_COMPUTED),
      ...Object.values(ACCOUNT_PLACE),
      ...Object.values(ACCOUNT_REVIEW),
    ];
    expect(assessed.filter((n) => (computed as string[]).includes(n))).toEqual([]);
    expect(accountFields).toEqual([...assessed, ...computed].sort());
  });

  it('every custom object and field carries the CVP_ prefix', () => {
    expect(CUSTOM_OBJECTS.filter((o) => !o.startsWith('CVP_'))).toEqual([]);
    expect([...fields.values()].filter((f) => !f.name.startsWith('CVP_')).map((f) => `${f.object}.${f.name}`)).toEqual(
      []
    );
  });

  it('the relationship names used in queries exist', () => {
    const childRelationship = (child: string, field: string): string | undefined => {
      const f = fields.get(`${child}.${field}`);
      return f?.relationshipName ? `${f.relationshipName}__r` : undefined;
    };
    expect({
      accountProfitability: childRelationship(PROFITABILITY.object, PROFITABILITY.account),
      accountValueAssessments: childRelationship(VALUE_ASSESSMENT.object, VALUE_ASSESSMENT.account),
      accountVisions: childRelationship(VISION.object, VISION.account),
      visionObjectives: childRelationship(OBJECTIVE.object, OBJECTIVE.vision),
      visionLaterVersions: childRelationship(VISION.object, VISION.previousVersion),
    }).toEqual(RELATIONSHIPS);
  });

  it('the permission sets, the app and the Account page named in fields.ts exist', () => {
    expect(
      existsSync(repoPath('force-app', 'main', 'default', 'flexipages', `${ACCOUNT_RECORD_PAGE}.flexipage-meta.xml`))
    ).toBe(true);
    expect([...app.permissionSets.keys()].sort()).toEqual(Object.values(PERMISSION_SETS).sort());
    expect([...app.apps.keys()]).toEqual([APP]);
  });
});

describe('picklist values are what the code writes', () => {
  const values = (object: string, field: string): string[] => fields.get(`${object}.${field}`)?.values ?? [];

  it.each([
    ['Account tier', ACCOUNT, ACCOUNT_COMPUTED.tier, TIERS],
    ['Account treatment', ACCOUNT, ACCOUNT_COMPUTED.treatment, TREATMENTS],
    ['Account quadrant', ACCOUNT, ACCOUNT_COMPUTED.quadrant, QUADRANTS],
    ['Account ABC class', ACCOUNT, ACCOUNT_COMPUTED.abcClass, ABC_CLASSES],
    ['Account loss cause', ACCOUNT, ACCOUNT_PLACE.lossCause, LOSS_CAUSES],
    ['value assessment tier', VALUE_ASSESSMENT.object, VALUE_ASSESSMENT.tier, TIERS],
    ['vision status', VISION.object, VISION.status, VISION_STATUSES],
    ['competitive edges (9E)', VISION.object, VISION.competitiveEdges, COMPETITIVE_EDGES],
    ['objective owner side', OBJECTIVE.object, OBJECTIVE.ownerSide, OBJECTIVE_OWNER_SIDES],
    ['objective status', OBJECTIVE.object, OBJECTIVE.status, OBJECTIVE_STATUSES],
  ] as const)('%s', (_what, object, field, expected) => {
    expect(values(object, field)).toEqual([...expected]);
  });

  it('lifecycle stage: one value per core stage, in the core order', () => {
    expect(values(ACCOUNT, ACCOUNT_ASSESSED.lifecycleStage)).toEqual(
      LIFECYCLE_STAGES.map((stage) => LIFECYCLE_STAGE_VALUES[stage])
    );
  });

  it('every picklist is restricted to its values', () => {
    const picklists = [...fields.values()].filter((f) => f.type === 'Picklist' || f.type === 'MultiselectPicklist');
    expect(picklists.length).toBeGreaterThan(5);
    const unrestricted = picklists.filter(
      (f) => children(f.xml, 'valueSet').map((vs) => text(vs, 'restricted'))[0] !== 'true'
    );
    expect(unrestricted.map((f) => `${f.object}.${f.name}`)).toEqual([]);
  });
});
