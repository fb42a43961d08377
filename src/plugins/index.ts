export { loadPlugin, resolvePluginFile, type PluginRequest } from './load-plugin.js';
export {
  CONFIG_REF_PREFIX,
  PLUGIN_PREFIX,
  packageForNamespace,
  parseConfigRef,
  parsePluginSpec,
  splitRuleId,
  type PluginSpec,
} from './names.js';
export type { LoadedPlugin, Plugin } from './types.js';
