import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { LABELS, LOSS_MAKERS_ORDER, lossMakersWhere, placePage, withPage } from 'c/cvpPortfolioData';
import { countText, format, formatMoney } from 'c/cvpText';

const CAUSE = { lowVolume: LABELS.causeLowVolume, workload: LABELS.causeWorkload, costs: LABELS.causeCosts };

/**
 * Every loss-making account of the portfolio, the largest loss first, whatever the ranked table has
 * loaded: an ordered Account query on the customer margin the sync wrote, in pages of 200 (with
 * `upperBound`, so paging goes on past 4,000), each with the loss cause the sync stored. A loss-maker
 * ranks low, so a list of the loaded (top-ranked) accounts would miss exactly these (issue 16).
 */
export default class CvpLossMakers extends LightningElement {
    /** The portfolio scope (c/cvpPortfolioData scopeFromProfiles); the query waits until it is known. */
    @api scope;
    /** The total loss of the latest snapshot (CVP_Loss_Total__c), for the headline. */
    @api lossTotal;

    labels = LABELS;
    after = null;
    rows = [];
    totalCount = null;
    endCursor = null;
    hasMore = false;
    loading = true;
    error;

    @wire(graphql, {
        query: gql`
            query cvpLossMakers($where: Account_Filter!, $orderBy: Account_OrderBy, $after: String) {
                uiapi {
                    query {
                        Account(where: $where, orderBy: $orderBy, first: 200, after: $after, upperBound: 100000) {
                            edges {
                                node {
                                    Id
                                    Name { value }
                                    CVP_Rank__c { value }
                                    CVP_Tier__c { value }
                                    CVP_Customer_Margin__c { value }
                                    CVP_Revenue__c { value }
                                    CVP_Loss_Cause__c { value }
                                }
                            }
                            pageInfo { endCursor hasNextPage }
                            totalCount
                        }
                    }
                }
            }
        `,
        variables: '$variables'
    })
    wiredLosses({ data, errors }) {
        if (data) {
            Object.assign(this, withPage(this.rows, placePage(data.uiapi.query.Account), this.after));
            this.error = undefined;
            this.loading = false;
        }
        if (errors) {
            this.error = errors;
            this.loading = false;
            this.hasMore = false;
        }
    }

    get variables() {
        return { where: lossMakersWhere(this.scope), orderBy: LOSS_MAKERS_ORDER, after: this.after };
    }

    get losses() {
        return this.rows.map((r) => ({
            key: r.id,
            id: r.id,
            name: r.name,
            rank: r.rank === null ? '–' : String(r.rank),
            margin: formatMoney(r.margin),
            cause: CAUSE[r.lossCause] || ''
        }));
    }

    get hasLosses() {
        return this.rows.length > 0;
    }

    get noLosses() {
        return !this.loading && !this.error && this.rows.length === 0;
    }

    get headline() {
        const count = this.totalCount === null ? this.rows.length : this.totalCount;
        return countText(count, LABELS.lossCount, LABELS.lossCountOne, formatMoney(this.lossTotal));
    }

    get shown() {
        return format(
            LABELS.lossShown,
            this.rows.length,
            this.totalCount === null ? this.rows.length : this.totalCount
        );
    }

    get errors() {
        return this.error ? [this.error] : [];
    }

    loadMore() {
        if (!this.hasMore || this.loading || !this.endCursor) return;
        this.loading = true;
        this.after = this.endCursor;
    }

    open(event) {
        event.preventDefault();
        this.dispatchEvent(new CustomEvent('open', { detail: { recordId: event.currentTarget.dataset.id } }));
    }
}
