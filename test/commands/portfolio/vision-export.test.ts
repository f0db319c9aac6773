/**
 * `portfolio vision export` in-process: TestContext with a mock org whose connection requests are
 * answered with REST query responses (the shape `/query` returns), any other request failing the test.
 */
import '../../helpers/jest-realm.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MockTestOrgData } from '@salesforce/core/testSetup';
import { SfCommand } from '@salesforce/sf-plugins-core';
import PortfolioVisionExport from '../../../src/commands/portfolio/vision/export.js';
import { OBJECTIVE, VISION } from '../../../src/schema/fields.js';
import { runCommand, runExpectingError, useCommandContext } from '../../helpers/command.js';
import { pdfFlatText } from '../../helpers/pdf-text.js';
import { printed } from '../../helpers/printed.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import {
  ACCOUNT_ID,
  EARLIER_VISION_ID,
  JOINT_TEXT,
  englishLabelTexts,
  finnishInternalLabels,
  forbiddenTerms,
  internalValues,
  leakedTerms,
  objectiveRow,
  visionRow,
} from '../../helpers/vision-records.js';

type Row = Record<string, unknown>;
type Org = { accounts: Row[]; visions: Row[]; objectives: Row[] };

const page = (records: Row[]): Row => ({ totalSize: records.length, done: true, records });

/** Answers the command's SOQL the way the org would, from the rows given. */
function answer(org: Org, soql: string): Row {
  const quoted = (pattern: RegExp): string => (soql.match(pattern)?.[1] ?? '').replace(/\\'/g, "'");
  if (soql.includes('FROM Account WHERE Id ='))
    return page(org.accounts.filter((a) => a.Id === quoted(/Id = '([^']*)'/)));
  if (soql.includes('FROM Account WHERE Name ='))
    return page(org.accounts.filter((a) => a.Name === quoted(/Name = '((?:[^'\\]|\\.)*)'/)).slice(0, 3));
  if (soql.includes(`FROM ${VISION.object}`))
    return page(org.visions.filter((v) => v[VISION.account] === quoted(new RegExp(`${VISION.account} = '([^']*)'`))));
  if (soql.includes(`FROM ${OBJECTIVE.object}`)) {
    const ids = [...(soql.match(/IN \(([^)]*)\)/)?.[1] ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
    return page(org.objectives.filter((o) => ids.includes(o[OBJECTIVE.vision] as string)));
  }
  throw new Error(`unexpected query: ${soql}`);
}

describe('portfolio vision export', () => {
  const $$ = useCommandContext();
  const temp = useTempDir();
  const testOrg = new MockTestOrgData();
  const labels = [...englishLabelTexts(), ...finnishInternalLabels()];
  const internal = internalValues(labels);
  let org: Org;
  let queries: string[];

  beforeEach(async () => {
    await $$.stubAuths(testOrg);
    queries = [];
    org = {
      // The account carries every computed field with internal values; none may reach the document.
      accounts: [{ attributes: { type: 'Account' }, Id: ACCOUNT_ID, Name: "Harbour Cranes O'Neill Oy", ...internal }],
      visions: [
        { ...visionRow(internal), [VISION.account]: ACCOUNT_ID },
        {
          ...visionRow({
            ...internal,
            Id: EARLIER_VISION_ID,
            [VISION.version]: 1,
            [VISION.sharedVision]: 'The first agreed vision.',
          }),
          [VISION.account]: ACCOUNT_ID,
        },
      ],
      objectives: [
        objectiveRow(internal),
        objectiveRow({ [OBJECTIVE.vision]: EARLIER_VISION_ID, [OBJECTIVE.name]: 'Old objective' }),
      ],
    };
    $$.fakeConnectionRequest = (request: unknown): Promise<never> => {
      const url = typeof request === 'string' ? request : String((request as { url: string }).url);
      const match = url.match(/\/query\?q=(.*)$/);
      if (!match) return Promise.reject(new Error(`unexpected request: ${url}`));
      const soql = decodeURIComponent(match[1].replace(/\+/g, ' '));
      queries.push(soql);
      return Promise.resolve(answer(org, soql) as never);
    };
  });

  const args = (...rest: string[]): string[] => ['--target-org', testOrg.username, '--json', ...rest];

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
    expect(queries.join('\n')).not.toMatch(/CVP_(Tier|Quadrant|Treatment|Weighted_Score|ABC_Class)__c/);
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
    org.visions[0] = { ...org.visions[0], [VISION.sharedVision]: 'Launch 🚀 together, Łódź → Αθήνα' };
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
    org.accounts.push({ Id: '001000000000002AAA', Name: "Harbour Cranes O'Neill Oy" });
    const failure = await runExpectingError(
      PortfolioVisionExport,
      args('--account', "Harbour Cranes O'Neill Oy", '--output', join(temp.path, 'x.md'))
    );
    expect(failure.name).toBe('AmbiguousAccountError');
    expect(failure.message).toContain('001000000000002AAA');
    expect(failure.actions.join(' ')).toContain('Account Id');
  });

  it('says so when the account has no vision', async () => {
    org.visions = [];
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

  describe('in the language of the run', () => {
    const argv = (output: string, ...rest: string[]): string[] => [
      '--target-org',
      testOrg.username,
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
