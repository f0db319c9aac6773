// axe-core run inside the page (the package's own build, injected), on the whole document.
import path from 'node:path';
import { ROOT } from './preview.js';

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations;
}

/** One line per violation and node, for a failure message that says what to fix. */
export function describeViolations(violations) {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(n.target)}`))
    .join('\n');
}
