/**
 * Static resources (force-app/main/default/staticresources) copied where `@salesforce/resourceUrl/<name>`
 * points in the preview: resources/<name>. A zip archive is unpacked into a folder of that name, as the
 * platform serves it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { filesIn, forceApp, readXml, text } from './metadata.js';

export function copyStaticResources(root, outDir) {
  const dir = forceApp(root, 'staticresources');
  for (const meta of filesIn(dir, '.resource-meta.xml')) {
    const name = path.basename(meta, '.resource-meta.xml');
    const file = path.join(dir, `${name}.resource`);
    const contentType = text(readXml(meta), 'contentType') ?? '';
    mkdirSync(outDir, { recursive: true });
    if (/zip/.test(contentType)) {
      mkdirSync(path.join(outDir, name), { recursive: true });
      execFileSync('unzip', ['-q', '-o', file, '-d', path.join(outDir, name)]);
    } else {
      cpSync(file, path.join(outDir, name));
    }
  }
  // A resource kept as a folder (source format allows it) is copied as it is.
  for (const folder of filesIn(dir, '')) {
    if (folder.endsWith('.xml') || folder.endsWith('.resource')) continue;
    cpSync(folder, path.join(outDir, path.basename(folder)), { recursive: true });
  }
}
