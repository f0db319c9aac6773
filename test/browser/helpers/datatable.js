// Reading lightning-datatable in the preview: its cells are drawn in shadow trees of their own, so row
// innerText comes back empty; the cells' data-cell-value attribute holds what the table shows.

/** The values of one column's body cells (by the column's label), as the datatable holds them. */
export const columnTexts = (scope, columnLabel) =>
  scope
    .locator(`lightning-datatable tbody [data-label="${columnLabel}"][data-cell-value]`)
    .evaluateAll((cells) => cells.map((c) => c.dataset.cellValue));
