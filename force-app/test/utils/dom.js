/**
 * Mounting, querying and cleaning up components in the shared jsdom (import from 'cvp-test/dom'). jsdom lives as
 * long as the test file, so each test must leave the body empty for the next.
 */
import { createElement } from 'lwc';

export function mount(tag, Ctor, props = {}) {
    const element = createElement(tag, { is: Ctor });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

export function resetDom() {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
}

/** The first element inside a component's shadow root that matches, or null. */
export const $ = (element, selector) => element.shadowRoot.querySelector(selector);

/** Every element inside a component's shadow root that matches, as an array. */
export const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];
