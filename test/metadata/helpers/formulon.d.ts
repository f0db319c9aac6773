/** The part of formulon's API the metadata tests use (the package ships no type declarations). */
declare module 'formulon' {
  export type FormulonLiteral = {
    type: 'literal';
    dataType:
      | 'number'
      | 'text'
      | 'checkbox'
      | 'date'
      | 'datetime'
      | 'time'
      | 'geolocation'
      | 'picklist'
      | 'multipicklist'
      | 'null';
    value: unknown;
    options?: Record<string, unknown>;
  };
  export type FormulonError = { type: 'error'; errorType: string; message: string };
  export function parse(
    formula: string,
    identifiers?: Record<string, FormulonLiteral>
  ): FormulonLiteral | FormulonError;
  export function extract(formula: string): string[];
}
