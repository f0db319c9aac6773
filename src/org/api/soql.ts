/**
 * SOQL literals: a value put into a query's text is quoted here, so that no caller builds one by hand
 * and a name with a quote or a backslash cannot change the query.
 */

/** A SOQL string literal. */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A SOQL datetime literal, to the second (SOQL literals take no fractions). */
export function soqlDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
