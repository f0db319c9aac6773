/**
 * Org commands in-process against the local Salesforce API server: TestContext with a MockTestOrgData
 * whose instance URL is the server, so `--target-org` gives a real @salesforce/core Connection that
 * talks HTTP to it. TestContext stubs Connection.request; the stub is made to pass through to jsforce,
 * so nothing is faked between the command and the server.
 */
import { Connection as JsforceConnection } from '@jsforce/jsforce-node';
import { MockTestOrgData, type TestContext } from '@salesforce/core/testSetup';
import { useCommandContext } from './command.js';
import { useSfServer, type ServerHandle } from './org-server.js';

export type OrgCommandContext = ServerHandle & {
  readonly $$: TestContext;
  /** The --target-org value of the mock org (its username). */
  readonly username: string;
};

export function useOrgCommandContext(): OrgCommandContext {
  const $$ = useCommandContext();
  const sf = useSfServer();
  let username = '';
  beforeEach(async () => {
    const testOrg = new MockTestOrgData();
    testOrg.instanceUrl = sf.server.url;
    testOrg.loginUrl = sf.server.url;
    testOrg.accessToken = sf.server.token;
    testOrg.refreshToken = sf.server.refreshToken;
    await $$.stubAuths(testOrg);
    username = testOrg.username;
    $$.fakeConnectionRequest = function passThrough(
      this: JsforceConnection,
      request: unknown,
      options?: unknown
    ): Promise<never> {
      const sent = JsforceConnection.prototype.request.call(this, request as never, options as object);
      return sent as unknown as Promise<never>;
    };
    // Progress bars would print into the test's output; the phases are tested through the result.
    process.env.SF_USE_PROGRESS_BAR = 'false';
  });
  afterEach(() => {
    delete process.env.SF_USE_PROGRESS_BAR;
  });
  return {
    $$,
    get server(): ServerHandle['server'] {
      return sf.server;
    },
    connection: sf.connection,
    client: sf.client,
    get username(): string {
      return username;
    },
  };
}
