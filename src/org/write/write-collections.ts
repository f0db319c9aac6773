/**
 * One pass of writes through sObject Collections: 200 records a request, allOrNone false, so one bad
 * record does not hold back the other 199. Each record's own result decides: written, worth another
 * try (a row lock), or refused for good (a validation rule).
 */
import { loadMessages } from '../../messages.js';
import { OrgApiError } from '../api/org-api-error.js';
import { RETRYABLE_RECORD_ERRORS } from '../api/retry.js';
import { failureOf, WritePass, type WriteContext, type WriteRecord } from './write-types.js';

// The reason given in the result file when the org gave none of its own.
const messages = loadMessages('result-file');

/** The most records one sObject Collections request takes. */
export const COLLECTION_SIZE = 200;

type SaveResult = {
  id?: string;
  success: boolean;
  errors?: Array<{ statusCode?: string; message?: string }>;
};

function body(ctx: WriteContext, chunk: readonly WriteRecord[]): unknown {
  return {
    allOrNone: false,
    records: chunk.map((r) =>
      ctx.operation === 'update'
        ? { attributes: { type: ctx.object }, id: r.key, ...r.fields }
        : { attributes: { type: ctx.object }, ...r.fields }
    ),
  };
}

async function send(ctx: WriteContext, chunk: readonly WriteRecord[]): Promise<SaveResult[]> {
  const path =
    ctx.operation === 'upsert'
      ? `/composite/sobjects/${ctx.object}/${ctx.externalIdField ?? 'Id'}`
      : '/composite/sobjects';
  const response = await ctx.client.request<SaveResult[]>(
    { method: ctx.operation === 'insert' ? 'POST' : 'PATCH', path, body: body(ctx, chunk) },
    // An update or upsert sent twice sets the same values twice; a create sent twice makes two rows.
    { idempotent: ctx.operation !== 'insert' }
  );
  return response.body;
}

/**
 * A create whose answer was lost: ask the org which records it took, send the rest again. Bounded by
 * the client's retry policy, like every other retry.
 */
async function sendCreate(ctx: WriteContext, chunk: readonly WriteRecord[], pass: WritePass): Promise<void> {
  let remaining = [...chunk];
  for (let attempt = 1; remaining.length > 0; attempt++) {
    try {
      // eslint-disable-next-line no-await-in-loop
      settle(ctx, remaining, await send(ctx, remaining), pass);
      return;
    } catch (error) {
      if (!(error instanceof OrgApiError) || error.kind !== 'ambiguous' || !ctx.reconcile) throw error;
      if (attempt >= ctx.client.policy.attempts) throw error;
      // eslint-disable-next-line no-await-in-loop
      const taken = await ctx.reconcile(remaining);
      pass.addWritten(taken.size);
      if (taken.size > 0) ctx.onWritten?.(taken.size);
      remaining = remaining.filter((r) => !taken.has(r.key));
    }
  }
}

function settle(
  ctx: WriteContext,
  chunk: readonly WriteRecord[],
  results: readonly SaveResult[],
  pass: WritePass
): void {
  let written = 0;
  chunk.forEach((record, i) => {
    const result = results[i];
    if (result?.success) {
      written++;
      return;
    }
    const error = result?.errors?.[0];
    const code = error?.statusCode ?? 'UNKNOWN_ERROR';
    const message = error?.message ?? messages.getMessage('reason.NoResult');
    if (RETRYABLE_RECORD_ERRORS.has(code)) pass.retryable.push({ ...record, code, message });
    else pass.failures.push(failureOf(record, ctx.object, code, message));
  });
  pass.addWritten(written);
  if (written > 0) ctx.onWritten?.(written);
}

export async function writeWithCollections(ctx: WriteContext, records: readonly WriteRecord[]): Promise<WritePass> {
  const pass = new WritePass();
  for (let start = 0; start < records.length; start += COLLECTION_SIZE) {
    const chunk = records.slice(start, start + COLLECTION_SIZE);
    if (ctx.operation === 'insert') {
      // eslint-disable-next-line no-await-in-loop
      await sendCreate(ctx, chunk, pass);
    } else {
      // eslint-disable-next-line no-await-in-loop
      settle(ctx, chunk, await send(ctx, chunk), pass);
    }
  }
  return pass;
}
