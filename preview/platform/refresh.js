/** lightning/refresh: RefreshEvent and the handler registry a container (here the preview shell) drives. */
const handlers = new Map();

export class RefreshEvent extends CustomEvent {
  constructor() {
    super('lightning__refreshevent', { bubbles: true, composed: true, cancelable: true });
  }
}

export function registerRefreshHandler(element, handler) {
  const id = Symbol('refresh-handler');
  handlers.set(id, { element, handler });
  return id;
}

export function unregisterRefreshHandler(id) {
  handlers.delete(id);
}

/** Called by the preview shell on a RefreshEvent: every registered handler, as the platform would. */
export async function runRefreshHandlers() {
  await Promise.all([...handlers.values()].map(({ handler }) => handler()));
}
