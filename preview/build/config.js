/**
 * The rollup configuration of the preview: the real components from force-app/main/default/lwc (as `c/…`),
 * the preview's own shell (preview/modules, namespace `preview`), lightning-base-components, the LWC
 * engine with synthetic shadow, and the platform modules of preview/platform.
 */
import path from 'node:path';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { salesforceModules } from './salesforce-modules.js';

/** Template warnings of lightning-base-components' own files (LWC1137 and others): not ours to fix. */
function isNoise(warning) {
  const file = warning.loc?.file ?? warning.id ?? '';
  if (file.includes(`${path.sep}node_modules${path.sep}`) && warning.plugin === 'rollup-plugin-lwc-compiler')
    return true;
  if (/^LWC114\d$/.test(warning.pluginCode ?? '')) return true;
  // The engine's and base components' own circular imports.
  return warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'));
}

export function rollupConfig({ root, outDir, labels, objectInfos, data, page, onWarning }) {
  const warnings = [];
  const warn = (message) => {
    warnings.push(message);
    onWarning?.(message);
  };
  const components = Object.entries(page.bundles).map(([name, entry]) => ({ name: `c/${name}`, path: entry }));
  return {
    warnings,
    input: {
      main: path.join(root, 'preview', 'src', 'main.js'),
      bench: path.join(root, 'preview', 'src', 'bench.js'),
    },
    plugins: [
      salesforceModules({ root, labels, objectInfos, data, page, warn }),
      replace({
        preventAssignment: true,
        values: { 'import.meta.env.SSR': 'false', 'process.env.NODE_ENV': JSON.stringify('production') },
      }),
      lwc({
        rootDir: root,
        enableDynamicComponents: true,
        modules: [...components, { dir: path.join(root, 'preview', 'modules') }, { npm: 'lightning-base-components' }],
      }),
      nodeResolve(),
    ],
    output: { dir: outDir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    onwarn(warning) {
      // On the platform a module nobody provides fails the deploy: here it fails the build.
      if (warning.code === 'UNRESOLVED_IMPORT')
        throw new Error(
          `${warning.message}\nThe preview has no implementation of that module: add one under preview/platform (and to build/salesforce-modules.js), or avoid it in the component.`
        );
      if (!isNoise(warning)) warn(warning.message);
    },
  };
}
