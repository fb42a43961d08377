// P9: treat people with respect. Flags absolutes aimed at the customer's behaviour: "you always
// forget", "you never read", "you're constantly complaining", "you keep sending", "every time
// you ask". The test is what the sentence says the customer does: only behaviour a reproach is
// made of (asking, sending, reopening, complaining, forgetting, ignoring, not reading, not
// replying …) is reported. Benefit statements ("you can always reply", "you'll never lose your
// data", "you never need to", "you always get free shipping"), praise ("you always send such
// clear reports"), sentences about us ("we always"), questions ("Does it happen every time you
// open it?"), conditionals, quotations and code are not.
import type { Sentence } from '../../src/types.js';
import type { PatternMatch } from '../../src/patterns/index.js';
import { definePhraseRule, type Phrase } from '../../src/rules/phrase-rule.js';

/** What "you always / constantly / keep …" reproaches: behaviour that wears on the writer. */
const ALWAYS_VERBS = [
  'ask', 'send', 'open', 'reopen', 'complain', 'forget', 'ignore', 'call', 'phone', 'email', 'message', 'write', 'miss', 'skip',
  'cancel', 'chase', 'ping', 'spam', 'bump', 'nag', 'blame', 'argue', 'demand', 'insist', 'interrupt', 'misread', 'misunderstand',
  'threaten', 'mess', 'escalate', 'lose', 'break', 'delete', 'change', 'assume', 'expect', 'whine', 'yell', 'shout', 'swear', 'bother',
  'overlook', 'repeat', 'resend', 'rush', 'leave', 'wait until', 'come back', 'get (this|that|it|things|everything) wrong', 'do (this|that)',
  'say (this|that)', 'bring (this|that|it) up', 'pick the wrong', 'use the wrong', 'order the wrong', 'click the wrong',
];

/** What "you never …" reproaches: what the customer is said to leave undone. */
const NEVER_VERBS = [
  'read', 'listen', 'follow', 'check', 'reply', 'respond', 'answer', 'update', 'provide', 'include', 'attach', 'bother', 'tell',
  'remember', 'fill', 'back up', 'double-check', 'look', 'restart', 'save', 'test', 'say (thanks|thank you|please)', 'give us',
  'send us', 'let (us|me) know', 'pay attention', 'learn', 'try',
  // Diligence the customer is expected to show: "you never lock your screen", "you never run the tests".
  'lock', 'run', 'log out', 'sign out', 'verify', 'confirm', 'review', 'proofread', 'search', 'clear', 'close', 'plan', 'prepare',
];

/** Adjectives that turn "you're always …" into a verdict on the person. */
const ALWAYS_ADJECTIVES = '(late|rude|difficult|demanding|impatient|wrong|confused|behind|careless|unreasonable|negative|angry|upset|complaining|in a rush|so demanding|so impatient|unhappy)';
const NEVER_ADJECTIVES = '(satisfied|happy|on time|ready|available|clear|patient|careful|specific|around)';

const inflected = (verbs: readonly string[]): string =>
  `(${verbs.map((v) => (v.includes(' ') ? v.replace(/^(\S+)/, '$1~') : `${v}~`)).join('|')})`;

const ALWAYS = inflected(ALWAYS_VERBS);
const NEVER = inflected(NEVER_VERBS);
const ADVERB = '(always|constantly|continually|continuously|repeatedly|forever|perpetually)';

const PHRASES: readonly Phrase[] = [
  // "You always forget", "you constantly ask", "you always seem to lose".
  { pattern: `you (just|also|still)? ${ADVERB} (seem to)? ${ALWAYS}`, messageId: 'always' },
  // "You're always asking", "you were constantly reopening", "you're always late".
  { pattern: `you (are|were) (just|also)? ${ADVERB} ${ALWAYS}`, messageId: 'always' },
  { pattern: `you (are|were) ${ADVERB} ${ALWAYS_ADJECTIVES}`, messageId: 'always' },
  // "You keep sending", "you kept asking", "you keep on reopening".
  { pattern: `you (keep|keeps|kept) (on)? ${ALWAYS}`, messageId: 'always' },
  // "Every time you ask", "every single time you contact us".
  { pattern: 'every (single)? time you (ask~|complain~|contact~ us|call~ us|email~ us|write~ to us|write~ in|reopen~|chase~|nag~|bump~|ping~|demand~|insist~|threaten~|forget~|ignore~|spam~)', messageId: 'always' },
  // "You never read", "you've never replied", "you don't ever follow", "you never bother to".
  { pattern: `you (just|also|still)? never (seem to)? ${NEVER}`, messageId: 'never' },
  { pattern: `you (have|had) (just|also|still)? never ${NEVER}`, messageId: 'never' },
  { pattern: `you (do|did|have|had) not ever ${NEVER}`, messageId: 'never' },
  { pattern: `you (are|were) never ${NEVER_ADJECTIVES}`, messageId: 'never' },
];

/** Praise and thanks: "you always send such clear reports", "thanks — you never miss a detail". */
const PRAISE = new Set([
  'great', 'good', 'thoughtful', 'kind', 'kindly', 'such', 'helpful', 'detailed', 'clear', 'excellent', 'lovely', 'nice', 'useful',
  'best', 'amazing', 'wonderful', 'awesome', 'fantastic', 'brilliant', 'quick', 'quickly', 'promptly', 'thorough', 'insightful',
  'interesting', 'smart', 'valuable', 'generous', 'appreciate', 'appreciated', 'thank', 'thanks', 'love', 'right', 'well', 'perfect',
  'patient', 'patience', 'welcome',
]);

function accept(_match: PatternMatch<Phrase>, sentence: Sentence): boolean {
  return !sentence.tokens.some((t) => PRAISE.has(t.norm) && !t.quoted);
}

export default definePhraseRule({
  meta: {
    id: 'no-absolutes',
    type: 'tone',
    docs: {
      description: 'Disallow absolutes aimed at the customer\'s behaviour: "you always", "you never", "you keep sending", "every time you ask".',
      principle: 'P9',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-absolutes/README.md',
    },
    messages: {
      always:
        '"{{phrase}}" turns one situation into a verdict on the customer\'s habits. "Always" is rarely accurate, and it makes people defend themselves instead of working with you. ' +
        'Describe this instance instead, for example "I can see this is the third time you\'ve written about the delivery; let\'s get it sorted today."',
      never:
        '"{{phrase}}" accuses the customer of never doing something. "Never" is rarely accurate, and it reads as exasperation rather than help. ' +
        'Ask for what you need this time instead, for example "Could you reply with the order number? Then I can look it up right away."',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  phrases: PHRASES,
  accept,
});
