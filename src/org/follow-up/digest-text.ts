/**
 * The movers digest as Markdown, in the run's language: one section per kind of move, a table of the
 * accounts in each, and how many there are in all when a list was cut. The same text is the Chatter
 * post (plain text there: Chatter does not render Markdown, and the tables read well as they are).
 */
import { countKey, numberFormats } from '../../i18n/index.js';
import { loadMessages } from '../../messages.js';
import { label } from '../../i18n/labels.js';
import type { AccountMove, MoversDigest, ReviewDue } from './movers-digest.js';
import { DIGEST_SECTIONS, digestIsEmpty } from './movers-digest.js';

const messages = loadMessages('sync-digest');

/** A table cell: pipes and line breaks of an account's name must not break the table. */
const cell = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');

export type DigestHeader = {
  /** The profile's name as the run's language gives it. */
  profile: string;
  scoredAt: string;
  dryRun: boolean;
};

function row(values: readonly string[]): string {
  return `| ${values.map(cell).join(' | ')} |`;
}

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [row(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(row)];
}

function moveRows(moves: readonly AccountMove[]): string[] {
  const n = numberFormats();
  const tier = (t: string | null): string => label('tier', t);
  const quadrant = (q: string | null): string => label('quadrant', q);
  const money = (m: number | null): string => (m === null ? '–' : n.money(m));
  return table(
    ['Name', 'Rank', 'RankWas', 'Tier', 'TierWas', 'Quadrant', 'QuadrantWas', 'Margin', 'MarginWas'].map((c) =>
      messages.getMessage(`column.${c}`)
    ),
    moves.map((m) => [
      m.name,
      n.integer(m.rank),
      m.previousRank === null ? '–' : n.integer(m.previousRank),
      tier(m.tier),
      tier(m.previousTier),
      quadrant(m.quadrant),
      quadrant(m.previousQuadrant),
      money(m.margin),
      money(m.previousMargin),
    ])
  );
}

function overdueRows(accounts: readonly ReviewDue[]): string[] {
  const n = numberFormats();
  return table(
    ['Name', 'Rank', 'Tier', 'DueSince'].map((c) => messages.getMessage(`column.${c}`)),
    accounts.map((a) => [
      a.name,
      a.rank === null ? '–' : n.integer(a.rank),
      label('tier', a.tier),
      a.dueSince ?? messages.getMessage('neverAssessed'),
    ])
  );
}

export function renderDigest(digest: MoversDigest, header: DigestHeader): string {
  const n = numberFormats();
  const lines = [
    `# ${messages.getMessage('title')}`,
    '',
    messages.getMessage(header.dryRun ? 'intro.DryRun' : 'intro.Run', [header.profile, header.scoredAt]),
    '',
  ];
  if (digestIsEmpty(digest)) lines.push(messages.getMessage('intro.Nothing'), '');
  if (digest.newlyScored > 0)
    lines.push(
      messages.getMessage(countKey('intro.NewlyScored', digest.newlyScored), [n.integer(digest.newlyScored)]),
      ''
    );
  for (const section of DIGEST_SECTIONS) {
    const count = digest.counts[section];
    if (count === 0) continue;
    lines.push(`## ${messages.getMessage(`section.${section}`, [n.integer(count)])}`, '');
    const listed = section === 'overdue' ? digest.overdue.length : digest[section].length;
    lines.push(...(section === 'overdue' ? overdueRows(digest.overdue) : moveRows(digest[section])), '');
    if (count > listed) lines.push(messages.getMessage('more', [n.integer(count - listed)]), '');
  }
  return lines.join('\n');
}
