import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { DIMENSIONS, rerank, rerankBase } from 'c/cvpCore';
import { SCORING_PROFILE } from 'c/cvpSchema';
import { DIMENSION_TEXT, format, formatNumber, tierLabel } from 'c/cvpText';
import { LABELS } from './whatIfLabels';
import { columnsFromRows, createColumns } from './whatIfColumns';
import {
    draftOf,
    issueTexts,
    mayUpdateFigures,
    newProfileFields,
    numberOf,
    sameDraft,
    TIER_KEYS,
    versionFields
} from './whatIfModel';
import { changedPage, curveChart, figureRows, moveRows } from './whatIfView';

// The benchmark page builds the panel's columns the way the panel does (scripts/bench/browser/what-if.js).
export { columnsFromRows };

/**
 * The order the whole portfolio is read in: the Id alone, so the cursor pages never repeat or skip an
 * account, and the server sorts by an indexed field. The ranking does not depend on it.
 */
export const READ_ORDER = Object.freeze({ Id: { order: 'ASC' } });

/** How long typing must pause before the portfolio is ranked again: per change, not per keystroke. */
export const DEBOUNCE_MS = 250;

// Outside the component (a field written while rendering would make LWC render again): the base ranking
// of a set of rows under a profile, kept while both are the same, and the views of each result.
const BASES = new WeakMap();
const VIEWS = new WeakMap();

/**
 * Try other weights and tier thresholds on the whole portfolio (issue 16): every change ranks every
 * account under the workspace's scope and filters again with the core (rerank, the same rules the sync
 * ranks with) and shows who changes tier, the 80/20 figures and the whale curves.
 *
 * The panel reads the accounts itself, apart from the ranked table: a GraphQL query over the
 * workspace's `where`, only the fields the ranking needs, in pages of 2,000 (the most `first` may be
 * beside `upperBound`: c/cvpPortfolioData portfolioQuery), one after the other until hasNextPage is
 * false. Each page goes straight into typed columns (whatIfColumns); no list of rows and no datatable
 * of 50,000 accounts is ever made (loading every page into the workspace's table blocked the page for
 * minutes). While it reads, and if reading fails, the figures are those of the rows the table has
 * loaded, and the panel says so. "Save as new profile" creates a new
 * CVP_Scoring_Profile__c record. "Save as new version" writes the figures into the profile's own record,
 * for the next sync to record as its next version (docs/sync.md, Profile versions). The workspace mounts
 * this panel only for users who may create scoring profiles.
 */
export default class CvpWhatIf extends LightningElement {
    /** The keys of the profiles there are, so a new version gets a key not taken. */
    @api profileKeys = [];
    /**
     * The UI API's object info of CVP_Scoring_Profile__c (getObjectInfo): "Save as new version" is offered
     * only when it lets the user update the figures.
     */
    @api profileInfo;
    /**
     * The org record of the profile (c/cvpProfiles profileRecord: recordId, version, frozen); none for a
     * built-in profile, which has no record to save a version in.
     */
    @api profileRecord;

    labels = LABELS;
    /**
     * The figures the inputs start from. What is typed stays in the inputs and goes into `draft` only:
     * writing each change back into the input it came from would reformat the number under the cursor.
     */
    initial;
    draft;
    result;
    elapsedMs = 0;
    page = 0;
    saving = false;
    saveError;
    saveFailedText = LABELS.saveFailed;
    savedText;
    /** The record Id a version was saved in: until the profile is read again its figures are not frozen. */
    versionSavedIn;
    /** Keys saved from this panel: the workspace's list of profiles does not know them yet. */
    savedKeys = [];
    _profile;
    _rows = [];
    _timer;
    /** The workspace's Account `where` (scope and filters) and its text, to tell a new one from a repeat. */
    _where;
    _whereKey = '';
    /** The cursor of the page being asked for; null for the first. */
    after = null;
    reading = false;
    readCount = 0;
    readTotal = null;
    readError;
    /** The wire's last answer: its refresh asks the server again for the same page (lightning/graphql). */
    _readResult;
    /** The columns being filled (whatIfColumns createColumns) and the cursor of the last page taken. */
    _filling;
    _lastCursor = null;
    /** Every account of the `where`, as columns, once all pages are read. */
    _whole;
    _readStarted = 0;
    _readPages = 0;
    _readWorkMs = 0;

    /** How many accounts the portfolio (under the workspace's filters) holds; null when not known. */
    @api totalCount;
    /** The loaded rows (c/cvpPortfolioData rowsFromConnection); more pages rank again with the draft. */
    @api
    get rows() {
        return this._rows;
    }
    set rows(value) {
        this._rows = value || [];
        if (this._connected && !this._whole) this.schedule();
    }

    /**
     * The workspace's Account `where` (c/cvpPortfolioData accountWhere: the scope and the filters). A
     * new one reads the portfolio again from its first page; the same one again (the workspace makes a
     * new object on each render) changes nothing. None: the panel ranks the rows it is given only.
     */
    @api
    get where() {
        return this._where;
    }
    set where(value) {
        const key = value ? JSON.stringify(value) : '';
        if (key === this._whereKey) return;
        this._whereKey = key;
        this._where = value || undefined;
        this.restartRead();
    }

    @wire(graphql, {
        query: gql`
            query cvpWhatIfAccounts($where: Account_Filter!, $orderBy: Account_OrderBy, $after: String) {
                uiapi {
                    query {
                        Account(where: $where, orderBy: $orderBy, first: 2000, after: $after, upperBound: 100000) {
                            edges {
                                node {
                                    Id
                                    Name { value }
                                    CVP_Revenue__c { value }
                                    CVP_Customer_Margin__c { value }
                                    CVP_Volume_Score__c { value }
                                    CVP_Profitability_Score__c { value }
                                    CVP_Volume_Score_Entered__c { value }
                                    CVP_Profitability_Score_Entered__c { value }
                                    CVP_Loyalty_Score__c { value }
                                    CVP_Potential_Score__c { value }
                                    CVP_Reference_Score__c { value }
                                    CVP_Learning_Score__c { value }
                                    CVP_Contact_Score__c { value }
                                    CVP_Emotional_Score__c { value }
                                }
                            }
                            pageInfo { endCursor hasNextPage }
                            totalCount
                        }
                    }
                }
            }
        `,
        variables: '$readVariables'
    })
    wiredAccounts(result) {
        this._readResult = result;
        const { data, errors } = result;
        if (errors) {
            this.readError = errors;
            this.reading = false;
            this._filling = undefined;
            return;
        }
        if (!data || !this._where) return;
        const took = performance.now();
        const connection = data.uiapi.query.Account;
        const info = connection.pageInfo || {};
        const total = typeof connection.totalCount === 'number' ? connection.totalCount : null;
        if (this.after === null) {
            this._filling = createColumns(total || 0);
            this._whole = undefined;
        } else if (!this._filling || info.endCursor === this._lastCursor) {
            // The page taken already, answered again (the wire re-emits when its records change).
            return;
        }
        this._filling.addEdges(connection.edges || []);
        this._lastCursor = info.endCursor || null;
        this.readCount = this._filling.length;
        this.readTotal = total;
        this.readError = undefined;
        this._readPages += 1;
        this._readWorkMs += performance.now() - took;
        if (info.hasNextPage && info.endCursor) {
            this.after = info.endCursor;
            return;
        }
        this._whole = this._filling.columns();
        this._filling = undefined;
        this.reading = false;
        // How long the read took from the `where` to the last page, and how much of it the panel's own
        // work on the pages was (the rest is the server's): the benchmark reports both.
        const detail = {
            accounts: this._whole.names.length,
            pages: this._readPages,
            ms: performance.now() - this._readStarted,
            workMs: this._readWorkMs
        };
        this.dispatchEvent(new CustomEvent('read', { detail }));
        if (this._connected) this.recompute();
    }

    get readVariables() {
        return { where: this._where, orderBy: READ_ORDER, after: this.after };
    }

    /** "Try again" is offered when a new ask can be made: another page's variables, or a refresh. */
    get canReadAgain() {
        return this.after !== null || Boolean(this._readResult && typeof this._readResult.refresh === 'function');
    }

    /**
     * "Try again" after a failed page: the read starts over from the first page, so the accounts are one
     * read's, not pages of two. After a later page failed, asking for the first page changes the wire's
     * variables (after: null) and the wire asks. After the first page failed the variables stay the same
     * and the wire would not ask again, so the failed answer's refresh asks the server anew; a variable
     * that only counts reads cannot be added, as GraphQL refuses a variable the query does not declare.
     */
    async handleReadAgain() {
        const failed = this._readResult;
        const sameVariables = this.after === null;
        this.restartRead();
        if (!sameVariables || !failed || typeof failed.refresh !== 'function') return;
        try {
            await failed.refresh();
        } catch (error) {
            this.readError = error;
            this.reading = false;
        }
    }

    restartRead() {
        this.after = null;
        this._lastCursor = null;
        this._filling = undefined;
        this._whole = undefined;
        this.readError = undefined;
        this.readCount = 0;
        this.readTotal = null;
        this.reading = Boolean(this._where);
        this._readStarted = performance.now();
        this._readPages = 0;
        this._readWorkMs = 0;
        // Until the new `where` is read, the loaded rows stand in (the workspace sends them too).
        if (this._connected) this.schedule();
    }

    /** The core profile the workspace ranks with; a new profile starts a new draft. */
    @api
    get profile() {
        return this._profile;
    }
    set profile(value) {
        const changed = !this._profile || !value || this._profile.key !== value.key;
        this._profile = value;
        if (changed || !this.draft) this.resetDraft();
        this.versionSavedIn = undefined;
    }

    connectedCallback() {
        this._connected = true;
        // The draft starts as the profile: ranked at once, so the figures "now" show before any change.
        this.recompute();
    }

    disconnectedCallback() {
        this._connected = false;
        clearTimeout(this._timer);
    }

    schedule() {
        clearTimeout(this._timer);
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this._timer = setTimeout(() => this.recompute(), DEBOUNCE_MS);
    }

    resetDraft() {
        this.draft = this._profile ? draftOf(this._profile) : undefined;
        this.initial = this.draft;
        // The inputs keep what was typed; a reset must write the profile's figures into them itself (the
        // bound values may not have changed, and then the template sets nothing).
        this.template.querySelectorAll('lightning-input').forEach((input) => {
            const { key } = input.dataset;
            const group = TIER_KEYS.includes(key) ? 'tiers' : 'weights';
            if (this.draft) input.value = this.draft[group][key];
        });
        this.page = 0;
        if (this._connected) this.recompute();
    }

    get ready() {
        return Boolean(this._profile && this.draft);
    }

    /** The count of all accounts of the `where`: the read's when it has one, else the workspace's. */
    get portfolioCount() {
        return typeof this.readTotal === 'number' ? this.readTotal : this.totalCount;
    }

    /**
     * The figures are the loaded rows' (the whole is being read, or reading failed) and those are fewer
     * than the portfolio holds: they would not be the whole portfolio's.
     */
    get partial() {
        if (this._whole) return false;
        const total = this.portfolioCount;
        return typeof total === 'number' && this._rows.length < total;
    }

    get scopeText() {
        return format(LABELS.scope, formatNumber(this._rows.length, 0), formatNumber(this.portfolioCount, 0));
    }

    get readingText() {
        const total = this.portfolioCount;
        return format(
            LABELS.reading,
            formatNumber(this.readCount, 0),
            typeof total === 'number' ? formatNumber(total, 0) : '…'
        );
    }

    /** The accounts ranked: every one of the `where` once read, else the loaded rows. */
    get rankedCount() {
        return this._whole ? this._whole.names.length : this._rows.length;
    }

    get intro() {
        return format(LABELS.intro, this._profile ? this._profile.name : '', formatNumber(this.rankedCount, 0));
    }

    get issues() {
        return issueTexts(this.draft);
    }

    get weightInputs() {
        const { byField } = this.issues;
        return DIMENSIONS.map((d) => ({
            key: d,
            label: DIMENSION_TEXT[d].name,
            value: this.initial.weights[d],
            error: byField[d] || '',
            className: byField[d] ? 'weight slds-has-error' : 'weight'
        }));
    }

    get tierInputs() {
        const { byField } = this.issues;
        return TIER_KEYS.map((t) => ({
            key: t,
            label: tierLabel(t),
            value: this.initial.tiers[t],
            error: byField[t] || '',
            className: byField[t] ? 'threshold slds-has-error' : 'threshold'
        }));
    }

    get sumText() {
        const sum = DIMENSIONS.reduce((s, d) => s + this.draft.weights[d], 0);
        return format(LABELS.weightSum, formatNumber(sum, 2));
    }

    get generalIssues() {
        return this.issues.general.map((text, i) => ({ key: String(i), text }));
    }

    get changedDraft() {
        return this.ready && !sameDraft(this.draft, draftOf(this._profile));
    }

    get saveDisabled() {
        return this.saving || !this.changedDraft || !this.issues.valid;
    }

    /** Offered for a profile with an org record, to users who may update its figures. */
    get offerVersion() {
        return Boolean(this.profileRecord && this.profileRecord.recordId) && mayUpdateFigures(this.profileInfo);
    }

    /**
     * The figures the record holds now must be a recorded version, else updating them would lose them:
     * the sync freezes a version's figures only when it scores with them.
     */
    get versionBlocked() {
        const record = this.profileRecord;
        return !record.frozen || this.versionSavedIn === record.recordId;
    }

    get versionHint() {
        return !this.profileRecord.frozen ? LABELS.versionNotFrozen : '';
    }

    get versionDisabled() {
        return this.saveDisabled || this.versionBlocked;
    }

    get discardDisabled() {
        return this.saving || !this.changedDraft;
    }

    get showResult() {
        return Boolean(this.result) && this.issues.valid;
    }

    get showInvalid() {
        return !this.issues.valid;
    }

    get summary() {
        const r = this.result;
        return format(
            LABELS.summary,
            formatNumber(r.rankOf.length, 0),
            formatNumber(this.elapsedMs, 1),
            formatNumber(r.changed.length, 0),
            formatNumber(r.rankChanges, 0)
        );
    }

    // The views of one result, made once: the template reads them many times a render.
    get view() {
        let view = VIEWS.get(this.result);
        if (!view) {
            const result = this.result;
            view = {
                moves: moveRows(result),
                figures: figureRows(result),
                chart: curveChart(result),
                pages: new Map()
            };
            VIEWS.set(result, view);
        }
        return view;
    }

    get moves() {
        return this.view.moves;
    }

    get hasMoves() {
        return this.result.changed.length > 0;
    }

    get changed() {
        const { pages } = this.view;
        if (!pages.has(this.page)) pages.set(this.page, changedPage(this.result, this.page));
        return pages.get(this.page);
    }

    get noPrevious() {
        return this.changed.page === 0;
    }

    get noNext() {
        const c = this.changed;
        return c.page >= c.pages - 1;
    }

    get figures() {
        return this.view.figures;
    }

    get chart() {
        return this.view.chart;
    }

    get chartColumns() {
        return [
            { key: 'accounts', label: LABELS.axisAccounts },
            { key: 'best', label: LABELS.curveBest },
            { key: 'now', label: LABELS.curveNow },
            { key: 'tried', label: LABELS.curveTried }
        ];
    }

    handleWeight(event) {
        this.edit('weights', event.target.dataset.key, event.detail.value);
    }

    handleThreshold(event) {
        this.edit('tiers', event.target.dataset.key, event.detail.value);
    }

    edit(group, key, value) {
        this.draft = { ...this.draft, [group]: { ...this.draft[group], [key]: numberOf(value) } };
        this.savedText = undefined;
        this.schedule();
    }

    /**
     * Ranks the accounts under the draft: the whole portfolio once read, else the loaded rows. A draft
     * that breaks the rules ranks nothing. The base ranking under the profile is made once per set of
     * accounts and profile; a new profile needs no new read (the fields read do not depend on it).
     */
    recompute() {
        if (!this.ready || !this.issues.valid) {
            this.result = undefined;
            return;
        }
        clearTimeout(this._timer);
        const source = this._whole || this._rows;
        const started = performance.now();
        let cached = BASES.get(source);
        if (!cached || cached.profile !== this._profile) {
            const columns = this._whole || columnsFromRows(this._rows);
            cached = { profile: this._profile, base: rerankBase(columns, this._profile) };
            BASES.set(source, cached);
        }
        this.result = rerank(cached.base, this.draft);
        this.elapsedMs = performance.now() - started;
        this.page = 0;
        const accounts = cached.base.rankOf.length;
        this.dispatchEvent(
            new CustomEvent('rerank', { detail: { ms: this.elapsedMs, accounts, whole: Boolean(this._whole) } })
        );
    }

    handlePrevious() {
        this.page = Math.max(0, this.changed.page - 1);
    }

    handleNext() {
        this.page = this.changed.page + 1;
    }

    handleOpen(event) {
        event.preventDefault();
        this.dispatchEvent(new CustomEvent('open', { detail: { recordId: event.currentTarget.dataset.id } }));
    }

    handleDiscard() {
        this.resetDraft();
        this.saveError = undefined;
        this.savedText = undefined;
    }

    async handleSave() {
        if (this.saveDisabled) return;
        const profile = this._profile;
        const fields = newProfileFields(profile, this.draft, (this.profileKeys || []).concat(this.savedKeys));
        this.saving = true;
        this.saveError = undefined;
        try {
            this.saveFailedText = LABELS.saveFailed;
            await createRecord({ apiName: SCORING_PROFILE.object, fields });
            this.savedKeys = this.savedKeys.concat(fields[SCORING_PROFILE.key]);
            this.savedText = format(
                LABELS.saved,
                fields[SCORING_PROFILE.name],
                fields[SCORING_PROFILE.key],
                profile.name
            );
            this.dispatchEvent(new CustomEvent('profilesaved', { detail: { key: fields[SCORING_PROFILE.key] } }));
        } catch (error) {
            this.saveError = error;
        } finally {
            this.saving = false;
        }
    }

    async handleSaveVersion() {
        if (this.versionDisabled) return;
        const profile = this._profile;
        const record = this.profileRecord;
        this.saving = true;
        this.saveError = undefined;
        this.savedText = undefined;
        this.saveFailedText = LABELS.versionSaveFailed;
        try {
            await updateRecord({ fields: versionFields(record.recordId, this.draft) });
            this.versionSavedIn = record.recordId;
            this.savedText = format(LABELS.versionSaved, profile.name, record.version + 1, record.version);
            this.dispatchEvent(
                new CustomEvent('versionsaved', { detail: { key: profile.key, version: record.version + 1 } })
            );
        } catch (error) {
            this.saveError = error;
        } finally {
            this.saving = false;
        }
    }
}
