/**
 * lightning/navigation for the preview. NavigationMixin.Navigate does not leave the page: it dispatches
 * `previewnavigate` (bubbling, composed) with the page reference, and the preview shell shows where the
 * component asked to go. CurrentPageReference gives the page being previewed (the Account record page,
 * or the app page of ?page=).
 */
import { param } from './locale.js';

const NAVIGATE = Symbol('Navigate');
const GENERATE_URL = Symbol('GenerateUrl');

export function urlOf(pageReference) {
  const a = pageReference?.attributes ?? {};
  switch (pageReference?.type) {
    case 'standard__recordPage':
      return `/lightning/r/${a.objectApiName ?? 'Record'}/${a.recordId}/${a.actionName ?? 'view'}`;
    case 'standard__objectPage':
      return `/lightning/o/${a.objectApiName}/${a.actionName ?? 'home'}`;
    case 'standard__recordRelationshipPage':
      return `/lightning/r/${a.objectApiName ?? 'Record'}/${a.recordId}/related/${a.relationshipApiName}/${a.actionName ?? 'view'}`;
    case 'standard__webPage':
      return a.url;
    default:
      return `#${encodeURIComponent(JSON.stringify(pageReference ?? null))}`;
  }
}

export const NavigationMixin = (Base) =>
  class extends Base {
    [NAVIGATE](pageReference, replace) {
      this.dispatchEvent(
        new CustomEvent('previewnavigate', {
          bubbles: true,
          composed: true,
          detail: { pageReference, replace: Boolean(replace), url: urlOf(pageReference) },
        })
      );
    }

    [GENERATE_URL](pageReference) {
      return Promise.resolve(urlOf(pageReference));
    }
  };
NavigationMixin.Navigate = NAVIGATE;
NavigationMixin.GenerateUrl = GENERATE_URL;

export class CurrentPageReference {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }

  connect() {
    const appPage = param('page');
    this.dataCallback(
      Object.freeze(
        appPage
          ? { type: 'standard__navItemPage', attributes: Object.freeze({ apiName: appPage }), state: Object.freeze({}) }
          : {
              type: 'standard__recordPage',
              attributes: Object.freeze({
                recordId: window.__previewRecordId ?? param('recordId'),
                objectApiName: 'Account',
                actionName: 'view',
              }),
              state: Object.freeze({}),
            }
      )
    );
  }

  update() {}

  disconnect() {}
}
