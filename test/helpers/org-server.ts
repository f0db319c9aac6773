/**
 * The local Salesforce API server (test/sf-server) for suites of the org-access code: one server per
 * test, a jsforce Connection and an OrgClient against it with retry waits short enough for tests,
 * and seeding of accounts with their profitability rows.
 */
import './jest-realm.js';
import { Connection } from '@jsforce/jsforce-node';
import { OrgClient, type ClientOptions } from '../../src/org/api/client.js';
import { ACCOUNT, PROFITABILITY } from '../../src/schema/fields.js';
import { startSfServer, type SfServer, type SfServerOptions } from '../sf-server/server.js';
import { accountFields, profitabilityFields, type AccountSeed, type FiguresSeed } from './org-rows.js';

export const API_VERSION = '62.0';

/** Retries as the product does them, but milliseconds apart. */
export const FAST_RETRY = { attempts: 6, baseDelayMs: 1, maxDelayMs: 5 };
export const FAST_POLL = { initialMs: 1, maxMs: 20, timeoutMs: 30_000 };

export type ServerHandle = {
  readonly server: SfServer;
  /** A jsforce Connection; `refreshable` gives it a refresh function, as the sf CLI's connections have. */
  readonly connection: (options?: { refreshable?: boolean }) => Connection;
  readonly client: (options?: ClientOptions & { refreshable?: boolean }) => OrgClient;
};

/** Call at the top of a describe block: a fresh server for every test, closed afterwards. */
export function useSfServer(options: SfServerOptions = {}): ServerHandle {
  let current: SfServer | undefined;
  beforeEach(async () => {
    current = await startSfServer(options);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const server = (): SfServer => {
    if (!current) throw new Error('The server runs only while a test runs.');
    return current;
  };
  const connection = (opts: { refreshable?: boolean } = {}): Connection => {
    const s = server();
    return new Connection({
      instanceUrl: s.url,
      accessToken: s.token,
      version: API_VERSION,
      ...(opts.refreshable
        ? {
            refreshFn: (_c, callback): void => {
              void callback(null, s.issueToken());
            },
          }
        : {}),
    });
  };
  return {
    get server(): SfServer {
      return server();
    },
    connection,
    client: ({ refreshable, ...clientOptions } = {}) =>
      new OrgClient(connection({ refreshable }), { retry: FAST_RETRY, ...clientOptions }),
  };
}

export type PortfolioSeed = AccountSeed & { figures?: FiguresSeed[] };

/** Inserts the accounts and their profitability rows; returns the account Ids in order. */
export function seedPortfolio(server: SfServer, seeds: readonly PortfolioSeed[]): string[] {
  const ids = server.store.insert(
    ACCOUNT,
    seeds.map((s) => accountFields(s))
  );
  const rows = seeds.flatMap((s, i) => (s.figures ?? []).map((f) => profitabilityFields(ids[i], f)));
  if (rows.length > 0) server.store.insert(PROFITABILITY.object, rows);
  return ids;
}

/** n accounts shaped like a real portfolio, deterministic: scores, commitment and one period of figures. */
export function syntheticSeeds(n: number, seed = 7): PortfolioSeed[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d_2b_79_f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const score = (): number | undefined => (random() < 0.1 ? undefined : 1 + Math.floor(random() * 5));
  return Array.from({ length: n }, (_, i) => {
    const revenue = Math.round(Math.exp(9 + random() * 5));
    return {
      name: `Account ${String(i).padStart(6, '0')}`,
      loyalty: score(),
      potential: score(),
      reference: score(),
      learning: score(),
      commitment: score(),
      binding: score(),
      figures: [
        {
          period: '2025',
          revenue,
          directCosts: Math.round(revenue * (0.4 + random() * 0.3)),
          serviceCosts: Math.round(revenue * random() * 0.3),
          serviceHours: Math.round(random() * 200),
        },
      ],
    };
  });
}

/** Sync options for tests: the product's logic with waits of milliseconds. */
export const FAST_SYNC = { poll: FAST_POLL, recordRetry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 } } as const;

/** Calls that write, by the server's kinds. */
export const WRITE_KINDS = [
  'collections',
  'sobject',
  'bulkIngestCreate',
  'bulkIngestUpload',
  'bulkIngestClose',
] as const;

export function writeCalls(server: SfServer): number {
  return server.calls.log.filter((c) => (WRITE_KINDS as readonly string[]).includes(c.kind) && c.method !== 'GET')
    .length;
}

/**
 * The org's end state as the sync leaves it, without the run's timestamps: each account's computed
 * fields, its number of assessments (by account name), and the snapshots' figures. Two runs that converge give equal states.
 */
const RUN_TIMES = new Set(['CVP_Scored_At__c', 'CVP_Latest_History_At__c']);

export function endState(server: SfServer): {
  accounts: Array<Record<string, unknown>>;
  assessments: Record<string, number>;
  snapshots: number;
} {
  const accounts = server.store
    .all(ACCOUNT)
    .map((a) =>
      Object.fromEntries(
        // Run times differ between runs by nature: when the values were scored, and when the history row the
        // account records was written (both are the time of the run that wrote them).
        Object.entries(a).filter(([k]) => k === 'Name' || (k.startsWith('CVP_') && !RUN_TIMES.has(k)))
      )
    );
  // By account name: Ids differ between servers and between seedings of one server.
  const names = new Map(server.store.all(ACCOUNT).map((a) => [String(a.Id), String(a.Name)]));
  const assessments: Record<string, number> = {};
  for (const row of server.store.all('CVP_Value_Assessment__c')) {
    const name = names.get(String(row.CVP_Account__c)) ?? String(row.CVP_Account__c);
    assessments[name] = (assessments[name] ?? 0) + 1;
  }
  return { accounts, assessments, snapshots: server.store.count('CVP_Portfolio_Snapshot__c') };
}
