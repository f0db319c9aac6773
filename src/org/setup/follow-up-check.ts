/**
 * The doctor's follow-up check, once an admin turned follow-up on in the default profile: can the
 * running user create the Tasks (with their key), and does the digest's Chatter group exist in an org
 * with Chatter on. Said before the nightly sync runs into it, which would stop before writing.
 */
import { loadMessages } from '../../messages.js';
import { FOLLOW_UP_TASK, SCORING_PROFILE } from '../../schema/fields.js';
import type { OrgClient } from '../api/client.js';
import type { FollowUpSetting } from '../profiles/portfolio-scope.js';
import { findDigestGroup } from '../follow-up/digest-post.js';

const messages = loadMessages('portfolio.doctor');

export type FollowUpOutcome = { status: 'pass' | 'fail'; detail: string; actions: string[] };

type TaskDescribe = { createable: boolean; fields: Array<{ name: string; createable: boolean }> };

/** Undefined when follow-up is off: nothing to check, no call made. `task`: Task's describe. */
export async function followUpCheck(
  client: OrgClient,
  task: TaskDescribe | undefined,
  setting: FollowUpSetting
): Promise<FollowUpOutcome | undefined> {
  if (!setting.tasks && setting.digestGroup === null) return undefined;
  const details: string[] = [];
  const actions: string[] = [];
  let ok = true;
  if (setting.tasks) {
    const key = task?.fields.find((f) => f.name.toLowerCase() === FOLLOW_UP_TASK.key.toLowerCase());
    if (task?.createable && key?.createable) details.push(messages.getMessage('detail.FollowUpTasks'));
    else {
      ok = false;
      details.push(messages.getMessage('detail.FollowUpTasksRefused', [FOLLOW_UP_TASK.key]));
      actions.push(messages.getMessage('action.FollowUpTasks'));
    }
  }
  if (setting.digestGroup !== null) {
    try {
      await findDigestGroup(client, setting.digestGroup);
      details.push(messages.getMessage('detail.DigestGroup', [setting.digestGroup]));
    } catch (error) {
      // The sync's own words for a missing group or Chatter off: the same fault, said the same way.
      const sfError = error as { name?: string; message: string; actions?: string[] };
      if (sfError.name !== 'ChatterOffError' && sfError.name !== 'DigestGroupMissingError') throw error;
      ok = false;
      details.push(sfError.message);
      actions.push(...(sfError.actions ?? []));
    }
  }
  if (!ok) actions.push(messages.getMessage('action.FollowUpOff', [SCORING_PROFILE.object]));
  return { status: ok ? 'pass' : 'fail', detail: details.join(' '), actions };
}
