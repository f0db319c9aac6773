import { SfCommand } from '@salesforce/sf-plugins-core';
import { orgClient, orgFlags } from '../../flags.js';
import { loadMessages } from '../../messages.js';
import { countKey, numberFormats, resolveLanguage, setLanguage } from '../../i18n/index.js';
import { languageFlag } from '../../i18n/language-flag.js';
import { runDoctor, type DoctorResult } from '../../org/setup/doctor.js';
import { renderChecks } from '../../ux/render-doctor.js';

const messages = loadMessages('portfolio.doctor');

export default class PortfolioDoctor extends SfCommand<DoctorResult> {
  public static readonly summary = messages.getMessage('summary');
  public static readonly description = messages.getMessage('description');
  public static readonly examples = messages.getMessages('examples');

  public static readonly flags = { ...orgFlags, language: languageFlag };

  public async run(): Promise<DoctorResult> {
    const { flags } = await this.parse(PortfolioDoctor);
    setLanguage(resolveLanguage({ flag: flags.language }));
    const result = await runDoctor(orgClient(flags['target-org'], flags['api-version']));
    this.log(renderChecks(result.checks));
    const failed = result.checks.filter((c) => c.status === 'fail').length;
    // A failed check fails the command, so a scheduled job can run the doctor first; --json still has every check.
    if (failed > 0)
      throw messages
        .createError('error.ProblemsFound', [
          messages.getMessage(countKey('count.Checks', failed), [numberFormats().integer(failed)]),
        ])
        .setData(result);
    if (result.checks.every((c) => c.status === 'pass')) this.logSuccess(messages.getMessage('info.Ok'));
    return result;
  }
}
