// The preview page's entry. Synthetic shadow must patch the DOM before the engine or any component loads
// (as on the platform). A `?accounts=` portfolio is fetched before the store, the app and the components are
// imported (startApp.js), so the store fills synchronously with it: no module awaits at its top level.
import '@lwc/synthetic-shadow';
import { loadSyntheticAccounts } from '../platform/synthetic.js';
import { showStartError } from './startError.js';

loadSyntheticAccounts()
  .then(() => import('./startApp.js'))
  .catch(showStartError);
