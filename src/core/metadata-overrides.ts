// Per-template rule settings from metadata overrides: the file's rules, then every override
// whose metadata condition the template meets, in order.
import type { MetadataOverride, ResolvedConfig, ResolvedRule, TemplateMetadata } from '../types.js';

function values(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v).toLowerCase());
  return value === undefined || value === null ? [] : [String(value).toLowerCase()];
}

/** Whether a template's metadata meets every key of a condition (case-insensitive). */
export function metadataMatches(condition: MetadataOverride['metadata'], metadata: TemplateMetadata): boolean {
  return Object.entries(condition).every(([key, expected]) => {
    const actual = values(metadata[key]);
    return values(expected).some((value) => actual.includes(value));
  });
}

export function rulesForTemplate(config: ResolvedConfig, metadata: TemplateMetadata): Record<string, ResolvedRule> {
  if (!config.metadataOverrides?.length) return config.rules;
  const rules = { ...config.rules };
  for (const override of config.metadataOverrides) {
    if (!metadataMatches(override.metadata, metadata)) continue;
    for (const [id, setting] of Object.entries(override.rules)) {
      if (setting) rules[id] = setting;
      else delete rules[id];
    }
  }
  return rules;
}

/** Every rule id a config can enable, for any template: what the engine must load. */
export function ruleIdsOf(config: ResolvedConfig): string[] {
  const ids = new Set(Object.keys(config.rules));
  for (const override of config.metadataOverrides ?? []) {
    for (const [id, setting] of Object.entries(override.rules)) if (setting) ids.add(id);
  }
  return [...ids];
}
