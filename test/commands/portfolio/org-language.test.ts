/**
 * The org commands in Finnish and in English, against the local server: --language fi, --language en,
 * and the locale alone (LANG=fi_FI.UTF-8). Each test reads what a person reads: headings, summaries
 * and counts, with numbers as the language writes them (Finnish groups thousands with a no-break space).
 */
import { readFile, writeFile } from 'node:fs/promises';
import '../../helpers/jest-realm.js';
import PortfolioDoctor from '../../../src/commands/portfolio/doctor.js';
import PortfolioExport from '../../../src/commands/portfolio/export.js';
import PortfolioImportProfitability from '../../../src/commands/portfolio/import/profitability.js';
import PortfolioSetup from '../../../src/commands/portfolio/setup.js';
import PortfolioSync from '../../../src/commands/portfolio/sync.js';
import { PERMISSION_SETS } from '../../../src/schema/fields.js';
import { runCommand, runExpectingError } from '../../helpers/command.js';
import { useOrgCommandContext } from '../../helpers/org-command.js';
import { activateAccountPage, assignPermissionSet, loadBuiltInProfiles } from '../../helpers/org-admin.js';
import { seedPortfolio, syntheticSeeds } from '../../helpers/org-server.js';
import { printed, printedWords } from '../../helpers/printed.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const NBSP = '\u00a0';

describe('the org commands in Finnish and English', () => {
  const ctx = useOrgCommandContext();
  const tmp = useTempDir();
  const org = (...rest: string[]): string[] => ['--target-org', ctx.username, '--api-version', '62.0', ...rest];

  afterEach(() => {
    delete process.env.LANG;
  });

  describe('portfolio doctor', () => {
    beforeEach(() => {
      assignPermissionSet(ctx.server, PERMISSION_SETS.integration);
      loadBuiltInProfiles(ctx.server);
      activateAccountPage(ctx.server, ['Large']);
    });

    it('speaks Finnish with --language fi: the table, the statuses, the form factors and the counts', async () => {
      await runCommand(PortfolioDoctor, org('--language', 'fi'));
      const text = printedWords();
      expect(text).toMatch(/Tarkistus[\s│]+Tila[\s│]+Tiedot/);
      expect(text).toContain('kunnossa');
      expect(text).toContain('varoitus');
      expect(text).toMatch(new RegExp(`API-pyyntöjä jäljellä 99${NBSP}\\d{3} / 100${NBSP}000`));
      expect(text).toContain('vain laitetyypillä työpöytä; laitetyypillä puhelin');
      expect(text).not.toMatch(/\b(Check|Status|Detail|ok|warning|desktop|phone)\b/);
    });

    it('speaks English with --language en', async () => {
      await runCommand(PortfolioDoctor, org('--language', 'en'));
      const text = printedWords();
      expect(text).toMatch(/Check[\s│]+Status[\s│]+Detail/);
      expect(text).toMatch(/99,\d{3} of 100,000 API requests left/);
      expect(text).toContain('on desktop only; on phone users see');
    });

    it('speaks Finnish when the locale is Finnish and no flag is given', async () => {
      process.env.LANG = 'fi_FI.UTF-8';
      await runCommand(PortfolioDoctor, org());
      expect(printed()).toMatch(/Tarkistus[\s│]+Tila[\s│]+Tiedot/);
    });
  });

  describe('portfolio doctor on an org without the package user', () => {
    it('fails in Finnish, naming how many checks failed', async () => {
      const failure = await runExpectingError(PortfolioDoctor, org('--language', 'fi'));
      expect(failure.message).toMatch(/^\d+ tarkistus(ta)? epäonnistui\. Puuttuvat asiat ja ohjeet/);
    });
  });

  describe('portfolio setup', () => {
    beforeEach(() => assignPermissionSet(ctx.server, PERMISSION_SETS.admin));

    it('speaks Finnish with --language fi', async () => {
      seedPortfolio(ctx.server, syntheticSeeds(3));
      await runCommand(PortfolioSetup, org('--language', 'fi'));
      const text = printedWords();
      expect(text).toContain('Pisteytysprofiilit');
      expect(text).toMatch(/current +Nykyiset avainasiakkaat +luotu, merkitty oletusprofiiliksi/);
      expect(text).toMatch(/future +Tuleva potentiaali +luotu/);
      expect(text).toContain('Luotuja pisteytysprofiileja 2: current, future.');
      expect(text).toMatch(/Tarkistus[\s│]+Tila[\s│]+Tiedot/);
      expect(text).toContain('Vielä tehtävää');
      expect(text).toContain('Pisteyttämättömiä asiakkaita on 3');
      expect(text).not.toMatch(/\b(Check|Status|Detail|created|Next steps)\b/);
    });

    it('speaks English with --language en, and Finnish from the locale', async () => {
      await runCommand(PortfolioSetup, org('--language', 'en'));
      expect(printed()).toContain('Created 2 scoring profiles: current, future.');
      process.env.LANG = 'fi_FI.UTF-8';
      await runCommand(PortfolioSetup, org());
      expect(printed()).toContain('Ei luotavaa: kaikki sisäänrakennetut pisteytysprofiilit ovat jo organisaatiossa.');
    });
  });

  describe('portfolio sync', () => {
    it('reports in Finnish with --language fi: counts, APIs, the snapshot and the movers table', async () => {
      seedPortfolio(ctx.server, syntheticSeeds(12));
      await runCommand(PortfolioSync, org('--language', 'fi', '--top', '3'));
      const text = printed();
      expect(text).toContain(
        'Pisteytetään profiililla "Nykyiset avainasiakkaat" (current, lähde: sisäänrakennetut profiilit).'
      );
      expect(text).toContain('Asiakkaita luettu 12 (REST-rajapinta): muuttuneita 12, ennallaan 0.');
      expect(text).toMatch(
        /Kirjoitettiin asiakastietueita 12 \(sObject Collections -rajapinta\) ja arvoarviointeja 12; epäonnistuneita 0\. Tilannekuva: kirjoitettu\. API-kutsuja \d+\./
      );
      expect(text).toContain('Eniten liikkuvat asiakkaat');
      expect(text).toMatch(/Nimi[\s│]+Sija[\s│]+Oli[\s│]+Muutos[\s│]+Luokka[\s│]+Oli/);
      expect(text).toContain('uusi');
      expect(text).not.toMatch(/\b(Name|Rank|Was|Change|Tier|new|written|built-in|Unscored)\b/);
    });

    it('writes the result file with Finnish column headings and warns in Finnish', async () => {
      const ids = seedPortfolio(ctx.server, syntheticSeeds(10));
      ctx.server.faults.failRecords([ids[3]], {
        statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: 'Ei sallittu',
      });
      const out = tmp.file('tulos.csv');
      await runCommand(PortfolioSync, org('--language', 'fi', '--result-file', out));
      // The headings, whatever delimiter the Finnish file is written with (the CSV dialect is its own concern).
      const header = (await readFile(out, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/)[0];
      expect(header.split(/[,;]/)).toEqual(['Tietueen tunnus', 'Nimi', 'Objekti', 'Virhekoodi', 'Syy']);
      expect(printed()).toContain(
        `Tietueita, joita ei voitu kirjoittaa: 1. Ne on lueteltu syineen tiedostossa ${out}.`
      );
    });

    it('writes a dry run of a thousand accounts with Finnish thousands', async () => {
      seedPortfolio(ctx.server, syntheticSeeds(1001));
      await runCommand(PortfolioSync, org('--language', 'fi', '--dry-run', '--top', '0'));
      expect(printed()).toContain(
        `Kokeiluajo: mitään ei kirjoitettu. Kirjoitettaisiin asiakastietueita 1${NBSP}001 ja arvoarviointeja 1${NBSP}001.`
      );
    });

    it('reports in English with --language en, and in Finnish from the locale', async () => {
      seedPortfolio(ctx.server, syntheticSeeds(12));
      await runCommand(PortfolioSync, org('--language', 'en', '--top', '3'));
      const english = printed();
      expect(english).toContain('Scoring with "Current key accounts" (current, from the built-in profiles).');
      expect(english).toContain('12 accounts read (REST API): 12 changed, 0 unchanged.');
      expect(english).toMatch(/Name[\s│]+Rank[\s│]+Was[\s│]+Change[\s│]+Tier[\s│]+Was/);
      process.env.LANG = 'fi_FI.UTF-8';
      await runCommand(PortfolioSync, org('--top', '3'));
      expect(printed()).toContain('Tilannekuva: ei kirjoitettu, mikään ei muuttunut.');
    });
  });

  describe('portfolio import profitability', () => {
    const figures = async (ids: string[]): Promise<string> => {
      const file = tmp.file('figures.csv');
      await writeFile(file, `Account Id,Period,Revenue\n${ids[0]},2025,100\n${ids[1]},2025,200\n`);
      return file;
    };

    it('speaks Finnish with --language fi', async () => {
      const file = await figures(seedPortfolio(ctx.server, [{ name: 'Aalto Oy' }, { name: 'Berg AB' }]));
      await runCommand(PortfolioImportProfitability, org('--file', file, '--language', 'fi'));
      const text = printed();
      expect(text).toMatch(
        /Lisättiin tai päivitettiin 2 \/ 2 riviä \(asiakkaita 2, sObject Collections -rajapinta\); epäonnistuneita 0\. API-kutsuja \d+\./
      );
      expect(text).toContain('Aja "sf portfolio sync", niin asiakkaat pisteytetään uusilla luvuilla.');
    });

    it('speaks English with --language en, and Finnish from the locale', async () => {
      const file = await figures(seedPortfolio(ctx.server, [{ name: 'Aalto Oy' }, { name: 'Berg AB' }]));
      await runCommand(PortfolioImportProfitability, org('--file', file, '--language', 'en', '--dry-run'));
      expect(printed()).toContain('Dry run: 2 rows for 2 accounts checked against the org; nothing was written.');
      process.env.LANG = 'fi_FI.UTF-8';
      await runCommand(PortfolioImportProfitability, org('--file', file, '--dry-run'));
      expect(printed()).toContain('Kokeiluajo: 2 riviä (asiakkaita 2) tarkistettu organisaatiota vasten');
    });
  });

  describe('portfolio export', () => {
    it('speaks Finnish with --language fi, English with --language en, Finnish from the locale', async () => {
      seedPortfolio(ctx.server, syntheticSeeds(1000));
      const out = tmp.file('salkku.json');
      await runCommand(PortfolioExport, org('--output', out, '--language', 'fi'));
      expect(printed()).toContain(
        `Kirjoitettiin 1${NBSP}000 järjestetyn asiakkaan tiedot tiedostoon ${out} (profiili "current").`
      );
      await runCommand(PortfolioExport, org('--output', out, '--language', 'en'));
      expect(printed()).toContain(`Wrote 1,000 ranked accounts to ${out} (profile "current").`);
      process.env.LANG = 'fi_FI.UTF-8';
      await runCommand(PortfolioExport, org('--output', out));
      expect(printed().split('\n').at(-1)).toContain(`Kirjoitettiin 1${NBSP}000 järjestetyn asiakkaan tiedot`);
    });
  });
});
