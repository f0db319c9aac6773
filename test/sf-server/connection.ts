/** A jsforce connection to a local server, as the org-access code would get one from the sf auth. */
import '../helpers/jest-realm.js';
import { Connection } from '@jsforce/jsforce-node';
import type { SfServer } from './server.js';

export type ConnectionOptions = {
  version?: string;
  /** Called when the server says the session expired; give back a new token (default: server.issueToken()). */
  refresh?: false | (() => Promise<string>);
};

export function connectionTo(server: SfServer, options: ConnectionOptions = {}): Connection {
  const refresh = options.refresh ?? ((): Promise<string> => Promise.resolve(server.issueToken()));
  if (!refresh)
    return new Connection({ instanceUrl: server.url, accessToken: server.token, version: options.version ?? '62.0' });
  return new Connection({
    instanceUrl: server.url,
    accessToken: server.token,
    version: options.version ?? '62.0',
    refreshFn: (_conn, callback): void => {
      refresh().then(
        (token) => {
          callback(null, token);
        },
        (error: Error) => {
          callback(error);
        }
      );
    },
  });
}
