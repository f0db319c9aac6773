import { Flags, SfCommand } from '@salesforce/sf-plugins-core';
import { orgClient, orgFlags } from '../../../flags.js';
import { loadMessages } from '../../../messages.js';
import { countKey, numberFormats, resolveLanguage, setLanguage } from '../../../i18n/index.js';
import { languageFlag } from '../../../i18n/language-flag.js';
import { commandProgress } from '../../../ux/command-progress.js';
import { importProfitability, type ImportResult } from '../../../org/import/import-profitability.js';
import { defaultResultFile, writeResultFile } from '../../../ux/result-file.js';
import { BULK_WRITE_AT } from '../../../org/write/write-records.js';

const messages = loadMessages('portfolio.import.profitability');

/** A count with its noun, "1 row" or "3 rows", for a message that holds more than one count. */
const count = (key: string, value: number): string =>
  messages.getMessage(countKey(key, value), [numberFormats().integer(value)]);

export type ImportCommandResult = ImportResult & { resultFile?: string };

export default class PortfolioImportProfitability extends SfCommand<ImportCommandResult> {
  public static readonly summary = messages.getMessage('summary');
  public static readonly description = messages.getMessage('description');
  public static readonly examples = messages.getMessages('examples');

  public static readonly flags = {
    ...orgFlags,
    language: languageFlag,
    file: Flags.file({ char: 'f', summary: messages.getMessage('flags.file.summary'), required: true }),
    sheet: Flags.string({ summary: messages.getMessage('flags.sheet.summary') }),
    'dry-run': Flags.boolean({ summary: messages.getMessage('flags.dry-run.summary'), default: false }),
    'bulk-threshold': Flags.integer({
      summary: messages.getMessage('flags.bulk-threshold.summary'),
      default: BULK_WRITE_AT,
      min: 1,
    }),
    'result-file': Flags.string({ summary: messages.getMessage('flags.result-file.summary') }),
  };

  public async run(): Promise<ImportCommandResult> {
    const { flags } = await this.parse(PortfolioImportProfitability);
    setLanguage(resolveLanguage({ flag: flags.language }));
    const client = orgClient(flags['target-org'], flags['api-version']);
    const progress = commandProgress<'write'>(
      this,
      () => messages.getMessage('info.Writing'),
      messages.getMessage('progress.Unit')
    );
    const result: ImportCommandResult = await importProfitability(client, {
      file: flags.file,
      sheet: flags.sheet,
      dryRun: flags['dry-run'],
      bulkWriteAt: flags['bulk-threshold'],
      progress,
    });
    const n = numberFormats();
    if (result.failures.length > 0 || flags['result-file']) {
      result.resultFile = flags['result-file'] ?? defaultResultFile('import', new Date());
      await writeResultFile(result.resultFile, result.failures);
      this.warn(
        messages.getMessage(countKey('warning.Failures', result.failures.length), [
          n.integer(result.failures.length),
          result.resultFile,
        ])
      );
    }
    for (const warning of result.warnings) this.warn(warning);
    if (result.dryRun) {
      this.log(
        messages.getMessage('info.DryRun', [count('count.Rows', result.rows), count('count.Accounts', result.accounts)])
      );
    } else {
      this.log(
        messages.getMessage('info.Written', [
          n.integer(result.written),
          count('count.Rows', result.rows),
          count('count.Accounts', result.accounts),
          messages.getMessage(`api.${result.api}`),
          n.integer(result.failed),
          n.integer(result.apiCalls),
        ])
      );
      this.log(messages.getMessage('info.Next'));
    }
    return result;
  }
}
