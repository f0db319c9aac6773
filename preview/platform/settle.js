/**
 * "The page has finished rendering its data": no data answer under way, and a whole task has passed
 * without a DOM change under `root`. The browser tests and the render benchmark wait for it.
 */
import { store } from './store.js';

/** A macrotask without the 4 ms clamp of nested timers. */
export function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export async function settled(root = document.body) {
  let mutated = true;
  const observer = new MutationObserver(() => {
    mutated = true;
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  try {
    while (mutated || store.pending > 0) {
      mutated = false;
      await nextTask();
    }
  } finally {
    observer.disconnect();
  }
}
