/**
 * Bytes of a text spreadsheet to a string, in the encodings spreadsheets save text in: UTF-8 with or
 * without a byte order mark, UTF-16 with one (Excel's "Unicode text"), and Windows-1252, which older
 * Excel versions on Windows still write for "CSV" in Finland. Anything that does not look like text
 * (an image, an archive, a workbook renamed .csv) is refused rather than read as garbage.
 */

export type DecodedText =
  | {
      ok: true;
      text: string;
      /**
       * True when the file is UTF-8 with a few bytes of another encoding (a Latin-1 "ä" pasted into a
       * UTF-8 file): those bytes are U+FFFD in `text`, and the reader reports the cells that hold one
       * rather than read a damaged name as if it were right.
       */
      damaged?: boolean;
    }
  | { ok: false; detected?: 'zip' | 'binary' };

/** Signatures of files people mistake for CSV: a zip (an .xlsx), an old binary .xls, PDF, images. */
const BINARY_SIGNATURES: ReadonlyArray<{ bytes: number[]; detected: 'zip' | 'binary' }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], detected: 'zip' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], detected: 'zip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], detected: 'binary' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], detected: 'binary' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], detected: 'binary' },
  { bytes: [0xff, 0xd8, 0xff], detected: 'binary' },
  { bytes: [0x47, 0x49, 0x46, 0x38], detected: 'binary' },
];

const startsWith = (buffer: Buffer, bytes: readonly number[]): boolean =>
  buffer.length >= bytes.length && bytes.every((byte, i) => buffer[i] === byte);

/** Control characters no spreadsheet writes into text (tab, line feed, form feed and carriage return aside). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** How much of the text is sampled for control characters; enough to tell text from binary. */
const SAMPLE_CHARS = 64 * 1024;
/** Fewer control characters than this never make text binary: 0.1 % of a full sample. */
const MIN_BINARY_CONTROLS = 64;

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, SAMPLE_CHARS);
  const controls = sample.match(CONTROL)?.length ?? 0;
  // A few escape sequences in a cell (a pasted coloured name) keep a small sheet text: it is read, and
  // the terminal shows them escaped. Binary data has controls by the hundred.
  return controls >= MIN_BINARY_CONTROLS && controls / Math.max(sample.length, 1) > 0.001;
}

function decodeUnicode(buffer: Buffer): string | undefined {
  if (startsWith(buffer, [0xef, 0xbb, 0xbf])) return buffer.subarray(3).toString('utf8');
  if (startsWith(buffer, [0xff, 0xfe])) return buffer.subarray(2).toString('utf16le');
  if (startsWith(buffer, [0xfe, 0xff])) {
    // Whole 16-bit units only: a trailing odd byte is damage, and swap16 refuses odd lengths.
    const swapped = Buffer.from(buffer.subarray(2, buffer.length - (buffer.length % 2)));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return undefined;
}

/** A character beyond ASCII that UTF-8 decoding produced from a valid multi-byte sequence. */
// eslint-disable-next-line no-control-regex
const HAS_UTF8_CHARACTER = /[^\u0000-\u007f\ufffd]/;

export function decodeText(buffer: Buffer): DecodedText {
  const signature = BINARY_SIGNATURES.find((s) => startsWith(buffer, s.bytes));
  if (signature) return { ok: false, detected: signature.detected };
  let text = decodeUnicode(buffer);
  let damaged = false;
  if (text === undefined) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      const lossy = new TextDecoder('utf-8').decode(buffer);
      if (HAS_UTF8_CHARACTER.test(lossy)) {
        // Some characters are proper UTF-8 and some bytes are not: a file of one encoding does not
        // mix, so neither reading is right for the whole file. The bad bytes stay U+FFFD, reported.
        text = lossy;
        damaged = true;
      } else {
        // Not one UTF-8 character in it: a legacy Windows "CSV" from Excel, read as a whole in its
        // encoding. Every byte decodes, so binary is caught below.
        text = new TextDecoder('windows-1252').decode(buffer);
      }
    }
  }
  if (looksBinary(text)) return { ok: false, detected: 'binary' };
  return damaged ? { ok: true, text, damaged } : { ok: true, text };
}
