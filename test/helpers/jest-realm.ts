/**
 * Jest runs tests in a vm context whose Symbol lacks Symbol.dispose (Node adds it to its own realm
 * only). undici, under jsforce, reads `addAbortListener(...)[Symbol.dispose]` and fails with
 * "removeAbortListener is not a function". Giving the test realm Node's own symbol fixes it; import
 * this module before anything that makes HTTP calls through jsforce.
 */
import { addAbortListener } from 'node:events';

const symbols = Symbol as unknown as { dispose?: symbol; asyncDispose?: symbol };
if (!symbols.dispose) {
  const disposable = addAbortListener(new AbortController().signal, () => undefined) as unknown as object;
  const [nodeDispose] = Object.getOwnPropertySymbols(disposable);
  if (nodeDispose) Object.defineProperty(Symbol, 'dispose', { value: nodeDispose });
}
