import { LightningElement, api } from 'lwc';
import { BUILT_IN_PROFILES, compareProfiles } from 'c/cvpCore';
import { pickProfile, profileOptions } from 'c/cvpProfiles';
import { LABELS, inputFromRow } from 'c/cvpPortfolioData';
import { format, tierLabel } from 'c/cvpText';

const COMPARISONS = new WeakMap();

/**
 * First the rising stars and fallers of the whole portfolio, from the compare ranks the sync stored on
 * every account (c/cvpRankMovers); then any two profiles tried on the loaded accounts.
 *
 * Each loaded account ranked under two profiles with the core's compareProfiles, the same code the CLI
 * and the sync rank with; the rising stars and the fallers first.
 *
 * Choice: it covers the accounts loaded in the ranked table, and says so. Ranking needs every account's
 * scores at once; paging a compact column set through all 50,000 accounts in a big org would be 25
 * requests before anything shows. The loaded accounts are the top of the current ranking (or of the
 * filter the user chose, e.g. one owner's accounts), which is where a yearly key-account review looks.
 */
export default class CvpProfileComparison extends LightningElement {
    @api rows = [];
    /** The portfolio scope and the latest snapshot, for the whole portfolio's movers (c/cvpRankMovers). */
    @api portfolioScope;
    @api snapshot;
    /** Core profiles (cvpProfiles.mergeProfiles): the org's records over the built-in ones. */
    @api profiles;

    labels = LABELS;
    baseKey = 'current';
    otherKey = 'future';

    get offered() {
        return this.profiles && this.profiles.length ? this.profiles : BUILT_IN_PROFILES;
    }

    get options() {
        return profileOptions(this.offered);
    }

    get base() {
        return pickProfile(this.offered, this.baseKey);
    }

    get other() {
        return pickProfile(this.offered, this.otherKey, this.offered[1] && this.offered[1].key);
    }

    get comparison() {
        const rows = this.rows || [];
        const base = this.base;
        const other = this.other;
        let byProfiles = COMPARISONS.get(rows);
        if (!byProfiles) {
            byProfiles = new Map();
            COMPARISONS.set(rows, byProfiles);
        }
        const key = `${base.key}|${other.key}`;
        if (!byProfiles.has(key)) byProfiles.set(key, compareProfiles(rows.map(inputFromRow), base, other, 10));
        return byProfiles.get(key);
    }

    get scope() {
        return format(LABELS.compareScope, (this.rows || []).length);
    }

    get hasRows() {
        return (this.rows || []).length > 0;
    }

    describe(list) {
        const rows = this.rows;
        return list.map((c) => ({
            key: rows[c.index].id,
            id: rows[c.index].id,
            text: format(LABELS.rankChange, c.name, c.rank, c.compareRank),
            change: c.rankChange > 0 ? `+${c.rankChange}` : String(c.rankChange)
        }));
    }

    get risingStars() {
        return this.describe(this.comparison.risingStars);
    }

    get fallers() {
        return this.describe(this.comparison.fallers);
    }

    get hasRising() {
        return this.risingStars.length > 0;
    }

    get hasFallers() {
        return this.fallers.length > 0;
    }

    get columns() {
        return [
            { key: 'name', label: LABELS.account },
            { key: 'rank', label: LABELS.rank },
            { key: 'tier', label: LABELS.tier },
            { key: 'compared', label: LABELS.comparedRank },
            { key: 'comparedTier', label: LABELS.tier },
            { key: 'change', label: LABELS.change }
        ];
    }

    get tableRows() {
        const rows = this.rows;
        return this.comparison.changes.map((c) => ({
            key: rows[c.index].id,
            cells: [
                c.name,
                String(c.rank),
                tierLabel(c.tier),
                String(c.compareRank),
                tierLabel(c.compareTier),
                String(c.rankChange)
            ]
        }));
    }

    changeBase(event) {
        this.baseKey = event.detail.value;
    }

    changeOther(event) {
        this.otherKey = event.detail.value;
    }

    open(event) {
        event.preventDefault();
        this.dispatchEvent(new CustomEvent('open', { detail: { recordId: event.currentTarget.dataset.id } }));
    }

    /** An account opened in the whole portfolio's movers: passed on to the workspace. */
    forward(event) {
        this.dispatchEvent(new CustomEvent('open', { detail: event.detail }));
    }
}
