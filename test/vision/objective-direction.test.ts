import { directionOf } from '../../src/core/vision/objective-progress.js';
import {
  buildCustomerSafeDocument,
  isOverdue,
  layoutDocument,
  progressPercent,
  renderMarkdown,
  statusShown,
} from '../../src/vision/index.js';
import { JOINT_TEXT, objectiveRow, visionRow } from '../helpers/vision-records.js';

const today = '2026-02-01';

describe('objective direction (issue 15 part 4)', () => {
  it('reads a reduction from the measure or the name, in English and Finnish', () => {
    for (const measure of ['Downtime hours / month', 'Complaints per quarter', 'Lead time in days', 'Errors found'])
      expect(directionOf({ measure })).toBe('decrease');
    for (const measure of ['Seisokkiaika tunteina', 'Reklamaatioiden määrä', 'Läpimenoaika päivinä', 'Toimitusaika'])
      expect(directionOf({ measure })).toBe('decrease');
    expect(directionOf({ name: 'Vähennetään katkoja', measure: 'kpl' })).toBe('decrease');
    expect(directionOf({ name: 'Vähennä käyttökatkoja', measure: 'kpl' })).toBe('decrease');
    expect(directionOf({ name: 'Reduce unplanned stops', measure: 'count' })).toBe('decrease');
  });

  it('takes everything else as a figure to raise', () => {
    for (const measure of ['Orders per year', 'Revenue', 'Tilausten määrä', 'Asiakastyytyväisyys', ''])
      expect(directionOf({ measure })).toBe('increase');
  });
});

describe('progress the right way round', () => {
  it('measures a reduction as target / actual, in English and Finnish', () => {
    for (const measure of ['Downtime hours', 'Seisokkitunnit']) {
      expect(progressPercent({ measure, target: 2, actual: 4 })).toBe(50);
      expect(progressPercent({ measure, target: 2, actual: 2 })).toBe(100);
      expect(progressPercent({ measure, target: 2, actual: 1 })).toBe(200);
      expect(progressPercent({ measure, target: 2, actual: 0 })).toBe(100);
      expect(progressPercent({ measure, target: 0, actual: 3 })).toBe(0);
    }
  });

  it('measures an increase as actual / target, so the two directions disagree on the same figures', () => {
    for (const measure of ['Orders', 'Tilaukset']) {
      expect(progressPercent({ measure, target: 2, actual: 4 })).toBe(200);
      expect(progressPercent({ measure, target: 4, actual: 2 })).toBe(50);
    }
    expect(progressPercent({ measure: 'Complaints', target: 4, actual: 2 })).toBe(200);
  });

  it('rises as a reduction falls toward its target, and reaches 100 exactly at it', () => {
    let previous = -1;
    for (const actual of [10, 8, 6, 4, 3]) {
      const p = progressPercent({ measure: 'Reklamaatiot', target: 3, actual })!;
      expect(p).toBeGreaterThan(previous);
      previous = p;
    }
    expect(previous).toBe(100);
  });
});

describe('never both overdue and on track', () => {
  it('shows an overdue objective recorded "On track" as "At risk"', () => {
    const o = { dueDate: '2026-01-31', status: 'OnTrack' as const };
    expect(isOverdue(o, today)).toBe(true);
    expect(statusShown(o, today)).toBe('AtRisk');
  });

  it('keeps every other status as recorded', () => {
    expect(statusShown({ dueDate: '2026-02-01', status: 'OnTrack' }, today)).toBe('OnTrack');
    expect(statusShown({ dueDate: '2026-01-31', status: 'Done' }, today)).toBe('Done');
    expect(statusShown({ dueDate: '2026-01-31', status: 'NotStarted' }, today)).toBe('NotStarted');
    expect(statusShown({ dueDate: null, status: null }, today)).toBeNull();
  });

  it('holds for every due date and status', () => {
    const statuses = ['NotStarted', 'OnTrack', 'AtRisk', 'Done', 'Dropped', null] as const;
    for (const dueDate of ['2026-01-01', '2026-01-31', '2026-02-01', '2026-03-01', null])
      for (const status of statuses) {
        const o = { dueDate, status };
        expect(isOverdue(o, today) && statusShown(o, today) === 'OnTrack').toBe(false);
      }
  });
});

describe('the vision document, in both languages', () => {
  // Downtime hours (a reduction): target 10, actual 6, due yesterday, recorded "On track".
  const document = buildCustomerSafeDocument('Harbour Cranes', { vision: visionRow(), objectives: [objectiveRow()] });

  it.each([
    ['en', 'At risk', 'On track'],
    ['fi', 'Vaarassa', 'Aikataulussa'],
  ] as const)('shows a met reduction as met and an overdue one not on track (%s)', (language, atRisk, onTrack) => {
    const md = renderMarkdown(layoutDocument(document, { language, today }));
    const row = md.split('\n').find((line) => line.includes(JOINT_TEXT.objectiveMeasure))!;
    expect(row).toContain('167 %');
    expect(row).toContain(atRisk);
    expect(row).not.toContain(onTrack);
  });
});
