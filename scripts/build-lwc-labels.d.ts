// Types of scripts/build-lwc-labels.js, for the tests that import it.
export declare const LABELS_FILE: string;
export declare const LWC_DIR: string;
export declare const FEATURES: ReadonlyArray<{ prefix: string; module: string }>;
export declare const SHARED: { prefix: string; module: string };
export declare const HEADER: string;
export declare function labelNames(file?: string): Promise<string[]>;
export declare function renderLabelModules(names: readonly string[]): Map<string, string>;
export declare function buildLwcLabels(outDir?: string): Promise<string[]>;
