/**
 * Waits until every pending promise callback and the re-render it causes have run: a macrotask comes
 * after all queued microtasks. The one helper the component tests share (import from 'cvp-test/flushPromises').
 */
export default function flushPromises() {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    return new Promise((resolve) => setTimeout(resolve, 0));
}
