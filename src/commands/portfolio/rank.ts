import { basename } from 'node:path';
import { Flags, SfCommand } from '@salesforce/sf-plugins-core';
import { DEFAULT_PROFILE_KEY, type Account } from '../../core/index.js';
import { loadMessages } from '../../messages.js';
import { loadProfile } from '../../profile/load-profile.js';
import { FORMATS, resolveFormat } from '../../rank/output-format.js';
import { commandProgress, type CommandProgress, type ProgressHost } from '../../ux/command-progress.js';
import { readRankInput } from '../../rank/read-input.js';
import { renderRanking, renderSummary } from '../../ux/render-text.js';
import { accountCount, buildRankResult, type RankResult } from '../../rank/result.js';
import { writeOutput } from '../../rank/write-output.js';
import { checkOutput } from '../../rank/output-guard.js';
import { handleInterrupts } from '../../rank/interrupt.js';
import { rankedHeader, eachRankedRow } from '../../rank/ranked-export.js';
import { reviewRanking, withoutAssessedOnWarning, type RankReview } from '../../rank/review-due.js';
import { dueLines, notDatesLine, runDay } from '../../ux/render-review.js';
import { isLargeRankJson, printJsonChunks, printRankJson } from '../../rank/json-output.js';
import {
  CSV_DIALECT_NAMES,
  csvText,
  escapeControls,
  escapeJsonControls,
  formatIoIssue,
  outputDialect,
} from '../../io/index.js';
import { countKey, currentLanguage, resolveLanguage, setLanguage, DEFAULT_CURRENCY } from '../../i18n/index.js';
import { languageFlag } from '../../i18n/language-flag.js';
import type { RawCell, ReadPhase } from '../../io/index.js';
import type { ExportSource } from '../../rank/ranked-export.js';

const messages = loadMessages('portfolio.rank');

type RankPhase = ReadPhase | 'score' | 'write';

const count = (n: number): string => n.toLocaleString('en-US');

/** One bar for the run: the file read or written in its label, and the rows done of total after it. */
function rankProgress(host: ProgressHost, input: string, output?: string): CommandProgress<RankPhase> {
  const title = (phase: RankPhase): string =>
    phase === 'read'
      ? messages.getMessage('progress.read', [basename(input)])
      : phase === 'write'
        ? messages.getMessage('progress.write', [basename(output ?? '')])
        : messages.getMessage(`progress.${phase}`);
  return commandProgress<RankPhase>(host, title, {
    // Reading counts characters of the file, which mean nothing to a person: the percentage says it.
    oneBar: (phase, done, total) =>
      phase === 'read' ? undefined : messages.getMessage('progress.rows', [count(done), count(total)]),
  });
}

/** Rows shown on a terminal unless --top says otherwise; --output takes them all. */
const TERMINAL_ROWS = 1000;

export default class PortfolioRank extends SfCommand<RankResult> {
  public static readonly summary = messages.getMessage('summary');
  public static readonly description = messages.getMessage('description');
  public static readonly examples = messages.getMessages('examples');

  public static readonly flags = {
    file: Flags.file({ char: 'f', summary: messages.getMessage('flags.file.summary'), required: true }),
    profile: Flags.string({
      char: 'p',
      summary: messages.getMessage('flags.profile.summary'),
      description: messages.getMessage('flags.profile.description'),
      default: DEFAULT_PROFILE_KEY,
    }),
    compare: Flags.string({ char: 'c', summary: messages.getMessage('flags.compare.summary') }),
    format: Flags.option({ summary: messages.getMessage('flags.format.summary'), options: FORMATS })(),
    output: Flags.string({ char: 'o', summary: messages.getMessage('flags.output.summary') }),
    sheet: Flags.string({ summary: messages.getMessage('flags.sheet.summary') }),
    top: Flags.integer({ summary: messages.getMessage('flags.top.summary'), min: 1 }),
    language: languageFlag,
    'csv-dialect': Flags.option({
      summary: messages.getMessage('flags.csv-dialect.summary'),
      description: messages.getMessage('flags.csv-dialect.description'),
      options: CSV_DIALECT_NAMES,
    })(),
    currency: Flags.string({ summary: messages.getMessage('flags.currency.summary'), default: DEFAULT_CURRENCY }),
  };

  public async run(): Promise<RankResult> {
    const { flags } = await this.parse(PortfolioRank);
    setLanguage(resolveLanguage({ flag: flags.language }));
    const currency = checkCurrency(flags.currency);
    // Rows done of total per phase, on stderr; never under --json, whose output is the result alone.
    const bar = rankProgress(this, flags.file, flags.output);
    const interrupt = handleInterrupts();
    try {
      const format = resolveFormat(flags.format, flags.output);
      // Before any work: the output must not be the input, and its folder must take the file.
      if (flags.output) await checkOutput(flags.output, flags.file);
      const profile = await loadProfile(flags.profile);
      const compare = flags.compare ? await loadProfile(flags.compare) : undefined;
      interrupt.signal.throwIfAborted();
      // A CSV export may copy rows as they stand from the input's text (rows-as-read.ts).
      const toCsv = Boolean(flags.output) && format === 'csv';
      const input = await readRankInput(flags.file, flags.sheet, bar, interrupt.signal, toCsv);
      interrupt.signal.throwIfAborted();
      // A sheet with Finnish headers was made by someone who reads Finnish (src/i18n/language.ts).
      setLanguage(resolveLanguage({ flag: flags.language, input: input.language }));
      const dialect = outputDialect(flags['csv-dialect'], input.dialect, currentLanguage());
      const ranked = buildRankResult(input.accounts, profile, compare, input.lines, bar);
      const { result, inputsByRank } = ranked;
      const cellsByRank = ranked.indexByRank.map((index): RawCell[] => input.cells[index]);
      // With a column saying when each account was last assessed: who is due for review (review-due.ts).
      const reviewed = reviewRanking(result, input.columns, cellsByRank, profile, runDay());
      if (reviewed) result.summary.review = reviewed.review;
      const source: ExportSource = {
        columns: input.columns,
        cellsByRank,
        ...(reviewed ? { reviewDueByRank: reviewed.dueByRank } : {}),
        ...(input.asRead ? { asRead: input.asRead } : {}),
      };
      if (flags.output) {
        await writeOutput(flags.output, format, result, inputsByRank, bar, {
          source,
          signal: interrupt.signal,
          dialect,
          currency,
        }).catch((error: unknown) => {
          throw interrupt.error() ?? writeFailed(flags.output ?? '', error);
        });
      }
      interrupt.signal.throwIfAborted();
      bar.close();
      for (const warning of withoutAssessedOnWarning(input.warnings)) {
        this.warn(escapeControls(formatIoIssue(warning).message, true));
      }
      const review = result.summary.review;
      if (review && review.notDates.count > 0) this.warn(escapeControls(notDatesLine(review), true));
      if (flags.output) {
        this.logSuccess(
          messages.getMessage(countKey('info.Written', accountCount(result)), [
            accountCount(result),
            escapeControls(flags.output),
          ])
        );
        if (review) this.logReview(review);
      } else if (!this.jsonEnabled()) {
        this.printToTerminal(format, result, inputsByRank, source, flags.top, currency);
      }
      return result;
    } catch (error) {
      // Whatever the error quotes from the files reaches the terminal: no control character raw.
      throw terminalSafe(interrupt.error() ?? error);
    } finally {
      interrupt.dispose();
      bar.close();
    }
  }

  /** A large --json result is printed as it is written, never as one string (src/rank/json-output.ts). */
  public logJson(json: unknown): void {
    printRankJson(json, (small) => this.logSmallJson(small), this.config.theme?.json);
  }

  /**
   * A small result through the framework's printer, unless it holds a character JSON.stringify leaves
   * raw but a terminal acts on (a C1 control such as U+009B, a bidi override): then as JSON text with
   * those written as \u escapes (the same JSON), without colour.
   */
  private logSmallJson(json: unknown): void {
    const text = JSON.stringify(json, null, 2);
    const safe = escapeJsonControls(text);
    if (safe === text) super.logJson(json);
    else process.stdout.write(`${safe}\n`);
  }

  private printToTerminal(
    format: string,
    result: RankResult,
    inputsByRank: Account[],
    source: ExportSource,
    top: number | undefined,
    currency: string
  ): void {
    if (format === 'json') {
      if (isLargeRankJson(result)) printJsonChunks(result);
      else this.log(escapeJsonControls(JSON.stringify(result, null, 2)));
      return;
    }
    if (format === 'csv') {
      // The data of the file, but for the terminal: controls escaped. --output keeps it exactly.
      this.log(
        escapeControls(csvText(rankedHeader(result, source), eachRankedRow(result, inputsByRank, source)), true)
      );
      return;
    }
    const limit = top ?? TERMINAL_ROWS;
    this.log(renderRanking(result, limit, currency));
    if (accountCount(result) > limit)
      this.info(messages.getMessage('info.TableTruncated', [limit, accountCount(result)]));
    this.log('');
    this.log(renderSummary(result, currency));
    if (result.summary.review) {
      this.log('');
      this.logReview(result.summary.review);
    }
  }

  /** The accounts due for review: how many, and the first of them with why (docs/method.md, Review due). */
  private logReview(review: RankReview): void {
    for (const line of dueLines(review.due, review.dueAccounts)) this.log(escapeControls(line, true));
  }
}

/** An ISO 4217 code, as Intl knows it: three letters (a code Intl has no symbol for is written as the code). */
function checkCurrency(code: string): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper)) throw messages.createError('error.BadCurrency', [escapeControls(code)]);
  return upper;
}

/** A write that failed for a reason of the file system, said of the output, not of its temporary file. */
function writeFailed(output: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (!code) return error as Error;
  return messages.createError('error.WriteFailed', [escapeControls(output), code], [], error as Error);
}

/**
 * The error with control characters in its message and actions escaped (line breaks kept). Changed in
 * place, not copied: the error keeps its class, name, exit code, data and cause for the framework.
 */
function terminalSafe(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const safe: Error & { actions?: string[] } = error;
  safe.message = escapeControls(safe.message, true);
  if (safe.actions) safe.actions = safe.actions.map((action) => escapeControls(action, true));
  return safe;
}
