import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { LABELS, moversOrder, moversWhere, placePage, withPage } from 'c/cvpPortfolioData';
import { format, formatDate } from 'c/cvpText';

/** One list before its first page: nothing held, a page on its way. */
const EMPTY = Object.freeze({ rows: [], endCursor: null, hasMore: false, totalCount: null, loading: true });

/**
 * The rising stars and the fallers of the whole portfolio under the comparison profile the sync ranked
 * every account with (CVP_Compare_Rank__c, CVP_Compare_Rank_Change__c = rank − compare rank): two ordered
 * Account queries, the largest move first, each paged 200 at a time with `upperBound` (as c/cvpLossMakers
 * pages the loss-makers), so every mover can be listed, and a riser ranked 40,000th today is found
 * whether or not the table has loaded it (docs/method.md, Profile comparison).
 */
export default class CvpRankMovers extends LightningElement {
    /** The portfolio scope; the queries wait until it is known. */
    @api scope;
    /** The latest snapshot (its comparison profile and when it was taken). */
    @api snapshot;
    /** Core profiles, to name the comparison profile in the user's language. */
    @api profiles;

    labels = LABELS;
    // The cursors the queries read; apart from the lists, so a page arriving does not ask again.
    risingAfter = null;
    fallingAfter = null;
    rising = EMPTY;
    falling = EMPTY;
    error;

    @wire(graphql, {
        query: gql`
            query cvpRisingStars($where: Account_Filter!, $orderBy: Account_OrderBy, $after: String) {
                uiapi {
                    query {
                        Account(where: $where, orderBy: $orderBy, first: 200, after: $after, upperBound: 100000) {
                            edges {
                                node {
                                    Id
                                    Name { value }
                                    CVP_Rank__c { value }
                                    CVP_Compare_Rank__c { value }
                                    CVP_Compare_Rank_Change__c { value }
                                }
                            }
                            pageInfo { endCursor hasNextPage }
                            totalCount
                        }
                    }
                }
            }
        `,
        variables: '$risingVariables'
    })
    wiredRising({ data, errors }) {
        if (data) this.rising = this.nextPage(this.rising, data, this.risingAfter);
        if (errors) this.failed(errors);
    }

    @wire(graphql, {
        query: gql`
            query cvpFallers($where: Account_Filter!, $orderBy: Account_OrderBy, $after: String) {
                uiapi {
                    query {
                        Account(where: $where, orderBy: $orderBy, first: 200, after: $after, upperBound: 100000) {
                            edges {
                                node {
                                    Id
                                    Name { value }
                                    CVP_Rank__c { value }
                                    CVP_Compare_Rank__c { value }
                                    CVP_Compare_Rank_Change__c { value }
                                }
                            }
                            pageInfo { endCursor hasNextPage }
                            totalCount
                        }
                    }
                }
            }
        `,
        variables: '$fallingVariables'
    })
    wiredFalling({ data, errors }) {
        if (data) this.falling = this.nextPage(this.falling, data, this.fallingAfter);
        if (errors) this.failed(errors);
    }

    get risingVariables() {
        return { where: moversWhere(this.scope, 'rising'), orderBy: moversOrder('rising'), after: this.risingAfter };
    }

    get fallingVariables() {
        return {
            where: moversWhere(this.scope, 'falling'),
            orderBy: moversOrder('falling'),
            after: this.fallingAfter
        };
    }

    nextPage(list, data, after) {
        this.error = undefined;
        return { ...withPage(list.rows, placePage(data.uiapi.query.Account), after), loading: false };
    }

    failed(errors) {
        this.error = errors;
        this.rising = { ...this.rising, loading: false, hasMore: false };
        this.falling = { ...this.falling, loading: false, hasMore: false };
    }

    get compareName() {
        const key = this.snapshot && this.snapshot.compareProfileKey;
        const profile = (this.profiles || []).find((p) => p.key === key);
        return (profile && profile.name) || key || '–';
    }

    get hasComparison() {
        return Boolean(this.snapshot && this.snapshot.compareProfileKey);
    }

    get scopeText() {
        return format(
            LABELS.moversScope,
            formatDate(this.snapshot && this.snapshot.takenAt),
            this.compareName,
            countOf(this.rising),
            countOf(this.falling)
        );
    }

    /** The two lists as the template shows them; the classes name each for its tests and styles. */
    get lists() {
        return [
            this.listView('rising', LABELS.rising, this.rising, '+', 'rising', 'rising-shown', 'more-rising'),
            this.listView('falling', LABELS.fallers, this.falling, '', 'fallers', 'falling-shown', 'more-falling')
        ];
    }

    listView(key, title, page, sign, listClass, shownClass, moreClass) {
        return {
            key,
            title,
            items: this.rowsOf(page, sign),
            hasRows: page.rows.length > 0,
            hasMore: page.hasMore,
            loading: page.loading,
            shown: shownText(page),
            listClass: `slds-list_ordered ${listClass}`,
            shownClass: `${shownClass} slds-text-body_small slds-text-color_weak slds-m-right_small`,
            moreClass
        };
    }

    get errors() {
        return this.error ? [this.error] : [];
    }

    rowsOf(page, sign) {
        return page.rows.map((r) => ({
            key: r.id,
            id: r.id,
            text: format(LABELS.rankChange, r.name, r.rank, r.compareRank),
            change: r.rankChange === null ? '' : `${sign}${r.rankChange}`
        }));
    }

    /** The next 200 of the list whose "Show more" was pressed. */
    more(event) {
        const key = event.currentTarget.dataset.list;
        const page = this[key];
        if (!page.hasMore || page.loading || !page.endCursor) return;
        this[key] = { ...page, loading: true };
        if (key === 'rising') this.risingAfter = page.endCursor;
        else this.fallingAfter = page.endCursor;
    }

    open(event) {
        event.preventDefault();
        this.dispatchEvent(new CustomEvent('open', { detail: { recordId: event.currentTarget.dataset.id } }));
    }
}

/** How many move that way in all; the rows held until the count is known. */
function countOf(list) {
    return list.totalCount === null ? list.rows.length : list.totalCount;
}

function shownText(list) {
    return format(LABELS.moversShown, list.rows.length, countOf(list));
}
