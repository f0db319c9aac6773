/**
 * The parts of a zip held in memory, read with yauzl: the central directory first (names and declared
 * sizes, nothing inflated), then only the parts asked for, each as a stream of text.
 *
 * yauzl rather than the unzipper exceljs's streaming reader uses: unzipper walks the local headers in
 * file order and inflates every part it meets, media included, while yauzl reads the directory at the
 * end of the file, opens parts by name, and checks each part's inflated bytes against its declared
 * size as they come (validateEntrySizes), failing at the first byte too many.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { PartSizeLie, type DeclaredPart } from './xlsx-limits.js';

export type TextWatcher = (text: string, bytes: number) => void;

export type ZipParts = {
  parts: DeclaredPart[];
  has(name: string): boolean;
  /**
   * The part's text, decoded as UTF-8 across chunk ends (exceljs decodes each chunk alone, which
   * breaks a character split between two chunks). `watch` sees each chunk's text and size in bytes
   * and may throw to stop the read.
   */
  openText(name: string, watch?: TextWatcher): Promise<NodeJS.ReadableStream>;
  close(): void;
};

/** Bytes to UTF-8 text, with a callback per chunk that can stop the stream by throwing. */
class Utf8Text extends Transform {
  readonly #decoder = new StringDecoder('utf8');

  public constructor(private readonly watch?: TextWatcher) {
    super({ readableObjectMode: true });
  }

  public _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      const text = this.#decoder.write(chunk);
      this.watch?.(text, chunk.length);
      callback(null, text === '' ? undefined : text);
    } catch (error) {
      callback(error as Error);
    }
  }

  public _flush(callback: TransformCallback): void {
    const rest = this.#decoder.end();
    callback(null, rest === '' ? undefined : rest);
  }
}

/** yauzl's words when a part inflates past its declared size (validateEntrySizes). */
const TOO_MANY_BYTES = /too many bytes/i;

/**
 * Rejects when the bytes are not a zip (or its directory is damaged). Given a path, the zip is read
 * from the file as its parts are inflated, so its bytes are not all in memory (85 MB at a million rows).
 */
export async function openZipParts(source: Buffer | string): Promise<ZipParts> {
  const options = {
    lazyEntries: true,
    validateEntrySizes: true,
    // Parts are opened after the directory is read through, so the zip stays open until close().
    autoClose: false,
  };
  const zip: ZipFile =
    typeof source === 'string'
      ? await yauzl.openPromise(source, options)
      : await yauzl.fromBufferPromise(source, options);
  const entries = new Map<string, Entry>();
  for await (const entry of zip.eachEntry()) {
    if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
  }
  return {
    parts: [...entries.values()].map((entry) => ({
      name: entry.fileName,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize,
    })),
    has: (name) => entries.has(name),
    async openText(name, watch): Promise<NodeJS.ReadableStream> {
      const entry = entries.get(name);
      if (!entry) throw new Error(`${name} is not in the zip`);
      const raw = await zip.openReadStreamPromise(entry);
      const text = new Utf8Text(watch);
      raw.on('error', (error: Error) =>
        text.destroy(
          TOO_MANY_BYTES.test(error.message) ? new PartSizeLie(name, entry.uncompressedSize, { cause: error }) : error
        )
      );
      return raw.pipe(text);
    },
    close: (): void => zip.close(),
  };
}
