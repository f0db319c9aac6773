// The benchmark's input files: the same synthetic portfolio (synthetic.js) as a CSV and as an XLSX, with the input
// headers `portfolio rank` reads. Volume and Profitability are left out, so those scores are banded from the figures.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { INPUT_HEADERS } from '../../../lib/rank/export-rows.js';
import { writeXlsx } from '../../../lib/io/write/write-xlsx.js';
import { syntheticAccounts } from '../synthetic.js';

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const VALUES = {
  Name: (a) => a.name,
  Revenue: (a) => a.revenue,
  'Direct Costs': (a) => a.directCosts,
  'Sales Costs': (a) => a.salesCosts,
  'Marketing Costs': (a) => a.marketingCosts,
  'Service Costs': (a) => a.serviceCosts,
  'Service Hours': (a) => a.serviceHours,
  Loyalty: (a) => a.scores.loyalty ?? null,
  Potential: (a) => a.scores.potential ?? null,
  Reference: (a) => a.scores.reference ?? null,
  Learning: (a) => a.scores.learning ?? null,
  Contact: (a) => a.scores.contact ?? null,
  Emotional: (a) => a.scores.emotional ?? null,
  Commitment: (a) => a.commitment,
  Binding: (a) => a.binding,
  'Lifecycle Stage': (a) => cap(a.lifecycleStage),
};
const missing = Object.keys(VALUES).filter((h) => !INPUT_HEADERS.includes(h));
if (missing.length > 0) throw new Error(`not input headers of portfolio rank: ${missing.join(', ')}`);
export const HEADER = INPUT_HEADERS.filter((h) => h in VALUES);

function* cells(rows) {
  for (const a of syntheticAccounts(rows)) yield HEADER.map((h) => VALUES[h](a));
}

export async function writePortfolioCsv(path, rows) {
  const out = createWriteStream(path);
  out.write(`${HEADER.join(',')}\n`);
  let lines = [];
  for (const row of cells(rows)) {
    lines.push(row.map((v) => v ?? '').join(','));
    if (lines.length === 10_000) {
      if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
      lines = [];
    }
  }
  out.end(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  await once(out, 'finish');
}

export const writePortfolioXlsx = (path, rows) => writeXlsx(path, 'Portfolio', HEADER, cells(rows));
