// The benchmark page's entry: as main.js, the `?accounts=` portfolio is fetched before the store and the
// components are imported (startBench.js holds the page itself).
import '@lwc/synthetic-shadow';
import { loadSyntheticAccounts } from '../platform/synthetic.js';
import { showStartError } from './startError.js';

loadSyntheticAccounts()
  .then(() => import('./startBench.js'))
  .catch(showStartError);
