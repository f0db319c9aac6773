/**
 * `portfolio vision export` in-process against the local Salesforce API server (test/sf-server): the
 * command's OrgClient talks HTTP to it, so its queries are answered by the server's SOQL engine from
 * the seeded account, visions and objectives.
 */
import '../../helpers/jest-realm.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { SfCommand } from '@salesforce/sf-plugins-core';
import PortfolioVisionExport from '../../../src/commands/portfolio/vision/export.js';
import { OrgClient, type ApiRequest } from '../../../src/org/api/client.js';
import { ACCOUNT, ACCOUNT_COMPUTED as C, OBJECTIVE, VISION } from '../../../src/schema/fields.js';
import { runCommand, runExpectingError } from '../../helpers/command.js';
import { useOrgCommandContext } from '../../helpers/org-command.js';
import { pdfFlatText } from '../../helpers/pdf-text.js';
import { printed } from '../../helpers/printed.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import {
  ACCOUNT_ID,
  INTERNAL_NUMBERS,
  JOINT_TEXT,
  forbiddenTerms,
  leakedTerms,
  objectiveRow,
  visionRow,
} from '../../helpers/vision-records.js';

/**
 * The account's computed fields, internal values in the org's own field types (INTERNAL_NUMBERS and a
 * label among them), so a field queried by mistake would carry a forbidden term into the document.
 */
const ACCOUNT_INTERNAL: Record<string, unknown> = {
  [C.weightedScore]: 4.32,
  [C.coverage]: Number(INTERNAL_NUMBERS[0]),
  [C.incomplete]: false,
  [C.rank]: Number(INTERNAL_NUMBERS[2]),
  [C.tier]: 'keyAccount',
  [C.treatment]: 'reviewProfitability',
  [C.quadrant]: 'prisoner',
  [C.abcClass]: 'A',
  [C.volumeScore]: 5,
  [C.profitabilityScore]: 1,
  [C.scoringProfile]: 'Key account',
  [C.scoredAt]: '2026-03-01T08:00:00.000Z',
  [C.revenue]: Number(INTERNAL_NUMBERS[2]),
  [C.customerMargin]: Number(INTERNAL_NUMBERS[0]),
  [C.period]: '2026-Q1',
};

const withoutId = (row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([name]) => name !== 'Id'));

describe('portfolio vision export', () => {
  const ctx = useOrgCommandContext();
  const temp = useTempDir();
  let requests: { mock: { calls: Array<[ApiRequest, ...unknown[]]> } };
  const sentQueries = (): string[] =>
    requests.mock.calls.flatMap(([request]) => {
      const q = /[?&]q=([^&]*)/.exec(request.path)?.[1];
      return q === undefined ? [] : [decodeURIComponent(q)];
    });
  let visionId: string;

  beforeEach(() => {
    // The account carries every computed field with internal values; none may reach the document.
    const { store } = ctx.server;
    store.insert(ACCOUNT, [{ Id: ACCOUNT_ID, Name: "Harbour Cranes O'Neill Oy", ...ACCOUNT_INTERNAL }]);
    // The server gives the Ids (its key prefixes are its own); the objectives point at them.
    // The vision object has no internal field of its own: the Account's computed fields are the ones.
    [visionId] = store.insert(
      VISION.object,
      [visionRow(), visionRow({ [VISION.version]: 1, [VISION.sharedVision]: 'The first agreed vision.' })].map(
        (row) => ({ ...withoutId(row), [VISION.account]: ACCOUNT_ID })
      )
    );
    const earlierId = store.all(VISION.object).find((v) => v[VISION.version] === 1)!.Id;
    store.insert(OBJECTIVE.object, [
      objectiveRow({ [OBJECTIVE.vision]: visionId }),
      objectiveRow({ [OBJECTIVE.vision]: earlierId, [OBJECTIVE.name]: 'Old objective' }),
    ]);
    // The SOQL the command's client sends, read from the request paths (the server logs paths only);
    // the spy passes every request on unchanged.
    requests = jest.spyOn(OrgClient.prototype, 'request');
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  const args = (...rest: string[]): string[] => ['--target-org', ctx.username, '--json', ...rest];

  it('writes Markdown of the latest vision by account name, and selects joint fields only', async () => {
    const output = join(temp.path, 'vision.md');
    const result = await runCommand(
      PortfolioVisionExport,
      args('--account', "Harbour Cranes O'Neill Oy", '--output', output)
    );
    expect(result).toMatchObject({
      accountId: ACCOUNT_ID,
      version: 2,
      status: 'Agreed',
      format: 'md',
      language: 'en',
      objectives: 1,
      earlierVersions: 0,
    });
    const md = readFileSync(output, 'utf8');
    expect(md).toContain("# Customer vision: Harbour Cranes O'Neill Oy");
    expect(md).toContain(JOINT_TEXT.sharedVision);
    expect(md).not.toContain('The first agreed vision.');
    expect(leakedTerms(md, forbiddenTerms())).toEqual([]);
    // The SOQL was recorded, so the check below is not vacuous.
    expect(sentQueries().some((q) => q.includes(VISION.object))).toBe(true);
    expect(sentQueries().join('\n')).not.toMatch(/CVP_(Tier|Quadrant|Treatment|Weighted_Score|ABC_Class)__c/);
    // Written atomically: no temporary file left beside it.
    expect(readdirSync(temp.path)).toEqual(['vision.md']);
  });

  it('writes HTML in Finnish with the earlier agreed versions when asked, by Id', async () => {
    const output = join(temp.path, 'visio.html');
    const result = await runCommand(
      PortfolioVisionExport,
      args('--account', ACCOUNT_ID, '--format', 'html', '--output', output, '--language', 'fi', '--include-earlier')
    );
    expect(result).toMatchObject({ format: 'html', language: 'fi', earlierVersions: 1 });
    const html = readFileSync(output, 'utf8');
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain('Yhteinen visio ja missio');
    expect(html).toContain('Aiemmat sovitut versiot');
    expect(html).toContain('The first agreed vision.');
    expect(html).toContain('Harbour Cranes O&#39;Neill Oy');
    expect(leakedTerms(html, forbiddenTerms())).toEqual([]);
  });

  it('writes a PDF, the format taken from the file name', async () => {
    const output = join(temp.path, 'vision.pdf');
    const result = await runCommand(PortfolioVisionExport, args('--account', ACCOUNT_ID, '--output', output));
    expect(result.format).toBe('pdf');
    const pdf = readFileSync(output);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.bytes).toBe(pdf.length);
    expect(await pdfFlatText(pdf)).toContain(JOINT_TEXT.sharedVision);
    expect(result.missingCharacters).toEqual([]);
  });

  it('names the characters the PDF font lacks, in a warning and in the result', async () => {
    ctx.server.store.update(VISION.object, visionId, { [VISION.sharedVision]: 'Launch 🚀 together, Łódź → Αθήνα' });
    const output = join(temp.path, 'vision.pdf');
    const result = await runCommand(PortfolioVisionExport, args('--account', ACCOUNT_ID, '--output', output));
    expect(result.missingCharacters).toEqual(['🚀']);
    // stubSfCommandUx made warn a sinon stub that records its arguments.
    const warn = Reflect.get(SfCommand.prototype, 'warn') as unknown as { args: unknown[][] };
    expect(warn.args.flat().join('\n')).toContain(
      'cannot draw these characters, so the PDF shows "�" in their place: 🚀'
    );
    expect(await pdfFlatText(readFileSync(output))).toContain('Launch \uFFFD together, Łódź → Αθήνα');
  });

  it('fails on an unknown account and writes nothing', async () => {
    const output = join(temp.path, 'none.md');
    const failure = await runExpectingError(PortfolioVisionExport, args('--account', 'Nobody Ltd', '--output', output));
    expect(failure.name).toBe('AccountNotFoundError');
    expect(failure.message).toContain('"Nobody Ltd"');
    expect(existsSync(output)).toBe(false);
  });

  it('refuses a name that matches more than one account', async () => {
    ctx.server.store.insert(ACCOUNT, [{ Id: '001000000000002AAA', Name: "Harbour Cranes O'Neill Oy" }]);
    const failure = await runExpectingError(
      PortfolioVisionExport,
      args('--account', "Harbour Cranes O'Neill Oy", '--output', join(temp.path, 'x.md'))
    );
    expect(failure.name).toBe('AmbiguousAccountError');
    expect(failure.message).toContain('001000000000002AAA');
    expect(failure.actions.join(' ')).toContain('Account Id');
  });

  it('says so when the account has no vision', async () => {
    ctx.server.store.clear(VISION.object);
    const failure = await runExpectingError(
      PortfolioVisionExport,
      args('--account', ACCOUNT_ID, '--output', join(temp.path, 'x.md'))
    );
    expect(failure.name).toBe('NoVisionError');
    expect(failure.message).toContain("Harbour Cranes O'Neill Oy");
  });

  it('asks for a format it can tell', async () => {
    const failure = await runExpectingError(
      PortfolioVisionExport,
      args('--account', ACCOUNT_ID, '--output', join(temp.path, 'x.txt'))
    );
    expect(failure.name).toBe('UnknownFormatError');
  });

  it('tries a query again when the org answers 503, as every org call does', async () => {
    ctx.server.faults.serviceUnavailable(1, { kind: 'query' });
    const output = join(temp.path, 'vision.md');
    const result = await runCommand(PortfolioVisionExport, args('--account', ACCOUNT_ID, '--output', output));
    expect(result.version).toBe(2);
    expect(readFileSync(output, 'utf8')).toContain(JOINT_TEXT.sharedVision);
    expect(ctx.server.calls.log.filter((c) => c.kind === 'query').map((c) => c.status)).toContain(503);
  });

  it('stops with the shared wording when the API limit is reached, and writes nothing', async () => {
    ctx.server.faults.requestLimitAfter(0);
    const output = join(temp.path, 'vision.md');
    const failure = await runExpectingError(PortfolioVisionExport, args('--account', ACCOUNT_ID, '--output', output));
    expect(failure.name).toBe('RequestLimitExceededError');
    expect(failure.message).toMatch(/API request limit is used up/);
    expect(existsSync(output)).toBe(false);
  });

  describe('in the language of the run', () => {
    const argv = (output: string, ...rest: string[]): string[] => [
      '--target-org',
      ctx.username,
      '--account',
      ACCOUNT_ID,
      '--output',
      output,
      ...rest,
    ];
    afterEach(() => {
      delete process.env.LANG;
    });

    it('writes the document and says so in Finnish with --language fi (and -l fi)', async () => {
      const output = join(temp.path, 'visio.md');
      const result = await runCommand(PortfolioVisionExport, argv(output, '--language', 'fi'));
      expect(result.language).toBe('fi');
      expect(readFileSync(output, 'utf8')).toContain("# Asiakkuusvisio: Harbour Cranes O'Neill Oy");
      expect(printed()).toBe(
        `Asiakkaan Harbour Cranes O'Neill Oy asiakkuusvisio (versio 2) kirjoitettiin tiedostoon ${output}.`
      );
      expect((await runCommand(PortfolioVisionExport, argv(output, '-l', 'fi'))).language).toBe('fi');
    });

    it('writes English with --language en', async () => {
      const output = join(temp.path, 'vision.md');
      await runCommand(PortfolioVisionExport, argv(output, '--language', 'en'));
      expect(readFileSync(output, 'utf8')).toContain("# Customer vision: Harbour Cranes O'Neill Oy");
      expect(printed()).toBe(`Wrote the customer vision of Harbour Cranes O'Neill Oy (version 2) to ${output}.`);
    });

    it('follows a Finnish locale when no language is given', async () => {
      process.env.LANG = 'fi_FI.UTF-8';
      const output = join(temp.path, 'visio.md');
      const result = await runCommand(PortfolioVisionExport, argv(output));
      expect(result.language).toBe('fi');
      expect(readFileSync(output, 'utf8')).toContain('# Asiakkuusvisio:');
      expect(printed()).toContain('kirjoitettiin tiedostoon');
    });
  });
});
