import type { FigureLift, Lift, Tier } from '../core/index.js';
import { currentLanguage, numberFormats, type Language } from '../i18n/index.js';
import { loadMessages } from '../messages.js';
import { label } from '../i18n/labels.js';

const messages = loadMessages('rank-table');

/**
 * Texts already phrased, per language, found by what decides them through one map per part (never a
 * key string made per row): an export phrases a lift per row (200,000 rows and more), and both the
 * message bundle and the currency format work on every call. A score lift has a handful of phrasings;
 * a figure lift's amount is one of a few cut-offs of the portfolio, so whole sentences are kept.
 */
type Phrased = Map<unknown, Phrased | string>;
const phrased = new Map<Language, { texts: Phrased; count: number }>();
/** Phrasings kept per language at most: a score lift's "from" can be any figure a person typed. */
const PHRASED_MAX = 10_000;
/** Stands for the amount while a figure lift's sentence is phrased once; no label contains it. */
const AMOUNT = '\u0000';

function remembered(keys: readonly unknown[], phrase: () => string): string {
  const language = currentLanguage();
  let kept = phrased.get(language);
  if (!kept) phrased.set(language, (kept = { texts: new Map(), count: 0 }));
  let map = kept.texts;
  const last = keys.length - 1;
  for (let k = 0; k < last; k += 1) {
    let next = map.get(keys[k]) as Phrased | undefined;
    if (next === undefined) map.set(keys[k], (next = new Map()));
    map = next;
  }
  let text = map.get(keys[last]) as string | undefined;
  if (text === undefined) {
    text = phrase();
    if (kept.count < PHRASED_MAX) {
      map.set(keys[last], text);
      kept.count += 1;
    }
  }
  return text;
}

/** A figure lift's sentence around its amount, phrased once per figure and tier: [before, after]. */
const figureSentence = (figure: FigureLift['figure'], tier: Tier): [string, string] => {
  const [head, ...tail] = messages
    .getMessage('lift.Figure', [label('figure', figure), AMOUNT, label('tier', tier)])
    .split(AMOUNT);
  return [head, tail.join(AMOUNT)];
};

/**
 * The lift in the words of the run's language (docs/method.md, Explanation), blank when there is
 * nothing to reach: what a person can change — a score they assess, the revenue or customer margin a
 * computed score needs, a loss-maker's profitability treatment — or that no single change is enough.
 */
export function liftText(lift: Lift | null, currency?: string): string {
  if (!lift) return '';
  switch (lift.kind) {
    case 'score':
      return remembered(['s', lift.dimension, lift.tier, lift.to, lift.from], () =>
        lift.from === null
          ? messages.getMessage('lift.Assess', [label('dimension', lift.dimension), lift.to, label('tier', lift.tier)])
          : messages.getMessage('lift.Score', [
              label('dimension', lift.dimension),
              numberFormats().decimal(lift.from, Number.isInteger(lift.from) ? 0 : 1),
              lift.to,
              label('tier', lift.tier),
            ])
      );
    case 'figure':
      return remembered(['f', lift.figure, lift.tier, currency, lift.needed], () => {
        const [before, after] = figureSentence(lift.figure, lift.tier);
        return `${before}${numberFormats().money(lift.needed, currency)}${after}`;
      });
    case 'profitability':
      return label('treatment', lift.treatment);
    default:
      return remembered(['n', lift.nextTier], () => messages.getMessage('lift.None', [label('tier', lift.nextTier)]));
  }
}
