// What a plugin module exports, and what macrolint keeps of it once loaded and checked.
import type { RuleModule } from '../types.js';
import type { Config } from '../config/user-config.js';

/** A plugin's default export. */
export interface Plugin {
  meta?: { name?: string; version?: string };
  /** Rules by local id; users write them `<namespace>/<id>`. Each rule's `meta.id` is its local id. */
  rules?: Record<string, RuleModule<any>>;
  /** Shareable configs, extended as `plugin:<namespace>/<name>`. */
  configs?: Record<string, Config>;
}

export interface LoadedPlugin {
  /** The rule-id prefix: `acme`, `@scope/x`. */
  namespace: string;
  /** As written in `plugins` (or the package `extends: plugin:…` implied). */
  written: string;
  /** The module file that was imported. */
  filePath: string;
  name?: string;
  version?: string;
  /** By local id. */
  rules: ReadonlyMap<string, RuleModule>;
  configs: Readonly<Record<string, unknown>>;
}
