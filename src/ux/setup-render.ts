/** What `portfolio setup` did and what is left, as text: the profiles, the doctor's table, the steps. */
import { BUILT_IN_PROFILES } from '../core/index.js';
import { countKey } from '../i18n/index.js';
import { loadMessages } from '../messages.js';
import type { SetupResult } from '../org/setup/setup.js';
import type { ProfileOutcome } from '../org/setup/setup-profiles.js';
import { profileName } from '../i18n/profile-name.js';
import { renderChecks } from './render-doctor.js';

const messages = loadMessages('portfolio.setup');

/** The built-in profile an outcome is about, for its Finnish name; the outcome itself when none is. */
const builtIn = (p: ProfileOutcome): { name: string; nameFi?: string } =>
  BUILT_IN_PROFILES.find((b) => b.key === p.key) ?? p;

function profileLine(p: ProfileOutcome): string {
  const what = `${p.status}${p.isDefault ? 'Default' : ''}`;
  return `  ${p.key.padEnd(10)} ${profileName(builtIn(p)).padEnd(24)} ${messages.getMessage(`profile.${what}`)}`;
}

export function renderSetup(result: SetupResult): string {
  const created = result.profiles.filter((p) => p.status === 'created');
  const lines = [
    messages.getMessage('label.Profiles'),
    ...result.profiles.map(profileLine),
    created.length > 0
      ? messages.getMessage(countKey('info.Created', created.length), [
          created.length,
          created.map((p) => p.key).join(', '),
        ])
      : messages.getMessage('info.NothingCreated'),
    '',
    renderChecks(result.checks),
  ];
  if (result.nextSteps.length > 0) {
    lines.push('', messages.getMessage('label.NextSteps'));
    result.nextSteps.forEach((step, i) => {
      lines.push(`${i + 1}. ${step.text}`, ...step.actions.map((a) => `   → ${a}`));
    });
  }
  return lines.join('\n');
}
