/**
 * How a long run reports how far it has got, phase by phase: a phase starts (with its total when it is
 * known), its count moves, it stops. The org runs (sync, export, import) report to one; src/ux draws
 * it on the terminal, a test counts it. The spreadsheet reader's events (progress.ts) are the
 * per-row form of the same phases.
 */
export type ProgressSink<P extends string> = {
  start(phase: P, total: number | undefined): void;
  update(done: number): void;
  stop(): void;
};
