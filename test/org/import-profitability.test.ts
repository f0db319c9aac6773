import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { importProfitability, type ImportOptions } from '../../src/org/import/import-profitability.js';
import { PROFITABILITY as P } from '../../src/schema/fields.js';
import { runSync } from '../../src/org/sync/sync.js';
import { FAST_SYNC, seedPortfolio, useSfServer, writeCalls } from '../helpers/org-server.js';
import { useTempDir } from '../helpers/temp-dir.js';

const ACCOUNTS = [
  { name: 'Aalto Oy', loyalty: 4 },
  { name: 'Berg AB', loyalty: 3 },
  { name: 'Twin' },
  { name: 'Twin' },
];

describe('importing customer profitability', () => {
  const sf = useSfServer();
  const tmp = useTempDir();

  async function csv(text: string, name = 'figures.csv'): Promise<string> {
    const path = tmp.file(name);
    await writeFile(path, text);
    return path;
  }
  const run = (file: string, options: Partial<ImportOptions> = {}): ReturnType<typeof importProfitability> =>
    importProfitability(sf.client(), { file, ...FAST_SYNC, ...options });
  const rows = (): Array<Record<string, unknown>> => sf.server.store.all(P.object);

  it('upserts by account Id (15 or 18 characters) or unique name, and a second import changes nothing', async () => {
    const ids = seedPortfolio(sf.server, ACCOUNTS);
    const file = await csv(
      [
        'Account Id,Account Name,Period,Revenue,Direct Costs,Service Hours',
        `${ids[0]},,2025-Q3,120000,50000,40`,
        `${ids[1].slice(0, 15)},,2025-q3,30000,20000,`,
        ',berg  ab,2025-Q2,28000,19000,12',
      ].join('\n')
    );
    const first = await run(file);
    expect(first).toMatchObject({ rows: 3, accounts: 2, written: 3, failed: 0, api: 'collections' });
    const byKey = new Map(rows().map((r) => [r[P.externalId], r]));
    expect(byKey.get(`${ids[0]}:2025-Q3`)).toMatchObject({
      [P.account]: ids[0],
      [P.revenue]: 120_000,
      [P.serviceHours]: 40,
    });
    expect(byKey.get(`${ids[1]}:2025-Q3`)).toMatchObject({ [P.period]: '2025-Q3', [P.serviceHours]: null });
    expect(byKey.get(`${ids[1]}:2025-Q2`)).toMatchObject({ [P.revenue]: 28_000 });

    await run(file);
    expect(rows()).toHaveLength(3);
  });

  it('changes only the columns the sheet has, and clears a blank cell', async () => {
    const ids = seedPortfolio(sf.server, ACCOUNTS);
    await run(await csv(`Account Id,Period,Revenue,Direct Costs,Sales Costs\n${ids[0]},2025,1000,400,100\n`));
    await run(await csv(`Account Id,Period,Sales Costs\n${ids[0]},2025,\n`, 'second.csv'));
    expect(rows()[0]).toMatchObject({ [P.revenue]: 1000, [P.directCosts]: 400, [P.salesCosts]: null });
  });

  it('reports unmatched and ambiguous names with file and line, guesses nothing, and writes nothing', async () => {
    seedPortfolio(sf.server, ACCOUNTS);
    const file = await csv('Name,Period,Revenue\nAalto Oy,2025,100\nNobody Ltd,2025,200\nTwin,2025,300\n');
    sf.server.calls.reset();
    const error = await run(file).then(
      () => undefined,
      (e: unknown) => e as Error
    );
    expect(error?.message).toContain('2 problems; nothing was written');
    expect(error?.message).toContain(`${file}, line 3: no account in the org is named "Nobody Ltd"`);
    expect(error?.message).toMatch(new RegExp(`${file}, line 4: 2 accounts in the org are named "Twin" \\(001`));
    expect(writeCalls(sf.server)).toBe(0);
    expect(rows()).toHaveLength(0);
  });

  it('lists every problem of the sheet in one go, before calling the org', async () => {
    const ids = seedPortfolio(sf.server, ACCOUNTS);
    const file = await csv(
      [
        'Account Id;Period;Revenue;Direct Costs',
        `${ids[0]};2025-13;100;10`,
        `${ids[0]};2025;abc;-5`,
        `${ids[0]};2025;1 000,50;10`,
        '0030000000000AB;2025;1;1',
        ';2025;1;1',
        `${ids[1]};;1;1`,
      ].join('\n')
    );
    sf.server.calls.reset();
    const error = await run(file).then(
      () => undefined,
      (e: unknown) => e as Error
    );
    const message = error?.message ?? '';
    expect(message).toContain('line 2, column Period: "2025-13" is not a period');
    expect(message).toMatch(/line 3, column Revenue/);
    expect(message).toMatch(/line 3, column Direct Costs/);
    expect(message).toContain('line 4: "');
    expect(message).toContain('is the Id of a record that is not an account');
    expect(message).toMatch(/line 6.*names no account/);
    expect(message).toMatch(/line 7.*has no period/);
    expect(sf.server.calls.total).toBe(0);
  });

  it('reads Finnish semicolon CSV with decimal commas, and XLSX', async () => {
    const ids = seedPortfolio(sf.server, ACCOUNTS);
    const fi = await csv('Asiakas;Kausi;Liikevaihto;Välittömät kustannukset\nAalto Oy;2025;1 234,50;234,25\n');
    await run(fi);
    expect(rows()[0]).toMatchObject({ [P.revenue]: 1234.5, [P.directCosts]: 234.25 });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Q3');
    sheet.addRow(['Account Id', 'Period', 'Revenue', 'Service Costs']);
    sheet.addRow([ids[1], '2025-Q3', 5000, 700]);
    const xlsx = tmp.file('figures.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    await run(xlsx, { sheet: 'Q3' });
    expect(rows().find((r) => r[P.account] === ids[1])).toMatchObject({ [P.revenue]: 5000, [P.serviceCosts]: 700 });
  });

  it('writes a large file with one Bulk API job, retrying locked rows, and the sync scores with it', async () => {
    const ids = seedPortfolio(sf.server, ACCOUNTS);
    const sheet = (revenue: number): string =>
      ids
        .flatMap((id, i) => ['2024', '2025'].map((p) => `${id},${p},${(i + 1) * revenue},${p === '2025' ? 100 : 900}`))
        .join('\n');
    await run(await csv(`Account Id,Period,Revenue,Direct Costs\n${sheet(1000)}\n`), { bulkWriteAt: 5 });
    // Two existing rows are locked by another user for their first try.
    sf.server.faults.lockRecords(
      rows()
        .slice(0, 2)
        .map((r) => String(r.Id)),
      1
    );
    sf.server.calls.reset();
    const result = await run(await csv(`Account Id,Period,Revenue,Direct Costs\n${sheet(2000)}\n`, 'again.csv'), {
      bulkWriteAt: 5,
    });
    expect(result).toMatchObject({ api: 'bulk', written: 8, failed: 0 });
    expect(sf.server.calls.count('bulkIngestCreate')).toBe(1);
    expect(sf.server.calls.count('collections')).toBe(1); // the two locked rows, again
    expect(rows()).toHaveLength(8);
    const synced = await runSync(sf.client(), { dryRun: false, api: 'auto', ...FAST_SYNC });
    expect(synced.summary.totalRevenue).toBe(2000 + 4000 + 6000 + 8000);
    expect(synced.summary.totalMargin).toBe(1900 + 3900 + 5900 + 7900);
  });
});
