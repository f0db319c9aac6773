/**
 * Names match ignoring case and runs of spaces: "Acme  Oy" and "ACME Oy" are the same customer.
 * toLowerCase, not toLocaleLowerCase('fi'): Finnish has no casing rules of its own (only Turkish,
 * Azeri and Lithuanian do), so the two agree, and the locale-aware call is several times slower.
 */
export const nameKey = (name: string): string => {
  const trimmed = name.trim();
  return (/\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toLowerCase();
};
