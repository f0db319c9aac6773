/**
 * The committed JSON schemas of the commands' --json results (schemas/, made by scripts/public-surface.js)
 * and what a command actually printed under --json, for checking the one against the other.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { SfCommand } from '@salesforce/sf-plugins-core';
import { repoPath } from './paths.js';

/** strict: a schema with a keyword ajv does not know fails to compile instead of checking less. */
const ajv = new Ajv({ allErrors: true, strict: true });
const compiled = new Map<string, ValidateFunction>();

/**
 * The schema file of a command id, named as @oclif/plugin-command-snapshot names it (scripts/public-surface.js
 * writes them by the same rule; the public-surface test fails if the two disagree).
 */
export const schemaFile = (commandId: string): string =>
  repoPath('schemas', `${commandId.replaceAll('-', '__').replaceAll(':', '-')}.json`);

/** Where `json` departs from the command's committed schema, one line each; [] when it conforms. */
export function schemaProblems(commandId: string, json: unknown): string[] {
  let validate = compiled.get(commandId);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(schemaFile(commandId), 'utf8')) as object);
    compiled.set(commandId, validate);
  }
  if (validate(json)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '(result)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`
  );
}

type PrinterStub = { lastCall?: { args: unknown[] } };

/**
 * What the last in-process command printed under --json ({status, result, warnings}, or the error's JSON),
 * as the reader of the text gets it: sf prints JSON.stringify of it, so undefined members are left out and
 * toJSON applied. Needs the sf test stubs (useCommandContext), which catch SfCommand.logJson.
 */
export function printedJson(): Record<string, unknown> {
  // The stub stubSfCommandUx put in place of the printer, read as a value (it is never called from here).
  const logJson = Object.getOwnPropertyDescriptor(SfCommand.prototype, 'logJson')?.value as Partial<PrinterStub>;
  if (!logJson?.lastCall) throw new Error('no command printed JSON: was --json given, and the sf stubs in place?');
  return JSON.parse(JSON.stringify(logJson.lastCall.args[0])) as Record<string, unknown>;
}
