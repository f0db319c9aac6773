/** The simulated org: its schema, records, tokens, running user, and what the handlers share. */
import { randomBytes } from 'node:crypto';
import { PERMISSION_SETS } from '../../src/schema/fields.js';
import { Access } from './access.js';
import { CallCounter } from './calls.js';
import { Faults } from './faults.js';
import { makeId } from './ids.js';
import { Schema } from './schema.js';
import { Soql } from './soql.js';
import { Store } from './store.js';
import { Tooling } from './tooling.js';
import { Writer } from './write.js';

export type SfServerOptions = {
  /** Delay before every answer, in ms (the benchmark uses 50). Default 0. */
  latencyMs?: number;
  /** Time a Bulk 2.0 job takes from close (ingest) or creation (query) to JobComplete. Default 0. */
  bulkJobLatencyMs?: number;
  /** Records per Bulk 2.0 query results page when the client gives no maxRecords. Default 10,000. */
  bulkQueryPageSize?: number;
  /** The first valid access token. Default `00D…!<random>`. */
  token?: string;
  /** The refresh token `POST /services/oauth2/token` accepts. Default random. */
  refreshToken?: string;
  /** The newest version `GET /services/data` lists. Default '62.0'. */
  apiVersion?: string;
  /** DailyApiRequests.Max in /limits. Default 100,000. */
  dailyApiRequests?: number;
  /** The force-app/main/default folder to read objects from. Default the repository's. */
  forceAppDir?: string;
  /** Chatter on (CollaborationGroup and FeedItem exist). Default true; false as in an org with Chatter off. */
  chatter?: boolean;
};

const random = (bytes: number): string => randomBytes(bytes).toString('base64url');

export class Org {
  public readonly schema: Schema;
  public readonly store: Store;
  public readonly soql: Soql;
  public readonly writer: Writer;
  public readonly faults: Faults;
  public readonly calls = new CallCounter();
  /** Object permissions the running user lacks (describe only). */
  public readonly access = new Access();
  /** The Tooling API's setup objects: the app's metadata, the Lightning pages. */
  public readonly tooling: Tooling;
  public readonly orgId = makeId('00D', 1);
  public readonly userId = makeId('005', 1);
  public readonly username = 'integration@cvp.local';
  public readonly token: string;
  public readonly refreshToken: string;
  public readonly version: string;
  public readonly bulkJobLatencyMs: number;
  public readonly bulkQueryPageSize: number;
  public readonly dailyApiRequests: number;
  public url = '';
  private readonly tokens = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  public constructor(options: SfServerOptions) {
    this.schema = new Schema(options.forceAppDir, { chatter: options.chatter });
    this.store = new Store(this.schema, () => this.userId);
    this.soql = new Soql(this.schema, this.store);
    this.faults = new Faults(options.latencyMs ?? 0, () => this.tokens.clear());
    this.writer = new Writer(this.store, this.schema, this.faults);
    this.tooling = new Tooling(options.forceAppDir);
    this.token = options.token ?? `${this.orgId.slice(0, 15)}!${random(24)}`;
    this.refreshToken = options.refreshToken ?? random(32);
    this.version = options.apiVersion ?? '62.0';
    this.bulkJobLatencyMs = options.bulkJobLatencyMs ?? 0;
    this.bulkQueryPageSize = options.bulkQueryPageSize ?? 10_000;
    this.dailyApiRequests = options.dailyApiRequests ?? 100_000;
    this.tokens.add(this.token);
    this.seed();
  }

  public isValidToken(token: string): boolean {
    return this.tokens.has(token);
  }

  /** Makes the initial token the only valid one again (between tests). */
  public resetSessions(): void {
    this.tokens.clear();
    this.tokens.add(this.token);
  }

  /** A new valid access token, as a refresh gives. */
  public issueToken(): string {
    const token = `${this.orgId.slice(0, 15)}!${random(24)}`;
    this.tokens.add(token);
    return token;
  }

  /** A timer the server cancels on close (Bulk jobs finishing). */
  public later(ms: number, fn: () => void): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) fn();
    }, ms);
    this.timers.add(timer);
  }

  public close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /** What every org has: itself, the running user, and the package's permission sets (deployed). */
  private seed(): void {
    this.store.insert('Organization', [
      {
        Id: this.orgId,
        Name: 'CVP Local Test Org',
        InstanceName: 'LOCAL',
        IsSandbox: false,
        OrganizationType: 'Developer Edition',
      },
    ]);
    this.store.insert('User', [
      {
        Id: this.userId,
        Username: this.username,
        FirstName: 'Integration',
        LastName: 'User',
        Email: this.username,
        Alias: 'integ',
        IsActive: true,
        TimeZoneSidKey: 'Europe/Helsinki',
        LanguageLocaleKey: 'en_US',
      },
    ]);
    this.store.insert(
      'PermissionSet',
      Object.values(PERMISSION_SETS).map((name) => ({ Name: name, Label: name.replace(/_/g, ' ') }))
    );
  }
}
