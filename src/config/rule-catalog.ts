// Every rule a run's config can name: the built-in rules, the rules of the plugins the config
// (or anything it extends) loads, namespaced `acme/<id>`, and the YAML rules of its rules
// folders. Config validation asks it which ids exist and what to suggest for one that doesn't.
import { packageForNamespace, splitRuleId } from '../plugins/names.js';
import type { LoadedPlugin } from '../plugins/types.js';
import { builtinRuleIds, isBuiltinRule } from '../rules/registry.js';
import type { YamlRule } from '../rules/yaml/index.js';
import type { RuleMeta, RuleModule } from '../types.js';
import { didYouMean } from './suggest.js';

export class RuleCatalog {
  /** Plugin and YAML rules by the id configs use. */
  readonly custom = new Map<string, RuleModule>();
  private readonly plugins = new Map<string, LoadedPlugin>();
  private readonly yamlIds: string[] = [];

  constructor(plugins: readonly LoadedPlugin[] = [], yamlRules: readonly YamlRule[] = []) {
    for (const plugin of plugins) {
      this.plugins.set(plugin.namespace, plugin);
      for (const [local, rule] of plugin.rules) this.custom.set(`${plugin.namespace}/${local}`, rule);
    }
    for (const rule of yamlRules) {
      this.custom.set(rule.id, rule.module);
      this.yamlIds.push(rule.id);
    }
  }

  has(id: string): boolean {
    return isBuiltinRule(id) || this.custom.has(id);
  }

  /** Known for plugin and YAML rules; built-in rules' metadata is loaded on demand elsewhere. */
  customMeta(id: string): RuleMeta | undefined {
    return this.custom.get(id)?.meta;
  }

  /** `unknown rule "x" …` with the closest id, or what the named plugin has, or every id there is. */
  unknownRule(id: string): string {
    const close = didYouMean(id, [...builtinRuleIds, ...this.custom.keys()]);
    if (close) return `unknown rule "${id}"${close}`;
    const split = splitRuleId(id);
    if (split) return `unknown rule "${id}": ${this.describeNamespace(split.namespace)}`;
    const lists = [`built-in rules: ${builtinRuleIds.join(', ')}`];
    const pluginIds = [...this.custom.keys()].filter((key) => key.includes('/'));
    if (pluginIds.length > 0) lists.push(`plugin rules: ${pluginIds.join(', ')}`);
    if (this.yamlIds.length > 0) lists.push(`YAML rules: ${this.yamlIds.join(', ')}`);
    return `unknown rule "${id}" (${lists.join('; ')})`;
  }

  private describeNamespace(namespace: string): string {
    const plugin = this.plugins.get(namespace);
    if (plugin) {
      const ids = [...plugin.rules.keys()].map((local) => `${namespace}/${local}`);
      return `plugin "${namespace}" (${plugin.filePath}) ${ids.length > 0 ? `has these rules: ${ids.join(', ')}` : 'has no rules'}`;
    }
    const loaded = [...this.plugins.keys()];
    const which = loaded.length > 0 ? `loaded plugins: ${loaded.join(', ')}` : 'no plugins are loaded';
    const pkg = packageForNamespace(namespace);
    return `no plugin "${namespace}" is loaded (${which})${pkg ? `; add "${pkg}" to "plugins"` : ''}`;
  }
}
