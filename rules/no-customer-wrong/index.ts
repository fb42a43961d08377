// P1: never tell customers they are wrong. Flags statements that the customer is wrong,
// mistaken or confused, misunderstood or mixed things up, or that what they said is not true.
import type { Sentence } from '../../src/types.js';
import type { PatternMatch } from '../../src/patterns/index.js';
import { definePhraseRule, type Phrase } from '../../src/rules/phrase-rule.js';
import { clauseBefore, NEGATIONS } from '../../src/text/clauses.js';

interface WrongPhrase extends Phrase {
  /** Skip when the sentence frames the confusion with empathy: "I can see why you're confused". */
  empathyExempt?: boolean;
  /** The match must end its clause: "That's not correct." but not "That's not correct behaviour". */
  endsClause?: boolean;
  /** Skip a report that it works again: "Once fixed, it's working as intended again". */
  restoredExempt?: boolean;
  /** Skip when something else did it to the customer: "our emails left you confused with …". */
  notCaused?: boolean;
  /** Only a bare verdict: "works as intended because the cache is per process" explains, so it's fine. */
  bareVerdict?: boolean;
}

/** Words that start an explanation of a verdict in the same sentence. */
const EXPLAINS = new Set(['because', 'since', 'as', 'so', 'which', 'meaning', 'to']);

const CAUSATIVES = new Set(['left', 'leave', 'leaves', 'leaving', 'made', 'make', 'makes', 'got', 'get', 'kept', 'keep']);

const RESTORED = new Set(['again', 'now', 'fixed', 'resolved', 'restored', 'back', 'updated', 'update']);

const SOFTENER = '(really|totally|completely|clearly|obviously|simply|just|quite|actually|sadly|unfortunately|entirely|absolutely|definitely|probably|likely)';
const WRONG = '(wrong|mistaken|incorrect|misguided|not (right|correct))';
const MIS = '(misunderstood|misunderstand|misunderstanding|misread|misreading|misinterpreted|misinterpret|misinterpreting|misheard|mistook|misremembered|misremember|misremembering|misjudged)';
const CLAIM =
  '(said|say|wrote|write|described|mentioned|claimed|claim|stated|think|thought|believe|believed|assumed|assume|suggested|suggest|reported|heard|read|were told|have been told)';

const PHRASES: readonly WrongPhrase[] = [
  // "You're wrong", "you are mistaken", "you may be confused", "you seem to be mistaken".
  { pattern: `you (are|were|would be|have been|@modal be|@modal have been) ${SOFTENER}? ${WRONG}`, messageId: 'wrong' },
  { pattern: `you (seem~|appear~) (to be)? ${SOFTENER}? ${WRONG}`, messageId: 'wrong' },
  { pattern: `you (are|were|would be|have been|@modal be|@modal have been) ${SOFTENER}? confused`, messageId: 'confused', empathyExempt: true },
  { pattern: `you (seem~|appear~) (to be)? ${SOFTENER}? confused`, messageId: 'confused', empathyExempt: true },
  { pattern: 'you (have|@modal have)? (got|gotten) (it|this|that|things) (all)? wrong', messageId: 'wrong' },
  { pattern: 'you (have|had) (it|this|that) (all)? wrong', messageId: 'wrong' },
  { pattern: `you (have|had|@modal have)? ${SOFTENER}? made (a|an)? (mistake|mistakes|error|errors|typo|typos)`, messageId: 'wrong' },
  // "You misunderstood", "you've misread", "you seem to have misunderstood".
  { pattern: `you (have|had|@modal have|@modal)? ${SOFTENER}? ${MIS}`, messageId: 'misunderstood', empathyExempt: true },
  { pattern: `you (seem~|appear~) to (have)? ${MIS}`, messageId: 'misunderstood', empathyExempt: true },
  { pattern: 'you are (misunderstanding|misreading|misinterpreting)', messageId: 'misunderstood', empathyExempt: true },
  // "You don't understand", "you didn't understand", "you don't seem to understand".
  { pattern: `you (do|did) not (seem to|appear to)? ${SOFTENER}? (understand|grasp)`, messageId: 'misunderstood' },
  { pattern: 'you (do|did) not seem to (realize|realise|get it)', messageId: 'misunderstood' },
  { pattern: 'you (are|were) not (understanding|listening)', messageId: 'misunderstood' },
  // "You're confusing X with Y", "you mixed up X and Y".
  { pattern: 'you (are|were|have been|@modal be) (confusing|mixing|mixing up)', messageId: 'mixedUp' },
  { pattern: 'you (have|@modal have)? (confused|mixed up) *{1,4} with', messageId: 'mixedUp', notCaused: true },
  { pattern: 'you (have|@modal have)? mixed up *{1,4} and', messageId: 'mixedUp', notCaused: true },
  // "That's not true", "that is incorrect", "this is simply false".
  { pattern: `(that|this) (is|was) ${SOFTENER}? not (true|correct|accurate)`, messageId: 'notTrue', endsClause: true },
  { pattern: `(that|this) (is|was) ${SOFTENER}? (untrue|incorrect|false|inaccurate)`, messageId: 'notTrue', endsClause: true },
  // "What you said is wrong", "your understanding is incorrect".
  { pattern: `what you *{0,2} ${CLAIM} (is|was|are|were) ${SOFTENER}? (not (true|correct|accurate|right|the case)|wrong|incorrect|false|untrue|inaccurate|mistaken)`, messageId: 'notTrue' },
  {
    pattern: `your (understanding|assumption|assumptions|assessment|claim|claims|statement|interpretation|premise|belief|memory|recollection|impression|conclusion|reasoning|logic) (is|was|are|were) ${SOFTENER}? (wrong|incorrect|mistaken|false|inaccurate|flawed|not (correct|accurate|right|true))`,
    messageId: 'notTrue',
  },
  // "This is working as intended", "the described behavior is how it is expected to work": a verdict that the report is wrong.
  { pattern: '(this|that|it|its|everything) (is|are)? (working|behaving|functioning|operating) (as|exactly as) (intended|designed)', messageId: 'asIntended', restoredExempt: true, bareVerdict: true },
  { pattern: '(this|that|it|everything) (works|behaves|functions) (exactly)? as (intended|designed)', messageId: 'asIntended', restoredExempt: true, bareVerdict: true },
  { pattern: '(is|are) (how|what) it (is|was) (expected|intended|designed|supposed|meant) to (work|behave|function|do)', messageId: 'asIntended', restoredExempt: true, bareVerdict: true },
  { pattern: '(this|that|it) is (by design|(the)? (intended|expected) (behavior|behaviour))', messageId: 'asIntended', endsClause: true, restoredExempt: true, bareVerdict: true },
  // "Contrary to what you think", "despite what you were told".
  { pattern: `(contrary to|despite) (what you *{0,2} ${CLAIM}|your (belief|assumption|understanding|claim|statement|impression))`, messageId: 'notTrue' },
];

const EMPATHY = new Set(['why', 'how', 'understand', 'understandable', 'understandably', 'wonder', 'imagine', 'easy', 'natural', 'fair', 'know', 'realize', 'realise']);
/** Words that can follow a verdict that still ends its clause: "That's not true at all", "… because …". */
const CLAUSE_CONTINUES = new Set(['at', 'because', 'since', 'as', 'but', 'and', 'so', 'though', 'either', 'anymore', 'here']);

function accept(match: PatternMatch<WrongPhrase>, sentence: Sentence): boolean {
  const phrase = match.data;
  // "I'm not saying you're wrong", "Nobody thinks you're confused": the verdict is denied.
  if (clauseBefore(sentence.tokens, match.start).some((t) => NEGATIONS.has(t.norm))) return false;
  if (phrase.empathyExempt && sentence.tokens.slice(0, match.start).some((t) => EMPATHY.has(t.norm))) return false;
  // "You were confused by our email": the cause is named, and it isn't the customer.
  if (phrase.empathyExempt && sentence.tokens[match.end]?.norm === 'by') return false;
  if (phrase.restoredExempt && sentence.tokens.some((t) => RESTORED.has(t.norm))) return false;
  if (phrase.bareVerdict && sentence.tokens.slice(match.end).some((t) => EXPLAINS.has(t.norm))) return false;
  if (phrase.notCaused && CAUSATIVES.has(sentence.tokens[match.start - 1]?.norm ?? '')) return false;
  if (phrase.endsClause) {
    const next = sentence.tokens[match.end];
    if (next && next.kind !== 'punct' && !CLAUSE_CONTINUES.has(next.norm)) return false;
  }
  return true;
}

export default definePhraseRule({
  meta: {
    id: 'no-customer-wrong',
    type: 'tone',
    docs: {
      description: 'Disallow telling customers they are wrong, mistaken or confused, or that what they said is not true.',
      principle: 'P1',
      recommended: 'error',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-customer-wrong/README.md',
    },
    messages: {
      wrong:
        '"{{phrase}}" tells the customer they are wrong. Being corrected puts people on the defensive, and they stop listening to the answer. ' +
        'State the facts instead, for example "I checked, and the charge matches your May invoice. Here\'s the breakdown."',
      confused:
        '"{{phrase}}" labels the customer as confused. It makes the confusion their failing, even when our wording caused it. ' +
        'Clear it up instead, for example "Let me clarify how the billing date works."',
      misunderstood:
        '"{{phrase}}" says the customer misunderstood. That blames them for the gap, which is usually ours to close. ' +
        'Explain it again in other words, for example "Let me put this another way: the discount starts on your next bill."',
      mixedUp:
        '"{{phrase}}" says the customer mixed things up, which can make them feel foolish. ' +
        'Explain the difference instead, for example "These are two separate plans. Here\'s how they differ."',
      asIntended:
        '"{{phrase}}" tells the customer that what they reported is not a real problem. Even when it is by design, a bare verdict makes them feel wrong for asking. ' +
        'Explain why it works this way and what they can do, for example "The sync pauses on purpose while you\'re offline, so nothing is lost. Here\'s how to resume it."',
      notTrue:
        '"{{phrase}}" contradicts the customer outright; it can read as calling them a liar, and goodwill ends there. ' +
        'Share what you found instead, for example "Here\'s what I see on our side: the order left our warehouse on May 3."',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  phrases: PHRASES,
  accept,
});
