// Reads the inside of an output placeholder: a variable path, filters, and a fallback.
// `ticket.requester.first_name | default: "there" | capitalize`, `first_name | fallback: 'there'`,
// `contact.first_name || 'there'`, Handlebars helper calls `formatDate ticket.created_at "LL"`.

export interface OutputExpression {
  name: string;
  filters: Array<{ name: string; args: string[] }>;
  fallback?: string;
}

/** Filters that print their argument when the value is empty (`d` is Jinja's alias of `default`). */
const FALLBACK_FILTERS = new Set(['default', 'fallback', 'd']);

/** Splits on `sep` outside quotes and parentheses (`BLANKVALUE(a, "b, c")` is one argument). */
export function splitOutsideQuotes(text: string, sep: string): string[] {
  const parts: string[] = [];
  let quote: string | undefined;
  let depth = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth = Math.max(0, depth - 1);
    } else if (depth === 0 && text.startsWith(sep, i)) {
      parts.push(text.slice(last, i));
      last = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(text.slice(last));
  return parts;
}

export function unquote(value: string): string {
  const trimmed = value.trim();
  const match = /^(["'])([\s\S]*)\1$/.exec(trimmed);
  return match ? match[2]! : trimmed;
}

function parseFilter(text: string): { name: string; args: string[] } {
  // Jinja / Nunjucks call form: `default("there")`, `d('there')`.
  const call = /^\s*([\w-]+)\s*\(([\s\S]*)\)\s*$/.exec(text);
  if (call) return { name: call[1]!, args: call[2]!.trim() ? splitOutsideQuotes(call[2]!, ',').map(unquote) : [] };
  const colon = text.indexOf(':');
  if (colon === -1) return { name: text.trim(), args: [] };
  const args = splitOutsideQuotes(text.slice(colon + 1), ',').map(unquote);
  return { name: text.slice(0, colon).trim(), args };
}

export function parseOutputExpression(inner: string): OutputExpression {
  const [head = '', ...alternatives] = splitOutsideQuotes(inner, '||');
  const [subject = '', ...filterTexts] = splitOutsideQuotes(head, '|');
  const filters = filterTexts.map(parseFilter).filter((f) => f.name);
  // A Handlebars helper call: the variable is the first argument that looks like a path.
  const words = subject.trim().split(/\s+/).filter(Boolean);
  const path = words.length > 1 ? (words.slice(1).find((w) => /^[A-Za-z_@][\w.@[\]-]*$/.test(w)) ?? words[0]) : words[0];
  const result: OutputExpression = { name: path ?? '', filters };
  const fallbackFilter = filters.find((f) => FALLBACK_FILTERS.has(f.name));
  if (fallbackFilter) result.fallback = fallbackFilter.args[0] ?? '';
  else if (alternatives.length > 0) result.fallback = unquote(alternatives.join('||'));
  return result;
}
