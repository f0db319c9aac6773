/**
 * Like Promise.all, but a failure is reported only once every promise has settled: no request is left
 * talking to the org when the run stops (a resumed run must not meet half a write still in flight).
 */
export async function settleAll<T extends readonly unknown[]>(promises: {
  readonly [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const results = await Promise.allSettled(promises as ReadonlyArray<Promise<unknown>>);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
