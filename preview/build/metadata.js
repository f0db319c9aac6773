/**
 * Reads the force-app metadata the preview needs at build time: every element a list, every value the
 * text the file holds. Only what the preview shows is read; the metadata tests under test/metadata are
 * what check the files themselves.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: () => true,
});

export const forceApp = (root, ...parts) => path.join(root, 'force-app', 'main', 'default', ...parts);
/** What a package cannot hold (permission sets, the app, the translations that name it), deployed beside it. */
export const unpackaged = (root, ...parts) => path.join(root, 'force-app-unpackaged', 'main', 'default', ...parts);

/** The root element of an XML file, or null when the file does not exist. */
export function readXml(file) {
  if (!existsSync(file)) return null;
  const parsed = parser.parse(readFileSync(file, 'utf8'));
  const rootName = Object.keys(parsed).find((k) => !k.startsWith('?'));
  return rootName ? parsed[rootName][0] : null;
}

/** The text of the first child element `name`, or undefined. */
export function text(element, name) {
  const value = element?.[name]?.[0];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : (value['#text'] ?? '');
}

export const list = (element, name) => element?.[name] ?? [];

export function filesIn(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => path.join(dir, f));
}
