/**
 * Follow-up of a customer vision's objectives (docs/method.md, Customer vision): which way a measure
 * should move, progress toward the target, and the status to show. In the core so the CLI's vision
 * document and the components compute the very same thing.
 *
 * Which way an objective's measure should move. Objectives
 * such as downtime, complaints or lead time are met by going down, and the vision records have no
 * field that says so: the direction is read from the words of the measure and the objective's name,
 * in English and Finnish. Anything not recognised as a reduction is an increase, as before.
 */
export type ObjectiveDirection = 'increase' | 'decrease';

/**
 * Word stems of measures that should fall, and verbs that ask for a fall. Stems, not words: Finnish
 * inflects ("reklamaatioiden", "seisokkiaikaa"), so "reklamaatio" finds every form.
 */
const REDUCTION_STEMS = [
  // English
  'downtime',
  'complaint',
  'lead time',
  'lead-time',
  'response time',
  'cycle time',
  'waiting time',
  'delay',
  'defect',
  'error',
  'churn',
  'backlog',
  'reduce',
  'reduction',
  'decrease',
  'fewer',
  'lower',
  'shorten',
  // Finnish
  'seisokki',
  'käyttökatko',
  'reklamaatio',
  'valitus',
  'valitukse',
  'läpimenoaika',
  'toimitusaika',
  'vasteaika',
  'odotusaika',
  'käsittelyaika',
  'viive',
  'viivästy',
  'virhe',
  'vika',
  'poistuma',
  'vähenn',
  'vähent',
  'vähemmän',
  'alenna',
  'alentaa',
  'pienennä',
  'lyhennä',
  'lyhentää',
] as const;

export function directionOf(objective: { readonly measure: string; readonly name?: string }): ObjectiveDirection {
  const words = `${objective.name ?? ''} ${objective.measure}`.toLocaleLowerCase('fi');
  return REDUCTION_STEMS.some((stem) => words.includes(stem)) ? 'decrease' : 'increase';
}

/**
 * Progress toward the target as a whole percent (100 = met; may exceed 100), or null when not
 * measurable. Raising a figure: actual / target. Reducing it: target / actual, so 4 hours of downtime
 * against a target of 2 is 50 % and 1 hour is 200 %; an actual of 0 meets any target of 0 or more.
 */
export function objectiveProgress(
  target: number | null,
  actual: number | null,
  direction: ObjectiveDirection
): number | null {
  if (target === null || actual === null) return null;
  if (direction === 'increase') return target === 0 ? null : Math.round((actual / target) * 100);
  // A reduction toward a negative figure has no meaning as a share.
  if (target < 0 || actual < 0) return null;
  return actual === 0 ? 100 : Math.round((target / actual) * 100);
}

/** Past its due date (YYYY-MM-DD, `today` likewise) and neither done nor dropped. */
export function objectiveOverdue(dueDate: string | null, status: string | null, today: string): boolean {
  if (dueDate === null || dueDate === '') return false;
  if (status === 'Done' || status === 'Dropped') return false;
  return dueDate < today;
}

/**
 * The status to show: the one recorded, except that an overdue objective is never "On track" — its
 * due date has passed unfinished, so it is shown "At risk" (the record keeps what the person chose).
 */
export function objectiveStatusShown<S extends string>(
  dueDate: string | null,
  status: S | null,
  today: string
): S | 'AtRisk' | null {
  return status === 'OnTrack' && objectiveOverdue(dueDate, status, today) ? 'AtRisk' : status;
}
