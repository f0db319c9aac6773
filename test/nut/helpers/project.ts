/**
 * The Salesforce DX project as the NUTs deploy and package it, read from sfdx-project.json when a test
 * runs (the package directories may change: the packaged one and an unpackaged one beside it), and
 * copied with only what a deploy needs, so the repository's node_modules stays behind.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../../helpers/paths.js';

export type PackageDirectory = { [key: string]: unknown; path: string; package?: string; default?: boolean };
export type Project = {
  [key: string]: unknown;
  packageDirectories: PackageDirectory[];
  packageAliases?: Record<string, string>;
};

export function readProject(dir: string = repoPath()): Project {
  return JSON.parse(readFileSync(join(dir, 'sfdx-project.json'), 'utf8')) as Project;
}

/** The package directory that makes the unlocked package: the one that names a package. */
export function packagedDirectory(project: Project): PackageDirectory {
  const packaged = project.packageDirectories.filter((d) => typeof d.package === 'string');
  if (packaged.length !== 1) {
    throw new Error(`sfdx-project.json names ${packaged.length} packaged directories; the NUT expects one`);
  }
  return packaged[0];
}

/** `--source-dir` for every package directory: one deploy puts the whole project in the org. */
export function sourceDirFlags(project: Project): string {
  return project.packageDirectories.map((d) => `--source-dir ${d.path}`).join(' ');
}

/** A temporary copy of the project: sfdx-project.json, .forceignore, config and every package directory. */
export async function copyProject(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const project = readProject();
  const parts = ['sfdx-project.json', '.forceignore', 'config', ...project.packageDirectories.map((d) => d.path)];
  await Promise.all(parts.map((part) => cp(repoPath(part), join(dir, part), { recursive: true })));
  return dir;
}

/** Gives the packaged directory another package name in a copy, so a NUT never touches the real package. */
export async function renamePackage(dir: string, name: string): Promise<PackageDirectory> {
  const project = readProject(dir);
  const packaged = packagedDirectory(project);
  packaged.package = name;
  await writeFile(join(dir, 'sfdx-project.json'), `${JSON.stringify(project, null, 2)}\n`);
  return packaged;
}
