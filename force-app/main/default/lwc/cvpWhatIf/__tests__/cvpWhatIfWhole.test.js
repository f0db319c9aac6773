import { createElement } from 'lwc';
import CvpWhatIf from 'c/cvpWhatIf';
import { gql, graphql } from 'lightning/graphql';
import { rowsFromConnection } from 'c/cvpPortfolioData';
import { mergeProfiles } from 'c/cvpProfiles';
import { $, $$, resetDom } from 'cvp-test/dom';

// The progress line with its tokens, so the counts it shows can be checked (other labels stay their names).
jest.mock('@salesforce/label/c.CVP_WhatIf_Reading', () => ({ default: 'Reading accounts: {0} of {1}' }), {
    virtual: true
});

// The workspace's eight accounts; the panel's own query answers them in three pages of the GraphQL
// wire's shape (edges, pageInfo with endCursor and hasNextPage, totalCount), then a page that fails.
const accounts = require('./data/accounts.json');
const pages = [1, 2, 3].map((n) => require(`./data/wholePage${n}.json`));
const failed = require('./data/wholeError.json');
const context = require('../../cvpPortfolioData/__tests__/data/context.json');

const allRows = rowsFromConnection(accounts.data.uiapi.query.Account).rows;
const profiles = mergeProfiles(context.data.uiapi.query.CVP_Scoring_Profile__c).profiles;
const current = profiles.find((p) => p.key === 'current');

const SCOPE_WHERE = { or: [{ Type: { eq: null } }, { Type: { nin: ['Prospect', 'Partner'] } }] };
const FILTERED_WHERE = { and: [SCOPE_WHERE, { CVP_Tier__c: { eq: 'develop' } }] };

function settle() {
    let chain = Promise.resolve();
    for (let i = 0; i < 10; i++) chain = chain.then(() => undefined);
    return chain;
}

/** Mounted as the workspace mounts it: the first two accounts loaded in its table, of eight. */
function render(props = {}) {
    const element = createElement('c-cvp-what-if', { is: CvpWhatIf });
    // Listening before it connects: it ranks at once.
    const ranked = [];
    element.addEventListener('rerank', (e) => ranked.push(e.detail));
    const reads = [];
    element.addEventListener('read', (e) => reads.push(e.detail));
    Object.assign(element, {
        rows: allRows.slice(0, 2),
        totalCount: 8,
        profile: current,
        profileKeys: profiles.map((p) => p.key),
        where: SCOPE_WHERE,
        ...props
    });
    document.body.appendChild(element);
    return { element, ranked, reads };
}

async function emitPage(json) {
    graphql.emit(json.data);
    await settle();
}

async function type(element, key, value) {
    const field = $(element, `lightning-input[data-key="${key}"]`);
    field.value = value;
    field.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await Promise.resolve();
}

/** Volume's 20 points to potential, and the debounce run out. */
async function tryWeights(element) {
    await type(element, 'volume', '10');
    await type(element, 'potential', '30');
    jest.advanceTimersByTime(300);
    await settle();
}

const text = (element, selector) => ($(element, selector) || {}).textContent;
const moves = (element) =>
    $$(element, 'tr.move').map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' → '));
const variables = () => graphql.getLastConfig().variables;

describe('c-cvp-what-if over the whole portfolio', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => {
        resetDom();
        jest.useRealTimers();
    });

    it('asks for the workspace’s where in pages of 2,000 with upperBound, only the fields the ranking needs', async () => {
        render();
        await settle();
        expect(variables()).toEqual({ where: SCOPE_WHERE, orderBy: { Id: { order: 'ASC' } }, after: null });
        const query = gql.mock.calls.map(([strings]) => strings.join('')).find((t) => t.includes('cvpWhatIfAccounts'));
        expect(query).toMatch(/\$where: Account_Filter!/);
        expect(query).toMatch(/Account\([^)]*first: 2000, after: \$after, upperBound: 100000\)/);
        expect(query).toMatch(/CVP_Volume_Score_Entered__c \{ value \}/);
        expect(query).toMatch(/CVP_Emotional_Score__c \{ value \}/);
        // Nothing the ranking does not read: no owner, no profitability rows, no stored rank.
        expect(query).not.toMatch(/Owner|CVP_Profitability__r|CVP_Rank__c/);
    });

    it('reads page after page, says how far it is, and then ranks every account', async () => {
        const { element, ranked, reads } = render();
        await settle();
        // Until the whole is read the loaded rows stand in, and the panel says so.
        expect(ranked.at(-1)).toMatchObject({ accounts: 2, whole: false });
        expect(text(element, '.scope')).toBe('c.CVP_WhatIf_Scope');
        expect(text(element, '.reading').trim()).toBe('Reading accounts: 0 of 8');
        jest.useRealTimers();
        await expect(element).toBeAccessible();
        jest.useFakeTimers();

        await emitPage(pages[0]);
        expect(variables().after).toBe('djE6Mw==');
        expect(text(element, '.reading').trim()).toBe('Reading accounts: 3 of 8');
        await emitPage(pages[1]);
        expect(variables().after).toBe('djE6Ng==');
        expect(text(element, '.reading').trim()).toBe('Reading accounts: 6 of 8');
        await emitPage(pages[2]);

        expect($(element, '.reading')).toBeNull();
        expect($(element, '.scope')).toBeNull();
        expect(ranked.at(-1)).toMatchObject({ accounts: 8, whole: true });
        expect(reads).toEqual([{ accounts: 8, pages: 3, ms: expect.any(Number), workMs: expect.any(Number) }]);
        // The same change as on all eight rows (cvpWhatIf.test.js): the moves are the whole portfolio's,
        // not those of the two loaded accounts.
        await tryWeights(element);
        expect(ranked.at(-1)).toMatchObject({ accounts: 8, whole: true });
        expect(moves(element)).toEqual([
            'c.CVP_Tier_Maintain → c.CVP_Tier_Develop → 2',
            'c.CVP_Tier_Key_Account → c.CVP_Tier_Develop → 1',
            'c.CVP_Tier_Maintain → c.CVP_Tier_Lean → 1'
        ]);
        // Each account that moves is named by its Name and linked by its Id.
        const links = $$(element, 'tr.changed-row a').map((a) => [a.textContent, a.dataset.id]);
        const byName = Object.fromEntries(allRows.map((r) => [r.name, r.id]));
        expect(links.map(([name]) => name).sort()).toEqual(['Aalto Oy', 'Carelia Oy', 'Eno Oy', 'Fjord Ab']);
        links.forEach(([name, id]) => expect(id).toBe(byName[name]));
        const opened = [];
        element.addEventListener('open', (e) => opened.push(e.detail.recordId));
        $$(element, 'tr.changed-row a')[0].click();
        expect(opened).toEqual([links[0][1]]);
    });

    it('takes a page answered again once only', async () => {
        const { element, ranked } = render();
        await settle();
        await emitPage(pages[0]);
        // The wire answers the first page again (its records changed): not counted twice.
        await emitPage({ data: pages[0].data });
        expect(text(element, '.reading').trim()).toBe('Reading accounts: 3 of 8');
        await emitPage(pages[1]);
        await emitPage(pages[2]);
        expect(ranked.at(-1)).toMatchObject({ accounts: 8, whole: true });
    });

    it('shows a failed read in the error panel and keeps the loaded rows’ figures, said to be partial', async () => {
        const { element, ranked } = render();
        await settle();
        await emitPage(pages[0]);
        graphql.emitErrors(failed.errors);
        await settle();
        const panel = $(element, 'c-error-panel.read-error');
        expect(panel.friendlyMessage).toBe('c.CVP_WhatIf_Read_Failed');
        expect(panel.errors).toEqual(failed.errors);
        expect(panel.shadowRoot.textContent).toContain('Invalid cursor');
        expect($(element, '.reading')).toBeNull();
        expect(text(element, '.scope')).toBe('c.CVP_WhatIf_Scope');
        await tryWeights(element);
        expect(ranked.at(-1)).toMatchObject({ accounts: 2, whole: false });
        expect(text(element, '.summary')).toBe('c.CVP_WhatIf_Summary');
    });

    it('after a later page failed, Try again reads from the first page and then ranks every account', async () => {
        const { element, ranked, reads } = render();
        await settle();
        await emitPage(pages[0]);
        await emitPage(pages[1]);
        expect(variables().after).toBe('djE6Ng==');
        // The real wire's answer to a failed page: errors, no data, and its refresh.
        const refresh = jest.fn().mockResolvedValue(undefined);
        graphql.emitErrors(failed.errors, undefined, refresh);
        await settle();
        const again = $(element, 'lightning-button.read-again');
        expect(again.label).toBe('c.CVP_WhatIf_Read_Again');
        jest.useRealTimers();
        await expect(element).toBeAccessible();
        jest.useFakeTimers();

        again.click();
        await settle();
        // New variables, so the wire asks itself: the first page, not the one that failed.
        expect(variables()).toEqual({ where: SCOPE_WHERE, orderBy: { Id: { order: 'ASC' } }, after: null });
        expect(refresh).not.toHaveBeenCalled();
        expect($(element, 'c-error-panel.read-error')).toBeNull();
        expect($(element, 'lightning-button.read-again')).toBeNull();
        expect(text(element, '.reading').trim()).toBe('Reading accounts: 0 of 8');

        for (const page of pages) await emitPage(page); // eslint-disable-line no-await-in-loop
        expect($(element, '.reading')).toBeNull();
        expect($(element, '.scope')).toBeNull();
        expect(ranked.at(-1)).toMatchObject({ accounts: 8, whole: true });
        // One read, of the three pages after the restart: the pages before the failure are not counted.
        expect(reads).toEqual([{ accounts: 8, pages: 3, ms: expect.any(Number), workMs: expect.any(Number) }]);
        await tryWeights(element);
        expect(moves(element)).toEqual([
            'c.CVP_Tier_Maintain → c.CVP_Tier_Develop → 2',
            'c.CVP_Tier_Key_Account → c.CVP_Tier_Develop → 1',
            'c.CVP_Tier_Maintain → c.CVP_Tier_Lean → 1'
        ]);
    });

    it('after the first page failed, Try again refreshes the wire’s answer, whose variables stay the same', async () => {
        const { element, ranked } = render();
        await settle();
        const asked = graphql.getLastConfig();
        const refresh = jest.fn().mockResolvedValue(undefined);
        graphql.emitErrors(failed.errors, undefined, refresh);
        await settle();
        $(element, 'lightning-button.read-again').click();
        await settle();
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(variables()).toEqual(asked.variables);
        expect(text(element, '.reading').trim()).toBe('Reading accounts: 0 of 8');
        for (const page of pages) await emitPage(page); // eslint-disable-line no-await-in-loop
        expect(ranked.at(-1)).toMatchObject({ accounts: 8, whole: true });
    });

    it('shows the failure again when the refresh itself fails, still with Try again', async () => {
        const { element } = render();
        await settle();
        const refused = [{ message: 'Service unavailable' }];
        graphql.emitErrors(failed.errors, undefined, jest.fn().mockRejectedValue(refused));
        await settle();
        $(element, 'lightning-button.read-again').click();
        await settle();
        expect($(element, 'c-error-panel.read-error').errors).toEqual(refused);
        expect($(element, '.reading')).toBeNull();
        expect($(element, 'lightning-button.read-again')).not.toBeNull();
    });

    it('reads again from the first page when the filters change, not when the same where comes again', async () => {
        const { element, ranked } = render();
        await settle();
        for (const page of pages) await emitPage(page); // eslint-disable-line no-await-in-loop
        expect(ranked.at(-1)).toMatchObject({ accounts: 8, whole: true });
        const asked = graphql.getLastConfig();

        // The workspace makes a new object on every render: the same where reads nothing again.
        element.where = JSON.parse(JSON.stringify(SCOPE_WHERE));
        await settle();
        expect(graphql.getLastConfig()).toBe(asked);
        expect($(element, '.reading')).toBeNull();

        element.where = FILTERED_WHERE;
        await settle();
        expect(variables()).toEqual({ where: FILTERED_WHERE, orderBy: { Id: { order: 'ASC' } }, after: null });
        expect(text(element, '.reading').trim()).toBe('Reading accounts: 0 of 8');
        expect(text(element, '.scope')).toBe('c.CVP_WhatIf_Scope');
        jest.advanceTimersByTime(300);
        await settle();
        expect(ranked.at(-1)).toMatchObject({ accounts: 2, whole: false });

        // The develop accounts only: one page of three.
        const develop = JSON.parse(JSON.stringify(pages[1]));
        develop.data.uiapi.query.Account.pageInfo = { endCursor: 'djE6Mw==', hasNextPage: false };
        develop.data.uiapi.query.Account.totalCount = 3;
        await emitPage(develop);
        expect(ranked.at(-1)).toMatchObject({ accounts: 3, whole: true });
        expect($(element, '.reading')).toBeNull();
        expect($(element, '.scope')).toBeNull();
    });

    it('ranks the accounts read under a new profile without reading them again', async () => {
        const { element, ranked } = render();
        await settle();
        for (const page of pages) await emitPage(page); // eslint-disable-line no-await-in-loop
        const asked = graphql.getLastConfig();
        element.profile = profiles.find((p) => p.key === 'future');
        await settle();
        expect(graphql.getLastConfig()).toBe(asked);
        expect(ranked.at(-1)).toMatchObject({ accounts: 8, whole: true });
        expect(text(element, '.summary')).toBe('c.CVP_WhatIf_Summary');
    });

    it('without a where ranks the rows it is given, as the benchmark mounts it', async () => {
        const { element, ranked } = render({ where: undefined, rows: allRows, totalCount: undefined });
        await settle();
        expect(variables().where).toBeUndefined();
        expect($(element, '.reading')).toBeNull();
        expect(ranked.at(-1)).toMatchObject({ accounts: 8, whole: false });
    });
});
