// Key paths as users read them in their config: `rules.no-blame[1].words[2]`,
// `overrides[0].files`. Keys that are not plain identifiers are quoted so the path stays exact.

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

export function joinKey(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (!PLAIN_KEY.test(key)) return `${base}[${JSON.stringify(key)}]`;
  return base ? `${base}.${key}` : key;
}

/** Appends a path from validateOptions (`foo`, `foo.bar`, `[2]`, or '' for the value itself). */
export function appendPath(base: string, sub: string): string {
  if (!sub) return base;
  return sub.startsWith('[') ? `${base}${sub}` : `${base}.${sub}`;
}
