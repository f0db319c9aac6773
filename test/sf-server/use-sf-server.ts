/**
 * For jest: one server per describe block (started in beforeAll, closed in afterAll), its records
 * and faults reset before each test, and a jsforce connection to it.
 */
import type { Connection } from '@jsforce/jsforce-node';
import { connectionTo, type ConnectionOptions } from './connection.js';
import { startSfServer, type SfServer, type SfServerOptions } from './server.js';

export type SfServerFixture = {
  readonly server: SfServer;
  /** A new connection (each test gets its own unless it reuses one). */
  connect(options?: ConnectionOptions): Connection;
};

const SEEDED = new Set(['Organization', 'User', 'PermissionSet']);

export function useSfServer(options: SfServerOptions = {}): SfServerFixture {
  let current: SfServer | undefined;
  beforeAll(async () => {
    current = await startSfServer(options);
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  beforeEach(() => {
    const server = current as SfServer;
    for (const name of server.store.objects()) if (!SEEDED.has(name)) server.store.clear(name);
    server.faults.clear();
    server.access.clear();
    server.tooling.reset();
    server.resetSessions();
    server.faults.latencyMs = options.latencyMs ?? 0;
    server.calls.reset();
  });
  const server = (): SfServer => {
    if (!current) throw new Error('The local Salesforce server runs only inside the describe block that uses it.');
    return current;
  };
  return {
    get server(): SfServer {
      return server();
    },
    connect: (connectionOptions) => connectionTo(server(), connectionOptions),
  };
}
