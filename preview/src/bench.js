// The render benchmark's page: renders the Account page components, or the bare lightning-card baseline,
// into an empty stage and reports how long until they show their data (scripts/bench/render.js drives it).
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import page from '@preview/page';
import BenchCard from 'preview/benchCard';
import { store } from '../platform/store.js';
import { nextTask, settled } from '../platform/settle.js';

const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function pageElements(recordId, only) {
  return page.regions.flatMap((region) =>
    region.components
      .filter((c) => !only || c.name === only)
      .map((c) => {
        const el = createElement(`c-${kebab(c.name)}`, { is: c.ctor });
        Object.assign(el, c.properties, { recordId, objectApiName: 'Account' });
        return el;
      })
  );
}

function cardElements(recordId) {
  const el = createElement('preview-bench-card', { is: BenchCard });
  el.recordId = recordId;
  return [el];
}

window.bench = {
  components: page.regions.flatMap((r) => r.components.map((c) => c.name)),
  recordIds: store.all('Account').map((a) => a.Id),
  /**
   * Milliseconds from creating the elements to their data being rendered and laid out. `kind` is
   * 'page' (every Account page component), 'card' (the baseline) or 'component:<name>' (one alone).
   */
  async once(kind, recordId) {
    const stage = document.querySelector('#stage');
    stage.textContent = '';
    await nextTask();
    const start = performance.now();
    const elements =
      kind === 'card'
        ? cardElements(recordId)
        : pageElements(recordId, kind.startsWith('component:') ? kind.slice(10) : undefined);
    for (const el of elements) stage.appendChild(el);
    await settled(stage);
    // Layout is part of rendering: force it before stopping the clock.
    stage.getBoundingClientRect();
    const ms = performance.now() - start;
    return { ms, textLength: stage.innerText.length };
  },
};
