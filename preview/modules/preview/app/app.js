import { LightningElement } from 'lwc';
import page from '@preview/page';
import { runRefreshHandlers } from 'lightning/refresh';
import { LANG, param } from '../../../platform/locale.js';
import { store } from '../../../platform/store.js';

const REGION_CLASSES = {
  header: 'slds-col slds-size_1-of-1',
  main: 'slds-col slds-size_1-of-1 slds-large-size_8-of-12',
  sidebar: 'slds-col slds-size_1-of-1 slds-large-size_4-of-12',
};

/** ?account= takes a sample Id (CV-1001), a record Id or an account name; the first account otherwise. */
export function accountFromParam(value) {
  // The store's, not the build's sample: ?accounts= replaces the portfolio (platform/synthetic.js).
  const accounts = store.all('Account');
  if (!value) return accounts[0];
  const bySample = store.sampleIds[value];
  return accounts.find((a) => a.Id === bySample || a.Id === value || a.Name === value) ?? accounts[0];
}

/**
 * ?design=pageSize:2000 sets a design attribute of the placed components that have it, over the value
 * the flexipage gives (a test loads thousands of accounts in a few requests instead of dozens). A name no
 * placed component has changes nothing.
 */
export function designOverrides(value) {
  const out = {};
  for (const pair of (value ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf(':');
    if (at > 0) {
      const text = pair.slice(at + 1);
      out[pair.slice(0, at)] = text !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
    }
  }
  return out;
}

const DESIGN = designOverrides(param('design'));

function withDesign(properties = {}) {
  const out = { ...properties };
  for (const [name, value] of Object.entries(DESIGN)) if (name in out) out[name] = value;
  return out;
}

/**
 * The preview shell: an Account record page with the project's components, placed as the Account
 * flexipage places them (or, with ?page=, an app page such as the portfolio workspace), over the
 * preview's in-memory org. A harness for seeing and testing, not the product.
 */
export default class App extends LightningElement {
  account = accountFromParam(param('account'));
  /** ?page=<AppPage flexipage name> shows that app page (the portfolio workspace) instead of the Account page. */
  appPage = page.apps.find((a) => a.name === param('page'));
  only = param('component');
  control = param('control');
  toasts = [];
  navigation = null;
  toastCounter = 0;

  connectedCallback() {
    window.__previewRecordId = this.account.Id;
    document.documentElement.lang = LANG === 'fi' ? 'fi' : 'en';
    this.template.addEventListener('lightning__showtoast', (event) => this.showToast(event.detail));
    this.template.addEventListener('previewnavigate', (event) => this.navigate(event.detail));
    this.template.addEventListener('lightning__refreshevent', () => runRefreshHandlers());
  }

  get recordId() {
    return this.account.Id;
  }

  get accountOptions() {
    return store.all('Account').map((a) => ({ value: a.Id, label: a.Name, selected: a.Id === this.account.Id }));
  }

  get current() {
    return this.appPage ?? page;
  }

  get isRecordPage() {
    return !this.appPage;
  }

  get appPageLabel() {
    return this.appPage?.label ?? '';
  }

  get pageLinks() {
    return [
      {
        key: 'account',
        label: 'Account page',
        href: this.hrefWith({ page: null }),
        current: this.appPage ? undefined : 'page',
      },
      ...page.apps.map((a) => ({
        key: a.name,
        label: a.label,
        href: this.hrefWith({ page: a.name }),
        current: this.appPage?.name === a.name ? 'page' : undefined,
      })),
    ];
  }

  get regions() {
    const current = this.current;
    const regions = this.only
      ? [{ name: 'main', components: current.regions.flatMap((r) => r.components).filter((c) => c.name === this.only) }]
      : current.regions;
    const fullWidth = this.only || this.appPage;
    return regions
      .filter((r) => r.components.length > 0)
      .map((r) => ({
        key: r.name,
        className: fullWidth ? REGION_CLASSES.header : (REGION_CLASSES[r.name] ?? REGION_CLASSES.main),
        components: r.components.map((c, i) => ({
          key: `${r.name}-${i}-${c.name}`,
          name: c.name,
          ctor: c.ctor,
          properties: withDesign(c.properties),
        })),
      }));
  }

  get hasComponents() {
    return this.regions.length > 0;
  }

  get notRendered() {
    return this.current.notRendered.join(', ');
  }

  get hasNotRendered() {
    return this.current.notRendered.length > 0 && !this.only;
  }

  get missing() {
    return this.current.missing.join(', ');
  }

  get hasMissing() {
    return this.current.missing.length > 0 && !this.only;
  }

  get layoutSource() {
    return this.current.source;
  }

  get isEnglishCurrent() {
    return LANG === 'fi' ? undefined : 'page';
  }

  get isFinnishCurrent() {
    return LANG === 'fi' ? 'page' : undefined;
  }

  get englishHref() {
    return this.hrefWith({ lang: null });
  }

  get finnishHref() {
    return this.hrefWith({ lang: 'fi' });
  }

  get showAxeControl() {
    return this.control === 'axe';
  }

  hrefWith(changes) {
    const params = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) params.delete(key);
      else params.set(key, value);
    }
    const query = params.toString();
    return query ? `?${query}` : window.location.pathname;
  }

  /** An Account record page is one the preview has: go there. Anything else is shown, not followed. */
  navigate({ pageReference, url }) {
    const attributes = pageReference?.attributes ?? {};
    const isAccount = attributes.objectApiName === 'Account' || String(attributes.recordId ?? '').startsWith('001');
    if (pageReference?.type === 'standard__recordPage' && isAccount && attributes.recordId) {
      window.location.search = this.hrefWith({ page: null, component: null, account: attributes.recordId });
      return;
    }
    this.navigation = url;
  }

  handleAccountChange(event) {
    window.location.search = this.hrefWith({ account: event.target.value });
  }

  showToast(detail) {
    const variant = ['success', 'warning', 'error', 'info'].includes(detail?.variant) ? detail.variant : 'info';
    const message = String(detail?.message ?? '').replace(/\{(\d+)\}/g, (m, i) => {
      const item = detail?.messageData?.[Number(i)];
      return item === undefined ? m : typeof item === 'object' ? (item.label ?? '') : String(item);
    });
    this.toastCounter += 1;
    const toast = {
      key: `toast-${this.toastCounter}`,
      title: detail?.title ?? '',
      message,
      variant,
      className: `slds-notify slds-notify_toast slds-theme_${variant}`,
      role: variant === 'error' || variant === 'warning' ? 'alert' : 'status',
      iconName: `utility:${variant}`,
    };
    this.toasts = [...this.toasts, toast];
    if (detail?.mode !== 'sticky') {
      // eslint-disable-next-line @lwc/lwc/no-async-operation
      setTimeout(() => this.closeToast(toast.key), 6000);
    }
  }

  closeToast(key) {
    this.toasts = this.toasts.filter((t) => t.key !== key);
  }

  handleToastClose(event) {
    this.closeToast(event.currentTarget.dataset.key);
  }

  get hasToasts() {
    return this.toasts.length > 0;
  }
}
