import { Flags, SfCommand } from '@salesforce/sf-plugins-core';
import { orgClient, orgFlags } from '../../flags.js';
import { loadMessages } from '../../messages.js';
import { countKey, numberFormats, resolveLanguage, setLanguage } from '../../i18n/index.js';
import { languageFlag } from '../../i18n/language-flag.js';
import { READ_APIS } from '../../org/sync/read-portfolio.js';
import { renderMovers } from '../../ux/render-sync.js';
import { dueLines, historyReadLine } from '../../ux/render-review.js';
import { profileName } from '../../i18n/profile-name.js';
import { defaultResultFile, writeResultFile } from '../../ux/result-file.js';
import { commandProgress } from '../../ux/command-progress.js';
import { compareFrom } from '../../org/profiles/org-profile.js';
import { runSync, type SyncPhase, type SyncResult } from '../../org/sync/sync.js';
import { BULK_WRITE_AT } from '../../org/write/write-records.js';
import { SNAPSHOT_MODES } from '../../org/write/write-snapshot.js';
import { writeDigestFile } from '../../ux/digest-file.js';
import { renderVersionLines } from '../../ux/render-versions.js';

const messages = loadMessages('portfolio.sync');

/** A count with its noun, "1 row" or "3 rows", for a message that holds more than one count. */
const count = (key: string, value: number): string =>
  messages.getMessage(countKey(key, value), [numberFormats().integer(value)]);

export type SyncCommandResult = SyncResult & {
  /** The result CSV, when one was written. */
  resultFile?: string;
  /** The movers digest file, when --digest asked for one. */
  digestFile?: string;
};

const PHASE_TITLE: Record<SyncPhase, string> = { read: 'info.Reading', write: 'info.Writing', history: 'info.History' };

export default class PortfolioSync extends SfCommand<SyncCommandResult> {
  public static readonly summary = messages.getMessage('summary');
  public static readonly description = messages.getMessage('description');
  public static readonly examples = messages.getMessages('examples');

  public static readonly flags = {
    ...orgFlags,
    language: languageFlag,
    profile: Flags.string({
      char: 'p',
      summary: messages.getMessage('flags.profile.summary'),
      description: messages.getMessage('flags.profile.description'),
    }),
    'compare-profile': Flags.string({
      summary: messages.getMessage('flags.compare-profile.summary'),
      description: messages.getMessage('flags.compare-profile.description'),
    }),
    'dry-run': Flags.boolean({ summary: messages.getMessage('flags.dry-run.summary'), default: false }),
    api: Flags.option({ summary: messages.getMessage('flags.api.summary'), options: READ_APIS, default: 'auto' })(),
    'bulk-threshold': Flags.integer({
      summary: messages.getMessage('flags.bulk-threshold.summary'),
      default: BULK_WRITE_AT,
      min: 1,
    }),
    snapshot: Flags.option({
      summary: messages.getMessage('flags.snapshot.summary'),
      options: SNAPSHOT_MODES,
      default: 'changed',
    })(),
    'result-file': Flags.string({ summary: messages.getMessage('flags.result-file.summary') }),
    top: Flags.integer({ summary: messages.getMessage('flags.top.summary'), default: 10, min: 0 }),
    digest: Flags.string({
      summary: messages.getMessage('flags.digest.summary'),
      description: messages.getMessage('flags.digest.description'),
    }),
  };

  public async run(): Promise<SyncCommandResult> {
    const { flags } = await this.parse(PortfolioSync);
    setLanguage(resolveLanguage({ flag: flags.language }));
    const client = orgClient(flags['target-org'], flags['api-version']);
    const result: SyncCommandResult = await runSync(client, {
      profile: flags.profile,
      compareProfile: flags['compare-profile'],
      dryRun: flags['dry-run'],
      api: flags.api,
      bulkWriteAt: flags['bulk-threshold'],
      snapshot: flags.snapshot,
      moversLimit: flags.top,
      progress: commandProgress<SyncPhase>(
        this,
        (phase) => messages.getMessage(PHASE_TITLE[phase]),
        messages.getMessage('progress.Unit')
      ),
    });
    if (result.failures.length > 0 || flags['result-file']) {
      result.resultFile = flags['result-file'] ?? defaultResultFile('sync', new Date(result.scoredAt));
      await writeResultFile(result.resultFile, result.failures);
    }
    if (flags.digest) {
      result.digestFile = flags.digest;
      await writeDigestFile(flags.digest, result);
    }
    this.report(result);
    return result;
  }

  private report(result: SyncCommandResult): void {
    const n = numberFormats();
    for (const warning of result.warnings) this.warn(warning);
    if (result.readIssues.length > 0) {
      const first = result.readIssues[0];
      this.warn(
        messages.getMessage(countKey('warning.ReadIssues', result.readIssues.length), [
          n.integer(result.readIssues.length),
          first.name,
          first.id,
          first.field,
          first.value,
          messages.getMessage(`readIssue.${first.reason}`),
        ])
      );
    }
    if (result.failures.length > 0) {
      this.warn(
        messages.getMessage(countKey('warning.Failures', result.failures.length), [
          n.integer(result.failures.length),
          result.resultFile,
        ])
      );
    }
    const { profile } = result;
    const source = messages.getMessage(`source.${profile.source}`);
    this.log(
      messages.getMessage('info.Profile', [
        profileName({ name: profile.name, nameFi: result.profileNameFi }),
        profile.key,
        source,
      ])
    );
    const { comparison } = result;
    this.log(
      messages.getMessage('info.Compare', [profileName(comparison), comparison.key, compareFrom(comparison.source)])
    );
    const readApi = messages.getMessage(`api.${result.api.read}`);
    this.log(
      messages.getMessage(countKey('info.Counts', result.accounts), [
        n.integer(result.accounts),
        readApi,
        n.integer(result.changed),
        n.integer(result.unchanged),
      ])
    );
    for (const line of renderVersionLines(result)) this.log(line);
    if (result.dryRun) {
      this.log(
        messages.getMessage('info.DryRun', [
          count('count.AccountRecords', result.changed),
          count('count.Assessments', result.history.planned),
        ])
      );
    } else {
      this.log(
        messages.getMessage('info.Written', [
          count('count.AccountRecords', result.written),
          messages.getMessage(`api.${result.api.accounts}`),
          count('count.Assessments', result.history.written),
          n.integer(result.failures.length),
          messages.getMessage(`snapshot.${result.snapshot.reason}`),
          n.integer(result.apiCalls),
        ])
      );
    }
    this.reportFollowUp(result);
    if (result.movers.length > 0) {
      this.log('');
      this.log(messages.getMessage('info.Movers'));
      this.log(renderMovers(result.movers));
    }
    this.log('');
    this.log(historyReadLine(result.review.historyRead, result.review.historySince));
    for (const line of dueLines(result.review.due, result.review.dueAccounts)) this.log(line);
  }

  private reportFollowUp(result: SyncCommandResult): void {
    const n = numberFormats();
    const { followUp, digestPost } = result;
    if (followUp.enabled) {
      this.log(
        result.dryRun
          ? messages.getMessage('info.FollowUpDry', [
              count('count.Accounts', followUp.planned),
              n.integer(followUp.becameDue),
            ])
          : messages.getMessage('info.FollowUp', [
              count('count.Accounts', followUp.planned),
              n.integer(followUp.becameDue),
              count('count.Tasks', followUp.created),
              n.integer(followUp.existing),
              n.integer(followUp.failed),
            ])
      );
    }
    if (digestPost.posted && digestPost.group) this.log(messages.getMessage('info.DigestPosted', [digestPost.group]));
    if (result.digestFile) this.log(messages.getMessage('info.DigestFile', [result.digestFile]));
  }
}
