// The render benchmark's page: renders the Account page components, or the bare lightning-card baseline,
// into an empty stage and reports how long until they show their data (scripts/bench/browser/render.js drives it).
// Imported by bench.js once synthetic shadow is in place and a `?accounts=` portfolio has been loaded.
import { createElement } from 'lwc';
import page from '@preview/page';
import BenchCard from 'preview/benchCard';
import BenchTable from 'preview/benchTable';
import { store } from '../platform/store.js';
import { nextTask, settled } from '../platform/settle.js';
import { whatIfBench } from './benchWhatIf.js';

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

// The workspace benchmark (scripts/bench/browser/workspace.js, with ?accounts=2000): the portfolio workspace as its
// app page places it, or the bare lightning-datatable baseline; first render, then a tier filter.
const WORKSPACE = 'cvpPortfolioWorkspace';
const workspaceSpec = page.apps
  .flatMap((a) => a.regions.flatMap((r) => r.components))
  .find((c) => c.name === WORKSPACE);

/**
 * Table rows rendered anywhere under `root`, shadow trees included. Each row once: from outside any
 * component, synthetic shadow's querySelectorAll also returns what lies in the shadow trees below.
 */
function countRows(root) {
  const rows = new Set();
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.tagName === 'TR' && el.hasAttribute('data-row-number')) rows.add(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return rows.size;
}

async function timed(stage, work) {
  const start = performance.now();
  await work();
  await settled(stage);
  stage.getBoundingClientRect();
  return { ms: performance.now() - start, rows: countRows(stage) };
}

window.bench.workspace = {
  available: Boolean(workspaceSpec),
  accounts: store.all('Account').length,
  tiers: [
    ...new Set(
      store
        .all('Account')
        .map((a) => a.CVP_Tier__c)
        .filter(Boolean)
    ),
  ],
  /** `kind`: 'workspace' or 'table'. Leaves the element on the stage for `filter`. */
  async render(kind) {
    const stage = document.querySelector('#stage');
    stage.textContent = '';
    await nextTask();
    return timed(stage, async () => {
      const el =
        kind === 'table'
          ? createElement('preview-bench-table', { is: BenchTable })
          : createElement(`c-${kebab(WORKSPACE)}`, { is: workspaceSpec.ctor });
      if (kind === 'table') el.pageSize = Number(workspaceSpec.properties.pageSize) || 200;
      else Object.assign(el, workspaceSpec.properties);
      stage.appendChild(el);
    });
  },
  /** A tier filter on what `render` left: as the table's combobox sends it, or the baseline's `where`. */
  async filter(kind, tier) {
    const stage = document.querySelector('#stage');
    const el = stage.firstElementChild;
    return timed(stage, async () => {
      if (kind === 'table') el.tier = tier;
      else
        el.shadowRoot
          .querySelector('c-cvp-portfolio-table')
          .dispatchEvent(new CustomEvent('filterchange', { detail: { filters: { tier } } }));
    });
  },
};

// The what-if benchmark (scripts/bench/browser/what-if.js): see benchWhatIf.js.
window.bench.whatIf = whatIfBench;
