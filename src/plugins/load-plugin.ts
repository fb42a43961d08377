// One plugin, from its name in a config to a checked LoadedPlugin. Every failure is a
// ConfigError that names the config file and key path that asked for the plugin, and says what
// would work instead (the installed plugins, the file that was tried).
import path from 'node:path';
import { ConfigError, invalid, type Origin } from '../config/errors.js';
import { closest } from '../config/suggest.js';
import { installedPlugins } from './installed.js';
import { namespaceFromMetaName, parsePluginSpec, type PluginSpec } from './names.js';
import { firstLine, importPlugin, resolvePlugin } from './resolve.js';
import type { LoadedPlugin } from './types.js';
import { checkPlugin, type Fail } from './validate-plugin.js';

export interface PluginRequest {
  spec: PluginSpec;
  /** The config that names the plugin: resolution starts from its folder. */
  origin: Origin;
  /** Where the plugin is named: `plugins[0]`, `extends[1]`. */
  keyPath: string;
  /** The file to resolve from (the config file; for a config object, a file in cwd). */
  fromFile: string;
}

export function resolvePluginFile({ spec, origin, keyPath, fromFile }: PluginRequest): string {
  const resolution = resolvePlugin(spec.request, fromFile);
  if ('filePath' in resolution) return resolution.filePath;
  const from = path.dirname(fromFile);
  if ('error' in resolution) throw invalid(origin, keyPath, `cannot resolve plugin "${spec.request}" from ${from}: ${firstLine(resolution.error)}`);
  if (spec.namespace === undefined) {
    throw invalid(origin, keyPath, `cannot find plugin "${spec.written}" (${path.resolve(from, spec.request)}): no such file`);
  }
  const installed = installedPlugins(from);
  // Compared without the shared "macrolint-plugin-" prefix, which would make every name look close.
  const byNamespace = new Map(installed.map((name) => [parsePluginSpec(name)?.namespace ?? name, name]));
  const closeNamespace = closest(spec.namespace, [...byNamespace.keys()]);
  const close = closeNamespace === undefined ? undefined : byNamespace.get(closeNamespace);
  const available = installed.length > 0 ? `installed plugins: ${installed.join(', ')}` : 'no macrolint plugins are installed there';
  // A typo is fixed in the config, not by installing the misspelt name.
  const advice = close ? `; did you mean "${close}"?)` : `). Install it with "npm install --save-dev ${spec.request}"`;
  throw invalid(origin, keyPath, `cannot find plugin "${spec.request}" from ${from} (${available}${advice}`);
}

export async function loadPlugin(request: PluginRequest): Promise<LoadedPlugin> {
  const { spec, origin, keyPath } = request;
  const filePath = resolvePluginFile(request);
  let exported: unknown;
  try {
    exported = await importPlugin(filePath);
  } catch (error) {
    throw invalid(origin, keyPath, `cannot load plugin "${spec.written}" (${filePath}): ${firstLine(error)}`);
  }
  const label = `plugin "${spec.written}" (${filePath}), named in ${keyPath} of ${origin.filePath ?? origin.label}`;
  const fail: Fail = (pluginKeyPath, problem) => {
    const where = pluginKeyPath ? `${pluginKeyPath}: ` : '';
    throw new ConfigError(`Invalid ${label}: ${where}${problem}.`, { filePath, keyPath: pluginKeyPath });
  };
  return checkPlugin(exported, { namespace: spec.namespace, written: spec.written, filePath }, fail, (metaName) => {
    // A path has no package name to take the namespace from: the plugin must say its name.
    const namespace = metaName === undefined ? undefined : namespaceFromMetaName(metaName);
    if (namespace === undefined) {
      return fail('meta.name', `a plugin loaded from a path needs meta.name (its rule prefix, such as "acme") (got ${metaName === undefined ? 'nothing' : JSON.stringify(metaName)})`);
    }
    return namespace;
  });
}
