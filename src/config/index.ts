// The config layer's public API. Everything else under src/config/ is internal.
export { ConfigError } from './errors.js';
export type { ConfigErrorDetails } from './errors.js';
export { loadConfig } from './load-config.js';
export type { LoadConfigOptions } from './load-config.js';
export type { LoadedConfig } from './loaded-config.js';
export { parseRuleOption } from './parse-rule-option.js';
export { SEARCH_PLACES } from './load.js';
