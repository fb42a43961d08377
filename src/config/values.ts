// Small helpers for checking and describing values read from config files.

/** An object literal (or JSON/YAML mapping); not an array, Map, Date or Promise a JS config might export by mistake. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

/** How a wrong value is shown in "(got …)": short, and never a dump of a whole object. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  if (isPlainObject(value)) return 'an object';
  if (typeof value === 'object' && value !== null) return `a ${value.constructor?.name ?? 'non-plain object'}`;
  if (typeof value === 'function') return 'a function';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
