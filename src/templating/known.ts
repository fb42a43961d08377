// Placeholder names each platform documents, from the project's domain study (section 2).
// `verified`: seen in the vendor's own docs, API reference or code (✅). Otherwise corroborated
// only by a secondary source or public code that uses it (◐). Globs: `*` inside one segment,
// `**` across segments; `[]` stands for any array index (`[0]`, `[-1]`).

export interface KnownName {
  name: string;
  verified: boolean;
}

export interface PlatformNames {
  label: string;
  names: readonly KnownName[];
}

function list(verified: boolean, names: readonly string[]): KnownName[] {
  return names.map((name) => ({ name, verified }));
}

const ZENDESK_USERS = ['ticket.requester', 'ticket.assignee', 'ticket.submitter', 'current_user'];
const each = (objects: readonly string[], props: readonly string[]): string[] => objects.flatMap((o) => props.map((p) => `${o}.${p}`));

export const PLATFORMS = {
  zendesk: {
    label: 'Zendesk',
    names: [
      ...list(true, [
        ...each(ZENDESK_USERS, ['name', 'first_name', 'last_name', 'email', 'language', 'phone', 'external_id']),
        'ticket.account', 'ticket.brand.name', 'ticket.created_at', 'ticket.created_at_with_timestamp', 'ticket.id',
        'ticket.link', 'ticket.title', 'ticket.ticket_type', 'ticket.via', 'dc.*',
      ]),
      ...list(false, [
        ...each(ZENDESK_USERS, ['details', 'notes', 'id', 'organization.*', 'custom_fields.*']),
        'ticket.url', 'ticket.status', 'ticket.priority', 'ticket.description', 'ticket.tags',
        'ticket.latest_comment_html', 'ticket.latest_public_comment_html', 'ticket.cc_names', 'ticket.ccs',
        'ticket.due_date', 'ticket.external_id', 'ticket.organization.name', 'ticket.organization.details',
        'ticket.organization.notes', 'ticket.organization.external_id', 'ticket.ticket_field_*',
        'ticket.ticket_field_option_title_*', 'ticket.current_holiday_name', 'ticket.comments',
        'satisfaction.current_rating', 'satisfaction.current_comment',
      ]),
    ],
  },
  helpscout: {
    label: 'Help Scout',
    names: list(false, [
      'customer.firstName', 'customer.lastName', 'customer.fullName', 'customer.email',
      'user.firstName', 'user.fullName', 'user.email', 'user.phone', 'user.jobTitle',
      'mailbox.name', 'mailbox.email', 'conversation.number', 'subject',
    ]),
  },
  intercom: {
    label: 'Intercom',
    names: [...list(true, ['user.name']), ...list(false, ['first_name'])],
  },
  freshdesk: {
    label: 'Freshdesk',
    names: list(false, [
      'ticket.requester.firstname', 'ticket.id', 'ticket.url', 'ticket.agent.name',
      'ticket.subject', 'ticket.description', 'ticket.portal_url', 'ticket.tags',
      'ticket.latest_public_comment', 'ticket.latest_private_comment', 'ticket.group.name', 'ticket.agent.email',
      'ticket.status', 'ticket.priority', 'ticket.source', 'ticket.ticket_type',
      'ticket.requester.name', 'ticket.requester.lastname', 'ticket.requester.phone', 'ticket.requester.address',
      'ticket.from_email', 'ticket.company.name', 'ticket.company.description', 'ticket.company.note',
      'ticket.company.domains', 'helpdesk_name', 'ticket.portal_name', 'ticket.satisfaction_survey',
    ]),
  },
  front: {
    label: 'Front',
    names: list(true, [
      'account.name', 'conversation.id', 'conversation.public_id', 'conversation.ticket_id', 'message.id',
      'message.public_id', ...each(['recipient'], ['handle', 'email', 'twitter', 'phone', 'name', 'first_name', 'last_name', 'link']),
      'survey', ...each(['user'], ['id', 'name', 'first_name', 'last_name', 'email']),
    ]),
  },
  gorgias: {
    label: 'Gorgias',
    names: list(true, [
      'ticket.customer.firstname', 'ticket.customer.email', 'current_user.firstname', 'current_user.lastname',
      'current_user.name', 'current_user.bio', 'ticket.assignee_user.name', 'ticket.messages[].body_text',
      'ticket.customer.integrations.**',
    ]),
  },
} as const satisfies Record<string, PlatformNames>;

export type Platform = keyof typeof PLATFORMS;

export const PLATFORM_IDS = Object.keys(PLATFORMS) as Platform[];

/** A placeholder name as the lists spell it: array indexes become `[]`. */
export function normaliseIndexes(name: string): string {
  return name.replace(/\[\s*-?\d+\s*\]/g, '[]');
}
