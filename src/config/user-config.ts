// Names the config layer has always exported; the shapes now live in src/types.ts.
export type { ConfigOverride as Override, MetadataValue, UserConfig as Config } from '../types.js';
