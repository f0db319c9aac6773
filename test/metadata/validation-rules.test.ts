/**
 * The validation rules of the data model, evaluated with formulon: scores 1–5, profitability periods
 * and external IDs, costs, and the customer vision's agreement rules. (The scoring profile's rules
 * are proven against the core in profile-records.test.ts.)
 */
import { SCORE_MAX, SCORE_MIN } from '../../src/core/model/dimensions.js';
import {
  ACCOUNT,
  ACCOUNT_ASSESSED,
  ACCOUNT_COMPUTED,
  PROFITABILITY as P,
  VALUE_ASSESSMENT,
  VALUE_ASSESSMENT_SCORES,
  VISION,
} from '../../src/schema/fields.js';
import { loadForceApp } from './helpers/force-app.js';
import { firingRules, objectOf, referencedFields } from './helpers/formula.js';

const app = loadForceApp();

describe('scores are 1–5', () => {
  const account = objectOf(app, ACCOUNT);
  const accountScores = [
    ACCOUNT_ASSESSED.loyalty,
    ACCOUNT_ASSESSED.potential,
    ACCOUNT_ASSESSED.reference,
    ACCOUNT_ASSESSED.learning,
    ACCOUNT_ASSESSED.contact,
    ACCOUNT_ASSESSED.emotional,
    ACCOUNT_ASSESSED.volumeEntered,
    ACCOUNT_ASSESSED.profitabilityEntered,
    ACCOUNT_ASSESSED.commitment,
    ACCOUNT_ASSESSED.binding,
    ACCOUNT_COMPUTED.volumeScore,
    ACCOUNT_COMPUTED.profitabilityScore,
  ];
  const assessmentScores = [
    ...Object.values(VALUE_ASSESSMENT_SCORES),
    VALUE_ASSESSMENT.commitment,
    VALUE_ASSESSMENT.binding,
    VALUE_ASSESSMENT.weightedScore,
  ];
  const objects = [
    [ACCOUNT, accountScores],
    [VALUE_ASSESSMENT.object, assessmentScores],
  ] as const;

  it.each(objects)('one rule on %s covers every score field', (objectName, scores) => {
    const object = objectOf(app, objectName);
    const rule = object.rules.get('CVP_Scores_In_Range');
    expect(rule).toBeDefined();
    expect(new Set(referencedFields(rule?.formula ?? ''))).toEqual(new Set(scores));
  });

  it.each(objects)('on %s: blanks and 1..5 pass, 0 and 6 fail, field by field', (objectName, scores) => {
    const object = objectOf(app, objectName);
    expect(firingRules(object, {})).toEqual([]);
    for (const field of scores) {
      for (const ok of [SCORE_MIN, 3, SCORE_MAX])
        expect({ field, ok, fires: firingRules(object, { [field]: ok }) }).toEqual({ field, ok, fires: [] });
      for (const bad of [SCORE_MIN - 1, SCORE_MAX + 1]) {
        expect({ field, bad, fires: firingRules(object, { [field]: bad }) }).toEqual({
          field,
          bad,
          fires: ['CVP_Scores_In_Range'],
        });
      }
    }
  });

  it('commitment and binding take halves, as the matrix threshold 3.5 needs', () => {
    expect(firingRules(account, { [ACCOUNT_ASSESSED.commitment]: 3.5, [ACCOUNT_ASSESSED.binding]: 4.5 })).toEqual([]);
    expect(firingRules(account, { [ACCOUNT_ASSESSED.commitment]: 5.5 })).toEqual(['CVP_Scores_In_Range']);
  });
});

describe('customer profitability rows', () => {
  const profitability = objectOf(app, P.object);
  const accountId15 = '001000000000001';
  const accountId18 = '001000000000001AAA';
  const row = (
    period: string,
    extra: Record<string, number | string | null> = {}
  ): Record<string, number | string | null> => ({
    [P.account]: accountId15,
    [P.period]: period,
    [P.externalId]: `${accountId18}:${period}`,
    [P.revenue]: 1000,
    ...extra,
  });

  it.each(['2025', '2025-Q1', '2025-Q4', '2025-01', '2025-12', '1999-07'])('accepts the period %s', (period) => {
    expect(firingRules(profitability, row(period))).toEqual([]);
  });

  it.each(['25', '2025-Q5', '2025-Q0', '2025-13', '2025-00', '2025-7', '2025 Q3', 'FY2025', '2025-', ''])(
    'rejects the period "%s"',
    (period) => {
      expect(firingRules(profitability, row(period, { [P.externalId]: null }))).toEqual(['CVP_Period_Format']);
    }
  );

  it('takes an external ID only as the 18-character account Id, a colon and the period', () => {
    expect(firingRules(profitability, row('2025', { [P.externalId]: null }))).toEqual([]);
    expect(firingRules(profitability, row('2025', { [P.externalId]: `${accountId15}:2025` }))).toEqual([
      'CVP_External_Id_Matches',
    ]);
    expect(firingRules(profitability, row('2025', { [P.externalId]: `${accountId18}:2024` }))).toEqual([
      'CVP_External_Id_Matches',
    ]);
    expect(firingRules(profitability, row('2025', { [P.externalId]: `${accountId18}-2025` }))).toEqual([
      'CVP_External_Id_Matches',
    ]);
  });

  it('takes no negative cost or hours, but a negative revenue (credit notes)', () => {
    for (const field of [P.directCosts, P.salesCosts, P.marketingCosts, P.serviceCosts, P.serviceHours]) {
      expect({ field, fires: firingRules(profitability, row('2025', { [field]: -1 })) }).toEqual({
        field,
        fires: ['CVP_Costs_Not_Negative'],
      });
      expect({ field, fires: firingRules(profitability, row('2025', { [field]: 0 })) }).toEqual({ field, fires: [] });
    }
    expect(firingRules(profitability, row('2025', { [P.revenue]: -500 }))).toEqual([]);
  });
});

describe('customer visions', () => {
  const vision = objectOf(app, VISION.object);
  const agreedOn = new Date(Date.UTC(2025, 5, 1));

  it('a draft needs nothing but a version', () => {
    expect(firingRules(vision, { [VISION.status]: 'Draft', [VISION.version]: 1 })).toEqual([]);
  });

  it('an agreed vision needs the date and the customer participants', () => {
    expect(firingRules(vision, { [VISION.status]: 'Agreed', [VISION.version]: 1 })).toEqual([
      'CVP_Agreed_Needs_Date_And_People',
    ]);
    expect(
      firingRules(vision, { [VISION.status]: 'Agreed', [VISION.version]: 1, [VISION.agreedDate]: agreedOn })
    ).toEqual(['CVP_Agreed_Needs_Date_And_People']);
    expect(
      firingRules(vision, {
        [VISION.status]: 'Agreed',
        [VISION.version]: 1,
        [VISION.agreedDate]: agreedOn,
        [VISION.customerParticipants]: 'Liisa Laine, CEO',
      })
    ).toEqual([]);
  });

  it('versions count from 1', () => {
    expect(firingRules(vision, { [VISION.status]: 'Draft', [VISION.version]: 0 })).toEqual(['CVP_Version_From_One']);
    expect(firingRules(vision, { [VISION.status]: 'Draft' })).toEqual(['CVP_Version_From_One']);
  });
});
