// What counts as acknowledging the customer: thanks, an apology, empathy, or a line that shows
// the writer understood the problem. Shared vocabulary for structure rules (P3, P7), kept as token
// patterns so that `I’m sorry`, `I'm sorry` and `I am sorry` all count.
import type { Sentence, Token } from '../types.js';
import { compilePatterns, type Matcher, type PatternMatch } from '../patterns/index.js';
import { clauseBefore, NEGATIONS } from '../text/clauses.js';

export type AcknowledgementKind = 'thanks' | 'apology' | 'empathy' | 'restating';

export interface AcknowledgementPattern {
  pattern: string;
  kind: AcknowledgementKind;
}

const FEELING =
  '(frustrating|annoying|stressful|confusing|disappointing|inconvenient|upsetting|worrying|concerning|difficult|hard|painful|' +
  'aggravating|irritating|maddening|unsettling|alarming|scary|tough|rough|exhausting|infuriating|unacceptable|' +
  '(a|such a) (hassle|pain|nuisance|headache)|no fun|not (fun|ideal|great|okay|ok|acceptable|right))';

const INTENSIFIER = '(really|so|very|incredibly|super|truly|understandably|definitely|extremely|quite|pretty|such|totally|completely|absolutely)';

export const ACKNOWLEDGEMENT_PATTERNS: readonly AcknowledgementPattern[] = [
  // Thanks and appreciation.
  { pattern: 'thank~', kind: 'thanks' },
  { pattern: 'thx', kind: 'thanks' },
  { pattern: 'appreciate~', kind: 'thanks' },
  { pattern: 'appreciation', kind: 'thanks' },
  { pattern: '(grateful|gratitude)', kind: 'thanks' },
  { pattern: '(welcome (to|aboard|back)|congratulations|congrats)', kind: 'thanks' },
  { pattern: '(happy|glad|delighted|pleased) to (help|assist)', kind: 'thanks' },
  { pattern: '@we (would|will)? (love|be happy|be glad) to (help|assist)', kind: 'thanks' },
  // Apologies.
  { pattern: 'sorry', kind: 'apology' },
  { pattern: '(apologize~|apologise~|apology|apologies)', kind: 'apology' },
  { pattern: '@we regret~', kind: 'apology' },
  // Empathy.
  { pattern: `@we ${INTENSIFIER}? (understand|get it|hear you|feel your)`, kind: 'empathy' },
  { pattern: '(understandable|understandably)', kind: 'empathy' },
  { pattern: '@we (can|could)? (only|totally|definitely|certainly|easily)? (imagine|see|tell|appreciate) (how|why|what|that)', kind: 'empathy' },
  { pattern: '@we know (how|what|that)', kind: 'empathy' },
  { pattern: `(that|this|it|which) (sounds|seems|looks|must be|must have been|is|was|has been) ${INTENSIFIER}? ${FEELING}`, kind: 'empathy' },
  { pattern: `what (a|an) ${INTENSIFIER}? (pain|hassle|nuisance|headache|frustrating experience)`, kind: 'empathy' },
  { pattern: '(great|good|fair|excellent|interesting|smart) (question|catch|point|spot|find|suggestion|idea|call)', kind: 'empathy' },
  { pattern: `@you are ${INTENSIFIER}? (right|correct)`, kind: 'empathy' },
  { pattern: '(sorry|sad|glad|happy|pleased|great|good|lovely|nice|love) to hear', kind: 'empathy' },
  { pattern: '@we (am|are)? (so|really|very)? (glad|happy|pleased|excited|thrilled) (that)? you (reached|wrote|asked|got|contacted|found|flagged|raised)', kind: 'empathy' },
  // Restating the issue, or saying it is known.
  { pattern: '(it|that|this) (sounds|sounded) like', kind: 'restating' },
  { pattern: '(it|that|this) (looks|seems|appears) (like|as if|as though)? (you|your)', kind: 'restating' },
  { pattern: '@we (can|could)? (see|notice|noticed|gather|understand|read) (that)? (you|your)', kind: 'restating' },
  { pattern: 'you (mentioned|said|wrote|reported|described|explained|noted|shared|told us|flagged|raised|asked)', kind: 'restating' },
  { pattern: 'you (are|have been) (seeing|experiencing|having|running into|hitting|encountering|reporting|asking about|dealing with|waiting)', kind: 'restating' },
  { pattern: '(regarding|about|re) your (question|request|message|email|inquiry|enquiry|concern|feedback|report|note)', kind: 'restating' },
  { pattern: '(this|it|that) is a known (issue|bug|problem|limitation)', kind: 'restating' },
  { pattern: 'there (is|are) (a)? (few)? known (issue|issues|bug|bugs|problem|problems|limitation|limitations)', kind: 'restating' },
  { pattern: '@we (are|were|have been) (already)? (aware|looking into|investigating|tracking)', kind: 'restating' },
];

/** Words after "thanks to" that make it a cause ("thanks to a recent fix"), not thanks. */
const CAUSAL_THANKS_TO = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'its', 'their', 'his', 'her', 'recent', 'new', 'which']);
/** Before "welcome to", these make it a permission ("you're welcome to open a PR"), not a welcome. */
const PERMISSION_WELCOME = new Set(['are', 'is', 'am', 'be', 'were', 'was', 'always', 'very', 'more', 'most', 'also', 'still']);

/**
 * Whether a "thanks"-kind match really appreciates the customer: not "thanks to a recent fix",
 * "you're welcome to reopen this", "we'd appreciate it if you …", "happy to help" or a denial.
 */
export function isGenuineThanks(match: PatternMatch<AcknowledgementPattern>, sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  const first = match.tokens[0]!;
  // "Happy to help", "we'd love to assist": an offer of help, not appreciation.
  if (match.tokens.some((t) => t.norm === 'help' || t.norm === 'assist')) return false;
  const next = tokens[match.end];
  const previous = tokens[match.start - 1];
  if ((first.norm === 'thanks' || first.norm === 'thank') && next?.norm === 'to' && CAUSAL_THANKS_TO.has(tokens[match.end + 1]?.norm ?? '')) return false;
  if (first.norm === 'thanks' && previous?.norm === 'no') return false;
  if (first.norm === 'welcome' && previous && PERMISSION_WELCOME.has(previous.norm)) return false;
  // "We'd appreciate it if you …" asks for something; it does not appreciate anything yet.
  if (first.norm.startsWith('appreciat') && previous && ['would', 'will'].includes(previous.norm)) {
    let k = match.end;
    if (tokens[k]?.norm === 'it') k++;
    if (['if', 'your', 'you'].includes(tokens[k]?.norm ?? '')) return false;
  }
  // "We don't appreciate …", "never thanked".
  const clause = clauseBefore(tokens, match.start);
  if (clause.some((t) => NEGATIONS.has(t.norm) && !t.conditional)) return false;
  return true;
}

let matcher: Matcher<AcknowledgementPattern> | undefined;

function isOwnWords(token: Token): boolean {
  return !token.quoted && token.kind !== 'code' && token.kind !== 'url' && !token.link;
}

/**
 * The token index where the first acknowledgement in `sentence` starts, or -1. Quoted text, code
 * and link text are someone else's words (or not words) and never count.
 */
export function acknowledgementIndex(sentence: Sentence): number {
  matcher ??= compilePatterns(ACKNOWLEDGEMENT_PATTERNS.map((entry) => ({ pattern: entry.pattern, data: entry })));
  for (const match of matcher.match(sentence.tokens)) {
    if (!match.tokens.every(isOwnWords)) continue;
    if (match.data.kind === 'thanks' && !isGenuineThanks(match, sentence)) continue;
    return match.start;
  }
  return -1;
}
