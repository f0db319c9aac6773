/**
 * Field values as the org stores and returns them: numbers rounded to the field's scale, dates as
 * `2025-07-01`, date-times as `2025-07-01T12:00:00.000+0000`, Ids in their 18-character form.
 */
import { saveError, type SaveError } from './errors.js';
import { to18 } from './ids.js';
import type { FieldDef } from './schema-types.js';

/**
 * Half away from zero on the decimal the double stands for (1.005 → 1.01), as the org rounds: scaling
 * through 15 significant digits first turns 100.49999999999999 back into the 100.5 it stands for.
 */
export function roundHalfAway(value: number, decimals: number): number {
  if (Number.isInteger(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // Cutting to 15 digits moves the value by less than scaled × 1e-14: only a value that close to a half
  // can round differently for it. Any other is rounded as it is, without formatting it as text, which
  // costs more than a bulk job's other checks on the row together.
  const nearHalf = Math.abs(scaled - Math.floor(scaled) - 0.5) <= scaled * 1e-14 + 1e-9;
  const rounded = Math.round(nearHalf ? Number(scaled.toPrecision(15)) : scaled) / factor;
  return value < 0 ? -rounded : rounded;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const todayIso = (now = new Date()): string =>
  `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;

export function sfDateTime(date: Date): string {
  return `${todayIso(date)}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(
    date.getUTCMilliseconds(),
    3
  )}+0000`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Milliseconds of a stored or literal date or date-time (dates at UTC midnight). */
export function toMillis(value: string): number {
  if (DATE.test(value)) return Date.parse(`${value}T00:00:00Z`);
  const iso = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(iso) ? iso : `${iso}Z`);
}

/** The last value parsed: a bulk job sets the same date-time on every row it writes. */
let lastDateTime: { raw: string; value: string | undefined } | undefined;

export function parseDateTime(raw: string): string | undefined {
  if (lastDateTime?.raw !== raw) lastDateTime = { raw, value: parseDateTimeOnce(raw) };
  return lastDateTime.value;
}

function parseDateTimeOnce(raw: string): string | undefined {
  if (DATE.test(raw)) return sfDateTime(new Date(`${raw}T00:00:00Z`));
  if (!DATETIME.test(raw)) return undefined;
  const ms = toMillis(raw);
  return Number.isNaN(ms) ? undefined : sfDateTime(new Date(ms));
}

export const NUMERIC = new Set(['double', 'int', 'currency', 'percent']);
export const TEXTUAL = new Set(['string', 'textarea', 'picklist', 'multipicklist', 'email', 'phone', 'url']);

export type Coerced = { ok: true; value: unknown } | { ok: false; error: SaveError };

const typeError = (f: FieldDef, raw: unknown): Coerced => ({
  ok: false,
  error: saveError('INVALID_TYPE_ON_FIELD_IN_RECORD', `${f.label}: value not of required type: ${String(raw)}`, [
    f.name,
  ]),
});

function coerceNumber(f: FieldDef, raw: unknown): Coerced {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(n)) return typeError(f, raw);
  const scale = f.type === 'int' ? 0 : f.scale;
  const rounded = roundHalfAway(n, scale);
  const integerDigits = Math.max(1, (f.precision || 18) - scale);
  if (Math.abs(Math.trunc(rounded)) >= 10 ** integerDigits) {
    return {
      ok: false,
      error: saveError(
        'NUMBER_OUTSIDE_VALID_RANGE',
        `${f.label}: value outside of valid range on numeric field: ${n}`,
        [f.name]
      ),
    };
  }
  return { ok: true, value: rounded };
}

function coerceText(f: FieldDef, raw: unknown): Coerced {
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') return typeError(f, raw);
  const value = String(raw);
  if (f.length && value.length > f.length) {
    return {
      ok: false,
      error: saveError(
        'STRING_TOO_LONG',
        `${f.label}: data value too large: ${value.slice(0, 80)} (max length=${f.length})`,
        [f.name]
      ),
    };
  }
  if (f.restrictedPicklist) {
    const values = f.type === 'multipicklist' ? value.split(';') : [value];
    const bad = values.find((v) => !f.picklistValues.includes(v));
    if (bad !== undefined) {
      return {
        ok: false,
        error: saveError(
          'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
          `${f.label}: bad value for restricted picklist field: ${bad}`,
          [f.name]
        ),
      };
    }
  }
  return { ok: true, value };
}

function coerceBoolean(f: FieldDef, raw: unknown, csv: boolean): Coerced {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  const s = String(raw).toLowerCase();
  if (s === 'true' || (csv && s === '1')) return { ok: true, value: true };
  if (s === 'false' || (csv && s === '0')) return { ok: true, value: false };
  return typeError(f, raw);
}

function coerceDate(f: FieldDef, raw: unknown): Coerced {
  const s = String(raw);
  if (DATE.test(s)) return { ok: true, value: s };
  return DATETIME.test(s) ? { ok: true, value: s.slice(0, 10) } : typeError(f, raw);
}

function coerceDateTime(f: FieldDef, raw: unknown): Coerced {
  const value = typeof raw === 'string' ? parseDateTime(raw) : undefined;
  return value ? { ok: true, value } : typeError(f, raw);
}

function coerceId(f: FieldDef, raw: unknown): Coerced {
  const id = typeof raw === 'string' ? to18(raw) : undefined;
  if (id) return { ok: true, value: id };
  return {
    ok: false,
    error: saveError('MALFORMED_ID', `${f.label}: id value of incorrect type: ${String(raw)}`, [f.name]),
  };
}

const BY_TYPE: Readonly<Partial<Record<FieldDef['type'], (f: FieldDef, raw: unknown, csv: boolean) => Coerced>>> = {
  boolean: coerceBoolean,
  date: coerceDate,
  datetime: coerceDateTime,
  id: coerceId,
  reference: coerceId,
};

/**
 * A written value as the field stores it. `csv` is Bulk 2.0's text, where every value is a string; the
 * caller has already turned `#N/A` into null and dropped empty cells.
 */
export function coerce(f: FieldDef, raw: unknown, csv: boolean): Coerced {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (NUMERIC.has(f.type)) return !csv && typeof raw === 'boolean' ? typeError(f, raw) : coerceNumber(f, raw);
  const byType = BY_TYPE[f.type];
  return byType ? byType(f, raw, csv) : coerceText(f, raw);
}

/** A stored value as Bulk 2.0 writes it into CSV (blank for null). */
export function csvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
