import { loadMessages } from '../messages.js';
import { currentLanguage, type Language } from './index.js';

const labels = loadMessages('labels');
// Reports of 200,000 accounts look a label up per cell: Messages formats on every call, so cache,
// per language and kind, so that a lookup builds no key string.
const caches = new Map<Language, Map<LabelKind, Map<string | null, string>>>();

export type LabelKind =
  'tier' | 'treatment' | 'treatmentShort' | 'quadrant' | 'dimension' | 'cause' | 'figure' | 'stage';

/** Display text, in the run's language, for the core's keys (tier, treatment, quadrant, dimension, cause, lift figure). */
export function label(kind: LabelKind, key: string | null): string {
  const language = currentLanguage();
  let cache = caches.get(language);
  if (!cache) caches.set(language, (cache = new Map<LabelKind, Map<string | null, string>>()));
  let ofKind = cache.get(kind);
  if (!ofKind) cache.set(kind, (ofKind = new Map<string | null, string>()));
  let text = ofKind.get(key);
  if (text === undefined) {
    text = lookUp(kind, key);
    ofKind.set(key, text);
  }
  return text;
}

function lookUp(kind: LabelKind, key: string | null): string {
  const id =
    key === null
      ? kind === 'tier'
        ? 'tier.unscored'
        : kind === 'quadrant'
          ? 'quadrant.unassessed'
          : ''
      : `${kind}.${key}`;
  return id === '' ? '' : labels.getMessage(id);
}

/** A lifecycle stage as the run's language names it; the spreadsheet reader reads either language's word back. */
export function lifecycleLabel(stage: string | null): string {
  return stage === null ? '' : label('stage', stage);
}
