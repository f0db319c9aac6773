/**
 * The current view as CSV: the columns of `portfolio rank`'s export (src/rank/export-rows.ts) under the
 * same English headers, so the file ranks again offline; then the day each account was last assessed
 * (its reviews); the account's Id last, to join it back to the org (the `sf portfolio export`
 * convention). Next Tier Lift and the comparison columns are left out: they belong to a ranking run,
 * not to the synced fields the page shows.
 */
import { tierLabel, treatmentLabel, QUADRANT_LABEL } from 'c/cvpText';

/** Header and how each row fills it. */
export const exportColumns = [
    ['Rank', (r) => r.rank],
    ['Name', (r) => r.name],
    ['Score', (r) => r.score],
    ['Tier', (r) => (r.tier ? tierLabel(r.tier) : '')],
    ['Treatment', (r) => treatmentLabel(r.treatment)],
    ['Quadrant', (r) => (r.quadrant ? QUADRANT_LABEL[r.quadrant] || r.quadrant : '')],
    ['ABC Class', (r) => r.abcClass],
    ['Coverage', (r) => r.coverage],
    ['Incomplete', (r) => r.incomplete],
    ['Customer Margin', (r) => r.margin],
    ['Volume Score', (r) => r.volumeScore],
    ['Profitability Score', (r) => r.profitabilityScore],
    ['Revenue', (r) => r.revenue],
    ['Direct Costs', (r) => r.costs.directCosts],
    ['Sales Costs', (r) => r.costs.salesCosts],
    ['Marketing Costs', (r) => r.costs.marketingCosts],
    ['Service Costs', (r) => r.costs.serviceCosts],
    ['Service Hours', (r) => r.costs.serviceHours],
    ['Volume', (r) => r.volumeEntered],
    ['Profitability', (r) => r.profitabilityEntered],
    ['Loyalty', (r) => r.scores.loyalty],
    ['Potential', (r) => r.scores.potential],
    ['Reference', (r) => r.scores.reference],
    ['Learning', (r) => r.scores.learning],
    ['Contact', (r) => r.scores.contact],
    ['Emotional', (r) => r.scores.emotional],
    ['Commitment', (r) => r.commitment],
    ['Binding', (r) => r.binding],
    ['Lifecycle Stage', (r) => r.lifecycle],
    // A header `portfolio rank` reads for its reviews (src/rank/review-due.ts): the day, as the rule counts it.
    ['Last Assessed At', (r) => (r.lastAssessedAt ? String(r.lastAssessedAt).slice(0, 10) : null)],
    ['Account Id', (r) => r.id]
];
// A spreadsheet runs a text cell starting with these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text that a spreadsheet would run is made inert with a leading apostrophe, then quoted. */
export function csvCell(value) {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    let text = String(value);
    if (FORMULA_START.test(text)) text = `'${text}`;
    return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function exportRecords(rows) {
    return [exportColumns.map(([header]) => header)].concat(
        rows.map((row) => exportColumns.map(([, cell]) => cell(row)))
    );
}

/** CRLF line ends (RFC 4180) so spreadsheets on every platform split the lines alike. */
export function toCsv(rows) {
    return exportRecords(rows)
        .map((record) => record.map(csvCell).join(','))
        .join('\r\n');
}

/**
 * The Blob's type. Lightning Web Security creates Blobs only of the MIME types it lists, without
 * parameters ("Specify a MIME Type for Blob Objects in Lightning Web Security"): text/csv is not among
 * them, text/plain is. The file is still saved as .csv: the link's download attribute names it.
 */
export const CSV_MIME = 'text/plain';

/**
 * The file for a blob: URL download link. The byte-order mark makes Excel read UTF-8 (Finnish names);
 * it stands in for the charset a MIME parameter cannot carry under LWS.
 */
export function csvBlob(rows) {
    return new Blob([`\uFEFF${toCsv(rows)}`], { type: CSV_MIME });
}
