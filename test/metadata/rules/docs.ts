/**
 * The documentation pages the rules cite, by title and address as the documentation search found
 * them, so one page is cited the same way by every rule that comes from it.
 */
import type { Doc } from './rule.js';

const META = 'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta';

export const DOCS = {
  customField: { title: 'CustomField | Metadata API Developer Guide', url: `${META}/customfield.htm` },
} as const satisfies Record<string, Doc>;
