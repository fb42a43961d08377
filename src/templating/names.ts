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
export function isNameLikePath(name: string, syntax: Placeholder['syntax'] | undefined, extra: readonly RegExp[] = []): boolean {
  if (extra.some((pattern) => pattern.test(name))) return true;
  const parts = segments(name);
  const last = parts[parts.length - 1];
  if (!last || !NAME_SEGMENTS.has(squash(last))) return false;
  if (parts.length === 1) return true;
  const parent = squash(parts[parts.length - 2]!);
  if (parent === 'user' && syntax === 'helpscout') return false;
  return CUSTOMER_OBJECTS.has(parent);
}

/**
 * A glob over a dotted path: `*` is any run of characters inside one segment, `**` any run across
 * segments. `ticket.ticket_field_*`, `dc.*`, `ticket.customer.integrations.**`.
 */
export function globToRegExp(glob: string, flags = ''): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (ch === '*') {
      source += '[^.]*';
    } else {
      source += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`, flags);
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
