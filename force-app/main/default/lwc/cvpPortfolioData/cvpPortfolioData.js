/**
 * The portfolio workspace's data rules, without any UI: what the GraphQL `where` and `orderBy` are for a
 * set of filters, how an Account node becomes a table row, how a row becomes an input of the core, and
 * the CSV and XLSX exports. The bundles of the workspace share it; it is plain functions so the rules
 * are tested without rendering.
 */
export {
    PAGE_SIZE_MIN,
    PAGE_SIZE_MAX,
    UPPER_BOUND,
    OWNER_MINE,
    pageSize,
    whereFor,
    REVIEW_DUE_WHERE,
    orderByFor,
    SORTABLE,
    withPage
} from './portfolioQuery';
export {
    rowFromNode,
    rowsFromConnection,
    inputFromRow,
    snapshotFromNode,
    snapshotsFromConnection,
    ownersFromConnection
} from './portfolioRows';
export { EVERY_ACCOUNT_WHERE, scopeFromProfiles, accountWhere } from './portfolioScope';
export { LABELS } from './portfolioLabels';
export {
    lossMakersWhere,
    LOSS_MAKERS_ORDER,
    moversWhere,
    moversOrder,
    placeRowFromNode,
    placePage,
    wholeFromSnapshotNode
} from './wholeQuery';
export { CSV_MIME, csvCell, toCsv, exportColumns, exportRecords, csvBlob } from './portfolioCsv';
export { XLSX_BLOB_MIME, xlsxCell, toXlsx, xlsxBlob } from './portfolioXlsx';
