/**
 * What a follow-up Task says and the key that keeps it single, without a call to the org: the sync
 * gives it an account's move, its owner and the language the owner reads, and gets the Task's fields.
 *
 * The key is the account's Id and the moment its record's computed values last changed before this
 * move (CVP_Scored_At__c as the record holds it): a rerun sees the same moment and finds the Task it
 * made, open or closed; a later move starts from a newer moment and gets a Task of its own, even when
 * the owner closed the last one and the account moves back and forth.
 */
import { countKey, numberFormats, setLanguage, currentLanguage, type Language } from '../../i18n/index.js';
import { loadMessages } from '../../messages.js';
import { label } from '../../i18n/labels.js';
import { FOLLOW_UP_TASK } from '../../schema/fields.js';
import type { FieldValue } from '../write/write-types.js';
import type { BecameDue } from '../history/review-plan.js';
import { cameOutOfLoss, quadrantChanged, tierChange, wentIntoLoss, type AccountMove } from './movers-digest.js';

const messages = loadMessages('follow-up');
const reviewMessages = loadMessages('review');

/** Days from the sync to the Task's due date: time to talk to the account team before the next review. */
export const FOLLOW_UP_DAYS = 14;

/** The Subject field's length. */
const SUBJECT_LENGTH = 255;

export type TaskOwner = {
  ownerId: string;
  /** The owner's LanguageLocaleKey (fi, fi_FI, en_US…): the Task is written in it when we speak it. */
  locale: string | null;
  /** CVP_Scored_At__c as the account's record holds it before this run writes. */
  scoredAt: string | null;
};

export function followUpKey(accountId: string, heldScoredAt: string | null): string {
  // An account with values but no scored-at (written by hand or by an old version) keys on its Id alone.
  return `${accountId}@${heldScoredAt ?? 'none'}`;
}

/**
 * The key of the Task for an account whose review fell due on `dueOn`: one Task per due date, whatever
 * the owner does with it; the next assessment moves the due date on, and with it the key.
 */
export function reviewKey(accountId: string, dueOn: string): string {
  return `${accountId}~review@${dueOn}`;
}

export function languageOfLocale(locale: string | null, fallback: Language): Language {
  const tag = (locale ?? '').toLowerCase().split(/[_-]/)[0];
  return tag === 'fi' || tag === 'en' ? tag : fallback;
}

/** Runs `write` with the run's language set to `language`, then puts the run's language back. */
function inLanguage<T>(language: Language, write: () => T): T {
  const before = currentLanguage();
  setLanguage(language);
  try {
    return write();
  } finally {
    setLanguage(before);
  }
}

function texts(move: AccountMove): { subject: string; description: string; urgent: boolean } {
  const n = numberFormats();
  const tier = (t: string | null): string => label('tier', t);
  const quadrant = (q: string | null): string => label('quadrant', q);
  const money = (m: number | null): string => (m === null ? '–' : n.money(m));
  const rank = (r: number | null): string => (r === null ? '–' : n.integer(r));
  const changes: string[] = [];
  const actions: string[] = [];
  const steps = tierChange(move);
  if (steps !== 0) {
    changes.push(messages.getMessage('change.Tier', [tier(move.previousTier), tier(move.tier)]));
    actions.push(
      messages.getMessage(steps > 0 ? 'action.Up' : 'action.Down', [
        tier(move.previousTier),
        tier(move.tier),
        rank(move.rank),
        rank(move.previousRank),
        label('treatment', move.treatment),
      ])
    );
  }
  if (quadrantChanged(move)) {
    changes.push(messages.getMessage('change.Quadrant', [quadrant(move.previousQuadrant), quadrant(move.quadrant)]));
    actions.push(messages.getMessage('action.Quadrant', [quadrant(move.previousQuadrant), quadrant(move.quadrant)]));
  }
  if (wentIntoLoss(move)) {
    changes.push(messages.getMessage('change.IntoLoss'));
    actions.push(messages.getMessage('action.IntoLoss', [money(move.margin), money(move.previousMargin)]));
  }
  if (cameOutOfLoss(move)) {
    changes.push(messages.getMessage('change.OutOfLoss'));
    actions.push(messages.getMessage('action.OutOfLoss', [money(move.margin), money(move.previousMargin)]));
  }
  const subject = messages.getMessage('subject', [move.name, changes.join(', ')]);
  return {
    subject: subject.length > SUBJECT_LENGTH ? `${subject.slice(0, SUBJECT_LENGTH - 1)}…` : subject,
    description: [...actions, '', messages.getMessage('footer')].join('\n'),
    urgent: steps < 0 || wentIntoLoss(move),
  };
}

function reviewTexts(due: BecameDue): { subject: string; description: string } {
  const n = numberFormats();
  // The tier as a group ("key accounts", "avainasiakkaat"), as the review's own reasons say it.
  const tier = reviewMessages.getMessage(`tiers.${due.tier ?? 'unscored'}`);
  const months = (key: string, count: number): string => messages.getMessage(countKey(key, count), [n.integer(count)]);
  const every = months('count.MonthsEvery', due.intervalMonths);
  const action =
    due.monthsAgo === null
      ? messages.getMessage('action.ReviewNever', [tier, every])
      : messages.getMessage('action.Review', [months('count.MonthsAgo', due.monthsAgo), tier, every]);
  const subject = messages.getMessage('subject', [due.name, messages.getMessage('change.Review')]);
  return {
    subject: subject.length > SUBJECT_LENGTH ? `${subject.slice(0, SUBJECT_LENGTH - 1)}…` : subject,
    description: [action, '', messages.getMessage('footer.Review')].join('\n'),
  };
}

/** The day `days` after `at`, as a Date field takes it (YYYY-MM-DD, UTC). */
function dayAfter(at: Date, days: number): string {
  return new Date(at.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A follow-up Task about one account for its owner, due FOLLOW_UP_DAYS after the run. */
function taskFields(
  accountId: string,
  owner: TaskOwner,
  scoredAt: Date,
  text: { subject: string; description: string; urgent: boolean },
  key: string
): Record<string, FieldValue> {
  return {
    WhatId: accountId,
    OwnerId: owner.ownerId,
    Subject: text.subject,
    Description: text.description,
    ActivityDate: dayAfter(scoredAt, FOLLOW_UP_DAYS),
    Priority: text.urgent ? 'High' : 'Normal',
    Status: 'Not Started',
    [FOLLOW_UP_TASK.key]: key,
  };
}

/** The fields of the follow-up Task of one account's move, in its owner's language. */
export function followUpTask(
  move: AccountMove,
  owner: TaskOwner,
  scoredAt: Date,
  runLanguage: Language
): Record<string, FieldValue> {
  const language = languageOfLocale(owner.locale, runLanguage);
  const text = inLanguage(language, () => texts(move));
  return taskFields(move.id, owner, scoredAt, text, followUpKey(move.id, owner.scoredAt));
}

/** The fields of the Task for an account whose review fell due, in its owner's language. */
export function reviewTask(
  due: BecameDue,
  owner: TaskOwner,
  scoredAt: Date,
  runLanguage: Language
): Record<string, FieldValue> {
  const language = languageOfLocale(owner.locale, runLanguage);
  const text = inLanguage(language, () => reviewTexts(due));
  return taskFields(due.id, owner, scoredAt, { ...text, urgent: false }, reviewKey(due.id, due.dueOn));
}
