import { Flags, SfCommand } from '@salesforce/sf-plugins-core';
import { orgClient, orgFlags } from '../../flags.js';
import { loadMessages } from '../../messages.js';
import { countKey, numberFormats, resolveLanguage, setLanguage } from '../../i18n/index.js';
import { languageFlag } from '../../i18n/language-flag.js';
import { commandProgress } from '../../ux/command-progress.js';
import { runDay } from '../../ux/render-review.js';
import { exportPortfolio, type ExportResult } from '../../export/org-export.js';
import { READ_APIS } from '../../org/sync/read-portfolio.js';
import { resolveFormat } from '../../rank/output-format.js';

const messages = loadMessages('portfolio.export');

export default class PortfolioExport extends SfCommand<ExportResult> {
  public static readonly summary = messages.getMessage('summary');
  public static readonly description = messages.getMessage('description');
  public static readonly examples = messages.getMessages('examples');

  public static readonly flags = {
    ...orgFlags,
    language: languageFlag,
    output: Flags.string({ summary: messages.getMessage('flags.output.summary'), required: true }),
    profile: Flags.string({ char: 'p', summary: messages.getMessage('flags.profile.summary') }),
    api: Flags.option({ summary: messages.getMessage('flags.api.summary'), options: READ_APIS, default: 'auto' })(),
  };

  public async run(): Promise<ExportResult> {
    const { flags } = await this.parse(PortfolioExport);
    setLanguage(resolveLanguage({ flag: flags.language }));
    // Settled before any call to the org: a wrong extension costs nothing.
    const format = resolveFormat(undefined, flags.output);
    const client = orgClient(flags['target-org'], flags['api-version']);
    const progress = commandProgress<'read'>(
      this,
      () => messages.getMessage('info.Reading'),
      messages.getMessage('progress.Unit')
    );
    const result = await exportPortfolio(client, {
      output: flags.output,
      format,
      profile: flags.profile,
      api: flags.api,
      progress,
      today: runDay(),
    });
    for (const warning of result.warnings) this.warn(warning);
    this.logSuccess(
      messages.getMessage(countKey('info.Written', result.accounts), [
        numberFormats().integer(result.accounts),
        result.output,
        result.profile.key,
      ])
    );
    return result;
  }
}
