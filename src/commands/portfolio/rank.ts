import { Flags, SfCommand } from '@salesforce/sf-plugins-core';
import { DEFAULT_PROFILE_KEY, type Account } from '../../core/index.js';
import { loadMessages } from '../../messages.js';
import { loadProfile } from '../../rank/load-profile.js';
import { FORMATS, resolveFormat } from '../../rank/output-format.js';
import { progressBar } from '../../rank/progress-bar.js';
import { readRankInput } from '../../rank/read-input.js';
import { renderRanking, renderSummary } from '../../rank/render-text.js';
import { buildRankResult, type RankResult } from '../../rank/result.js';
import { writeOutput } from '../../rank/write-output.js';
import { isLargeRankJson, printJsonChunks, printRankJson } from '../../rank/json-output.js';
import { csvText } from '../../io/index.js';
import { exportHeader, exportRows } from '../../rank/export-rows.js';

const messages = loadMessages('portfolio.rank');

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
  };

  public async run(): Promise<RankResult> {
    const { flags } = await this.parse(PortfolioRank);
    const format = resolveFormat(flags.format, flags.output);
    const profile = await loadProfile(flags.profile);
    const compare = flags.compare ? await loadProfile(flags.compare) : undefined;

    // Rows done of total per phase, on stderr; never under --json, whose output is the result alone.
    const bar = this.jsonEnabled()
      ? undefined
      : progressBar(this.progress, { input: flags.file, output: flags.output });
    try {
      const input = await readRankInput(flags.file, flags.sheet, bar?.listener);
      const { result, inputsByRank } = buildRankResult(input.accounts, profile, compare, input.lines, bar?.listener);
      if (flags.output) await writeOutput(flags.output, format, result, inputsByRank, bar?.listener);
      bar?.stop();
      for (const warning of input.warnings) this.warn(warning);
      if (flags.output) {
        this.logSuccess(messages.getMessage('info.Written', [result.accounts.length, flags.output]));
      } else if (!this.jsonEnabled()) {
        this.printToTerminal(format, result, inputsByRank, flags.top);
      }
      return result;
    } finally {
      bar?.stop();
    }
  }

  /** A large --json result is printed as it is written, never as one string (src/rank/json-output.ts). */
  public logJson(json: unknown): void {
    printRankJson(json, (small) => super.logJson(small), this.config.theme?.json);
  }

  private printToTerminal(format: string, result: RankResult, inputsByRank: Account[], top: number | undefined): void {
    if (format === 'json') {
      if (isLargeRankJson(result)) printJsonChunks(result);
      else this.log(JSON.stringify(result, null, 2));
      return;
    }
    if (format === 'csv') {
      this.log(csvText(exportHeader(result), exportRows(result, inputsByRank)));
      return;
    }
    const limit = top ?? TERMINAL_ROWS;
    this.log(renderRanking(result, limit));
    if (result.accounts.length > limit)
      this.info(messages.getMessage('info.TableTruncated', [limit, result.accounts.length]));
    this.log('');
    this.log(renderSummary(result));
  }
}
