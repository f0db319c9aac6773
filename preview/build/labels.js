/**
 * Custom labels for `@salesforce/label/c.*`: English from CustomLabels.labels-meta.xml, Finnish from
 * force-app-unpackaged's translations/fi.translation-meta.xml. A Finnish text that is missing falls back to English at run
 * time, as the platform does.
 */
import { forceApp, list, readXml, text, unpackaged } from './metadata.js';

export function readLabels(root) {
  const en = {};
  const fi = {};
  const labels = readXml(forceApp(root, 'labels', 'CustomLabels.labels-meta.xml'));
  for (const label of list(labels, 'labels')) en[text(label, 'fullName')] = text(label, 'value') ?? '';
  const translations = readXml(unpackaged(root, 'translations', 'fi.translation-meta.xml'));
  for (const label of list(translations, 'customLabels')) fi[text(label, 'name')] = text(label, 'label') ?? '';
  return { en, fi };
}
