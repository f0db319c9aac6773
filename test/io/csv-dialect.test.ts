import { CSV_DIALECTS, dialectOfInput, outputDialect } from '../../src/io/read/csv-dialect.js';

describe('CSV dialects', () => {
  it('names the three dialects as Excel and the RFC write them', () => {
    expect(CSV_DIALECTS['excel-fi']).toEqual({ delimiter: ';', decimal: ',', bom: true });
    expect(CSV_DIALECTS['excel-en']).toEqual({ delimiter: ',', decimal: '.', bom: true });
    expect(CSV_DIALECTS.rfc4180).toEqual({ delimiter: ',', decimal: '.', bom: false });
  });

  it("keeps the input's delimiter and BOM, with the decimal mark its delimiter implies", () => {
    expect(dialectOfInput({ delimiter: ';', bom: true })).toEqual(CSV_DIALECTS['excel-fi']);
    expect(dialectOfInput({ delimiter: ';', bom: false })).toEqual({ delimiter: ';', decimal: ',', bom: false });
    expect(dialectOfInput({ delimiter: ',', bom: false })).toEqual(CSV_DIALECTS.rfc4180);
    // A tab file: the mark its values used decides, a point when they showed none.
    expect(dialectOfInput({ delimiter: '\t', decimal: ',', bom: true })).toEqual({
      delimiter: '\t',
      decimal: ',',
      bom: true,
    });
    expect(dialectOfInput({ delimiter: '\t', bom: false }).decimal).toBe('.');
  });

  it('takes the flag first, then the input, then the Excel of the language', () => {
    const finnishInput = { delimiter: ';' as const, bom: true };
    expect(outputDialect('rfc4180', finnishInput, 'fi')).toEqual(CSV_DIALECTS.rfc4180);
    expect(outputDialect(undefined, finnishInput, 'en')).toEqual(CSV_DIALECTS['excel-fi']);
    expect(outputDialect(undefined, undefined, 'fi')).toEqual(CSV_DIALECTS['excel-fi']);
    expect(outputDialect(undefined, undefined, 'en')).toEqual(CSV_DIALECTS['excel-en']);
  });
});
