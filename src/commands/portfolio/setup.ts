import { SfCommand } from '@salesforce/sf-plugins-core';
import { orgClient, orgFlags } from '../../flags.js';
import { loadMessages } from '../../messages.js';
import { resolveLanguage, setLanguage } from '../../i18n/index.js';
import { languageFlag } from '../../i18n/language-flag.js';
import { runSetup, type SetupResult } from '../../org/setup/setup.js';
import { renderSetup } from '../../ux/setup-render.js';

const messages = loadMessages('portfolio.setup');

export default class PortfolioSetup extends SfCommand<SetupResult> {
  public static readonly summary = messages.getMessage('summary');
  public static readonly description = messages.getMessage('description');
  public static readonly examples = messages.getMessages('examples');

  public static readonly flags = { ...orgFlags, language: languageFlag };

  public async run(): Promise<SetupResult> {
    const { flags } = await this.parse(PortfolioSetup);
    setLanguage(resolveLanguage({ flag: flags.language }));
    const org = flags['target-org'];
    const result = await runSetup(orgClient(org, flags['api-version']), { targetOrg: org.getUsername() ?? '<org>' });
    this.log(renderSetup(result));
    if (result.nextSteps.length === 0) this.logSuccess(messages.getMessage('info.Done'));
    return result;
  }
}
