/**
 * The doctor's portfolio-scope check against the local server: it names the scope the default profile
 * sets, counts the accounts in it against all accounts, and warns (never fails) when a Type it names is
 * not a value of the org's Type picklist, or when the scope leaves no account.
 */
import { runDoctor, type Check } from '../../src/org/setup/doctor.js';
import { SCORING_PROFILE, SCORING_PROFILE_SCOPE as S } from '../../src/schema/fields.js';
import { renderChecks } from '../../src/ux/render-doctor.js';
import { assignPermissionSet, loadBuiltInProfiles } from '../helpers/org-admin.js';
import { seedPortfolio, useSfServer } from '../helpers/org-server.js';

describe('portfolio doctor: the portfolio scope', () => {
  const sf = useSfServer();

  const scopeOf = async (): Promise<Check> => (await runDoctor(sf.client())).checks.find((c) => c.id === 'scope')!;

  function setScope(included: string | null, excluded: string | null): void {
    const [profile] = sf.server.store.all(SCORING_PROFILE.object).filter((p) => p[SCORING_PROFILE.isDefault]);
    sf.server.store.update(SCORING_PROFILE.object, String(profile.Id), {
      [S.includedTypes]: included,
      [S.excludedTypes]: excluded,
    });
  }

  beforeEach(() => {
    assignPermissionSet(sf.server, 'CVP_Integration');
    loadBuiltInProfiles(sf.server);
    seedPortfolio(sf.server, [
      { name: 'A', type: 'Customer - Direct' },
      { name: 'B', type: 'Customer - Channel' },
      { name: 'C' },
      { name: 'D', type: 'Prospect' },
      { name: 'E', type: 'Partner' },
      { name: 'F', type: 'Competitor' },
    ]);
  });

  it('shows the default scope setup creates and how many accounts it covers', async () => {
    const check = await scopeOf();
    expect(check.status).toBe('pass');
    expect(check.detail).toBe(
      'Portfolio scope (default profile current): not Types Prospect, Partner, Competitor. 3 of 6 accounts are in the portfolio.'
    );
    const table = renderChecks([check]);
    expect(table).toContain('Portfolio scope');
    expect(table).toMatch(/Portfolio scope +│ ok +│ Portfolio scope \(default profile current\)/);
  });

  it('warns about a Type the picklist does not have, and says where to fix it', async () => {
    setScope('Customer - Direct;Customer-Channel', null);
    const result = await runDoctor(sf.client());
    const check = result.checks.find((c) => c.id === 'scope')!;
    expect(check.status).toBe('warn');
    expect(check.detail).toContain('only Types Customer - Direct, Customer-Channel. 1 of 6 accounts');
    expect(check.detail).toContain('Not values of the Account Type picklist: Customer-Channel');
    expect(check.actions.join(' ')).toContain('CVP_Scoring_Profile__c');
    // A warning: a sync can still run.
    expect(result.ok).toBe(true);
  });

  it('warns when the scope leaves no account', async () => {
    setScope('Other', null);
    const check = await scopeOf();
    expect(check.status).toBe('warn');
    expect(check.detail).toContain('0 of 6 accounts');
    expect(check.detail).toContain('No account is in the scope');
  });

  it('says every account when the default profile sets no scope', async () => {
    setScope(null, null);
    const check = await scopeOf();
    expect(check).toMatchObject({ status: 'pass', actions: [] });
    expect(check.detail).toBe(
      'Portfolio scope (default profile current): every account. 6 of 6 accounts are in the portfolio.'
    );
  });
});

describe('portfolio doctor: record types in the scope', () => {
  const sf = useSfServer();

  beforeEach(() => {
    assignPermissionSet(sf.server, 'CVP_Integration');
    loadBuiltInProfiles(sf.server);
    const [profile] = sf.server.store.all(SCORING_PROFILE.object);
    sf.server.store.update(SCORING_PROFILE.object, String(profile.Id), {
      [S.excludedTypes]: null,
      [S.recordTypes]: 'Customer;Custmer',
    });
  });

  it('warns when Account has no record types at all, before anything would fail on it', async () => {
    seedPortfolio(sf.server, [{ name: 'A' }]);
    const check = (await runDoctor(sf.client())).checks.find((c) => c.id === 'scope')!;
    expect(check.status).toBe('warn');
    expect(check.detail).toContain(
      'Portfolio Record Types names Customer, Custmer, but Account has no active record types'
    );
  });

  it('counts by record type and names the ones the org lacks', async () => {
    const [customer] = sf.server.store.insert('RecordType', [
      { Name: 'Customer', DeveloperName: 'Customer', SobjectType: 'Account', IsActive: true },
      { Name: 'Supplier', DeveloperName: 'Supplier', SobjectType: 'Account', IsActive: true },
    ]);
    const [a] = seedPortfolio(sf.server, [{ name: 'A' }, { name: 'B' }]);
    sf.server.store.update('Account', a, { RecordTypeId: customer });
    const check = (await runDoctor(sf.client())).checks.find((c) => c.id === 'scope')!;
    expect(check.status).toBe('warn');
    expect(check.detail).toContain('only record types Customer, Custmer. 1 of 2 accounts');
    expect(check.detail).toContain('Not active Account record types: Custmer (the org has: Customer, Supplier).');
  });
});
