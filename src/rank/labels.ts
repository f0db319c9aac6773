import { loadMessages } from '../messages.js';

const labels = loadMessages('labels');
// Reports of 200,000 accounts look a label up per cell: Messages formats on every call, so cache.
const cache = new Map<string, string>();

export type LabelKind = 'tier' | 'treatment' | 'treatmentShort' | 'quadrant' | 'dimension' | 'cause';

/** English display text for the core's keys (tier, treatment, quadrant, dimension, cause). */
export function label(kind: LabelKind, key: string | null): string {
  const id =
    key === null
      ? kind === 'tier'
        ? 'tier.unscored'
        : kind === 'quadrant'
          ? 'quadrant.unassessed'
          : ''
      : `${kind}.${key}`;
  if (id === '') return '';
  let text = cache.get(id);
  if (text === undefined) {
    text = labels.getMessage(id);
    cache.set(id, text);
  }
  return text;
}

export function lifecycleLabel(stage: string | null): string {
  return stage === null ? '' : stage.charAt(0).toUpperCase() + stage.slice(1);
}
