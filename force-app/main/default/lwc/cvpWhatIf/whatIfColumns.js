/**
 * The accounts the what-if ranks, as the core's re-ranking columns (c/cvpCore rerankBase): each
 * dimension's score as the synced weighted score used it (an entered volume or profitability score,
 * else the band the sync gave the figure: inputFromRow), the margin and the revenue for the rank rule's
 * ties, and the Name and Id the list of moves shows and links. Typed arrays that grow as pages arrive:
 * at 50,000 accounts no object per account is kept, only these columns.
 */
import { DIMENSIONS } from 'c/cvpCore';
import { inputFromRow, rowFromNode } from 'c/cvpPortfolioData';

const orNaN = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN);

const grown = (array, size) => {
    const next = new Float64Array(size);
    next.set(array);
    return next;
};

/** Columns to fill, `capacity` accounts long at first (the connection's totalCount when known). */
export function createColumns(capacity = 0) {
    let size = Math.max(16, capacity || 0);
    let n = 0;
    let margin = new Float64Array(size);
    let revenue = new Float64Array(size);
    let scores = DIMENSIONS.map(() => new Float64Array(size));
    const names = [];
    const ids = [];

    function put(row) {
        if (n === size) {
            size *= 2;
            margin = grown(margin, size);
            revenue = grown(revenue, size);
            scores = scores.map((s) => grown(s, size));
        }
        const input = inputFromRow(row);
        names.push(row.name);
        ids.push(row.id);
        margin[n] = orNaN(row.margin);
        revenue[n] = orNaN(row.revenue);
        for (let d = 0; d < DIMENSIONS.length; d++) scores[d][n] = orNaN(input.scores[DIMENSIONS[d]]);
        n++;
    }

    return {
        get length() {
            return n;
        },
        /** Rows of c/cvpPortfolioData rowFromNode. */
        addRows(rows) {
            for (let i = 0; i < rows.length; i++) put(rows[i]);
        },
        /** The edges of one page of an Account connection; each node is made a row and let go. */
        addEdges(edges) {
            for (let i = 0; i < edges.length; i++) put(rowFromNode(edges[i].node));
        },
        /** The columns as the core takes them: views of the filled part, no copy. */
        columns() {
            return {
                names,
                ids,
                scores: scores.map((s) => s.subarray(0, n)),
                margin: margin.subarray(0, n),
                revenue: revenue.subarray(0, n)
            };
        }
    };
}

/** The loaded rows the workspace passes, as columns (the panel's figures while the whole is read). */
export function columnsFromRows(rows) {
    const columns = createColumns(rows.length);
    columns.addRows(rows);
    return columns.columns();
}
