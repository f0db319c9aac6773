/**
 * The PDF says what the customer wrote, in any script the font has: rendered (compressed, as the
 * command writes it) and read back with PDF.js through the embedded fonts' ToUnicode maps, line for
 * line. What the font lacks is drawn as U+FFFD and reported. A word of 100,000 characters costs a
 * hundred times the measuring of one of 1,000, not ten thousand times.
 */
import { jest } from '@jest/globals';
import PDFDocument from 'pdfkit';
import { OBJECTIVE, VISION } from '../../src/schema/fields.js';
import { breakLongWords, WORD_BREAK } from '../../src/vision/layout/long-words.js';
import { buildCustomerSafeDocument, renderDocument, type CustomerSafeDocument } from '../../src/vision/index.js';
import { pdfText } from '../helpers/pdf-text.js';
import { objectiveRow, visionRow } from '../helpers/vision-records.js';

const today = '2026-02-01';

const SCRIPTS = {
  latinExtended: 'Łódź, Győr, Kuşadası, Žilina, Ærøskøbing, Dąbrowa',
  cyrillic: 'Совместное видение: меньше простоев кранов, Україна, Беларусь',
  greek: 'Κοινό όραμα: λιγότερες διακοπές, Ωμέγα',
  symbols: 'Plan → act ≥ 95 % ≤ 5 € 1 234,50 € “double” ‘single’ „Finnish” – — … • ±',
  emoticons: 'Kiitos 😀 😉',
};

function unicodeDocument(): CustomerSafeDocument {
  return buildCustomerSafeDocument(`Žilina → Αθήνα ${SCRIPTS.emoticons}`, {
    vision: visionRow({
      [VISION.currentState]: SCRIPTS.latinExtended,
      [VISION.developmentPlan]: SCRIPTS.cyrillic,
      [VISION.sharedVision]: SCRIPTS.greek,
      [VISION.followUp]: SCRIPTS.symbols,
      [VISION.communicationPeople]: 'Łukasz Wróbel, Ольга Иванова',
    }),
    objectives: [objectiveRow({ [OBJECTIVE.name]: 'Ωμέγα ≥ 3', [OBJECTIVE.measure]: 'Простои → 0 h' })],
  });
}

async function pdfLines(document: CustomerSafeDocument): Promise<{ lines: string[]; missing: readonly string[] }> {
  const { bytes, missingCharacters } = await renderDocument(document, { format: 'pdf', language: 'en', today });
  return { lines: (await pdfText(bytes)).split('\n'), missing: missingCharacters };
}

describe('the PDF in every language', () => {
  it('reads back each script string for string, in regular and bold', async () => {
    const { lines, missing } = await pdfLines(unicodeDocument());
    expect(missing).toEqual([]);
    expect(lines).toEqual(
      expect.arrayContaining([
        `Customer vision: Žilina → Αθήνα ${SCRIPTS.emoticons}`,
        SCRIPTS.latinExtended,
        SCRIPTS.cyrillic,
        SCRIPTS.greek,
        SCRIPTS.symbols,
        'People: Łukasz Wróbel, Ольга Иванова',
        'Ωμέγα ≥ 3',
        'Measure: Простои → 0 h',
      ])
    );
  });

  it('embeds DejaVu Sans in both faces, as subsets', async () => {
    const { bytes } = await renderDocument(unicodeDocument(), { format: 'pdf', language: 'en', today });
    const raw = bytes.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it('draws what the font lacks as U+FFFD, one per character as seen, and names it', async () => {
    const document = buildCustomerSafeDocument('Rocket 🚀 Oy', {
      vision: visionRow({ [VISION.sharedVision]: 'Launch 🚀 together 👍🏽 with the family 👨‍👩‍👧 and 中文 ❤️' }),
      objectives: [],
    });
    const { lines, missing } = await pdfLines(document);
    expect(lines).toContain('Customer vision: Rocket \uFFFD Oy');
    // A family joined by ZERO WIDTH JOINER is one character to a reader, so one U+FFFD; ❤️ is in the font.
    expect(lines).toContain('Launch \uFFFD together \uFFFD with the family \uFFFD and \uFFFD\uFFFD ❤️');
    expect(missing).toEqual(['🚀', '👍🏽', '👨‍👩‍👧', '中', '文']);
  });

  it('keeps line ends as written, a lone CR included', async () => {
    const document = buildCustomerSafeDocument('A', {
      vision: visionRow({ [VISION.sharedVision]: 'first\rsecond\r\nthird\tfourth' }),
      objectives: [],
    });
    const { lines } = await pdfLines(document);
    expect(lines).toEqual(expect.arrayContaining(['first', 'second', 'third fourth']));
  });
});

describe('a long word', () => {
  // Every measuring call pdfkit and the renderer make, with the characters each measures.
  function countMeasuring(): { calls: () => number; characters: () => number; restore: () => void } {
    const spy = jest.spyOn(PDFDocument.prototype, 'widthOfString');
    return {
      calls: () => spy.mock.calls.length,
      characters: () => spy.mock.calls.reduce((sum, [text]) => sum + text.length, 0),
      restore: () => spy.mockRestore(),
    };
  }

  async function measuredRendering(word: string): Promise<{ calls: number; characters: number; text: string }> {
    const document = buildCustomerSafeDocument('A', {
      vision: visionRow({ [VISION.sharedVision]: word }),
      objectives: [],
    });
    const counter = countMeasuring();
    try {
      const { bytes } = await renderDocument(document, { format: 'pdf', language: 'en', today });
      return { calls: counter.calls(), characters: counter.characters(), text: await pdfText(bytes) };
    } finally {
      counter.restore();
    }
  }

  it('is measured in linear time and printed whole, over as many lines as it needs', async () => {
    const unit = 'Ab3xYz9Q';
    const short = await measuredRendering(unit.repeat(125));
    const long = await measuredRendering(unit.repeat(12_500));
    // The fixed part of the document is measured in both; the word is 100 times longer. pdfkit's own
    // splitting measured about n²/176 characters for it: 10,000 times more, not 100.
    expect(long.characters / short.characters).toBeLessThan(120);
    expect(long.calls / short.calls).toBeLessThan(120);
    const printed = long.text.replace(/[\s\u200B]/g, '');
    expect(printed).toContain(unit.repeat(12_500));
    const wordLines = long.text.split('\n').filter((line) => /^[Ab3xYz9Q\u200B]{40,}$/.test(line));
    expect(wordLines.length).toBeGreaterThan(1000);
  });

  it('is cut into pieces that fit the line, each measured once', () => {
    const count = (word: string): { calls: number; characters: number; pieces: string[] } => {
      let calls = 0;
      let characters = 0;
      // Six points a character, so a line of 300 points holds 50.
      const measure = (text: string): number => {
        calls++;
        characters += text.length;
        return [...text].length * 6;
      };
      const pieces = breakLongWords(`see ${word} here`, 300, measure).split(' ')[1].split(WORD_BREAK);
      return { calls, characters, pieces };
    };
    const short = count('ž'.repeat(1000));
    const long = count('ž'.repeat(100_000));
    expect(long.pieces.join('')).toBe('ž'.repeat(100_000));
    expect(long.pieces.every((piece) => [...piece].length <= 50)).toBe(true);
    expect(long.pieces.length).toBe(Math.ceil(100_000 / 48));
    expect(long.characters / short.characters).toBeLessThan(101);
    expect(long.calls / short.calls).toBeLessThan(101);
    // A word that fits is left alone.
    expect(breakLongWords('fits well', 300, (text) => text.length * 6)).toBe('fits well');
  });
});
