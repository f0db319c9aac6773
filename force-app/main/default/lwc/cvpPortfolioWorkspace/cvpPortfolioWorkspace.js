import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { gql, graphql } from 'lightning/graphql';
import { loadScript } from 'lightning/platformResourceLoader';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import WHAT_IF_TAB from '@salesforce/label/c.CVP_WhatIf_Tab';
import USER_ID from '@salesforce/user/Id';
import EXCELJS from '@salesforce/resourceUrl/cvpExcelJs';
import { mergeProfiles, pickProfile, profileRecord } from 'c/cvpProfiles';
import {
    LABELS,
    accountWhere,
    csvBlob,
    orderByFor,
    ownersFromConnection,
    pageSize,
    rowsFromConnection,
    scopeFromProfiles,
    snapshotsFromConnection,
    withPage,
    xlsxBlob
} from 'c/cvpPortfolioData';
import { SCORING_PROFILE, SNAPSHOT } from 'c/cvpSchema';

/**
 * How long a download's blob: URL outlives the click. Chromium reads the Blob as the click runs, but
 * other browsers start the download after it returns, and a URL revoked by then saves nothing; the
 * delay only keeps the Blob's memory that much longer.
 */
const REVOKE_AFTER_MS = 10000;

/**
 * The portfolio workspace (an App Page): the ranked portfolio, the profile comparison, 80/20 and the
 * whale curve, the commitment matrix and the trend, over one set of loaded accounts.
 *
 * Data: the GraphQL wire adapter, so CRUD, field-level security and sharing apply without Apex. The
 * accounts come in pages of `pageSize` (200–2,000, the adapter's maximum) in rank order, the next page
 * from the previous page's endCursor (the adapter pages forward only). The Account connection carries
 * `upperBound` (UPPER_BOUND of c/cvpPortfolioData): without it the platform ends the paging after 4,000
 * records in all, hasNextPage false with more accounts left. A filter, search or sort is a new
 * `where`/`orderBy`: the rows start again from the first page. The `where` always carries the
 * portfolio scope the sync ranks with (the default profile's Account Types), and is a required
 * variable, so the accounts query waits for the context query that brings the scope. Totals come from
 * the latest snapshot the sync wrote, so a 50,000-account org is never read whole.
 */
export default class CvpPortfolioWorkspace extends NavigationMixin(LightningElement) {
    /** Design attribute: accounts per request. */
    @api pageSize = 200;

    labels = LABELS;
    filters = {};
    sortedBy = 'rank';
    sortDirection = 'asc';
    after = null;

    rows = [];
    totalCount = null;
    endCursor = null;
    hasMore = false;
    loading = true;
    accountError;
    contextError;
    exportError;
    snapshots = [];
    profileSet = mergeProfiles(null);
    /** The profile records as the context query read them: their Ids and recorded versions. */
    profileConnection;
    /**
     * The portfolio scope (the default profile's Account Types, c/cvpPortfolioData scopeFromProfiles);
     * undefined until the context query answers, and the accounts query waits for it.
     */
    scope;
    /** Users who own accounts, for the owner filter (a sales director looks at one KAM's accounts). */
    owners = [];
    /** Accounts in the portfolio due for review (docs/method.md, Review due); undefined until counted. */
    reviewDueCount;
    whatIfTab = WHAT_IF_TAB;
    /** Object info of CVP_Scoring_Profile__c: the what-if is shown to those who may create profiles. */
    profileInfo;

    @wire(getObjectInfo, { objectApiName: SCORING_PROFILE.object })
    wiredProfileInfo({ data }) {
        // No info (no access to the object, or an error) shows no what-if: nothing else depends on it.
        this.profileInfo = data;
    }

    /**
     * "Save as new profile" creates a record, so the what-if needs create access; "Save as new version"
     * also asks for update access, which the panel reads from the same object info.
     */
    get canTryWeights() {
        return Boolean(this.profileInfo && this.profileInfo.createable);
    }

    get profileKeys() {
        return this.profileSet.profiles.map((p) => p.key);
    }

    @wire(graphql, {
        query: gql`
            query cvpPortfolioAccounts($where: Account_Filter!, $orderBy: Account_OrderBy, $first: Int, $after: String) {
                uiapi {
                    query {
                        Account(where: $where, orderBy: $orderBy, first: $first, after: $after, upperBound: 100000) {
                            edges {
                                node {
                                    Id
                                    Name { value }
                                    OwnerId { value }
                                    Owner { Name { value } }
                                    CVP_Rank__c { value }
                                    CVP_Weighted_Score__c { value }
                                    CVP_Tier__c { value }
                                    CVP_Treatment__c { value }
                                    CVP_Quadrant__c { value }
                                    CVP_ABC_Class__c { value }
                                    CVP_Coverage__c { value }
                                    CVP_Incomplete__c { value }
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
                                    CVP_Commitment__c { value }
                                    CVP_Binding__c { value }
                                    CVP_Lifecycle_Stage__c { value }
                                    CVP_Last_Assessed_At__c { value }
                                    CVP_Review_Due_On__c { value }
                                    CVP_Profitability__r(
                                        first: 200
                                        upperBound: 200
                                        orderBy: { CVP_Period__c: { order: DESC } }
                                    ) {
                                        edges {
                                            node {
                                                CVP_Direct_Costs__c { value }
                                                CVP_Sales_Costs__c { value }
                                                CVP_Marketing_Costs__c { value }
                                                CVP_Service_Costs__c { value }
                                                CVP_Service_Hours__c { value }
                                            }
                                        }
                                    }
                                }
                            }
                            pageInfo { endCursor hasNextPage }
                            totalCount
                        }
                    }
                }
            }
        `,
        variables: '$accountVariables'
    })
    wiredAccounts({ data, errors }) {
        if (data) {
            Object.assign(this, withPage(this.rows, rowsFromConnection(data.uiapi.query.Account), this.after));
            this.accountError = undefined;
            this.loading = false;
        }
        if (errors) {
            this.accountError = errors;
            this.loading = false;
            this.hasMore = false;
        }
    }

    @wire(graphql, {
        query: gql`
            query cvpPortfolioContext {
                uiapi {
                    query {
                        CVP_Portfolio_Snapshot__c(first: 60, orderBy: { CVP_Taken_At__c: { order: DESC } }) {
                            edges {
                                node {
                                    Id
                                    CVP_Taken_At__c { value }
                                    CVP_Profile_Key__c { value }
                                    CVP_Profile_Version__c { value }
                                    CVP_Accounts__c { value }
                                    CVP_Key_Accounts__c { value }
                                    CVP_Develop_Accounts__c { value }
                                    CVP_Maintain_Accounts__c { value }
                                    CVP_Lean_Accounts__c { value }
                                    CVP_Prisoner_Accounts__c { value }
                                    CVP_Ideal_Accounts__c { value }
                                    CVP_Risk_Accounts__c { value }
                                    CVP_Emotional_Bond_Accounts__c { value }
                                    CVP_A_Accounts__c { value }
                                    CVP_B_Accounts__c { value }
                                    CVP_C_Accounts__c { value }
                                    CVP_Total_Revenue__c { value }
                                    CVP_Total_Margin__c { value }
                                    CVP_Top20_Margin_Share__c { value }
                                    CVP_Top20_Revenue_Share__c { value }
                                    CVP_Whale_Peak_Share__c { value }
                                    CVP_Key_Account_Margin_Share__c { value }
                                    CVP_Average_Score__c { value }
                                    CVP_Unprofitable_Accounts__c { value }
                                    CVP_Incomplete_Accounts__c { value }
                                    CVP_Loss_Total__c { value }
                                    CVP_Compare_Profile_Key__c { value }
                                }
                            }
                        }
                        CVP_Scoring_Profile__c(first: 50, orderBy: { Name: { order: ASC } }) {
                            edges {
                                node {
                                    Id
                                    Name { value }
                                    CVP_Key__c { value }
                                    CVP_Name_Fi__c { value }
                                    CVP_Default__c { value }
                                    CVP_Weight_Volume__c { value }
                                    CVP_Weight_Profitability__c { value }
                                    CVP_Weight_Loyalty__c { value }
                                    CVP_Weight_Potential__c { value }
                                    CVP_Weight_Reference__c { value }
                                    CVP_Weight_Learning__c { value }
                                    CVP_Weight_Contact__c { value }
                                    CVP_Weight_Emotional__c { value }
                                    CVP_Tier_Key_Account__c { value }
                                    CVP_Tier_Develop__c { value }
                                    CVP_Tier_Maintain__c { value }
                                    CVP_Matrix_High__c { value }
                                    CVP_Min_Coverage__c { value }
                                    CVP_Review_Months_Key_Account__c { value }
                                    CVP_Review_Months_Develop__c { value }
                                    CVP_Review_Months_Maintain__c { value }
                                    CVP_Review_Months_Lean__c { value }
                                    CVP_Scope_Included_Types__c { value }
                                    CVP_Scope_Excluded_Types__c { value }
                                    CVP_Scope_Record_Types__c { value }
                                    CVP_Volume_Bands__c { value }
                                    CVP_Profitability_Bands__c { value }
                                    CVP_Version__c { value }
                                    CVP_Version_Fingerprint__c { value }
                                }
                            }
                        }
                        Account(where: { CVP_Review_Due_On__c: { lte: { literal: TODAY } } }, first: 1) {
                            totalCount
                        }
                        User(
                            first: 200
                            where: { Id: { inq: { Account: { OwnerId: { ne: null } }, ApiName: "OwnerId" } } }
                            orderBy: { Name: { order: ASC } }
                        ) {
                            edges {
                                node {
                                    Id
                                    Name { value }
                                }
                            }
                        }
                    }
                }
            }
        `
    })
    wiredContext({ data, errors }) {
        if (data) {
            this.snapshots = snapshotsFromConnection(data.uiapi.query[SNAPSHOT.object]);
            this.profileConnection = data.uiapi.query[SCORING_PROFILE.object];
            this.profileSet = mergeProfiles(this.profileConnection);
            this.scope = scopeFromProfiles(data.uiapi.query[SCORING_PROFILE.object]);
            this.owners = ownersFromConnection(data.uiapi.query.User, USER_ID);
            // Counted on the server from the day the sync stored, so it covers the whole portfolio, not the
            // loaded page; only accounts in the scope hold one (the sync clears it on those that leave).
            const due = data.uiapi.query.Account;
            this.reviewDueCount = due && typeof due.totalCount === 'number' ? due.totalCount : undefined;
            this.contextError = undefined;
        }
        if (errors) this.contextError = errors;
    }

    get accountVariables() {
        return {
            where: accountWhere(this.scope, this.filters, USER_ID),
            orderBy: orderByFor(this.sortedBy, this.sortDirection),
            first: pageSize(this.pageSize),
            after: this.after
        };
    }

    get snapshot() {
        return this.snapshots.length ? this.snapshots[this.snapshots.length - 1] : undefined;
    }

    /** The profile the sync scored with (the snapshot's), for the loss analysis and the matrix split. */
    get profile() {
        const set = this.profileSet;
        return pickProfile(set.profiles, this.snapshot && this.snapshot.profileKey, set.defaultKey);
    }

    /** The shown profile's org record and version, for the what-if's "Save as new version". */
    get profileRecord() {
        return profileRecord(this.profileConnection, this.profile);
    }

    get errors() {
        return [this.accountError, this.contextError, this.exportError].filter((e) => e);
    }

    get hasErrors() {
        return this.errors.length > 0;
    }

    // The rows on screen stay (under the table's spinner) until the new first page replaces them: clearing
    // them first would make the datatable tear down every row and build them again twice per filter.
    restart() {
        this.after = null;
        this.loading = true;
    }

    handleFilter(event) {
        this.filters = event.detail.filters;
        this.restart();
    }

    handleSort(event) {
        this.sortedBy = event.detail.sortedBy;
        this.sortDirection = event.detail.sortDirection;
        this.restart();
    }

    handleLoadMore() {
        if (!this.hasMore || this.loading || !this.endCursor) return;
        this.loading = true;
        this.after = this.endCursor;
    }

    handleOpen(event) {
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId: event.detail.recordId, objectApiName: 'Account', actionName: 'view' }
        });
    }

    // A blob: URL, not a data: URL: Lightning Web Security blocks data: URLs in links ("Use Blob Objects
    // for Download Links"), and a data: URL would hold the whole file, percent-encoded, in the address.
    download(blob, fileName) {
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = fileName;
        link.style.display = 'none';
        this.template.querySelector('.export-anchor').appendChild(link);
        try {
            link.click();
        } finally {
            link.remove();
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
        }
    }

    handleExport(event) {
        const format = event.detail && event.detail.format;
        if (format === 'xlsx') return this.exportXlsx();
        // The error panel, not an uncaught error, when the page may not make the file (a Blob type the
        // security layer refuses, no memory for a Blob of this size).
        try {
            this.download(csvBlob(this.rows), 'portfolio.csv');
            this.exportError = undefined;
        } catch (error) {
            this.exportError = error;
        }
        return undefined;
    }

    // The workbook library is loaded on the first XLSX export only: most visits never export.
    async exportXlsx() {
        const rows = this.rows;
        try {
            await loadScript(this, EXCELJS);
            this.download(await xlsxBlob(window.ExcelJS, rows), 'portfolio.xlsx');
            this.exportError = undefined;
        } catch (error) {
            this.exportError = error;
        }
    }
}
