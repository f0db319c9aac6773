/**
 * What `sf org login access-token --instance-url <server>` does, through @salesforce/core's AuthInfo:
 * user info, the User record (over the double slash of a stored instance URL), then a connection.
 * HOME is a temporary directory so nothing touches the real sf state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '../helpers/jest-realm.js';
import { useSfServer } from '../sf-server/use-sf-server.js';

const sf = useSfServer();
const home = mkdtempSync(join(tmpdir(), 'cvp-sf-home-'));
const saved = { HOME: process.env.HOME, SF_DISABLE_TELEMETRY: process.env.SF_DISABLE_TELEMETRY };

beforeAll(() => {
  process.env.HOME = home;
  process.env.SF_DISABLE_TELEMETRY = 'true';
});
afterAll(() => {
  process.env.HOME = saved.HOME;
  process.env.SF_DISABLE_TELEMETRY = saved.SF_DISABLE_TELEMETRY;
  rmSync(home, { recursive: true, force: true });
});

it('logs in with an access token as the sf CLI does, and queries through the resulting connection', async () => {
  const { AuthInfo, Connection } = await import('@salesforce/core');
  const authInfo = await AuthInfo.create({
    accessTokenOptions: { accessToken: sf.server.token, instanceUrl: `${sf.server.url}/`, loginUrl: `${sf.server.url}/` },
  });
  expect(authInfo.getUsername()).toBe(sf.server.username);
  expect(sf.server.calls.log.map((c) => c.path)).toEqual(
    expect.arrayContaining(['/services/oauth2/userinfo', `/services/data/v51.0/sobjects/User/${sf.server.userId}`])
  );
  const conn = await Connection.create({ authInfo });
  conn.setApiVersion('62.0');
  sf.server.store.insert('Account', [{ Name: 'Through sf core' }]);
  const result = await conn.query<{ Name: string }>('SELECT Name FROM Account');
  expect(result.records.map((r) => r.Name)).toEqual(['Through sf core']);
});
