/**
 * The versions of an org profile (docs/sync.md, Profile versions): what the sync recorded on the
 * profile record (number, fingerprint, every version's frozen figures) and what it records when the
 * figures that score have changed. Only these three fields are ever written to a profile: what an
 * admin typed stays as typed.
 */
import {
  profileFingerprint,
  scoringFigures,
  versionFor,
  withFigures,
  type Profile,
  type ProfileVersion,
} from '../../core/index.js';
import { SCORING_PROFILE_VERSION as V } from '../../schema/fields.js';
import { numberOf, textOf, type Row } from '../api/row-values.js';

export const PROFILE_VERSION_FIELDS: readonly string[] = Object.values(V);

/** What the profile record holds; versions that cannot be read are left out, not guessed. */
export type RecordedVersions = {
  id: string;
  version: number | null;
  fingerprint: string | null;
  versions: ProfileVersion[];
};

/** The field's limit: the oldest versions give way first (the history rows keep their numbers). */
const VERSIONS_MAX = 131_072;

export function recordedVersions(row: Row): RecordedVersions {
  return {
    id: String(row.Id),
    version: numberOf(row[V.version]),
    fingerprint: textOf(row[V.fingerprint]),
    versions: parseVersions(row[V.versions]),
  };
}

function parseVersions(value: unknown): ProfileVersion[] {
  const text = textOf(value);
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isVersion) : [];
  } catch {
    return [];
  }
}

function isVersion(value: unknown): value is ProfileVersion {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ProfileVersion>;
  return typeof v.version === 'number' && typeof v.fingerprint === 'string' && typeof v.figures === 'object';
}

export type VersionPlan = {
  /** The version this run scores with; null for a profile file or a built-in profile not in the org. */
  version: number | null;
  /** The version the sync recorded before, when this run starts a new one. */
  previousVersion: number | null;
  /** The profile with the previous version's figures, to tell which moves the new figures made. */
  previousProfile: Profile | null;
  /** The profile record's update, when this run records a new version. */
  update: { id: string; fields: Record<string, string | number> } | null;
};

export function planVersion(profile: Profile, recorded: RecordedVersions | null, scoredAt: string): VersionPlan {
  if (recorded === null) return { version: null, previousVersion: null, previousProfile: null, update: null };
  const next = versionFor(profile, recorded);
  if (!next.isNew) return { version: next.version, previousVersion: null, previousProfile: null, update: null };
  const previous = recorded.versions.find((v) => v.version === recorded.version && v.fingerprint === recorded.fingerprint);
  const versions = [
    ...recorded.versions.filter((v) => v.version < next.version),
    { version: next.version, fingerprint: next.fingerprint, since: scoredAt, figures: scoringFigures(profile) },
  ];
  let json = JSON.stringify(versions);
  while (json.length > VERSIONS_MAX && versions.length > 1) {
    versions.shift();
    json = JSON.stringify(versions);
  }
  return {
    version: next.version,
    previousVersion: recorded.version,
    // Frozen figures whose fingerprint no longer matches (edited by hand) are not trusted to explain a move.
    previousProfile:
      previous && profileFingerprint(withFigures(profile, previous.figures)) === previous.fingerprint
        ? withFigures(profile, previous.figures)
        : null,
    update: {
      id: recorded.id,
      fields: { [V.version]: next.version, [V.fingerprint]: next.fingerprint, [V.versions]: json },
    },
  };
}
