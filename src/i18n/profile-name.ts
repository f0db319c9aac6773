/**
 * A scoring profile's name in the run's language: profiles carry a Finnish name beside the English one
 * (CVP_Name_Fi__c in the org, nameFi in a profile file); without one, the name its owner gave it.
 */
import { currentLanguage } from './index.js';

export function profileName(profile: { name: string; nameFi?: string }): string {
  return currentLanguage() === 'fi' && profile.nameFi ? profile.nameFi : profile.name;
}
