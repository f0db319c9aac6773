/**
 * What `sf org login access-token --instance-url <server>` does, through @salesforce/core's AuthInfo
 * in a child process with its own HOME (so nothing touches the real sf state): user info, the User
 * record over the double slash of a stored instance URL, saving the auth, then a connection from it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoPath } from '../helpers/paths.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useSfServer } from '../sf-server/use-sf-server.js';

const sf = useSfServer();
const home = useTempDir('cvp-sf-home-');

const LOGIN = `
import { AuthInfo, Connection } from '@salesforce/core';
const [url, token] = process.argv.slice(-2);
const authInfo = await AuthInfo.create({ accessTokenOptions: { accessToken: token, instanceUrl: url + '/', loginUrl: url + '/' } });
await authInfo.save();
const conn = await Connection.create({ authInfo: await AuthInfo.create({ username: authInfo.getUsername() }) });
conn.setApiVersion('62.0');
const result = await conn.query('SELECT Name FROM Account');
console.log(JSON.stringify({ username: authInfo.getUsername(), orgId: authInfo.getFields().orgId, names: result.records.map((r) => r.Name) }));
`;

it('logs in with an access token as the sf CLI does, and queries through the saved auth', async () => {
  sf.server.store.insert('Account', [{ Name: 'Through sf core' }]);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', LOGIN, sf.server.url, sf.server.token],
    {
      cwd: repoPath(),
      env: {
        ...process.env,
        HOME: home.path,
        SF_DISABLE_TELEMETRY: 'true',
        SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
        NODE_OPTIONS: '',
      },
    }
  );
  expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}')).toEqual({
    username: sf.server.username,
    orgId: sf.server.orgId,
    names: ['Through sf core'],
  });
  const paths = sf.server.calls.log.map((c) => c.path);
  expect(paths).toEqual(
    expect.arrayContaining([
      '/services/oauth2/userinfo',
      `/services/data/v51.0/sobjects/User/${sf.server.userId}`,
      '/services/data/v62.0/query',
    ])
  );
});
