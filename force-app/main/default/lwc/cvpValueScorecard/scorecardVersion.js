/**
 * The profile version a person's assessment is scored with (docs/sync.md, Profile versions): the
 * version the sync recorded on the profile, when the figures the card scores with are still that
 * version's (same fingerprint); null when an admin changed them since the last sync, as no version
 * holds those figures yet.
 */
import { profileRecord } from 'c/cvpProfiles';

export function assessedVersion(connection, profile) {
    const record = profileRecord(connection, profile);
    return record && record.frozen ? record.version : null;
}
