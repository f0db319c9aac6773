/** The doctor's checks as a plain table, with what to do under each failed or warned one. */
import Table from 'cli-table3';
import type { Check } from '../org/setup/doctor.js';

const PLAIN = { 'left-mid': '', mid: '', 'mid-mid': '', 'right-mid': '' };
const MARK: Record<Check['status'], string> = { pass: 'ok', warn: 'warning', fail: 'MISSING' };

export function renderChecks(checks: readonly Check[]): string {
  const table = new Table({
    head: ['Check', 'Status', 'Detail'],
    style: { head: [], border: [] },
    chars: PLAIN,
    colWidths: [22, 9, 90],
    wordWrap: true,
  });
  for (const c of checks) {
    const detail = c.actions.length > 0 ? `${c.detail}\n${c.actions.map((a) => `→ ${a}`).join('\n')}` : c.detail;
    table.push([c.check, MARK[c.status], detail]);
  }
  return table.toString();
}
