import { validateAccount } from '../../src/io/interpret/validate-account.js';

describe('validateAccount', () => {
  it('says per field what is wrong, with the file, the line and the column', () => {
    const row = {
      file: 'f.csv',
      line: 7,
      columnOf: (field: string): string | undefined => (field === 'loyalty' ? 'Loyalty' : undefined),
    };
    const outcome = validateAccount({ name: 'Acme', scores: { loyalty: 9 } }, row);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.issues).toEqual([
        expect.objectContaining({ code: 'InvalidValue', file: 'f.csv', line: 7, column: 'Loyalty', value: '9' }),
      ]);
    }
  });

  it('returns what the schema returns for a valid row', () => {
    const row = { file: 'f.csv', line: 2, columnOf: (): undefined => undefined };
    expect(validateAccount({ name: '  Acme  ', revenue: 10, scores: { loyalty: 3 } }, row)).toEqual({
      ok: true,
      account: { name: 'Acme', revenue: 10, scores: { loyalty: 3 } },
    });
  });
});
