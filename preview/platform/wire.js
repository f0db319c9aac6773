/**
 * The base of the preview's wire adapters, following the LWC wire protocol (constructor(dataCallback),
 * update(config), connect(), disconnect()) the way LDS behaves toward components:
 * - an empty answer ({ data: undefined, error: undefined }) on connect, then nothing until every
 *   required config value is defined;
 * - answers arrive asynchronously (after ?latency= milliseconds when asked);
 * - an answer equal to the last one is not emitted again;
 * - data is deep-frozen;
 * - record changes made through the preview's updateRecord/createRecord reach the wires whose answer
 *   includes those records (the normalised LDS cache); new child records reach query-style wires
 *   (GraphQL, related lists) only after an explicit refresh (refreshGraphQL, refreshApex,
 *   notifyRecordUpdateAvailable on a record the config names), as in the org.
 */
import { store } from './store.js';
import { deepFreeze } from './record-shape.js';

const adapterOfValue = new WeakMap();

export class StoreWireAdapter {
  /** Names of config keys that must be defined before the adapter answers. */
  static required = [];
  /** The operation name ?fail= matches. */
  static operation = 'wire';

  constructor(dataCallback) {
    this.dataCallback = dataCallback;
    this.config = undefined;
    this.connected = false;
    this.lastJson = undefined;
    this.ids = new Set();
    this.generation = 0;
    this.unsubscribe = null;
    this.emptySent = false;
  }

  connect() {
    this.connected = true;
    // LDS gives wired properties an empty answer straight away, so `this.x.data` is safe in getters.
    if (!this.emptySent) {
      this.emptySent = true;
      this.dataCallback(this.emptyResult());
    }
    this.unsubscribe = store.subscribe((ids, explicit) => this.onChange(ids, explicit));
    if (this.config) this.run();
  }

  disconnect() {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  update(config) {
    this.config = config;
    this.lastJson = undefined;
    if (this.connected) this.run();
  }

  ready() {
    const { required } = this.constructor;
    return this.config && required.every((key) => this.config[key] !== undefined && this.config[key] !== null);
  }

  onChange(ids, explicit) {
    if (!this.ready()) return;
    const inAnswer = ids.some((id) => this.ids.has(id));
    if (explicit) {
      const config = JSON.stringify(this.config);
      if (inAnswer || ids.some((id) => config.includes(id))) this.refresh();
    } else if (inAnswer) {
      this.run();
    }
  }

  /** Answers again now (refreshGraphQL, refreshApex, notifyRecordUpdateAvailable). */
  refresh() {
    this.lastJson = undefined;
    return this.run();
  }

  run() {
    if (!this.ready()) return Promise.resolve();
    return store.track(() => this.answer());
  }

  async answer() {
    const generation = ++this.generation;
    let result;
    try {
      await store.answer(this.constructor.operation);
      // A newer config or refresh overtook this one: drop the stale answer.
      if (generation !== this.generation || !this.connected) return;
      const { data, error, ids } = this.compute(this.config);
      this.ids = new Set(ids ?? []);
      result = error ? this.errorResult(error) : this.dataResult(data);
    } catch (error) {
      if (generation !== this.generation || !this.connected) return;
      result = this.errorResult(error);
    }
    const json = JSON.stringify(result);
    if (json === this.lastJson) return;
    this.lastJson = json;
    deepFreeze(result);
    adapterOfValue.set(result, this);
    this.dataCallback(result);
  }

  emptyResult() {
    return { data: undefined, error: undefined };
  }

  dataResult(data) {
    return { data, error: undefined };
  }

  errorResult(error) {
    return { data: undefined, error };
  }

  /** Returns { data, ids } (the record Ids the answer holds) or { error }. */
  compute() {
    throw new Error('not implemented');
  }
}

/** The adapter that produced this emitted value, for refresh functions. */
export const adapterOf = (value) => (value && typeof value === 'object' ? adapterOfValue.get(value) : undefined);
