/**
 * One reading order for every format: the document as a list of blocks (headings, paragraphs, fields,
 * a table), so Markdown, HTML and PDF say the same thing in the same order and each renderer only
 * decides how a block looks.
 */
import { isOverdue, progressPercent, statusShown, type CustomerSafeDocument, type SafeVersion } from '../document.js';
import { documentTexts, type DocumentTexts, type Language } from '../texts.js';

export type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'fields'; readonly items: ReadonlyArray<readonly [string, string]> }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: ReadonlyArray<readonly string[]>;
      /** Per row: true when the objective is overdue, so a renderer can mark it beyond the word. */
      readonly flagged: readonly boolean[];
    };

export type LayoutOptions = { readonly language: Language; readonly today: string };

function formatDate(iso: string | null, t: DocumentTexts): string {
  if (iso === null) return t.empty;
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(t.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d))
  );
}

function formatNumber(value: number | null, t: DocumentTexts): string {
  return value === null ? t.empty : new Intl.NumberFormat(t.locale, { maximumFractionDigits: 2 }).format(value);
}

function section(blocks: Block[], heading: string, body: string): void {
  if (body.trim() === '') return;
  blocks.push({ kind: 'heading', level: 2, text: heading });
  // A lone CR ends a line as LF does (CommonMark and the HTML parser agree), so "\r\r" parts paragraphs too.
  for (const paragraph of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/))
    if (paragraph.trim()) blocks.push({ kind: 'paragraph', text: paragraph.trim() });
}

function versionBlocks(version: SafeVersion, options: LayoutOptions, t: DocumentTexts): Block[] {
  const blocks: Block[] = [];
  const facts: Array<readonly [string, string]> = [
    [t.version, formatNumber(version.version, t)],
    [t.status, version.status ? t.statuses[version.status] : t.empty],
  ];
  if (version.agreedDate) facts.push([t.agreedOn, formatDate(version.agreedDate, t)]);
  if (version.customerParticipants.trim()) facts.push([t.participants, version.customerParticipants.trim()]);
  if (version.nextReviewDate) facts.push([t.nextReview, formatDate(version.nextReviewDate, t)]);
  blocks.push({ kind: 'fields', items: facts });

  section(blocks, t.currentState, version.currentState);
  section(blocks, t.developmentPlan, version.developmentPlan);
  section(blocks, t.sharedVision, version.sharedVision);

  const communication: Array<readonly [string, string]> = (
    [
      [t.cadence, version.communicationCadence],
      [t.channels, version.communicationChannels],
      [t.people, version.communicationPeople],
    ] as const
  ).filter(([, value]) => value.trim() !== '');
  if (communication.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t.communication });
    blocks.push({ kind: 'fields', items: communication.map(([k, v]) => [k, v.trim()] as const) });
  }

  const levels = [
    [t.valueEncounter, version.valueEncounter],
    [t.valueRelationship, version.valueRelationship],
    [t.valueWhole, version.valueWhole],
  ].filter(([, value]) => value.trim() !== '');
  if (levels.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t.value });
    for (const [heading, body] of levels) {
      blocks.push({ kind: 'heading', level: 3, text: heading });
      blocks.push({ kind: 'paragraph', text: body.trim() });
    }
  }

  if (version.competitiveEdges.length > 0 || version.competitiveEdgesNotes.trim()) {
    blocks.push({ kind: 'heading', level: 2, text: t.edges });
    if (version.competitiveEdges.length > 0)
      blocks.push({ kind: 'list', items: version.competitiveEdges.map((edge) => t.edgeNames[edge]) });
    if (version.competitiveEdgesNotes.trim())
      blocks.push({ kind: 'paragraph', text: version.competitiveEdgesNotes.trim() });
  }

  section(blocks, t.followUp, version.followUp);

  blocks.push({ kind: 'heading', level: 2, text: t.objectives });
  if (version.objectives.length === 0) {
    blocks.push({ kind: 'paragraph', text: t.noObjectives });
  } else {
    const flagged = version.objectives.map((o) => isOverdue(o, options.today));
    // Never "On track" beside "overdue" (statusShown).
    const statusOf = (o: SafeVersion['objectives'][number]): string => {
      const status = statusShown(o, options.today);
      return status ? t.objectiveStatuses[status] : t.empty;
    };
    blocks.push({
      kind: 'table',
      header: [t.objective, t.owner, t.measure, t.target, t.actual, t.progress, t.due, t.status],
      rows: version.objectives.map((o, i) => {
        const progress = progressPercent(o);
        const owner = [o.ownerSide ? t.sides[o.ownerSide] : '', o.ownerName].filter(Boolean).join(': ');
        const due = formatDate(o.dueDate, t) + (flagged[i] ? ` (${t.overdue})` : '');
        return [
          [o.name, o.description.trim()].filter(Boolean).join(' — '),
          owner || t.empty,
          o.measure || t.empty,
          formatNumber(o.target, t),
          formatNumber(o.actual, t),
          progress === null ? t.empty : `${progress} %`,
          due,
          statusOf(o),
        ];
      }),
      flagged,
    });
  }
  return blocks;
}

export function layoutDocument(document: CustomerSafeDocument, options: LayoutOptions): Block[] {
  const t = documentTexts(options.language);
  const blocks: Block[] = [{ kind: 'title', text: `${t.title}: ${document.customerName}` }];
  blocks.push(...versionBlocks(document.current, options, t));
  if (document.earlier.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t.earlier });
    for (const version of document.earlier) {
      blocks.push({
        kind: 'heading',
        level: 2,
        text: `${t.version} ${formatNumber(version.version, t)} (${t.agreedOn.toLowerCase()} ${formatDate(version.agreedDate, t)})`,
      });
      blocks.push(
        ...versionBlocks(version, options, t).map((b) => (b.kind === 'heading' ? { ...b, level: 3 as const } : b))
      );
    }
  }
  return blocks;
}
