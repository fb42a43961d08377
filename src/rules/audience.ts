// Structure rules are for customer-facing replies; a template whose front matter says it is for
// staff (`audience: internal`) is skipped. One definition for every rule that offers the option.
import type { OptionSchema, TemplateMetadata } from '../types.js';

/** Front-matter `audience` values of templates written for staff, not customers. */
export const DEFAULT_SKIP_AUDIENCES: readonly string[] = ['agent', 'agents', 'internal', 'staff'];

/** The `skipAudiences` option, as each rule's schema declares it. */
export const SKIP_AUDIENCES_SCHEMA: OptionSchema = {
  type: 'array',
  items: { type: 'string' },
  description: 'Front-matter `audience` values of templates that are not customer-facing (compared case-insensitively).',
};

/** Whether the template's `audience` is one of `skip` (case-insensitive). */
export function isSkippedAudience(metadata: TemplateMetadata, skip: readonly string[] | undefined): boolean {
  const audience = metadata.audience;
  if (typeof audience !== 'string') return false;
  const wanted = (skip ?? DEFAULT_SKIP_AUDIENCES).map((a) => a.trim().toLowerCase());
  return wanted.includes(audience.trim().toLowerCase());
}
