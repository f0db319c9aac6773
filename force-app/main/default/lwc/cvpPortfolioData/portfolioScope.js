/**
 * The portfolio scope in the workspace: the same Account Types the sync reads with, from the same place
 * (the default scoring profile), turned into the GraphQL `where` by the same core function the CLI's
 * SOQL comes from (scopeWhere of c/cvpCore, src/core/portfolio/portfolio-scope.ts). Prospects, partners and
 * competitors are then neither listed nor counted, as they are not ranked.
 */
import { EVERY_ACCOUNT, parseTypeList, scopeWhere } from 'c/cvpCore';
import { SCORING_PROFILE, SCORING_PROFILE_SCOPE } from 'c/cvpSchema';
import { whereFor } from './portfolioQuery';

/**
 * A `where` every account matches: the workspace's query declares `$where: Account_Filter!`, so the
 * platform waits until the scope is known instead of listing every account first.
 */
export const EVERY_ACCOUNT_WHERE = Object.freeze({ Id: { ne: null } });

const valueOf = (node, field) => (node && node[field] ? node[field].value : null);

/**
 * The scope from the CVP_Scoring_Profile__c connection of the context query: the default profile's
 * Type lists and record types. No default profile, or all three blank: every account, as the sync reads then.
 */
export function scopeFromProfiles(connection) {
    const edges = (connection && connection.edges) || [];
    // With several flagged Default, the sync takes the first by key (src/org/profiles/org-profile.ts): so here.
    const keyOf = (n) => String(valueOf(n, SCORING_PROFILE.key) || '');
    const node = edges
        .map((e) => e.node)
        .filter((n) => valueOf(n, SCORING_PROFILE.isDefault) === true)
        .sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0))[0];
    if (!node) return EVERY_ACCOUNT;
    return {
        includedTypes: parseTypeList(valueOf(node, SCORING_PROFILE_SCOPE.includedTypes)),
        excludedTypes: parseTypeList(valueOf(node, SCORING_PROFILE_SCOPE.excludedTypes)),
        recordTypes: parseTypeList(valueOf(node, SCORING_PROFILE_SCOPE.recordTypes))
    };
}

/**
 * The Account connection's `where`: the scope and the user's filters together; undefined while the
 * scope is not known yet (the query waits for it).
 */
export function accountWhere(scope, filters, userId) {
    if (!scope) return undefined;
    const parts = [scopeWhere(scope), whereFor(filters, userId)].filter((p) => p);
    if (parts.length === 0) return EVERY_ACCOUNT_WHERE;
    return parts.length === 1 ? parts[0] : { and: parts };
}
