/**
 * lightning/pageReferenceUtils: default field values for a standard__objectPage "new" action, as the
 * platform encodes them (Field=value pairs joined by commas, each part URI-encoded).
 */
export function encodeDefaultFieldValues(values) {
  return Object.entries(values ?? {})
    .map(
      ([field, value]) =>
        `${encodeURIComponent(field)}=${encodeURIComponent(value === null || value === undefined ? '' : String(value))}`
    )
    .join(',');
}

export function decodeDefaultFieldValues(text) {
  const out = {};
  for (const part of String(text ?? '').split(',')) {
    if (!part) continue;
    const at = part.indexOf('=');
    const field = decodeURIComponent(at < 0 ? part : part.slice(0, at));
    out[field] = at < 0 ? '' : decodeURIComponent(part.slice(at + 1));
  }
  return out;
}
