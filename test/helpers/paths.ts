/** Paths inside the repository, independent of the directory jest was started from. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const repoPath = (...parts: string[]): string => join(REPO_ROOT, ...parts);

/** A committed fixture: `fixturePath('io', 'many-errors.csv')` is test/fixtures/io/many-errors.csv. */
export const fixturePath = (...parts: string[]): string => join(REPO_ROOT, 'test', 'fixtures', ...parts);
