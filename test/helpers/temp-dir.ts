/**
 * A fresh temporary directory per test, removed afterwards, so tests that write files never see each
 * other's leftovers and never write into the repository.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type TempDir = {
  /** The directory of the running test; valid between beforeEach and afterEach. */
  readonly path: string;
  /** A path inside the directory. */
  file(name: string): string;
};

/** Call at the top of a describe block: registers beforeEach/afterEach hooks that create and remove it. */
export function useTempDir(prefix = 'cvp-test-'): TempDir {
  let current: string | undefined;
  beforeEach(async () => {
    current = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    if (current) await rm(current, { recursive: true, force: true });
    current = undefined;
  });
  const path = (): string => {
    if (!current) throw new Error('The temporary directory exists only while a test runs.');
    return current;
  };
  return {
    get path(): string {
      return path();
    },
    file: (name: string) => join(path(), name),
  };
}
