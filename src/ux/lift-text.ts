import type { Lift } from '../core/index.js';
import { currentLanguage, numberFormats, type Language } from '../i18n/index.js';
import { loadMessages } from '../messages.js';
import { label } from './labels.js';

const messages = loadMessages('rank-table');

/**
 * Texts already phrased, by language and what decides them. An export phrases a lift per row (200,000
 * rows and more), and the message bundle formats on every call: a score lift has a handful of
 * phrasings, and a figure lift differs only in its amount, so the sentence around it is kept.
 */
const phrased = new Map<Language, Map<string, string | [string, string]>>();
/** Phrasings kept per language at most: a score lift's "from" can be any figure a person typed. */
const PHRASED_MAX = 10_000;
/** Stands for the amount while a figure lift's sentence is phrased once; no label contains it. */
const AMOUNT = '\u0000';

function remembered<T extends string | [string, string]>(key: string, phrase: () => T): T {
  const language = currentLanguage();
  let texts = phrased.get(language);
  if (!texts) phrased.set(language, (texts = new Map<string, string | [string, string]>()));
  let text = texts.get(key) as T | undefined;
  if (text === undefined) {
    text = phrase();
    if (texts.size < PHRASED_MAX) texts.set(key, text);
  }
  return text;
}

/**
 * The lift in the words of the run's language (docs/method.md, Explanation), blank when there is
 * nothing to reach: what a person can change — a score they assess, the revenue or customer margin a
 * computed score needs, a loss-maker's profitability treatment — or that no single change is enough.
 */
export function liftText(lift: Lift | null, currency?: string): string {
  if (!lift) return '';
  switch (lift.kind) {
    case 'score':
      return remembered(`s|${lift.dimension}|${String(lift.from)}|${lift.to}|${lift.tier}`, () =>
        lift.from === null
          ? messages.getMessage('lift.Assess', [label('dimension', lift.dimension), lift.to, label('tier', lift.tier)])
          : messages.getMessage('lift.Score', [
              label('dimension', lift.dimension),
              numberFormats().decimal(lift.from, Number.isInteger(lift.from) ? 0 : 1),
              lift.to,
              label('tier', lift.tier),
            ])
      );
    case 'figure': {
      const [before, after] = remembered(`f|${lift.figure}|${lift.tier}`, () => {
        const [head, ...tail] = messages
          .getMessage('lift.Figure', [label('figure', lift.figure), AMOUNT, label('tier', lift.tier)])
          .split(AMOUNT);
        return [head, tail.join(AMOUNT)] as [string, string];
      });
      return `${before}${numberFormats().money(lift.needed, currency)}${after}`;
    }
    case 'profitability':
      return label('treatment', lift.treatment);
    default:
      return remembered(`n|${lift.nextTier}`, () => messages.getMessage('lift.None', [label('tier', lift.nextTier)]));
  }
}
