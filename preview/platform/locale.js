/**
 * The preview's locale and switches, read once from the page address:
 *   ?lang=fi           Finnish labels, field labels and picklist labels (anything else: English)
 *   ?formFactor=Small  what @salesforce/client/formFactor reports (Large, Medium, Small)
 */
const params = new URLSearchParams(typeof location === 'undefined' ? '' : location.search);

export const LANG = params.get('lang') === 'fi' ? 'fi' : 'en';
export const LOCALE = LANG === 'fi' ? 'fi-FI' : 'en-US';
export const CURRENCY = 'EUR';
export const TIME_ZONE = 'Europe/Helsinki';
const FORM_FACTORS = ['Large', 'Medium', 'Small'];
export const FORM_FACTOR = FORM_FACTORS.includes(params.get('formFactor')) ? params.get('formFactor') : 'Large';

export const param = (name) => params.get(name);
export const listParam = (name) =>
  (params.get(name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
