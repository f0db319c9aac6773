import { ACCOUNT_ASSESSED, ACCOUNT_COMPUTED, PROFITABILITY } from '../../src/schema/fields.js';
import { readPortfolio } from '../../src/io/index.js';
import { detectDelimiter } from '../../src/io/read/read-csv.js';
import { expectIssues, expectRead, readContent, withoutFile } from '../helpers/io-read.js';
import { fixturePath } from '../helpers/paths.js';
import { useTempDir } from '../helpers/temp-dir.js';

describe('readPortfolio: CSV as spreadsheets write it', () => {
  const dir = useTempDir();

  it('reads English headers in any case and spacing, quoted commas and grouped numbers in a comma file', async () => {
    const read = expectRead(await readPortfolio(fixturePath('io', 'english-comma.csv')));
    expect(read.accounts).toEqual([
      {
        name: 'Alder, Finch & Co',
        revenue: 1_250_000.5,
        directCosts: 812_000,
        salesCosts: 30_000,
        marketingCosts: 5000,
        serviceCosts: 12_240,
        serviceHours: 180,
        scores: { loyalty: 4, potential: 3, reference: 5, learning: 3, contact: 4, emotional: 4 },
        commitment: 4.5,
        binding: 4,
        lifecycleStage: 'established',
        owner: 'Laura Nieminen',
      },
      {
        name: 'Brightwater Labs Ltd',
        revenue: 74_000,
        directCosts: 37_000,
        salesCosts: 5180,
        marketingCosts: 2220,
        serviceCosts: 4080,
        serviceHours: 60,
        scores: { loyalty: 3, potential: 5, reference: 3, learning: 5, contact: 4, emotional: 4 },
        commitment: 3.5,
        binding: 1,
        lifecycleStage: 'pioneer',
        owner: 'Laura Nieminen',
      },
      {
        name: 'Copperfield Engineering Ltd',
        revenue: 1_540_000.75,
        scores: { loyalty: 3, potential: 4, emotional: 3 },
        commitment: 3,
        binding: 4,
        lifecycleStage: 'growth',
        owner: 'James Whitfield',
      },
    ]);
    expect(read.lines).toEqual([2, 3, 4]);
    expect(withoutFile(read.warnings)).toEqual([{ code: 'UnknownColumn', line: 1, column: 'Notes' }]);
  });

  it('reads Finnish headers, a BOM, semicolons, decimal commas, no-break and narrow spaces, "1.234,5" and €', async () => {
    const read = expectRead(await readPortfolio(fixturePath('io', 'finnish-semicolon-bom.csv')));
    expect(read.warnings).toEqual([]);
    expect(read.accounts[0]).toEqual({
      name: 'Kuusamon Kalatukku Oy',
      revenue: 1_284_500.5,
      directCosts: 873_460.34,
      salesCosts: 38_535.02,
      marketingCosts: 7707,
      serviceCosts: 42_160,
      serviceHours: 620,
      scores: { loyalty: 4, potential: 3, reference: 4, learning: 3, contact: 3, emotional: 4 },
      commitment: 3.5,
      binding: 4,
      lifecycleStage: 'established',
      owner: 'Päivi Laine',
    });
    expect(read.accounts[1]).toMatchObject({
      name: 'Savon Sähkö, Oy',
      revenue: 96_750.25,
      directCosts: 63_855.17,
      salesCosts: 5805.02,
      binding: 4.5,
      lifecycleStage: 'ending',
    });
  });

  it('reads the same sheet with or without a BOM', async () => {
    const body = 'Name;Revenue\r\nÄänekosken Ämpäri Oy;1 000,5\r\n';
    const withBom = expectRead(await readContent(dir, 'bom.csv', `\ufeff${body}`));
    const withoutBom = expectRead(await readContent(dir, 'plain.csv', body));
    expect(withBom.accounts).toEqual([{ name: 'Äänekosken Ämpäri Oy', revenue: 1000.5, scores: {} }]);
    expect(withoutBom.accounts).toEqual(withBom.accounts);
  });

  it('reads the legacy Windows-1252 CSV older Excel writes in Finland', async () => {
    const bytes = Buffer.from('Nimi;Liikevaihto\r\nP\xe4\xe4ttyv\xe4 Oy;12,5\r\n', 'latin1');
    const read = expectRead(await readContent(dir, 'ansi.csv', bytes));
    expect(read.accounts).toEqual([{ name: 'Päättyvä Oy', revenue: 12.5, scores: {} }]);
  });

  it('reads Excel\'s UTF-16 "Unicode text": tab-delimited, decimal inferred from the values', async () => {
    const text = 'Nimi\tLiikevaihto\tUskollisuus\r\nÖljy Oy\t1 234,5\t3,5\r\nVesi Oy\t1,234\t4\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const read = expectRead(await readContent(dir, 'unicode.txt', bytes));
    // The file shows a decimal comma ("1 234,5", "3,5"), so the ambiguous "1,234" is 1.234 too.
    expect(read.accounts.map((a) => [a.name, a.revenue, a.scores?.loyalty])).toEqual([
      ['Öljy Oy', 1234.5, 3.5],
      ['Vesi Oy', 1.234, 4],
    ]);
  });

  it('reads big-endian UTF-16 with its BOM', async () => {
    const le = Buffer.from('Name,Revenue\nBig End Oy,5\n', 'utf16le');
    const be = Buffer.from(le).swap16();
    const read = expectRead(await readContent(dir, 'be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), be])));
    expect(read.accounts).toEqual([{ name: 'Big End Oy', revenue: 5, scores: {} }]);
  });

  it('reads a tab file with decimal points when its values show points', async () => {
    const read = expectRead(await readContent(dir, 'points.tsv', 'Name\tRevenue\nA Oy\t1,234.5\nB Oy\t1,234\n'));
    expect(read.accounts.map((a) => a.revenue)).toEqual([1234.5, 1234]);
  });

  it("honours Excel's sep= line and numbers the header after it as line 1", async () => {
    const read = expectRead(
      await readContent(dir, 'sep.csv', 'sep=;\r\nName;Revenue;Loyalty\r\nA Oy;1,5;3\r\nB Oy;2;4\r\n')
    );
    expect(read.accounts.map((a) => a.revenue)).toEqual([1.5, 2]);
    expect(read.lines).toEqual([2, 3]);
  });

  it('decides a comma in a comma file by its shape: "1,5" is 1.5, "1,234" is 1234', async () => {
    const read = expectRead(
      await readContent(dir, 'shape.csv', 'Name,Revenue,Loyalty\nA Oy,"1,5","3,5"\nB Oy,"1,234",2\n')
    );
    expect(read.accounts.map((a) => [a.revenue, a.scores?.loyalty])).toEqual([
      [1.5, 3.5],
      [1234, 2],
    ]);
  });

  it('reads a comma in a semicolon file as decimal, and a lone point with three digits as thousands', async () => {
    const read = expectRead(
      await readContent(dir, 'semi.csv', 'Name;Revenue;Direct Costs\nA Oy;1,234;1.234\nB Oy;12.5;0.250\n')
    );
    expect(read.accounts.map((a) => [a.revenue, a.directCosts])).toEqual([
      [1.234, 1234],
      [12.5, 0.25],
    ]);
  });

  it('reads quoted cells holding delimiters, quotes and line breaks', async () => {
    const read = expectRead(
      await readContent(dir, 'quoted.csv', 'Name;Owner;Revenue\n"Bar ""Aurora""; Oy";"Anna\nVirtanen";"1 000,5"\n')
    );
    expect(read.accounts).toEqual([{ name: 'Bar "Aurora"; Oy', owner: 'Anna\nVirtanen', revenue: 1000.5, scores: {} }]);
  });

  it('numbers rows as the spreadsheet does: a multi-line cell is one row, a blank line is a row', async () => {
    const outcome = await readPortfolio(fixturePath('io', 'multiline-quoted.csv'));
    const failure = expectIssues(outcome);
    expect(withoutFile(failure.issues)).toEqual([
      { code: 'NotANumber', line: 3, column: 'Revenue', value: 'abc' },
      { code: 'ScoreOutOfRange', line: 4, column: 'Loyalty', value: '9' },
      { code: 'NotANumber', line: 7, column: 'Revenue', value: 'zz' },
    ]);
  });

  it('reads headers that are the org API names (imported from the field map), and Owner.Name', async () => {
    const header = [
      'Id',
      'Name',
      'Owner.Name',
      ACCOUNT_COMPUTED.revenue,
      PROFITABILITY.directCosts,
      PROFITABILITY.salesCosts,
      PROFITABILITY.marketingCosts,
      PROFITABILITY.serviceCosts,
      PROFITABILITY.serviceHours,
      ACCOUNT_ASSESSED.volumeEntered,
      ACCOUNT_ASSESSED.profitabilityEntered,
      ACCOUNT_ASSESSED.loyalty,
      ACCOUNT_ASSESSED.potential,
      ACCOUNT_ASSESSED.reference,
      ACCOUNT_ASSESSED.learning,
      ACCOUNT_ASSESSED.contact,
      ACCOUNT_ASSESSED.emotional,
      ACCOUNT_ASSESSED.commitment,
      ACCOUNT_ASSESSED.binding,
      ACCOUNT_ASSESSED.lifecycleStage,
    ];
    const row = [
      '001A0000001',
      'Org Export Oy',
      'Anna Virtanen',
      '1000',
      '500',
      '50',
      '20',
      '30',
      '4',
      '2',
      '3',
      '1',
      '2',
      '3',
      '4',
      '5',
      '1',
      '2',
      '3',
      'Growth',
    ];
    const read = expectRead(await readContent(dir, 'export.csv', `${header.join(',')}\n${row.join(',')}\n`));
    expect(read.warnings).toEqual([]);
    expect(read.accounts).toEqual([
      {
        id: '001A0000001',
        name: 'Org Export Oy',
        owner: 'Anna Virtanen',
        revenue: 1000,
        directCosts: 500,
        salesCosts: 50,
        marketingCosts: 20,
        serviceCosts: 30,
        serviceHours: 4,
        scores: {
          volume: 2,
          profitability: 3,
          loyalty: 1,
          potential: 2,
          reference: 3,
          learning: 4,
          contact: 5,
          emotional: 1,
        },
        commitment: 2,
        binding: 3,
        lifecycleStage: 'growth',
      },
    ]);
  });

  it('reads lifecycle stages in English and Finnish, in any case, with or without umlauts', async () => {
    const stages = [
      'Pioneer',
      'pioneeri',
      'GROWTH',
      'Kasvu',
      'Established',
      'VAKIINTUNUT',
      'declining',
      'Laskeva',
      'Ending',
      'Päättyvä',
      'paattyva',
    ];
    const rows = stages.map((stage, i) => `S${i},${stage}`).join('\n');
    const read = expectRead(await readContent(dir, 'stages.csv', `Name,Lifecycle\n${rows}\n`));
    expect(read.accounts.map((a) => a.lifecycleStage)).toEqual([
      'pioneer',
      'pioneer',
      'growth',
      'growth',
      'established',
      'established',
      'declining',
      'declining',
      'ending',
      'ending',
      'ending',
    ]);
  });

  it('skips blank rows, leading blank lines and rows of empty cells, keeping line numbers', async () => {
    const read = expectRead(await readContent(dir, 'blank.csv', '\nName,Revenue\n\nA Oy,1\n , \nB Oy,2\n\n'));
    expect(read.accounts.map((a) => a.name)).toEqual(['A Oy', 'B Oy']);
    expect(read.lines).toEqual([4, 6]);
  });

  it('treats an empty cell as missing, not zero, and drops an unknown column with one warning', async () => {
    const read = expectRead(await readContent(dir, 'gaps.csv', 'Name,Revenue,Colour\nA Oy,,red\nB Oy,0,blue\n'));
    expect(read.accounts).toEqual([
      { name: 'A Oy', scores: {} },
      { name: 'B Oy', revenue: 0, scores: {} },
    ]);
    expect(withoutFile(read.warnings)).toEqual([{ code: 'UnknownColumn', line: 1, column: 'Colour' }]);
  });

  it('warns once about data under a blank header cell, naming the column letter', async () => {
    const read = expectRead(await readContent(dir, 'blankhead.csv', 'Name,,Revenue\nA Oy,x,1\nB Oy,y,2\n'));
    expect(withoutFile(read.warnings)).toEqual([{ code: 'UnknownColumn', line: 1, column: 'B' }]);
  });

  it('warns that a sheet name means nothing for a CSV file', async () => {
    const read = expectRead(await readContent(dir, 'sheet.csv', 'Name\nA Oy\n', { sheet: 'Data' }));
    expect(withoutFile(read.warnings)).toEqual([{ code: 'SheetOptionIgnored', value: 'Data' }]);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['Name,Revenue,Loyalty', ','],
    ['Nimi;Liikevaihto;Uskollisuus', ';'],
    ['Name\tRevenue', '\t'],
    ['"Name, full";Revenue', ';'],
    ['Name', ','],
  ])('reads %j as %j', (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });
});
