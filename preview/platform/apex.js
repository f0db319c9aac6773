/**
 * @salesforce/apex for the preview: the project proves its components need no Apex, so there is none to
 * call. An imported Apex method rejects; refreshApex refreshes the preview's LDS wires, as it does on the
 * platform for LDS results.
 */
import { adapterOf } from './wire.js';

export function apexMethod(name) {
  const method = () =>
    Promise.reject({ ok: false, status: 501, body: { message: `Apex ${name} is not available in the preview.` } });
  // As a wire adapter it reports the same error.
  method.adapter = class {
    constructor(callback) {
      this.callback = callback;
    }
    connect() {}
    update() {
      this.callback({
        data: undefined,
        error: { ok: false, status: 501, body: { message: `Apex ${name} is not available in the preview.` } },
      });
    }
    disconnect() {}
  };
  return method;
}

export function refreshApex(wiredValue) {
  const adapter = adapterOf(wiredValue);
  return adapter ? adapter.refresh() : Promise.resolve();
}

export const getSObjectValue = (record, field) =>
  record?.[typeof field === 'object' ? field.fieldApiName : String(field).split('.').pop()];
