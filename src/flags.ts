/**
 * Flags and wiring the org commands share: the org and API version flags of the sf convention, and the
 * client every call goes through, made from the connection the org flag gives (a command never builds
 * a connection of its own).
 */
import type { Org } from '@salesforce/core';
import { Flags } from '@salesforce/sf-plugins-core';
import { OrgClient, type ClientOptions } from './org/api/client.js';

export const orgFlags = {
  'target-org': Flags.requiredOrg(),
  'api-version': Flags.orgApiVersion(),
};

/** The client for the org of --target-org; an expired session is refreshed through the org's auth. */
export function orgClient(org: Org, apiVersion: string | undefined, options: ClientOptions = {}): OrgClient {
  const conn = org.getConnection(apiVersion);
  return new OrgClient(conn, {
    refresh: async (): Promise<void> => {
      await org.refreshAuth();
    },
    ...options,
  });
}
