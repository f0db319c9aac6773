/**
 * Why an account moved since the last sync (docs/method.md, Profile versions): because the profile's
 * figures changed, or because its assessments (or other accounts' ones) did. The account is scored
 * twice with today's assessments, under the previous version's figures and under the current ones;
 * a move that the previous figures would not have made is the figures' doing.
 */
export type Placement = { tier: string | null; rank: number | null };
export type MoveCause = 'figures' | 'assessments';

/**
 * `held` is what the record held from the last sync, `underPrevious` and `underCurrent` today's
 * placement under each version. A tier move is judged by the tier alone (a rank shifts with every
 * account above it); otherwise a rank move by the rank. Null when the account did not move or was
 * never placed before.
 */
export function moveCause(held: Placement, underPrevious: Placement, underCurrent: Placement): MoveCause | null {
  if (held.rank === null && held.tier === null) return null;
  if (held.tier !== underCurrent.tier) return underPrevious.tier === held.tier ? 'figures' : 'assessments';
  if (held.rank !== underCurrent.rank) return underPrevious.rank === held.rank ? 'figures' : 'assessments';
  return null;
}
