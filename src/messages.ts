// One place that registers the plugin's messages/ folder, so every module loads its bundle the same way.
import { Messages } from '@salesforce/core';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);

export const PLUGIN = 'customer-value-portfolio';

export function loadMessages(bundle: string): Messages<string> {
  return Messages.loadMessages(PLUGIN, bundle);
}
