/**
 * The portfolio scope as the org holds it: two fields on the default scoring profile (the portfolio is
 * one set of accounts whichever profile scores it). An org without a default profile, or one whose
 * default leaves both fields blank, ranks every account, as before the scope existed.
 */
import { EVERY_ACCOUNT, parseTypeList, scopeSoql, type PortfolioScope } from '../../core/index.js';
import {
  SCORING_PROFILE as P,
  SCORING_PROFILE_COMPARE as K,
  SCORING_PROFILE_FOLLOW_UP as F,
  SCORING_PROFILE_SCOPE as S,
} from '../../schema/fields.js';
import type { OrgClient } from '../api/client.js';
import { queryAll } from '../api/rest-query.js';
import { booleanOf, textOf } from '../api/row-values.js';
import { soqlString } from '../api/soql.js';

export type ScopeSetting = {
  scope: PortfolioScope;
  /** The key of the default profile the scope was read from; null when the org has none. */
  profileKey: string | null;
  /** The sync's follow-up settings, on the same record (src/org/follow-up/write-tasks.ts); off without one. */
  followUp: FollowUpSetting;
  /** The key of the profile the sync compares with (docs/sync.md, The comparison profile); null: not set. */
  compareProfile: string | null;
};

export type FollowUpSetting = {
  /** Create a follow-up Task for the owner of each account that moved. */
  tasks: boolean;
  /** The Chatter group (by Name) the movers digest is posted to; null: none. */
  digestGroup: string | null;
};

export const FOLLOW_UP_OFF: FollowUpSetting = { tasks: false, digestGroup: null };

/** Reads the scope from the org's default profile (one small query). */
export async function readScope(client: OrgClient): Promise<ScopeSetting> {
  const rows = await queryAll(
    client,
    `SELECT ${P.key}, ${S.includedTypes}, ${S.excludedTypes}, ${S.recordTypes}, ${F.tasks}, ${F.digestGroup}, ${K.compareProfile} FROM ${P.object} WHERE ${P.isDefault} = true ORDER BY ${P.key} LIMIT 1`
  );
  const [row] = rows;
  if (!row) return { scope: EVERY_ACCOUNT, profileKey: null, followUp: FOLLOW_UP_OFF, compareProfile: null };
  return {
    scope: {
      includedTypes: parseTypeList(textOf(row[S.includedTypes])),
      excludedTypes: parseTypeList(textOf(row[S.excludedTypes])),
      recordTypes: parseTypeList(textOf(row[S.recordTypes])),
    },
    profileKey: textOf(row[P.key]),
    followUp: { tasks: booleanOf(row[F.tasks]), digestGroup: trimmed(row[F.digestGroup]) },
    compareProfile: trimmed(row[K.compareProfile]),
  };
}

/** A group name or key as typed into the field: surrounding spaces are no part of it; blank is none. */
function trimmed(value: unknown): string | null {
  const name = textOf(value)?.trim();
  return name ? name : null;
}

/** The scope as a SOQL condition on Account, values quoted; undefined when it takes every account. */
export function scopeCondition(scope: PortfolioScope): string | undefined {
  return scopeSoql(scope, soqlString);
}
