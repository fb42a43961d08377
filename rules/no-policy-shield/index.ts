// P6: don't hide behind procedures. Flags policy cited as the whole answer: "per our policy",
// "it's company policy", "against our policy", "our policy prevents us from …", "due to the
// policy of …", "rules are rules", "my hands are tied". A policy that comes with its reason
// ("because …", "to protect your account", "so that …", "for your security") or with an
// alternative ("but I can …", "instead, …", "what I can do is …") in the same or the next
// sentence is explained, not hidden behind, and is not reported.
import type { RuleContext, Sentence, Token } from '../../src/types.js';
import { compilePatterns, type Matcher, type PatternMatch } from '../../src/patterns/index.js';
import { definePhraseRule, isWritersVoice, type Phrase } from '../../src/rules/phrase-rule.js';

interface PolicyPhrase extends Phrase {
  /** "It's our policy to reply within a day": a policy that commits us to something is not a shield. */
  commitmentExempt?: boolean;
}

const POLICY = '(policy|policies)';
/** The kinds of policy a shield names: "per our return policy" (not "privacy policy": that reassures). */
const KIND = '(it|hr|legal|project|team|department|company|store|shop|standard|strict|internal|official|current|general|return|returns|refund|refunds|shipping|cancellation|exchange|warranty|billing|security|account|booking|payment|usage)';
const WHOSE = '(our|the|company|store|bank|shop|this|that)';

const PHRASES: readonly PolicyPhrase[] = [
  // "Per our policy", "as per company policy", "per policy".
  { pattern: `(as)? per ${WHOSE}? ${KIND}? ${KIND}? ${POLICY}`, messageId: 'perPolicy' },
  // "It's our policy", "that's company policy", "this is standard policy".
  { pattern: `(it|that|this) (is|was|has been|has always been|remains) ${WHOSE}? ${KIND}? ${KIND}? ${POLICY}`, messageId: 'itsPolicy', commitmentExempt: true },
  // "Company policy" on its own: "Unfortunately, company policy doesn't allow it".
  { pattern: '(company|corporate|store) (policy|policies)', messageId: 'itsPolicy', commitmentExempt: true },
  // "Against our policy", "violates our policy", "not allowed under our policy".
  {
    pattern: `(against|violate~|violating|breach~|contrary to|outside (of)?|prohibited by|forbidden by|(not|n't) (allowed|permitted) (by|under)) ${WHOSE}? ${KIND}? ${KIND}? (${POLICY}|rules)`,
    messageId: 'againstPolicy',
  },
  // "Our policy prevents us from …", "company policy states that …", "policy says …".
  {
    pattern: `${WHOSE}? ${KIND}? ${KIND}? ${POLICY} (prevent~|prohibit~|forbid~|does not (allow|permit)|do not (allow|permit)|will not (allow|permit)|would not (allow|permit)|only (allows|allow|permits|permit)|state~|say~|dictate~|stipulate~|require~|restrict~|is (clear|that|to|very clear)|(does|do) not cover|exclude~)`,
    messageId: 'policySays',
    commitmentExempt: true,
  },
  // "Due to the policy of our bug tracker", "because of our policy", "according to company policy".
  { pattern: `(due to|because of|owing to|in accordance with|according to) ${WHOSE}? ${KIND}? ${KIND}? ${POLICY}`, messageId: 'dueToPolicy' },
  // "Rules are rules", "I don't make the rules", "my hands are tied".
  { pattern: '(rules are rules|(those|these) are the rules|(i|we) (do not|did not) make the rules)', messageId: 'rulesAreRules' },
  { pattern: '(my|our) hands are (tied|completely tied)', messageId: 'handsTied' },
];

/** A reason given for the policy: "because …", "to protect …", "so that …", "for your security". */
const REASONS = [
  'because !of',
  'because of (fraud|security|safety|privacy|the law|legal|law|regulations|data protection)',
  'to (protect|keep|prevent|ensure|safeguard|comply|guard|avoid|stop|secure|maintain|guarantee) ',
  'to make sure',
  'in order to',
  'so that',
  'so (we|you|your|nobody|no one|everyone|others|customers|the|it|our) (can|could|will|are|is|get|stay|remain|have|know)',
  'for (your|our|everyone|every|the customer|their)? (own)? (security|safety|protection|privacy|peace of mind)',
  'for (security|safety|privacy|legal|hygiene|health|compliance|fraud|tax|insurance) (reasons|purposes)',
  'protect~',
  'safeguard~',
  '(fraud|fraudulent|chargebacks|identity theft)',
  '(required by|by) (law|regulation|regulations)',
  '(the|this) law',
  'legally (required|obliged|obligated|bound)',
  'the reason (is|being|for this)',
  '(this|that) is (because|why|so|for (your|our))',
  '(which|that) is why',
  '(keeps|keep|keeping) (you|your|everyone|our customers) (safe|secure)',
];

/** An alternative: something we (or the customer) can do instead. */
const OFFER_VERBS =
  '(offer|do|send|refund|replace|exchange|help|set|arrange|make|create|issue|add|extend|credit|waive|reship|upgrade|book|connect|escalate|forward|pass|check|look|get|give|take|try|reopen|share|suggest|recommend|point|walk|show|find|ask|contact|reach|reorder|process|update|change|hold|keep|put|work|swap|ship|cover|honor|honour|help|assist|handle|provide|email|call|sort|fix|match|apply|gladly|happily|definitely|certainly)';
const ALTERNATIVES = [
  'instead',
  // After "but", any offer counts: "…, but I can cancel and reorder it for you."
  '(but|however|though|although) <punct>? (i|we) (can|could|will|would) (also|still|gladly|happily|certainly|definitely|absolutely)? !(not|have|need|only|never|be|unfortunately|sadly|<punct>)',
  'alternatively',
  'what (i|we) (can|could|will) (do|offer)',
  `(i|we) (can|could|will|would|shall) (also|still|gladly|happily|certainly|definitely|absolutely|instead|now|right away|go ahead and)? ${OFFER_VERBS}`,
  `(i|we) (would|will) (be)? (happy|glad|delighted|pleased) to`,
  '(i|we) (am|are|would be|will be|would|will) (happy|glad|delighted|pleased|more than happy) to',
  '(i|we) (would|will)? (still)? (love|like) to (help|assist|offer|find|see|work|make|sort|look)',
  `let (me|us) (check|see|look|help|find|try|get|send|arrange|set|make|show|walk|know what)`,
  'here is (what|how)',
  `you (can|could|may) (still|also|instead|always)? !(not)`,
  '(you are|you would be|you will be) (eligible|entitled|welcome)',
  '(eligible|entitled|covered|qualify|qualifies)',
  '(i|we) (have|had)? (already|just|also|gone ahead and)? (escalated|forwarded|passed|flagged|refunded|issued|arranged|set up|created|added|credited|waived|reopened|shared|looped)',
  '(happy|glad) to (help|assist|make|do|offer|arrange|send)',
];

let reasonMatcher: Matcher<string> | undefined;
let alternativeMatcher: Matcher<string> | undefined;

/** Whether `matcher` finds the writer's own words in `tokens`, from token `from` on, outside `skip`. */
function found(tokens: readonly Token[], matcher: Matcher<string>, from = 0, skip?: [number, number]): boolean {
  return matcher.match(tokens).some(
    (m) => m.start >= from && isWritersVoice(m.tokens) && !(skip && m.start < skip[1] && m.end > skip[0]) && !m.tokens.some((t) => t.conditional),
  );
}

/**
 * Whether a sentence gives a reason (anywhere outside `skip`, the shield itself) or an alternative
 * (after the shield: "I'd love to help, but my hands are tied" offers nothing).
 */
function explains(sentence: Sentence | undefined, skip?: [number, number]): boolean {
  if (!sentence || sentence.block.quoted) return false;
  reasonMatcher ??= compilePatterns(REASONS.map((pattern) => ({ pattern: pattern.trim(), data: pattern })));
  alternativeMatcher ??= compilePatterns(ALTERNATIVES.map((pattern) => ({ pattern, data: pattern })));
  return found(sentence.tokens, reasonMatcher, 0, skip) || found(sentence.tokens, alternativeMatcher, skip ? skip[1] : 0);
}

/** "It's our policy to reply within one business day": a promise, not a refusal. */
const COMMITMENTS = new Set([
  'reply', 'respond', 'answer', 'refund', 'replace', 'help', 'protect', 'keep', 'treat', 'ensure', 'offer', 'give', 'provide',
  'honor', 'honour', 'get', 'follow', 'make', 'resolve', 'fix', 'accept', 'match', 'always', 'never', 'listen', 'investigate',
]);

function isCommitment(tokens: readonly Token[], end: number): boolean {
  let k = end;
  if (tokens[k]?.norm === 'is') k++;
  if (tokens[k]?.norm !== 'to') return false;
  return COMMITMENTS.has(tokens[k + 1]?.norm ?? '');
}

/** A technical setting called a policy: "the new password policy requires 14 characters" informs, it doesn't shield. */
const TECHNICAL = new Set(['password', 'passcode', 'naming', 'retention', 'lockout', 'cache', 'caching', 'cookie', 'cors', 'branch', 'backup', 'expiry', 'expiration', 'sharing', 'mfa', '2fa', 'group']);

function accept(match: PatternMatch<PolicyPhrase>, sentence: Sentence, context: RuleContext): boolean {
  if (TECHNICAL.has(sentence.tokens[match.start - 1]?.norm ?? '') || match.tokens.some((t) => TECHNICAL.has(t.norm))) return false;
  if (match.data.commitmentExempt && isCommitment(sentence.tokens, match.end)) return false;
  // A reason or an alternative in the same sentence or the next one.
  if (explains(sentence, [match.start, match.end])) return false;
  const next = context.prose.sentences[sentence.index + 1];
  if (next && !next.isQuestion && explains(next)) return false;
  return true;
}

export default definePhraseRule({
  meta: {
    id: 'no-policy-shield',
    type: 'tone',
    docs: {
      description: 'Disallow hiding behind policy ("per our policy", "company policy", "our policy prevents us", "rules are rules") without a reason or an alternative.',
      principle: 'P6',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-policy-shield/README.md',
    },
    messages: {
      perPolicy:
        '"{{phrase}}" answers the customer with a rule instead of a reason. It sounds bureaucratic and shuts the conversation down. ' +
        'Say why the rule exists or what you can do, for example "To protect your account, we only ship to the card\'s address, but I can reorder it to the new one for you."',
      itsPolicy:
        '"{{phrase}}" ends the conversation with "because we say so": the customer learns neither why nor what they can do now. ' +
        'Give the reason and an alternative, for example "We can\'t refund opened software because it can\'t be resold, but I can exchange it for another title."',
      againstPolicy:
        '"{{phrase}}" makes the customer a rule-breaker instead of someone we are helping. ' +
        'Explain the reason and offer what is possible, for example "For security, we can\'t change the email on an order, but I can cancel it and set up a new one."',
      policySays:
        '"{{phrase}}" puts the policy between you and the customer, as if nobody were responsible for it. ' +
        'Own the decision, say why, and offer a way forward, for example "We need the site owner\'s written OK before we access it, to protect their data. Could you send a small sample project instead?"',
      dueToPolicy:
        '"{{phrase}}" blames a policy for what happens to the customer, which reads as "nothing we can do". ' +
        'Name the real reason and the next step, for example "We close reports after 7 days without an update to keep the tracker current; reply with the details and I\'ll reopen it."',
      rulesAreRules:
        '"{{phrase}}" refuses to explain. Customers accept limits far more readily when they hear the reason behind them. ' +
        'Explain it and offer what you can, for example "This limit protects other customers\' bookings; here\'s what I can do instead: …"',
      handsTied:
        '"{{phrase}}" says nobody can help, which leaves the customer stuck. ' +
        'Say what you can do or who can decide, for example "I can\'t approve this myself, so I\'ve asked my manager and will update you by Friday."',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  phrases: PHRASES,
  accept,
});
