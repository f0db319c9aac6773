/**
 * Reading metadata XML the same way in every metadata test: well-formedness through fast-xml-parser's
 * validator, then a parse in which every element is a list and every value stays the text the file
 * holds (so "true", "05" or "Nmber" are seen as written, not coerced).
 */
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';

/** An element: its child elements by name (always lists), its text as '#text', attributes as '@_name'. */
export type XmlElement = { readonly [name: string]: ReadonlyArray<XmlElement | string> | string | undefined };

export type ParsedDocument = { root: string; element: XmlElement; namespace: string | undefined };

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name: string, _jpath: unknown, _isLeaf: boolean, isAttribute: boolean): boolean => !isAttribute,
});

export type ParseResult = { ok: true; doc: ParsedDocument } | { ok: false; error: string };

export function parseXmlText(content: string): ParseResult {
  const valid = XMLValidator.validate(content);
  if (valid !== true) return { ok: false, error: `${valid.err.code} at line ${valid.err.line}: ${valid.err.msg}` };
  const parsed = parser.parse(content) as Record<string, unknown>;
  const roots = Object.keys(parsed).filter((key) => !key.startsWith('?'));
  if (roots.length !== 1) return { ok: false, error: `expected one root element, found ${roots.length}` };
  const root = roots[0];
  const element = (parsed[root] as XmlElement[])[0];
  const namespace = typeof element === 'object' ? (element['@_xmlns'] as string | undefined) : undefined;
  return { ok: true, doc: { root, element: typeof element === 'object' ? element : {}, namespace } };
}

export function parseXmlFile(file: string): ParsedDocument {
  const result = parseXmlText(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.error}`);
  return result.doc;
}

/** Child elements with the given name. */
export function children(element: XmlElement, name: string): XmlElement[] {
  const value = element[name];
  if (!Array.isArray(value)) return [];
  return (value as ReadonlyArray<XmlElement | string>).map((v): XmlElement =>
    typeof v === 'string' ? { '#text': v } : v
  );
}

/** Text of the first child element with the given name, or undefined. */
export function text(element: XmlElement, name: string): string | undefined {
  const value = element[name];
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const first = value[0];
  if (typeof first === 'string') return first;
  return typeof first['#text'] === 'string' ? first['#text'] : undefined;
}

/** Texts of every child element with the given name. */
export function texts(element: XmlElement, name: string): string[] {
  return children(element, name).map((c) => (typeof c['#text'] === 'string' ? c['#text'] : ''));
}

/** Names of the child elements (attributes and text left out). */
export function childNames(element: XmlElement): string[] {
  return Object.keys(element).filter((key) => !key.startsWith('@_') && key !== '#text');
}
