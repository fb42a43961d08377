// Shared vocabulary for the closing-structure rules (P7, P8): what counts as thanking the
// customer, what counts as an invitation to reply or a next step, and which templates are not
// customer-facing. Thanks reuse the "thanks" entries of the acknowledgement vocabulary, minus
// what only looks like thanks ("thanks to a recent fix", "we'd appreciate it if you …").
// Invitations extend the contact lines that resolution.ts refuses to treat as instructions
// ("reply to this email", "let us know", "feel free to …", "don't hesitate", "contact us"), but
// only when they lead back to us: "feel free to ask for help on our forum" sends the customer
// elsewhere and is not an invitation.
import type { Sentence, Token } from '../types.js';
import { compilePatterns, type Matcher, type PatternMatch } from '../patterns/index.js';
import { ACKNOWLEDGEMENT_PATTERNS, isGenuineThanks, type AcknowledgementPattern } from './acknowledgement.js';
import { clauseBefore, NEGATIONS } from '../text/clauses.js';
import { isWritersVoice } from './phrase-rule.js';

/** The writer's own running text: not a quotation, a title or a table cell. */
export function isMessageSentence(sentence: Sentence): boolean {
  const block = sentence.block;
  return !block.quoted && block.kind !== 'heading' && block.kind !== 'tableCell';
}

// ---------------------------------------------------------------------------------------------
// Thanks (P7)
// ---------------------------------------------------------------------------------------------

let thanksMatcher: Matcher<AcknowledgementPattern> | undefined;

/**
 * The first token where `sentence` thanks or appreciates the customer, or -1: "thank you",
 * "thanks for your patience", "we appreciate …", "grateful", "welcome aboard". Quoted words,
 * code and link text don't count, nor "thanks to a recent fix", "we'd appreciate it if you …",
 * "happy to help" (an offer, see INVITATION_PATTERNS) or a denial ("we don't appreciate …").
 */
export function thanksIndex(sentence: Sentence): number {
  thanksMatcher ??= compilePatterns(
    ACKNOWLEDGEMENT_PATTERNS.filter((entry) => entry.kind === 'thanks').map((entry) => ({ pattern: entry.pattern, data: entry })),
  );
  for (const match of thanksMatcher.match(sentence.tokens)) {
    if (isWritersVoice(match.tokens) && isGenuineThanks(match, sentence)) return match.start;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Invitations and next steps (P8)
// ---------------------------------------------------------------------------------------------

export type InvitationKind = 'reply' | 'contact' | 'offer' | 'next-step' | 'request';

export interface InvitationPattern {
  pattern: string;
  kind: InvitationKind;
  /** Only at the end of the sentence ("Feel free to reach out"), where nothing follows to send them elsewhere. */
  atEnd?: boolean;
}

const CHANNEL = '(email|e-mail|mail|message|ticket|thread|note|issue|comment|conversation|chat|post)';
/**
 * What we will do next: "I'll send …", "we'll email you when …", "I'll update you by Friday",
 * "we'll get a new pair on the way". Any future action of ours is a next step, except closing
 * the conversation ("I'm going to close this issue", "we'll have to archive the report").
 */
const NOT_NEXT = '!(close|closing|lock|locking|archive|archiving|mark|marking|have|need|not|never|assume|consider|delete|remove|ignore|stop|be|only|no|unfortunately|probably|likely)';
const FUTURE = '(will|shall|am going to|are going to|plan to|intend to|expect to)';
const ADVERB = '(now|then|also|personally|gladly|happily|definitely|certainly|immediately|promptly|still|just|be sure to|make sure to)';

export const INVITATION_PATTERNS: readonly InvitationPattern[] = [
  // Replying.
  { pattern: `(reply|respond|answer) (to|on)? (this|my|our|the) ${CHANNEL}`, kind: 'reply' },
  { pattern: '(reply|respond) (here|back|below|directly|anytime|any time|with|and|to us|to me)', kind: 'reply' },
  { pattern: '(just|simply) (reply|respond|answer)', kind: 'reply' },
  { pattern: 'hit reply', kind: 'reply' },
  { pattern: 'write (back|to us|to me|us|me|in)', kind: 'reply' },
  { pattern: 'comment (here|below|on this)', kind: 'reply' },
  { pattern: '(look|looking) forward to (your|hearing|seeing)', kind: 'reply' },
  // Getting in touch.
  { pattern: 'let (us|me) know', kind: 'contact' },
  // "Reach out to the add-on's author", "get in touch with the vendor": elsewhere, not back to us.
  { pattern: '(get|be|stay|keep) in touch !(with)', kind: 'contact' },
  { pattern: '(get|be|stay|keep) in touch with (us|me|our|support|the team)', kind: 'contact' },
  { pattern: '(reach|reaching) out !(to)', kind: 'contact' },
  { pattern: '(reach|reaching) out to (us|me|our|support|the team)', kind: 'contact' },
  { pattern: '(reach|reaching) out', kind: 'contact', atEnd: true },
  { pattern: '(get|be|stay|keep) in touch', kind: 'contact', atEnd: true },
  { pattern: '(contact|email|e-mail|message|ping|ask|tell|call|text) (us|me|our (team|support))', kind: 'contact' },
  { pattern: 'contact (support|the (team|support|support team))', kind: 'contact' },
  { pattern: '(drop|send|shoot) (us|me) (a|an)? (quick|short)? (line|note|message|email|reply|mail)', kind: 'contact' },
  { pattern: 'give (us|me) a (call|shout|ring|buzz)', kind: 'contact' },
  { pattern: 'keep (us|me) (posted|updated|informed|in the loop)', kind: 'contact' },
  // "Feel free to ask (us) anything", but not "feel free to ask for help via our forum" (elsewhere).
  { pattern: "(feel free|don't hesitate|do not hesitate|you are (also|always|more than|very|still)? welcome) to ask !(for|on|in|at|via|around|the|your|other|somewhere|elsewhere)", kind: 'contact' },
  { pattern: "(feel free|don't hesitate|do not hesitate|you are (also|always|more than|very|still)? welcome) to ask", kind: 'contact', atEnd: true },
  {
    pattern: "(feel free|don't hesitate|do not hesitate|you are (also|always|more than|very|still)? welcome) to (reply|respond|write|comment|reopen|re-open|call|email|e-mail|message|ping|come back|check back|follow up|share|send|update us|update me)",
    kind: 'contact',
  },
  { pattern: '(questions|question|help|contact|support|problems|issues) (:|at|via|-|—)? <email>', kind: 'contact' },
  { pattern: '(open|file|create|submit|start|raise) a new (issue|ticket|request|thread|report|discussion|case)', kind: 'contact' },
  { pattern: '(ask|tell) (us|me) to (reopen|re-open)', kind: 'contact' },
  // Offers of further help.
  {
    pattern: '(happy|glad|delighted|pleased|here|available|around|ready) to (help|assist|answer|listen|reconsider|take a look|look into|chat|talk|walk you through|do that|discuss|hear|dig in|explain|set)',
    kind: 'offer',
  },
  { pattern: '(love|like) to (help|assist|hear|chat|know|see|talk)', kind: 'offer' },
  { pattern: '@we (am|are) (always)? (here|around|available) (for|to|if|whenever|should)', kind: 'offer' },
  { pattern: '(if|should) you (have|need|run into|hit|come across|get|see|notice|experience|encounter|still have|still need|think of) (any|more|further|other|additional)? (other|more|further|additional)? (questions|question|problems|problem|issues|issue|concerns|trouble|help|anything|thoughts|feedback)', kind: 'offer' },
  { pattern: 'any (other|more|further|additional)? (questions|problems|issues|concerns)', kind: 'offer' },
  { pattern: '(anything|something) else', kind: 'offer' },
  { pattern: 'offer (stands|still stands|is still open|remains open)', kind: 'offer' },
  { pattern: '@we (will|can|could) (gladly|happily)? (help|assist)', kind: 'offer' },
  // What happens next.
  { pattern: `(i|we|someone|somebody|(a member of|someone from|one of) (our|the) team|our team|the team) ${FUTURE} ${ADVERB}? ${NOT_NEXT}`, kind: 'next-step' },
  { pattern: `(i|we|someone|our team|the team) ${FUTURE} ${ADVERB}? be (back|in touch|happy|glad|delighted|able to help|reaching out|sending|following|looking|investigating|checking|updating|in contact|contacting|emailing)`, kind: 'next-step' },
  { pattern: '(i|we) would be (happy|glad|delighted|more than happy)', kind: 'next-step' },
  { pattern: 'you (will|should|can expect to|are going to) (also|then|soon|shortly)? (get|receive|hear)', kind: 'next-step' },
  { pattern: 'you (will|should) (also|then|soon|shortly)? see (an|a|our|the|it|them|updates|confirmation|tracking)', kind: 'next-step' },
  { pattern: '(follow|following) up', kind: 'next-step' },
  { pattern: '(get|getting|circle|come) back to you', kind: 'next-step' },
  { pattern: 'let (me|us) (look|check|dig|find out|see|take a look|investigate|confirm|ask|chase)', kind: 'next-step' },
  { pattern: 'will be (available|included|released|shipped|live|out|fixed|resolved|deployed|rolled out) (in|with|on|by|from|once|when|as soon as|shortly|soon|later|next)', kind: 'next-step' },
  // Asking the customer for something we will act on: "please send a screenshot".
  { pattern: '(send|share|give|provide|attach|post|upload|forward|show) (us|me)', kind: 'request' },
  { pattern: '(send|share|pass) (it|them|those|these|this|that)? (over|along|our way)', kind: 'request' },
  { pattern: '(would|will) (love|like) (a|an|some|your|to (get|see|have|receive|know|learn))', kind: 'request' },
  { pattern: 'please (help us|send|share|provide|attach|give|include|post|paste|upload|tell|describe|explain|add|forward|confirm|let)', kind: 'request' },
  { pattern: '(would|will) (be|help) (very|really|so|a lot|most)? (helpful|great|useful|appreciated)? if you (could|can)? (send|share|provide|attach|add|include|post|paste|upload|tell|describe|explain|forward|confirm)', kind: 'request' },
];

let invitationMatcher: Matcher<InvitationPattern> | undefined;

/** Words that make what follows unlikely rather than promised: "it's unlikely that you will get …". */
const HEDGES = new Set(['unlikely', 'doubt', 'doubtful', 'impossible', 'hardly']);

/** Whether a matched invitation really invites: not denied, not hedged, not thanks for one. */
function invites(tokens: readonly Token[], match: PatternMatch<InvitationPattern>): boolean {
  const previous = tokens[match.start - 1]?.norm;
  // "Thanks for reaching out", "thank you for letting us know": thanks for contact already made.
  if (previous === 'for') return false;
  // "I wanted to reach out personally": we are the ones reaching out, now.
  if (previous === 'to' && ['want', 'wanted', 'wants', 'wanting'].includes(tokens[match.start - 2]?.norm ?? '')) return false;
  // "Don't hesitate to contact us": that negation invites.
  const denies = (t: Token): boolean => (NEGATIONS.has(t.norm) || HEDGES.has(t.norm)) && !t.conditional && tokens[t.index + 1]?.norm !== 'hesitate';
  return !clauseBefore(tokens, match.start).some(denies);
}

/**
 * The first invitation or next step in `sentence` (token index), or -1. A denied one ("please do
 * not reply to this email", "no need to contact us") does not count; one inside a conditional
 * does ("If anything is unclear, let us know"). A question in the writer's own voice invites an
 * answer, so it counts at its first word.
 */
export function invitationIndex(sentence: Sentence): number {
  invitationMatcher ??= compilePatterns(INVITATION_PATTERNS.map((entry) => ({ pattern: entry.pattern, data: entry })));
  const tokens = sentence.tokens;
  for (const match of invitationMatcher.match(tokens)) {
    // Link text is the writer's own words here: "feel free to [open a new issue](…)".
    if (!match.tokens.every((t) => !t.quoted && t.kind !== 'code' && t.kind !== 'url')) continue;
    if (match.data.atEnd && tokens.slice(match.end).some((t) => t.kind !== 'punct')) continue;
    if (!invites(tokens, match)) continue;
    return match.start;
  }
  if (sentence.isQuestion) {
    const first = tokens.findIndex((t) => t.kind === 'word' && isWritersVoice([t]));
    const mark = tokens.findIndex((t) => t.kind === 'punct' && t.text.includes('?') && !t.quoted);
    if (first >= 0 && first < mark) return first;
  }
  return -1;
}
