/* eslint-disable camelcase -- the OAuth answers name their fields in snake_case */
/** OAuth: the user info the sf CLI reads at login, and the refresh-token grant. */
import { json, type Reply, type SfRequest } from './http.js';
import type { Org } from './org.js';
import type { Router } from './router.js';

export function oauthRoutes(router: Router, org: Org): void {
  const userInfo = (): Reply => {
    const user = org.store.get('User', org.userId) ?? {};
    const rest = `${org.url}/services/data/v{version}/`;
    return json(200, {
      sub: `${org.url}/id/${org.orgId}/${org.userId}`,
      user_id: org.userId,
      organization_id: org.orgId,
      preferred_username: user.Username,
      nickname: user.Alias,
      name: user.Name,
      email: user.Email,
      email_verified: true,
      given_name: user.FirstName,
      family_name: user.LastName,
      zoneinfo: user.TimeZoneSidKey,
      active: true,
      user_type: 'STANDARD',
      language: user.LanguageLocaleKey,
      locale: user.LanguageLocaleKey,
      utcOffset: 0,
      updated_at: user.LastModifiedDate,
      urls: { rest, sobjects: `${rest}sobjects/`, query: `${rest}query/`, custom_domain: org.url },
    });
  };

  const token = (req: SfRequest): Reply => {
    const form = new URLSearchParams(req.body.toString('utf8'));
    if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== org.refreshToken) {
      return json(400, { error: 'invalid_grant', error_description: 'expired access/refresh token' });
    }
    return json(200, {
      access_token: org.issueToken(),
      instance_url: org.url,
      id: `${org.url}/id/${org.orgId}/${org.userId}`,
      token_type: 'Bearer',
      issued_at: String(Date.now()),
      signature: 'local',
      scope: 'api refresh_token',
    });
  };

  router
    .add('GET', '/services/oauth2/userinfo', 'oauth', userInfo)
    .add('POST', '/services/oauth2/token', 'oauth', token, { public: true });
}
