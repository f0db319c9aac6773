import CvpPortfolioWorkspace from 'c/cvpPortfolioWorkspace';
import { gql, graphql } from 'lightning/graphql';
import { UPPER_BOUND } from 'c/cvpPortfolioData';
import { loadScript } from 'lightning/platformResourceLoader';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { getNavigateCalledWith, resetNavigation } from 'lightning/navigation';
import flushPromises from 'cvp-test/flushPromises';
import excelJs from 'cvp-test/excelJs';
import { $, mount, resetDom } from 'cvp-test/dom';
import { blobBytes, blobText, captureDownloads } from 'cvp-test/downloads';

const page1 = require('../../cvpPortfolioData/__tests__/data/accountsPage1.json');
const page2 = require('../../cvpPortfolioData/__tests__/data/accountsPage2.json');
const empty = require('../../cvpPortfolioData/__tests__/data/accountsEmpty.json');
const context = require('../../cvpPortfolioData/__tests__/data/context.json');
// Object info of CVP_Scoring_Profile__c for the admin (may create) and the sales rep (may only read).
const profileInfoAdmin = require('../../cvpWhatIf/__tests__/data/objectInfoAdmin.json');
const profileInfoUser = require('../../cvpWhatIf/__tests__/data/objectInfoUser.json');
// The context with the profile records as the sync leaves them, versions recorded (cvpWhatIf's fixture).
const versions = require('../../cvpWhatIf/__tests__/data/profileVersions.json');
const withVersions = (ctx) => {
    const copy = JSON.parse(JSON.stringify(ctx));
    copy.data.uiapi.query.CVP_Scoring_Profile__c = versions.data.uiapi.query.CVP_Scoring_Profile__c;
    return copy;
};

// Every wire uses the same adapter: a fixture goes to the query whose variables it answers. The ranked
// table's query is the one that pages with `first`; the context query has no variables; the analyses'
// own queries (the whole portfolio's curve, loss-makers and movers) get neither fixture.
const isAccounts = (config) => Boolean(config && config.variables && 'first' in config.variables);
const isContext = (config) => Boolean(config) && !config.variables;

async function render({ accounts = page1, ctx = context, props = {} } = {}) {
    const element = mount('c-cvp-portfolio-workspace', CvpPortfolioWorkspace, props);
    // The wires receive their config a tick after connecting; the filters need it to route the fixtures.
    await flushPromises();
    if (ctx) graphql.emit(ctx.data, isContext);
    if (accounts) graphql.emit(accounts.data, isAccounts);
    await flushPromises();
    return element;
}

const table = (element) => $(element, 'c-cvp-portfolio-table');
/** The ranked table's current query config (the analyses' wires have their own). */
function accountConfig() {
    const configs = [];
    graphql.emit(undefined, (config) => {
        if (isAccounts(config)) configs.push(config);
        return false;
    });
    return configs[configs.length - 1];
}

describe('c-cvp-portfolio-workspace', () => {
    afterEach(() => {
        resetDom();
        resetNavigation();
    });

    it('asks for the first page in rank order, 200 accounts by default', async () => {
        await render();
        // The fixture's default profile sets no scope: every account, in a `where` the required variable takes.
        expect(accountConfig().variables).toEqual({
            where: { Id: { ne: null } },
            orderBy: { CVP_Rank__c: { order: 'ASC', nulls: 'LAST' }, Id: { order: 'ASC' } },
            first: 200,
            after: null
        });
    });

    it('pages the Account connection with upperBound, so paging goes on past 4,000 accounts', async () => {
        await render();
        const query = gql.mock.calls
            .map(([strings]) => strings.join(''))
            .find((text) => text.includes('cvpPortfolioAccounts'));
        expect(query).toMatch(new RegExp(`Account\\([^)]*\\bupperBound: ${UPPER_BOUND}\\b`));
        // A child connection of a connection with upperBound must have one too (and query 200 or more).
        expect(query).toMatch(/CVP_Profitability__r\(\s*first: 200\s+upperBound: 200\b/);
    });

    it('goes on loading after the 4,000th account while the connection has a next page', async () => {
        // Records 4,001–4,002 of 4,500: what the platform sends only to a query with upperBound.
        const beyond = require('../../cvpPortfolioData/__tests__/data/accountsBeyond4000.json');
        const element = await render();
        table(element).dispatchEvent(new CustomEvent('loadmore'));
        await flushPromises();
        graphql.emit(beyond.data, isAccounts);
        await flushPromises();
        expect(table(element).rows).toHaveLength(5);
        expect(table(element).totalCount).toBe(4500);
        expect(table(element).hasMore).toBe(true);
        table(element).dispatchEvent(new CustomEvent('loadmore'));
        await flushPromises();
        expect(accountConfig().variables.after).toBe(beyond.data.uiapi.query.Account.pageInfo.endCursor);
        expect(table(element).loading).toBe(true);
    });

    it('never asks for more than 2,000 accounts a request', async () => {
        await render({ props: { pageSize: 5000 } });
        expect(accountConfig().variables.first).toBe(2000);
    });

    it('hands the loaded rows, the count and the latest snapshot to the table', async () => {
        const element = await render();
        const t = table(element);
        expect(t.rows.map((r) => r.name)).toEqual(['Aalto Oy', 'Bore Ltd', '=HYPERLINK("x")']);
        expect(t.totalCount).toBe(5);
        expect(t.hasMore).toBe(true);
        expect(t.loading).toBe(false);
        expect(t.snapshot.takenAt).toBe('2026-09-30T18:00:00.000Z');
        expect($(element, 'c-cvp-portfolio-trend').snapshots).toHaveLength(3);
        await expect(element).toBeAccessible();
    });

    it('loads the next page from the end cursor and appends it', async () => {
        const element = await render();
        table(element).dispatchEvent(new CustomEvent('loadmore'));
        await flushPromises();
        expect(accountConfig().variables.after).toBe('Y3Vyc29yMw==');
        expect(table(element).loading).toBe(true);
        graphql.emit(page2.data, isAccounts);
        await flushPromises();
        expect(table(element).rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, null]);
        expect(table(element).hasMore).toBe(false);
        // No page after the last.
        table(element).dispatchEvent(new CustomEvent('loadmore'));
        await flushPromises();
        expect(accountConfig().variables.after).toBe('Y3Vyc29yMw==');
    });

    describe('the portfolio scope', () => {
        // The context as an org gives it after `portfolio setup`: the default profile leaves out three Types.
        const scoped = JSON.parse(JSON.stringify(context));
        const defaultNode = scoped.data.uiapi.query.CVP_Scoring_Profile__c.edges
            .map((e) => e.node)
            .find((n) => n.CVP_Default__c.value === true);
        defaultNode.CVP_Scope_Excluded_Types__c = { value: 'Prospect;Partner;Competitor' };
        defaultNode.CVP_Scope_Included_Types__c = { value: null };
        const SCOPE_WHERE = {
            or: [{ Type: { eq: null } }, { Type: { nin: ['Prospect', 'Partner', 'Competitor'] } }]
        };

        it('asks for accounts only once the scope is known, and through a required $where', async () => {
            mount('c-cvp-portfolio-workspace', CvpPortfolioWorkspace);
            await flushPromises();
            // The context has not answered: no scope, no `where`, and the platform does not run the query.
            expect(accountConfig().variables.where).toBeUndefined();
            const query = gql.mock.calls
                .map(([strings]) => strings.join(''))
                .find((text) => text.includes('cvpPortfolioAccounts'));
            expect(query).toMatch(/\$where: Account_Filter!/);
            graphql.emit(scoped.data, isContext);
            await flushPromises();
            expect(accountConfig().variables.where).toEqual(SCOPE_WHERE);
        });

        it('keeps the scope under every filter', async () => {
            const element = await render({ ctx: scoped });
            table(element).dispatchEvent(
                new CustomEvent('filterchange', { detail: { filters: { tier: 'keyAccount' } } })
            );
            await flushPromises();
            expect(accountConfig().variables.where).toEqual({
                and: [SCOPE_WHERE, { CVP_Tier__c: { eq: 'keyAccount' } }]
            });
        });
    });

    it('sends a filter to the server and starts again from the first page', async () => {
        const element = await render();
        table(element).dispatchEvent(new CustomEvent('loadmore'));
        graphql.emit(page2.data, isAccounts);
        await flushPromises();
        table(element).dispatchEvent(
            new CustomEvent('filterchange', { detail: { filters: { tier: 'keyAccount', search: 'Aalto' } } })
        );
        await flushPromises();
        expect(accountConfig().variables).toMatchObject({
            where: { and: [{ CVP_Tier__c: { eq: 'keyAccount' } }, { Name: { like: '%Aalto%' } }] },
            after: null
        });
        // The rows on screen stay under the spinner until the first page of the new query replaces them.
        expect(table(element).rows).toHaveLength(5);
        expect(table(element).loading).toBe(true);
        graphql.emit(empty.data, isAccounts);
        await flushPromises();
        expect(table(element).rows).toEqual([]);
        expect(table(element).loading).toBe(false);
    });

    it('offers the owners of accounts and filters on the picked one’s OwnerId', async () => {
        const element = await render();
        // The lwc-jest user (005000000000000000) owns none: both owners of the fixture are offered.
        expect(table(element).owners).toEqual([
            { id: '005000000000000AAA', name: 'Maija Virtanen' },
            { id: '005000000000000BBB', name: 'Pekka Laine' }
        ]);
        table(element).dispatchEvent(
            new CustomEvent('filterchange', { detail: { filters: { owner: '005000000000000BBB' } } })
        );
        await flushPromises();
        expect(accountConfig().variables).toMatchObject({
            where: { OwnerId: { eq: '005000000000000BBB' } },
            after: null
        });
        table(element).dispatchEvent(new CustomEvent('filterchange', { detail: { filters: { owner: 'mine' } } }));
        await flushPromises();
        expect(accountConfig().variables.where).toEqual({ OwnerId: { eq: '005000000000000000' } });
    });

    it('offers no owners when the context has none', async () => {
        const element = await render({ ctx: require('../../cvpPortfolioData/__tests__/data/contextEmpty.json') });
        expect(table(element).owners).toEqual([]);
    });

    it('sorts on the server', async () => {
        const element = await render();
        table(element).dispatchEvent(
            new CustomEvent('sort', { detail: { sortedBy: 'margin', sortDirection: 'desc' } })
        );
        await flushPromises();
        expect(accountConfig().variables.orderBy).toEqual({
            CVP_Customer_Margin__c: { order: 'DESC', nulls: 'LAST' },
            Id: { order: 'ASC' }
        });
        expect(table(element).sortedBy).toBe('margin');
    });

    it('says when no account matches', async () => {
        const element = await render({ accounts: empty });
        expect(table(element).rows).toEqual([]);
        expect(table(element).loading).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('shows the error panel when the accounts cannot be read', async () => {
        const element = await render({ accounts: null });
        expect(table(element).loading).toBe(true);
        graphql.emitErrors([{ message: 'Insufficient access rights on Account' }], isAccounts);
        await flushPromises();
        const panel = $(element, 'c-error-panel');
        expect(panel.friendlyMessage).toBe('c.CVP_Pf_Load_Failed');
        expect(table(element).loading).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('opens an account from any tab', async () => {
        const element = await render();
        $(element, 'c-cvp-portfolio-matrix').dispatchEvent(
            new CustomEvent('open', { detail: { recordId: '001Qy00000BoreLIAA' } })
        );
        expect(getNavigateCalledWith().pageReference).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: '001Qy00000BoreLIAA', objectApiName: 'Account', actionName: 'view' }
        });
    });

    it('exports the loaded rows as a CSV download from a blob: URL, revoked after the click', async () => {
        const element = await render();
        const capture = captureDownloads();
        jest.useFakeTimers();
        try {
            table(element).dispatchEvent(new CustomEvent('export'));
            expect(capture.downloads).toHaveLength(1);
            const [download] = capture.downloads;
            expect(download.href).toMatch(/^blob:/);
            expect(download.download).toBe('portfolio.csv');
            expect(download.inDocument).toBe(true);
            expect(download.revokedBeforeClick).toBe(false);
            // The link is gone at once; the URL is revoked once the browser has had time to start saving.
            expect(element.shadowRoot.querySelector('.export-anchor a')).toBeNull();
            expect(capture.revoked).toEqual([]);
            jest.runAllTimers();
            expect(capture.revoked).toEqual([download.href]);
            const csv = await blobText(download.blob);
            expect(csv.charCodeAt(0)).toBe(0xfeff);
            expect(csv.split('\r\n')).toHaveLength(4);
            expect(csv).toContain('Aalto Oy');
        } finally {
            jest.useRealTimers();
            capture.restore();
        }
    });

    it('exports the loaded rows as an XLSX download through the exceljs static resource', async () => {
        const ExcelJS = excelJs();
        window.ExcelJS = ExcelJS;
        const element = await render();
        const capture = captureDownloads();
        let download;
        try {
            // Writing the workbook is asynchronous: wait for the link's click, not for a number of ticks.
            const clicked = capture.nextClick();
            table(element).dispatchEvent(new CustomEvent('export', { detail: { format: 'xlsx' } }));
            download = await clicked;
        } finally {
            capture.restore();
            delete window.ExcelJS;
        }
        expect(loadScript).toHaveBeenCalledWith(expect.anything(), 'cvpExcelJs');
        expect(capture.downloads).toHaveLength(1);
        expect(download.href).toMatch(/^blob:/);
        expect(download.download).toBe('portfolio.xlsx');
        expect(download.revokedBeforeClick).toBe(false);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await blobBytes(download.blob)).buffer);
        const sheet = workbook.worksheets[0];
        expect(sheet.rowCount).toBe(4);
        expect(sheet.getRow(2).values).toContain('Aalto Oy');
    });

    it('shows an error when the page may not make the download', async () => {
        const element = await render();
        const capture = captureDownloads();
        URL.createObjectURL.mockImplementation(() => {
            throw new Error('Unsupported MIME type');
        });
        try {
            table(element).dispatchEvent(new CustomEvent('export'));
            await flushPromises();
        } finally {
            capture.restore();
        }
        expect(capture.downloads).toEqual([]);
        expect($(element, 'c-error-panel').errors).toEqual([new Error('Unsupported MIME type')]);
        await expect(element).toBeAccessible();
    });

    it('shows an error when the workbook library cannot be loaded', async () => {
        const element = await render();
        loadScript.mockRejectedValueOnce(new Error('Could not load cvpExcelJs'));
        table(element).dispatchEvent(new CustomEvent('export', { detail: { format: 'xlsx' } }));
        await flushPromises();
        expect($(element, 'c-error-panel').errors).toEqual([new Error('Could not load cvpExcelJs')]);
    });

    it('passes the profiles, the snapshot and the portfolio scope to the analyses', async () => {
        const element = await render();
        const comparison = $(element, 'c-cvp-profile-comparison');
        expect(comparison.profiles.map((p) => p.key)).toEqual(['current', 'future', 'partners']);
        // The whole portfolio's lists query within the same scope as the ranked table.
        expect(comparison.portfolioScope).toEqual({ includedTypes: [], excludedTypes: [], recordTypes: [] });
        expect(comparison.snapshot.compareProfileKey).toBe('future');
        const pareto = $(element, 'c-cvp-pareto-whale');
        expect(pareto.snapshot.id).toBe('a05Qy0000000003AAA');
        expect(pareto.snapshot.lossTotal).toBe(-48250);
        expect(pareto.scope).toEqual(comparison.portfolioScope);
        expect($(element, 'c-cvp-portfolio-matrix').high).toBe(3.5);
    });

    it('offers the what-if only to users who may create scoring profiles, with the loaded rows and the profile', async () => {
        const element = await render();
        expect($(element, 'c-cvp-what-if')).toBeNull();
        getObjectInfo.emit(profileInfoUser);
        await flushPromises();
        expect($(element, 'c-cvp-what-if')).toBeNull();
        getObjectInfo.emit(profileInfoAdmin);
        await flushPromises();
        const panel = $(element, 'c-cvp-what-if');
        expect(panel.rows.map((r) => r.name)).toEqual(table(element).rows.map((r) => r.name));
        expect(panel.profile.key).toBe('current');
        expect(panel.profileKeys).toEqual(expect.arrayContaining(['current', 'future', 'partners']));
        expect(getObjectInfo.getLastConfig()).toEqual({ objectApiName: 'CVP_Scoring_Profile__c' });
        // The object info (for "Save as new version") and the shown profile's record: the context fixture
        // holds no recorded version, so its figures are not frozen.
        expect(panel.profileInfo).toEqual(profileInfoAdmin);
        expect(panel.profileRecord).toEqual({ recordId: 'a03Qy000000Cur1IAC', version: null, frozen: false });
        // The panel reads the whole portfolio itself, over the ranked table's own `where` (scope and filters).
        expect(panel.where).toEqual(accountConfig().variables.where);
        table(element).dispatchEvent(new CustomEvent('filterchange', { detail: { filters: { tier: 'develop' } } }));
        await flushPromises();
        expect(panel.where).toEqual({ CVP_Tier__c: { eq: 'develop' } });
        expect(panel.where).toEqual(accountConfig().variables.where);
    });

    it('tells the what-if the version the sync recorded on the shown profile', async () => {
        const element = await render({ ctx: withVersions(context) });
        getObjectInfo.emit(profileInfoAdmin);
        await flushPromises();
        expect($(element, 'c-cvp-what-if').profileRecord).toEqual({
            recordId: 'a03Qy000000Cur1IAC',
            version: 3,
            frozen: true
        });
    });
});
