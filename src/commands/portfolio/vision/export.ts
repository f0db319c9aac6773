import { extname } from 'node:path';
import { Flags, SfCommand } from '@salesforce/sf-plugins-core';
import { orgClient, orgFlags } from '../../../flags.js';
import { writeFileAtomic } from '../../../io/index.js';
import { loadMessages } from '../../../messages.js';
import { orgStopError } from '../../../org/api/org-errors.js';
import { buildCustomerSafeDocument } from '../../../vision/document.js';
import { readVision, type VisionReadError } from '../../../vision/read/read-vision.js';
import { renderDocument, VISION_FORMATS, type VisionFormat } from '../../../vision/render/render.js';
import { resolveLanguage, setLanguage } from '../../../i18n/index.js';
import { languageOption } from '../../../i18n/language-flag.js';

const messages = loadMessages('portfolio.vision.export');

export type VisionExportResult = {
  accountId: string;
  accountName: string;
  version: number | null;
  status: string | null;
  format: VisionFormat;
  language: string;
  output: string;
  bytes: number;
  objectives: number;
  earlierVersions: number;
  /** Characters the PDF's font cannot draw; each is shown as U+FFFD "�" in the PDF. */
  missingCharacters: string[];
};

function formatOf(flag: VisionFormat | undefined, output: string): VisionFormat {
  if (flag) return flag;
  const ext = extname(output).slice(1).toLowerCase();
  const fromExt = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
  if ((VISION_FORMATS as readonly string[]).includes(fromExt)) return fromExt as VisionFormat;
  throw messages.createError('error.UnknownFormat', [output]);
}

function readError(error: VisionReadError): Error {
  if (error.code === 'AmbiguousAccount')
    return messages.createError('error.AmbiguousAccount', [error.account, error.matches.join(', ')]);
  return messages.createError(`error.${error.code}`, [error.account]);
}

export default class PortfolioVisionExport extends SfCommand<VisionExportResult> {
  public static readonly summary = messages.getMessage('summary');
  public static readonly description = messages.getMessage('description');
  public static readonly examples = messages.getMessages('examples');

  public static readonly flags = {
    ...orgFlags,
    account: Flags.string({ char: 'a', summary: messages.getMessage('flags.account.summary'), required: true }),
    format: Flags.option({ summary: messages.getMessage('flags.format.summary'), options: VISION_FORMATS })(),
    output: Flags.string({ summary: messages.getMessage('flags.output.summary'), required: true }),
    // The one --language of every command: the document is written in the language the command speaks.
    // -l stays, as the flag had it before it was shared.
    language: languageOption({ char: 'l', summary: messages.getMessage('flags.language.summary') }),
    'include-earlier': Flags.boolean({ summary: messages.getMessage('flags.include-earlier.summary') }),
  };

  public async run(): Promise<VisionExportResult> {
    const { flags } = await this.parse(PortfolioVisionExport);
    const language = resolveLanguage({ flag: flags.language });
    setLanguage(language);
    const format = formatOf(flags.format, flags.output);
    const client = orgClient(flags['target-org'], flags['api-version']);

    // A failed call stops with the wording every org command uses (limit, session, org unavailable).
    const read = await readVision(client, flags.account, { includeEarlier: flags['include-earlier'] }).catch(
      (error: unknown) => {
        throw orgStopError(error);
      }
    );
    if (!read.success) throw readError(read.error);
    const { data } = read;

    const document = buildCustomerSafeDocument(data.accountName, data.current, data.earlier);
    const today = new Date().toISOString().slice(0, 10);
    const { bytes, missingCharacters } = await renderDocument(document, { format, language, today });
    await writeFileAtomic(flags.output, bytes);
    if (missingCharacters.length > 0)
      this.warn(messages.getMessage('warning.MissingCharacters', [missingCharacters.join(' ')]));

    this.logSuccess(
      messages.getMessage('info.Written', [data.accountName, document.current.version ?? '-', flags.output])
    );
    return {
      accountId: data.accountId,
      accountName: data.accountName,
      version: document.current.version,
      status: document.current.status,
      format,
      language,
      output: flags.output,
      bytes: bytes.length,
      objectives: document.current.objectives.length,
      earlierVersions: document.earlier.length,
      missingCharacters: [...missingCharacters],
    };
  }
}
