// The static resources made from npm packages (scripts/build-static-resources.js) are what the installed
// packages give: an npm update without `npm run build:static-resources` fails here. Needs no browser.
import { staleVendorResources, VENDOR_RESOURCES } from '../../scripts/build-static-resources.js';

describe('vendored static resources', () => {
  it('match the installed packages', () => {
    expect(VENDOR_RESOURCES.length).toBeGreaterThan(0);
    expect(staleVendorResources()).toEqual([]);
  });
});
