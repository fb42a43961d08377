// Placeholder names: which ones hold a person's name, glob patterns over dotted paths, and the
// edit distance used to suggest the name a writer meant.
import type { Placeholder } from '../types.js';

/** The last segment of a path that holds a person's name (compared lower-cased, `_` and `-` removed). */
const NAME_SEGMENTS = new Set([
  'name', 'firstname', 'fullname', 'lastname', 'givenname', 'surname', 'nickname', 'displayname', 'preferredname',
]);

/**
 * Objects that stand for the customer. Agents (`assignee`, `current_user`), mailboxes, brands,
 * organisations and accounts always have a name, so their names need no fallback. `user` is the
 * customer on Intercom (`{{user.name}}`) but the agent on Help Scout (`{%user.firstName%}`).
 */
const CUSTOMER_OBJECTS = new Set([
  'customer', 'requester', 'recipient', 'contact', 'user', 'lead', 'person', 'client', 'visitor', 'enduser',
  'member', 'reporter', 'subscriber', 'buyer',
]);

function squash(segment: string): string {
  return segment.replace(/[_-]/g, '').toLowerCase();
}

/** Path segments, array indexes dropped: `ticket.messages[0].body_text` -> ticket, messages, body_text. */
export function segments(name: string): string[] {
  return name.replace(/\[[^\]]*\]/g, '').split('.').filter(Boolean);
}

/** Whether a variable path names a customer's name: `first_name`, `ticket.requester.name`, `Contact.FirstName`. */
export function isNameLikePath(name: string, syntax: Placeholder['syntax'] | undefined, extra: readonly GlobMatcher[] = []): boolean {
  if (extra.some((pattern) => pattern.test(name))) return true;
  const parts = segments(name);
  const last = parts[parts.length - 1];
  if (!last || !NAME_SEGMENTS.has(squash(last))) return false;
  if (parts.length === 1) return true;
  const parent = squash(parts[parts.length - 2]!);
  if (parent === 'user' && syntax === 'helpscout') return false;
  return CUSTOMER_OBJECTS.has(parent);
}

/** A compiled glob over dotted paths. */
export interface GlobMatcher {
  test(name: string): boolean;
}

type GlobPart = string | 'star' | 'globstar';

/**
 * A glob over a dotted path: `*` is any run of characters inside one segment, `**` any run across
 * segments. `ticket.ticket_field_*`, `dc.*`, `ticket.customer.integrations.**`.
 *
 * Globs come from configs and placeholder names from templates, so the match must not backtrack:
 * as a RegExp, `**a**a**a**b` takes minutes on a 400-character name. The set of glob positions
 * reachable after each character is tracked instead: time is name length × glob length.
 */
export function compileGlob(glob: string, options: { ignoreCase?: boolean } = {}): GlobMatcher {
  const fold = (text: string) => (options.ignoreCase ? text.toLowerCase() : text);
  const parts: GlobPart[] = [];
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '*' && glob[i + 1] === '*') {
      parts.push('globstar');
      i++;
    } else if (glob[i] === '*') {
      parts.push('star');
    } else {
      parts.push(fold(glob[i]!));
    }
  }
  const isStar = (part: GlobPart | undefined) => part === 'star' || part === 'globstar';
  /** A star can match nothing: whatever reaches it also reaches the part after it. */
  const close = (reached: Uint8Array): void => {
    for (let j = 0; j < parts.length; j++) if (reached[j] && isStar(parts[j])) reached[j + 1] = 1;
  };
  return {
    test(name) {
      const text = fold(name);
      let reached = new Uint8Array(parts.length + 1);
      reached[0] = 1;
      close(reached);
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        const next = new Uint8Array(parts.length + 1);
        let any = false;
        for (let j = 0; j < parts.length; j++) {
          if (!reached[j]) continue;
          const part = parts[j]!;
          if (part === 'globstar' || (part === 'star' && ch !== '.')) next[j] = 1;
          else if (part === ch) next[j + 1] = 1;
          else continue;
          any = true;
        }
        if (!any) return false;
        close(next);
        reached = next;
      }
      return reached[parts.length] === 1;
    },
  };
}

export function isGlob(pattern: string): boolean {
  return pattern.includes('*');
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}
