/** The doctor's checks as a plain table, with what to do under each failed or warned one. */
import Table from 'cli-table3';
import { loadMessages } from '../messages.js';
import type { Check } from '../org/setup/doctor.js';

const messages = loadMessages('portfolio.doctor');
const PLAIN = { 'left-mid': '', mid: '', 'mid-mid': '', 'right-mid': '' };

export function renderChecks(checks: readonly Check[]): string {
  const table = new Table({
    head: ['column.Check', 'column.Status', 'column.Detail'].map((key) => messages.getMessage(key)),
    style: { head: [], border: [] },
    chars: PLAIN,
    colWidths: [22, 11, 90],
    wordWrap: true,
  });
  for (const c of checks) {
    const detail = c.actions.length > 0 ? `${c.detail}\n${c.actions.map((a) => `→ ${a}`).join('\n')}` : c.detail;
    table.push([c.check, messages.getMessage(`status.${c.status}`), detail]);
  }
  return table.toString();
}
