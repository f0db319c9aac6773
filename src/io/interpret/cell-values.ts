/**
 * One cell read as what its column holds: text, a figure, a cost, a score or a lifecycle stage.
 */
import { LIFECYCLE_STAGES, SCORE_MAX, SCORE_MIN, type LifecycleStage } from '../../core/model/dimensions.js';
import type { IoErrorCode } from '../issues/issues.js';
import { parseLocaleNumber, plainWholeNumber, type DecimalSeparator } from '../text/numbers.js';
import type { FieldKind } from './headers.js';
import { isBlankCell, type RawCell } from './raw-table.js';

export type CellProblemCode = Extract<
  IoErrorCode,
  'NotANumber' | 'FigureTooLarge' | 'ScoreOutOfRange' | 'NegativeCost' | 'UnknownLifecycle' | 'UncalculatedFormula'
>;

/**
 * The largest figure read, in either sign: 10^15 (a thousand trillion) of any currency, hours or units.
 * No account's revenue or cost comes near it, and a portfolio of a million accounts at the bound still
 * sums to a finite number: a 1e308 typed by mistake would otherwise overflow the totals to Infinity
 * and make every share NaN. Beyond it is a typing or export error, reported with its cell.
 */
export const MAX_FIGURE = 1e15;

export type CellOutcome = { ok: true; value: string | number | undefined } | { ok: false; code: CellProblemCode };

/**
 * Stage words in English and Finnish, without diacritics so "Paattyva" typed on a US keyboard works.
 * The Finnish words are the method's and the org's own (the picklist's Finnish translations, which a
 * report exported from a Finnish org writes): a test holds them to the translation file.
 */
const STAGE_WORDS: Record<LifecycleStage, readonly string[]> = {
  pioneer: ['pioneer', 'pioneeri'],
  growth: ['growth', 'kasvu', 'kasvava'],
  established: ['established', 'vakiintunut'],
  declining: ['declining', 'laskeva', 'hiipuva'],
  ending: ['ending', 'paattyva'],
};

const foldWord = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}]/gu, '');

const STAGE_BY_WORD: ReadonlyMap<string, LifecycleStage> = new Map(
  LIFECYCLE_STAGES.flatMap((stage) => STAGE_WORDS[stage].map((word) => [word, stage] as const))
);

/** Cells as written: a column holds a handful of distinct stage words, so each is folded once. */
const stageCache = new Map<string, LifecycleStage | undefined>();
const STAGE_CACHE_LIMIT = 1000;

export function parseLifecycle(text: string): LifecycleStage | undefined {
  if (stageCache.has(text)) return stageCache.get(text);
  const stage = STAGE_BY_WORD.get(foldWord(text));
  if (stageCache.size < STAGE_CACHE_LIMIT) stageCache.set(text, stage);
  return stage;
}

function readNumber(cell: Exclude<RawCell, null>, dec: DecimalSeparator): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const whole = plainWholeNumber(cell);
  if (whole !== undefined) return whole;
  const parsed = parseLocaleNumber(cell, dec);
  return parsed.kind === 'number' ? parsed.value : undefined;
}

/** A figure (money, hours, units): a number within MAX_FIGURE either side of zero. */
function readFigure(cell: Exclude<RawCell, null>, dec: DecimalSeparator): CellOutcome {
  const value = readNumber(cell, dec);
  if (value === undefined) return { ok: false, code: 'NotANumber' };
  return Math.abs(value) > MAX_FIGURE ? { ok: false, code: 'FigureTooLarge' } : { ok: true, value };
}

export function readCell(cell: RawCell | undefined, kind: FieldKind, dec: DecimalSeparator): CellOutcome {
  if (cell === undefined || cell === null || isBlankCell(cell)) return { ok: true, value: undefined };
  if (typeof cell === 'object' && cell.kind === 'formula') return { ok: false, code: 'UncalculatedFormula' };
  switch (kind) {
    case 'text':
      return { ok: true, value: typeof cell === 'object' ? cell.text : String(cell).trim() };
    case 'lifecycle': {
      const stage = typeof cell === 'string' ? parseLifecycle(cell) : undefined;
      return stage ? { ok: true, value: stage } : { ok: false, code: 'UnknownLifecycle' };
    }
    case 'score': {
      const value = readNumber(cell, dec);
      return value !== undefined && value >= SCORE_MIN && value <= SCORE_MAX
        ? { ok: true, value }
        : { ok: false, code: 'ScoreOutOfRange' };
    }
    case 'cost': {
      const outcome = readFigure(cell, dec);
      return outcome.ok && (outcome.value as number) < 0 ? { ok: false, code: 'NegativeCost' } : outcome;
    }
    case 'figure':
      return readFigure(cell, dec);
  }
}
