// Plugin names as ESLint spells them, with macrolint's prefix: a package `macrolint-plugin-acme`
// gives rules `acme/<id>` and configs `plugin:acme/<name>`; `@scope/macrolint-plugin-x` gives
// `@scope/x/<id>`, and `@scope/macrolint-plugin` gives `@scope/<id>`. Short forms (`acme`,
// `@scope/x`, `@scope`) name the same packages, so a config can say either.
import path from 'node:path';

export const PLUGIN_PREFIX = 'macrolint-plugin';

export interface PluginSpec {
  /** As written in the config. */
  written: string;
  /** What to resolve: a package name, or a path relative to the config. */
  request: string;
  /** The rule-id prefix; undefined for a path plugin, whose `meta.name` gives it. */
  namespace?: string;
}

export function isPathSpec(spec: string): boolean {
  return /^\.{1,2}[\\/]/.test(spec) || path.isAbsolute(spec);
}

/** Undefined when `written` is neither a path nor a package name a plugin can have. */
export function parsePluginSpec(written: string): PluginSpec | undefined {
  if (isPathSpec(written)) return { written, request: written };
  const names = normalizeName(written);
  return names && { written, ...names };
}

/** `acme` / `macrolint-plugin-acme` -> package and namespace; the same for scoped names. */
function normalizeName(name: string): { request: string; namespace: string } | undefined {
  const scoped = /^(@[a-z0-9][\w.-]*)(?:\/([\w.-]+))?$/i.exec(name);
  if (scoped) {
    const [, scope, rest] = scoped as unknown as [string, string, string | undefined];
    if (rest === undefined || rest === PLUGIN_PREFIX) return { request: `${scope}/${PLUGIN_PREFIX}`, namespace: scope };
    const short = rest.startsWith(`${PLUGIN_PREFIX}-`) ? rest.slice(PLUGIN_PREFIX.length + 1) : rest;
    return { request: `${scope}/${PLUGIN_PREFIX}-${short}`, namespace: `${scope}/${short}` };
  }
  if (!/^[a-z0-9][\w.-]*$/i.test(name) || name === PLUGIN_PREFIX) return undefined;
  const short = name.startsWith(`${PLUGIN_PREFIX}-`) ? name.slice(PLUGIN_PREFIX.length + 1) : name;
  return { request: `${PLUGIN_PREFIX}-${short}`, namespace: short };
}

/** A path plugin's namespace, from its `meta.name` (which may be a package-style name). */
export function namespaceFromMetaName(name: string): string | undefined {
  return normalizeName(name)?.namespace;
}

/** The package a namespace comes from: what `extends: plugin:acme/strict` loads when `acme` isn't loaded yet. */
export function packageForNamespace(namespace: string): string | undefined {
  return normalizeName(namespace)?.request;
}

/** `acme/no-jargon` -> { namespace: 'acme', local: 'no-jargon' }; `@scope/x/rule` -> `@scope/x` + `rule`. */
export function splitRuleId(id: string): { namespace: string; local: string } | undefined {
  const slash = id.lastIndexOf('/');
  if (slash <= 0 || slash === id.length - 1) return undefined;
  return { namespace: id.slice(0, slash), local: id.slice(slash + 1) };
}

export const CONFIG_REF_PREFIX = 'plugin:';

/** `plugin:acme/strict` -> { namespace: 'acme', name: 'strict' }. */
export function parseConfigRef(ref: string): { namespace: string; name: string } | undefined {
  if (!ref.startsWith(CONFIG_REF_PREFIX)) return undefined;
  const split = splitRuleId(ref.slice(CONFIG_REF_PREFIX.length));
  return split && { namespace: split.namespace, name: split.local };
}
