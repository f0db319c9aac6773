/**
 * The profile version a person's assessment is scored with (docs/sync.md, Profile versions): the
 * version the sync recorded on the profile, when the figures the card scores with are still that
 * version's (same fingerprint); null when an admin changed them since the last sync, as no version
 * holds those figures yet.
 */
import { figuresFingerprint } from 'c/cvpCore';
import { SCORING_PROFILE, SCORING_PROFILE_VERSION } from 'c/cvpSchema';

const valueOf = (node, field) => (node && node[field] ? node[field].value : null);

/** Fixed band limits as the sync reads them: four numbers separated by semicolons; blank is none. */
function bandsOf(node, field) {
    const text = valueOf(node, field);
    if (typeof text !== 'string' || text.trim() === '') return null;
    return text.split(';').map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
}

export function assessedVersion(connection, profile) {
    const edges = (connection && connection.edges) || [];
    const edge = edges.find((e) => valueOf(e.node, SCORING_PROFILE.key) === profile.key);
    if (!edge) return null;
    const node = edge.node;
    const version = valueOf(node, SCORING_PROFILE_VERSION.version);
    const fingerprint = valueOf(node, SCORING_PROFILE_VERSION.fingerprint);
    if (typeof version !== 'number' || !fingerprint) return null;
    const figures = {
        weights: profile.weights,
        tiers: profile.tiers,
        matrixHigh: profile.matrixHigh,
        minCoverage: profile.minCoverage,
        bands: {
            volume: bandsOf(node, SCORING_PROFILE.volumeBands),
            profitability: bandsOf(node, SCORING_PROFILE.profitabilityBands)
        }
    };
    return figuresFingerprint(figures) === fingerprint ? version : null;
}
