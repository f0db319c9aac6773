/** formulon's parse-only entry point, which the metadata tests' declarations leave out. */
declare module 'formulon' {
  export function ast(formula: string): unknown;
}
