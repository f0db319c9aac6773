import { LightningElement } from 'lwc';

/**
 * A deliberate accessibility fault inside a component's (synthetic) shadow tree, shown only with
 * ?control=axe: the browser tests check that axe finds it, so "no violations" on the page means axe
 * did look inside the components.
 */
export default class AxeControl extends LightningElement {}
