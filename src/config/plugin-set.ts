// The plugins of one config load: each imported once, however many configs name it, and each
// namespace owned by one module, so `acme/no-jargon` always means the same rule. The loader is
// imported on first use: a config without plugins never pays for it.
import { packageForNamespace, parsePluginSpec, type PluginSpec } from '../plugins/names.js';
import type { LoadedPlugin } from '../plugins/types.js';
import { invalid, type Origin } from './errors.js';

export interface PluginSite {
  origin: Origin;
  keyPath: string;
  /** The file relative names resolve from. */
  fromFile: string;
}

export class PluginSet {
  private readonly byNamespace = new Map<string, LoadedPlugin>();

  list(): LoadedPlugin[] {
    return [...this.byNamespace.values()];
  }

  async add(spec: PluginSpec, site: PluginSite): Promise<LoadedPlugin> {
    const known = spec.namespace !== undefined ? this.byNamespace.get(spec.namespace) : undefined;
    if (known) {
      // Named twice (a config and the config it extends): fine when it is the same module.
      const { resolvePluginFile } = await import('../plugins/load-plugin.js');
      const filePath = resolvePluginFile({ spec, ...site });
      if (filePath === known.filePath) return known;
      throw this.conflict(spec.namespace!, filePath, known, site);
    }
    const { loadPlugin } = await import('../plugins/load-plugin.js');
    const plugin = await loadPlugin({ spec, ...site });
    const other = this.byNamespace.get(plugin.namespace);
    if (other && other.filePath !== plugin.filePath) throw this.conflict(plugin.namespace, plugin.filePath, other, site);
    this.byNamespace.set(plugin.namespace, other ?? plugin);
    return other ?? plugin;
  }

  /** For `extends: plugin:acme/strict`: the loaded plugin, or the package the namespace names. */
  async forNamespace(namespace: string, site: PluginSite): Promise<LoadedPlugin> {
    const loaded = this.byNamespace.get(namespace);
    if (loaded) return loaded;
    const spec = parsePluginSpec(packageForNamespace(namespace) ?? '');
    if (!spec) throw invalid(site.origin, site.keyPath, `"${namespace}" is not a plugin name; loaded plugins: ${this.names()}`);
    return this.add(spec, site);
  }

  private names(): string {
    return this.byNamespace.size > 0 ? [...this.byNamespace.keys()].join(', ') : 'none';
  }

  private conflict(namespace: string, filePath: string, known: LoadedPlugin, site: PluginSite): Error {
    return invalid(
      site.origin,
      site.keyPath,
      `plugin prefix "${namespace}" of ${filePath} is already taken by ${known.filePath} ("${known.written}"): two plugins cannot share a prefix`,
    );
  }
}
