import {
    CSV_MIME,
    EVERY_ACCOUNT_WHERE,
    accountWhere,
    scopeFromProfiles,
    UPPER_BOUND,
    XLSX_BLOB_MIME,
    csvBlob,
    csvCell,
    exportColumns,
    inputFromRow,
    orderByFor,
    ownersFromConnection,
    pageSize,
    rowsFromConnection,
    withPage,
    snapshotsFromConnection,
    toCsv,
    toXlsx,
    whereFor,
    xlsxBlob,
    xlsxCell
} from 'c/cvpPortfolioData';
import { scorePortfolio, builtInProfile, customerMargin } from 'c/cvpCore';
import excelJs from 'cvp-test/excelJs';
import { blobBytes, blobText } from 'cvp-test/downloads';

const page1 = require('./data/accountsPage1.json');
const page2 = require('./data/accountsPage2.json');
const context = require('./data/context.json');

const rows1 = () => rowsFromConnection(page1.data.uiapi.query.Account);

// The exact Blob types Lightning Web Security lets a component create, without parameters ("Specify a
// MIME Type for Blob Objects in Lightning Web Security"); any other type fails with "Unsupported MIME type".
const LWS_BLOB_TYPES = [
    'application/octet-stream',
    'application/json',
    'application/pdf',
    'text/plain',
    'text/markdown',
    'application/zip',
    'application/x-bzip',
    'application/x-rar-compressed',
    'application/x-tar'
];

describe('cvpPortfolioData: the query', () => {
    it('keeps each request between 200 and 2,000 accounts, the bounds of `first` beside `upperBound`', () => {
        expect([pageSize(50), pageSize(500), pageSize(50000), pageSize('x')]).toEqual([200, 500, 2000, 200]);
    });

    it('pages on past the 4,000 records that paging without `upperBound` stops at', () => {
        expect(UPPER_BOUND).toBeGreaterThan(4000);
        expect(Number.isInteger(UPPER_BOUND)).toBe(true);
    });

    it('reads everything when nothing filters', () => {
        expect(whereFor({})).toBeUndefined();
        expect(whereFor({ tier: '', search: '  ', incomplete: false })).toBeUndefined();
    });

    it('puts every filter into one `and`, the owner as the user’s Id', () => {
        const where = whereFor(
            {
                tier: 'keyAccount',
                quadrant: 'ideal',
                abcClass: 'A',
                lifecycle: 'Growth',
                owner: 'mine',
                incomplete: true,
                search: 'Aalto'
            },
            '005000000000001'
        );
        expect(where).toEqual({
            and: [
                { CVP_Tier__c: { eq: 'keyAccount' } },
                { CVP_Quadrant__c: { eq: 'ideal' } },
                { CVP_ABC_Class__c: { eq: 'A' } },
                { CVP_Lifecycle_Stage__c: { eq: 'Growth' } },
                { OwnerId: { eq: '005000000000001' } },
                { CVP_Incomplete__c: { eq: true } },
                { Name: { like: '%Aalto%' } }
            ]
        });
    });

    it('filters on a picked owner’s Id, and sends nothing that is not a User Id', () => {
        expect(whereFor({ owner: '005000000000000BBB' }, '005000000000001')).toEqual({
            OwnerId: { eq: '005000000000000BBB' }
        });
        expect(whereFor({ owner: '005000000000002' })).toEqual({ OwnerId: { eq: '005000000000002' } });
        expect(whereFor({ owner: '001000000000000AAA' })).toBeUndefined();
        expect(whereFor({ owner: "005' OR Name != '" })).toBeUndefined();
        expect(whereFor({ owner: 'mine' })).toBeUndefined();
    });

    it('searches for a user’s % and _ literally', () => {
        expect(whereFor({ search: '50%_off' })).toEqual({ Name: { like: '%50\\%\\_off%' } });
    });

    it('orders by rank unless a sortable column is chosen, the Id breaking ties', () => {
        expect(orderByFor()).toEqual({ CVP_Rank__c: { order: 'ASC', nulls: 'LAST' }, Id: { order: 'ASC' } });
        expect(orderByFor('margin', 'desc')).toEqual({
            CVP_Customer_Margin__c: { order: 'DESC', nulls: 'LAST' },
            Id: { order: 'ASC' }
        });
        expect(Object.keys(orderByFor('tierText', 'desc'))[0]).toBe('CVP_Rank__c');
        // Next review ascending: the longest overdue first, accounts with no due day last.
        expect(orderByFor('nextReviewText', 'asc')).toEqual({
            CVP_Review_Due_On__c: { order: 'ASC', nulls: 'LAST' },
            Id: { order: 'ASC' }
        });
    });
});

describe('cvpPortfolioData: owners', () => {
    it('lists the users who own accounts by name, without the current user', () => {
        const owners = ownersFromConnection(context.data.uiapi.query.User, '005000000000000AAA');
        expect(owners).toEqual([{ id: '005000000000000BBB', name: 'Pekka Laine' }]);
        const all = ownersFromConnection(context.data.uiapi.query.User, '005000000000000000');
        expect(all.map((o) => o.name)).toEqual(['Maija Virtanen', 'Pekka Laine']);
        expect(ownersFromConnection(undefined, 'x')).toEqual([]);
    });
});

describe('cvpPortfolioData: rows', () => {
    it('reads a page and where the next one starts', () => {
        const page = rows1();
        expect(page.rows.map((r) => r.name)).toEqual(['Aalto Oy', 'Bore Ltd', '=HYPERLINK("x")']);
        expect(page).toMatchObject({ endCursor: 'Y3Vyc29yMw==', hasNextPage: true, totalCount: 5 });
        expect(page.rows[0]).toMatchObject({ rank: 1, tier: 'keyAccount', coverage: 1, owner: 'Maija Virtanen' });
        expect(page.rows[0].costs.serviceCosts).toBe(30000);
    });

    it('treats a field the user cannot read as missing', () => {
        const node = { Id: '001x', Name: { value: 'Hidden' } };
        const { rows } = rowsFromConnection({ edges: [{ node }], pageInfo: {} });
        expect(rows[0]).toMatchObject({ rank: null, margin: null, owner: null, incomplete: false });
        expect(rowsFromConnection(undefined)).toEqual({
            rows: [],
            endCursor: null,
            hasNextPage: false,
            totalCount: null
        });
    });

    it('gives the core the same margin the sync wrote, with or without the cost rows', () => {
        const [withCosts] = rows1().rows;
        expect(customerMargin(inputFromRow(withCosts))).toBe(withCosts.margin);
        const withoutCosts = {
            ...withCosts,
            costs: { ...withCosts.costs, directCosts: null, salesCosts: null, marketingCosts: null, serviceCosts: null }
        };
        expect(customerMargin(inputFromRow(withoutCosts))).toBe(withCosts.margin);
        expect(inputFromRow(withCosts).scores.volume).toBe(5);
        expect(inputFromRow(withCosts).lifecycleStage).toBe('established');
    });

    it('ranks the loaded rows with the core in the synced order', () => {
        const rows = rows1().rows.concat(rowsFromConnection(page2.data.uiapi.query.Account).rows);
        const ranked = scorePortfolio(rows.map(inputFromRow), builtInProfile('current'));
        expect(ranked.accounts.map((a) => a.name).slice(0, 2)).toEqual(['Aalto Oy', 'Bore Ltd']);
    });

    it('keeps the snapshots of the newest one’s profile, oldest first, shares as fractions', () => {
        const list = snapshotsFromConnection(context.data.uiapi.query.CVP_Portfolio_Snapshot__c);
        expect(list.map((s) => s.takenAt)).toEqual([
            '2026-03-31T18:00:00.000Z',
            '2026-06-30T18:00:00.000Z',
            '2026-09-30T18:00:00.000Z'
        ]);
        expect(list[2].top20MarginShare).toBeCloseTo(0.785);
        expect(list[0].top20MarginShare).toBeNull();
        expect(snapshotsFromConnection({ edges: [] })).toEqual([]);
    });
});

describe('cvpPortfolioData: CSV', () => {
    it('neutralises text a spreadsheet would run as a formula', () => {
        expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual([
            `"'=1+1"`,
            `"'+1"`,
            `"'-1"`,
            `"'@SUM(A1)"`,
            `"'\tx"`,
            `"'\rx"`
        ]);
        // Numbers are data, not text: a loss stays a negative number.
        expect(csvCell(-15000)).toBe('-15000');
        expect(csvCell('Aalto Oy')).toBe('Aalto Oy');
        expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
        expect([null, undefined, Number.NaN, true].map(csvCell)).toEqual(['', '', '', 'true']);
    });

    it('writes the headers `portfolio rank` reads, one line per row', () => {
        const lines = toCsv(rows1().rows).split('\r\n');
        const header = lines[0].split(',');
        expect(header.slice(0, 3)).toEqual(['Rank', 'Name', 'Score']);
        expect(header).toEqual(
            expect.arrayContaining([
                'Revenue',
                'Direct Costs',
                'Service Hours',
                'Loyalty',
                'Commitment',
                'Binding',
                'Lifecycle Stage'
            ])
        );
        expect(header[header.length - 1]).toBe('Account Id');
        expect(lines).toHaveLength(4);
        expect(lines[3]).toContain(`"'=HYPERLINK(""x"")"`);
        expect(lines[1].startsWith('1,Aalto Oy,4.3,')).toBe(true);
    });

    it('makes a Blob of a MIME type Lightning Web Security allows, with a byte-order mark for spreadsheets', async () => {
        const blob = csvBlob(rows1().rows);
        expect(blob.type).toBe(CSV_MIME);
        expect(LWS_BLOB_TYPES).toContain(blob.type);
        const text = await blobText(blob);
        expect(text.charCodeAt(0)).toBe(0xfeff);
        expect(text.slice(1)).toBe(toCsv(rows1().rows));
    });
});

describe('cvpPortfolioData: XLSX', () => {
    const ExcelJS = excelJs();

    async function readBack(bytes) {
        const workbook = new ExcelJS.Workbook();
        // An ArrayBuffer: the browser build's zip reader does not take a Node Buffer.
        await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
        return workbook.worksheets[0];
    }

    it('types numbers as numbers and every text as a string cell, never a formula', () => {
        expect([12.5, -15000, Number.NaN, null, undefined, true, false].map(xlsxCell)).toEqual([
            12.5,
            -15000,
            null,
            null,
            null,
            'true',
            'false'
        ]);
        expect(xlsxCell('=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    });

    it('writes the CSV’s columns under the same headers, one row per account', async () => {
        const rows = rows1().rows;
        const sheet = await readBack(await toXlsx(ExcelJS, rows));
        const header = sheet.getRow(1).values.slice(1);
        expect(header).toEqual(exportColumns.map(([title]) => title));
        expect(sheet.rowCount).toBe(rows.length + 1);
        const at = (title) => header.indexOf(title) + 1;
        expect(sheet.getRow(2).getCell(at('Name')).value).toBe('Aalto Oy');
        expect(sheet.getRow(2).getCell(at('Rank')).value).toBe(1);
        expect(sheet.getRow(2).getCell(at('Rank')).type).toBe(ExcelJS.ValueType.Number);
        expect(sheet.getRow(2).getCell(at('Account Id')).value).toBe(rows[0].id);
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    });

    it('keeps a name that looks like a formula as text, without the CSV’s apostrophe', async () => {
        const rows = rows1().rows;
        const sheet = await readBack(await toXlsx(ExcelJS, rows));
        const header = sheet.getRow(1).values.slice(1);
        const names = [];
        sheet.eachRow((row, n) => {
            if (n > 1) names.push(row.getCell(header.indexOf('Name') + 1));
        });
        const formula = names.find((cell) => String(cell.value).startsWith('='));
        expect(formula.value).toBe('=HYPERLINK("x")');
        expect(formula.type).toBe(ExcelJS.ValueType.String);
        expect(formula.formula).toBeUndefined();
    });

    it('makes the workbook a Blob of a MIME type Lightning Web Security allows', async () => {
        const blob = await xlsxBlob(ExcelJS, rows1().rows);
        expect(blob.type).toBe(XLSX_BLOB_MIME);
        expect(LWS_BLOB_TYPES).toContain(blob.type);
        const sheet = await readBack(await blobBytes(blob));
        expect(sheet.rowCount).toBe(4);
    });
});

describe('the portfolio scope', () => {
    const profiles = (defaultScope, otherScope) => ({
        edges: [
            { node: { CVP_Default__c: { value: false }, CVP_Scope_Included_Types__c: { value: otherScope } } },
            {
                node: {
                    CVP_Default__c: { value: true },
                    CVP_Scope_Included_Types__c: { value: defaultScope.included },
                    CVP_Scope_Excluded_Types__c: { value: defaultScope.excluded }
                }
            }
        ]
    });

    it('reads the Types from the default profile only, as the sync does', () => {
        const scope = scopeFromProfiles(profiles({ included: 'Customer; Reseller;', excluded: 'Prospect' }, 'Other'));
        expect(scope).toEqual({
            includedTypes: ['Customer', 'Reseller'],
            excludedTypes: ['Prospect'],
            recordTypes: []
        });
    });

    it('takes the first default by key when several are flagged, as the sync does', () => {
        const node = (key, excluded) => ({
            CVP_Key__c: { value: key },
            CVP_Default__c: { value: true },
            CVP_Scope_Excluded_Types__c: { value: excluded }
        });
        const scope = scopeFromProfiles({
            edges: [{ node: node('future', 'Partner') }, { node: node('current', 'Prospect') }]
        });
        expect(scope.excludedTypes).toEqual(['Prospect']);
    });

    it('takes every account without a default profile or with blank Types', () => {
        const every = { includedTypes: [], excludedTypes: [] };
        expect(scopeFromProfiles({ edges: [] })).toEqual(every);
        expect(scopeFromProfiles(undefined)).toEqual(every);
        expect(scopeFromProfiles(profiles({ included: null, excluded: '' }, 'Other'))).toEqual({
            ...every,
            recordTypes: []
        });
    });

    it('puts the scope and the filters into one where, in the GraphQL UI API shape', () => {
        const scope = { includedTypes: ['Customer'], excludedTypes: ["O'Brien"] };
        expect(accountWhere(scope, { tier: 'develop' })).toEqual({
            and: [
                {
                    and: [
                        { Type: { in: ['Customer'] } },
                        { or: [{ Type: { eq: null } }, { Type: { nin: ["O'Brien"] } }] }
                    ]
                },
                { CVP_Tier__c: { eq: 'develop' } }
            ]
        });
        expect(accountWhere(scope, {})).toEqual({
            and: [{ Type: { in: ['Customer'] } }, { or: [{ Type: { eq: null } }, { Type: { nin: ["O'Brien"] } }] }]
        });
    });

    it('filters on the record type through the RecordType relationship', () => {
        const node = profiles({ included: null, excluded: null }, null).edges[1].node;
        node.CVP_Scope_Record_Types__c = { value: 'Customer;Key_Customer' };
        const scope = scopeFromProfiles({ edges: [{ node }] });
        expect(accountWhere(scope, {})).toEqual({
            RecordType: { DeveloperName: { in: ['Customer', 'Key_Customer'] } }
        });
    });

    it('waits while the scope is unknown, and matches every account when nothing filters', () => {
        expect(accountWhere(undefined, { tier: 'develop' })).toBeUndefined();
        const every = { includedTypes: [], excludedTypes: [] };
        expect(accountWhere(every, {})).toBe(EVERY_ACCOUNT_WHERE);
        expect(accountWhere(every, { tier: 'develop' })).toEqual({ CVP_Tier__c: { eq: 'develop' } });
    });
});

describe('withPage', () => {
    const page = (rows, more) => ({ rows, endCursor: more ? 'c2' : null, hasNextPage: more, totalCount: 3 });

    it('replaces the rows with the first page and extends them with a page after a cursor', () => {
        const first = withPage([{ id: 'old' }], page([{ id: 'a' }, { id: 'b' }], true), null);
        expect(first).toEqual({ rows: [{ id: 'a' }, { id: 'b' }], endCursor: 'c2', hasMore: true, totalCount: 3 });
        const next = withPage(first.rows, page([{ id: 'c' }], false), 'c2');
        expect(next.rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
        expect(next).toMatchObject({ endCursor: null, hasMore: false, totalCount: 3 });
    });
});
