import type { Lift } from '../core/index.js';
import { numberFormats } from '../i18n/index.js';
import { loadMessages } from '../messages.js';
import { label } from './labels.js';

const messages = loadMessages('rank-table');

/**
 * The lift in the words of the run's language (docs/method.md, Explanation), blank when there is
 * nothing to reach: what a person can change — a score they assess, the revenue or customer margin a
 * computed score needs, a loss-maker's profitability treatment — or that no single change is enough.
 */
export function liftText(lift: Lift | null, currency?: string): string {
  if (!lift) return '';
  switch (lift.kind) {
    case 'score':
      return lift.from === null
        ? messages.getMessage('lift.Assess', [label('dimension', lift.dimension), lift.to, label('tier', lift.tier)])
        : messages.getMessage('lift.Score', [
            label('dimension', lift.dimension),
            numberFormats().decimal(lift.from, Number.isInteger(lift.from) ? 0 : 1),
            lift.to,
            label('tier', lift.tier),
          ]);
    case 'figure':
      return messages.getMessage('lift.Figure', [
        label('figure', lift.figure),
        numberFormats().money(lift.needed, currency),
        label('tier', lift.tier),
      ]);
    case 'profitability':
      return label('treatment', lift.treatment);
    default:
      return messages.getMessage('lift.None', [label('tier', lift.nextTier)]);
  }
}
