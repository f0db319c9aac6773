import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { LABELS, moversOrder, moversWhere, placePage } from 'c/cvpPortfolioData';
import { format, formatDate } from 'c/cvpText';

/**
 * The rising stars and the fallers of the whole portfolio under the comparison profile the sync ranked
 * every account with (CVP_Compare_Rank__c, CVP_Compare_Rank_Change__c = rank − compare rank): two ordered
 * Account queries, each with the count of all that rise or fall, so a riser ranked 40,000th today is
 * found whether or not the table has loaded it (docs/method.md, Profile comparison).
 */
export default class CvpRankMovers extends LightningElement {
    /** The portfolio scope; the queries wait until it is known. */
    @api scope;
    /** The latest snapshot (its comparison profile and when it was taken). */
    @api snapshot;
    /** Core profiles, to name the comparison profile in the user's language. */
    @api profiles;

    labels = LABELS;
    rising = placePage(null);
    falling = placePage(null);
    error;

    @wire(graphql, {
        query: gql`
            query cvpRisingStars($where: Account_Filter!, $orderBy: Account_OrderBy) {
                uiapi {
                    query {
                        Account(where: $where, orderBy: $orderBy, first: 10) {
                            edges {
                                node {
                                    Id
                                    Name { value }
                                    CVP_Rank__c { value }
                                    CVP_Compare_Rank__c { value }
                                    CVP_Compare_Rank_Change__c { value }
                                }
                            }
                            totalCount
                        }
                    }
                }
            }
        `,
        variables: '$risingVariables'
    })
    wiredRising({ data, errors }) {
        if (data) this.rising = placePage(data.uiapi.query.Account);
        if (errors) this.error = errors;
    }

    @wire(graphql, {
        query: gql`
            query cvpFallers($where: Account_Filter!, $orderBy: Account_OrderBy) {
                uiapi {
                    query {
                        Account(where: $where, orderBy: $orderBy, first: 10) {
                            edges {
                                node {
                                    Id
                                    Name { value }
                                    CVP_Rank__c { value }
                                    CVP_Compare_Rank__c { value }
                                    CVP_Compare_Rank_Change__c { value }
                                }
                            }
                            totalCount
                        }
                    }
                }
            }
        `,
        variables: '$fallingVariables'
    })
    wiredFalling({ data, errors }) {
        if (data) this.falling = placePage(data.uiapi.query.Account);
        if (errors) this.error = errors;
    }

    get risingVariables() {
        return { where: moversWhere(this.scope, 'rising'), orderBy: moversOrder('rising') };
    }

    get fallingVariables() {
        return { where: moversWhere(this.scope, 'falling'), orderBy: moversOrder('falling') };
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
            this.rising.totalCount === null ? this.rising.rows.length : this.rising.totalCount,
            this.falling.totalCount === null ? this.falling.rows.length : this.falling.totalCount
        );
    }

    get risers() {
        return this.rowsOf(this.rising, '+');
    }

    get fallers() {
        return this.rowsOf(this.falling, '');
    }

    get hasRisers() {
        return this.rising.rows.length > 0;
    }

    get hasFallers() {
        return this.falling.rows.length > 0;
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

    open(event) {
        event.preventDefault();
        this.dispatchEvent(new CustomEvent('open', { detail: { recordId: event.currentTarget.dataset.id } }));
    }
}
