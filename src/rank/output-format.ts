import { extname } from 'node:path';
import { loadMessages } from '../messages.js';

const messages = loadMessages('portfolio.rank');

export const FORMATS = ['table', 'csv', 'json', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

const BY_EXTENSION: Record<string, Format> = { '.csv': 'csv', '.xlsx': 'xlsx', '.json': 'json', '.txt': 'table' };

/** Settles the output format from --format and --output before any work, so a mistake costs nothing. */
export function resolveFormat(format: Format | undefined, output: string | undefined): Format {
  if (!output) {
    if (format === 'xlsx') throw messages.createError('error.BinaryNeedsOutput');
    return format ?? 'table';
  }
  const fromExtension = BY_EXTENSION[extname(output).toLowerCase()];
  if (!format) {
    if (!fromExtension) throw messages.createError('error.UnknownOutputExtension', [output]);
    return fromExtension;
  }
  if (fromExtension && fromExtension !== format) {
    const wanted =
      Object.entries(BY_EXTENSION)
        .find(([, f]) => f === format)?.[0]
        .slice(1) ?? format;
    throw messages.createError('error.FormatMismatch', [format, output], [wanted]);
  }
  return format;
}
