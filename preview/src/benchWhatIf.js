// The what-if benchmark's page side (scripts/bench/browser/what-if.js, with ?accounts=50000): every account of the
// store as the workspace's rows, re-ranked on a change of weights by the core alone, beside a bare sort of
// the same scores in the same page; then the c-cvp-what-if panel as the workspace mounts it, reading the
// whole portfolio itself through the preview's GraphQL wire, and re-ranking it on a change of weights.
import { createElement } from 'lwc';
import CvpWhatIf, { columnsFromRows } from 'c/cvpWhatIf';
import { builtInProfile, DEFAULT_PROFILE_KEY, rerank, rerankBase } from 'c/cvpCore';
import { EVERY_ACCOUNT_WHERE, rowsFromConnection } from 'c/cvpPortfolioData';
import { store } from '../platform/store.js';
import { nextTask, settled } from '../platform/settle.js';

// The Account as the workspace's GraphQL query returns it: every field `{ value }`, no profitability row
// (the row then keeps the synced margin, which is all the ranking reads).
function node(record) {
  const out = { Id: record.Id, CVP_Profitability__r: { edges: [] } };
  for (const [field, value] of Object.entries(record)) if (field !== 'Id') out[field] = { value };
  return out;
}

let rows;
let base;
const profile = builtInProfile(DEFAULT_PROFILE_KEY);

function prepare() {
  if (rows) return;
  const edges = store.all('Account').map((record) => ({ node: node(record) }));
  rows = rowsFromConnection({ edges }).rows;
  base = rerankBase(columnsFromRows(rows), profile);
}

/** Round i's weights: `step` points moved from volume to potential on odd rounds, back on even ones. */
function scoringOf(i, step = 5) {
  const moved = i % 2 === 1 ? step : 0;
  const weights = {
    ...profile.weights,
    volume: profile.weights.volume - moved,
    potential: profile.weights.potential + moved,
  };
  return { weights, tiers: profile.tiers };
}

export const whatIfBench = {
  get accounts() {
    prepare();
    return rows.length;
  },
  /** The core's re-ranking alone, and a native sort of the very scores it ranked, timed in turn. */
  core(i) {
    prepare();
    const scoring = scoringOf(i);
    const t0 = performance.now();
    const result = rerank(base, scoring);
    const rerankMs = performance.now() - t0;
    const scores = Float64Array.from(result.cents, (c) => (c < 0 ? Number.NaN : c / 100));
    const t1 = performance.now();
    scores.sort();
    const sortMs = performance.now() - t1;
    return { rerankMs, sortMs, changed: result.changed.length };
  },
  /**
   * Mounts the panel as the workspace does, with the 200 accounts of the table's first page and the
   * `where` of every account: resolves once it has read all of them through the GraphQL wire, ranked
   * them and rendered, with its own timing of the read (c-cvp-what-if's `read` event).
   */
  async read() {
    prepare();
    const stage = document.querySelector('#stage');
    stage.textContent = '';
    await nextTask();
    const el = createElement('c-cvp-what-if', { is: CvpWhatIf });
    const started = performance.now();
    const read = new Promise((resolve) =>
      el.addEventListener('read', (event) => resolve(event.detail), { once: true })
    );
    const ranked = new Promise((resolve) =>
      el.addEventListener('rerank', (event) => event.detail.whole && resolve(event.detail))
    );
    Object.assign(el, {
      rows: rows.slice(0, 200),
      totalCount: rows.length,
      profile,
      profileKeys: [profile.key],
      where: EVERY_ACCOUNT_WHERE,
    });
    stage.appendChild(el);
    const detail = await read;
    const rank = await ranked;
    await settled(stage);
    stage.getBoundingClientRect();
    return { ...detail, firstRankMs: rank.ms, shownMs: performance.now() - started };
  },
  /**
   * A weight change typed into the panel: from the debounce firing to the re-ranked portfolio shown
   * (the panel's own measure of the re-ranking, and until the DOM has settled).
   */
  async change(i) {
    const stage = document.querySelector('#stage');
    const el = stage.firstElementChild;
    const { weights } = scoringOf(i);
    const ranked = new Promise((resolve) =>
      el.addEventListener('rerank', (event) => resolve({ at: performance.now(), ms: event.detail.ms }), { once: true })
    );
    for (const d of ['volume', 'potential'])
      el.shadowRoot
        .querySelector(`lightning-input[data-key="${d}"]`)
        .dispatchEvent(new CustomEvent('change', { detail: { value: String(weights[d]) } }));
    const { at, ms } = await ranked;
    await settled(stage);
    stage.getBoundingClientRect();
    const moves = el.shadowRoot.querySelectorAll('tr.move').length;
    return { rerankMs: ms, shownMs: performance.now() - (at - ms), moves };
  },
};
