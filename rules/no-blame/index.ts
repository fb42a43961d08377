// P2: assume customers are doing the best they can. Flags fault aimed at the customer: "you failed
// to", "you should have", "your fault", "user error", "the problem is on your end", "why didn't
// you …?". Conditionals ("If you didn't receive the email, …"), ordinary questions, instructions
// and sentences about ourselves ("We forgot to include the invoice") are not blame.
import type { Sentence } from '../../src/types.js';
import type { PatternMatch } from '../../src/patterns/index.js';
import { definePhraseRule, type Phrase } from '../../src/rules/phrase-rule.js';
import { isDenied } from '../../src/text/clauses.js';

interface BlamePhrase extends Phrase {
  /** Skip when the clause denies it: "This isn't your fault", "Nobody is saying it's user error". */
  deniable?: boolean;
  /** Skip a status reminder: "you haven't updated the app yet". */
  notWithYet?: boolean;
  /** The last matched word must be a past participle that isn't an expectation (see accept). */
  participle?: boolean;
}

/** What happens to a customer rather than what they do: "Why didn't you receive it?" asks about us. */
const EXPECTED = '(receive|get|see|hear|received|gotten|got|seen|heard|been)';

const ADVERB = '(clearly|obviously|evidently|apparently|simply|just|probably|somehow|again|also|still)';
/** What a customer is blamed for not doing: "you didn't read / follow / provide …". */
const OMITTED =
  '(read|follow|provide|include|check|attach|update|fill|enter|specify|mention|upgrade|restart|reboot|install|back up|verify|bother|listen|pay attention|tell us|give us|send us)';
const OMITTED_PARTICIPLE =
  '(read|followed|provided|included|checked|attached|updated|filled|entered|specified|mentioned|upgraded|restarted|rebooted|installed|backed up|verified|bothered|listened|paid attention|told us|given us|sent us)';
/** Hindsight: "you should have read / checked / contacted us …" (not "should have received"). */
const HINDSIGHT =
  '(read|checked|updated|followed|contacted|called|asked|told|waited|backed up|used|chosen|selected|clicked|made|done|known|looked|sent|kept|tested|installed|upgraded|downgraded|attached|included|provided|written|filled|entered|registered|cancelled|canceled|returned|measured|verified|confirmed|reported|restarted|rebooted|deleted|removed|changed|opened|ordered|bought|purchased|thought|realized|realised|listened|consulted|researched|double-checked|reviewed|mentioned|specified|submitted|logged|signed|turned|switched|tried|searched|gone|taken|read up|been (more)? (careful|clearer|specific|patient|aware))';
const SETUP =
  '(setup|set-up|configuration|configurations|config|network|computer|pc|mac|laptop|device|machine|browser|environment|installation|install|connection|internet|wifi|wi-fi|system|router|firewall|antivirus|settings|code|script|scripts|node|npm|python|hardware|driver|drivers|graphics|gpu|isp|proxy|vpn|extensions|extension|plugins|plugin|add-ons)';

const PHRASES: readonly BlamePhrase[] = [
  // "You failed to", "you forgot to", "you neglected to", "you've failed to".
  { pattern: `you (have|had)? ${ADVERB}? (fail|failed|neglect|neglected|forgot|forgotten|omitted|omit) to`, messageId: 'failed' },
  { pattern: `you (have|had)? ${ADVERB}? (forgot|forgotten) (the|about|your (attachment|file|screenshot|order number|receipt|photo))`, messageId: 'failed' },
  // "You didn't read / provide / attach …", "you haven't followed …".
  { pattern: `you ${ADVERB}? did not ${ADVERB}? ${OMITTED}`, messageId: 'failed' },
  { pattern: `you ${ADVERB}? (have|had) not ${ADVERB}? ${OMITTED_PARTICIPLE}`, messageId: 'failed', notWithYet: true },
  { pattern: `you ${ADVERB}? never ${ADVERB}? (${OMITTED_PARTICIPLE}|bothered)`, messageId: 'failed' },
  // "You clearly missed / ignored / skipped …".
  { pattern: `you (have)? (clearly|obviously|evidently|apparently|must have|probably|simply|just) (missed|ignored|skipped|overlooked|disregarded)`, messageId: 'careless' },
  { pattern: 'you (have)? (ignored|disregarded)', messageId: 'careless' },
  // "You should have …" / "You shouldn't have …" / "you could have just asked".
  { pattern: `you (should|ought to) (not)? have ${ADVERB}? ${HINDSIGHT}`, messageId: 'shouldHave' },
  { pattern: `you could have (just|simply|easily)? (read|checked|looked|asked|searched|followed|avoided)`, messageId: 'shouldHave' },
  // Hindsight as a counterfactual: "If you had read the FAQ, …", "had you checked …".
  { pattern: '(if you had|had you) (actually|carefully|just|only|simply)? (read|looked at|checked|followed|paid attention|listened|updated|backed up|saved)', messageId: 'shouldHave', inConditionals: true },
  // Hindsight with any past participle: "you should have saved it to the shared drive" (see accept).
  { pattern: `you (should|ought to) (not)? have ${ADVERB}? *`, messageId: 'shouldHave', participle: true },
  // A habit of carelessness: "you always forget your password", "you keep ignoring the prompt".
  { pattern: 'you (always|constantly|repeatedly|still) (forget|ignore|skip|miss|overlook)', messageId: 'careless' },
  { pattern: 'you keep (forgetting|ignoring|skipping|missing|overlooking)', messageId: 'careless' },
  // "You were supposed to …" (but "you were supposed to receive an email" is our miss, not theirs).
  { pattern: 'you were (supposed|meant|expected) to !(receive|get|be|see|hear|have|find|gain)', messageId: 'shouldHave' },
  // Fault and responsibility.
  { pattern: 'your (own)? (fault|mistake|doing|negligence|carelessness)', messageId: 'fault', deniable: true },
  { pattern: '(the)? (fault|blame) (is|lies|was) (entirely|all|solely)? (with|on) (you|yours)', messageId: 'fault', deniable: true },
  { pattern: 'you are (to blame|at fault)', messageId: 'fault', deniable: true },
  { pattern: '(user|operator|pilot) error', messageId: 'fault', deniable: true },
  { pattern: 'pebkac', messageId: 'fault', deniable: true },
  { pattern: '(it|this|that) (is|was) (entirely|solely|really)? your (own)? (problem|responsibility|job) (to)?', messageId: 'responsibility', deniable: true },
  { pattern: 'you (are|were|will be|remain) (solely|fully|entirely|personally)? responsible for', messageId: 'responsibility', deniable: true },
  // "The problem is on your end", "This seems like a problem with your node/npm".
  {
    pattern: '(problem|issue|error|fault|bug|cause|culprit) *{0,3} (is|lies|be|are|was|comes|come) (likely|probably|clearly|definitely|somewhere|entirely|most likely)? (on|at|from|with|in) your (end|side)',
    messageId: 'yourEnd',
    deniable: true,
  },
  {
    pattern: `(this|that|it) (is|was|seems|looks|appears|sounds) (to be)? (like)? (a|an)? (local)? (problem|issue|bug|error|fault) (with|in|on) your (own|local)? ${SETUP}`,
    messageId: 'yourEnd',
    deniable: true,
  },
  {
    pattern: `(problem|issue|fault|bug|error|cause) (is|lies|was) (likely|probably|clearly|definitely)? (with|in) your (own|local)? ${SETUP}`,
    messageId: 'yourEnd',
    deniable: true,
  },
  { pattern: '(it|this|that) (is|must be|seems to be|could be|might be|may be|is probably|is likely) something (on|at|with) your (end|side)', messageId: 'yourEnd', deniable: true },
  { pattern: 'something (is|was|seems|looks|must be|might be|may be|could be)? (wrong|off|broken|misconfigured|amiss) (on|at|with) your (end|side)', messageId: 'yourEnd', deniable: true },
  // "You managed to break / corrupt / make a corrupt mesh".
  {
    pattern: 'you (somehow)? (have)? (somehow)? managed to (somehow)? (break|corrupt|mess up|mess|damage|destroy|brick|wipe|erase|overwrite|crash|screw up|delete|remove|lose|disable|deactivate|uninstall|lock yourself out|make (a|an)? (corrupt|corrupted|broken|invalid|mess))',
    messageId: 'broke',
  },
  // "Buy a better graphics card": the customer's equipment is the problem, and money the answer.
  { pattern: 'buy (yourself)? (a|an)? (better|decent|proper|real|more powerful|faster|newer) *{0,2} (card|gpu|computer|pc|machine|laptop|phone|device|router|monitor|printer|hardware|one)', messageId: 'gear' },
  // "Why didn't you …?" blames even as a question.
  { pattern: `why (did|have|would|could|were) not you !${EXPECTED}`, messageId: 'whyDidnt', inQuestions: true },
  { pattern: `why (did|have|would|could|were) you not !${EXPECTED}`, messageId: 'whyDidnt', inQuestions: true },
  { pattern: 'why (on earth|in the world) (did|would|do|have) you', messageId: 'whyDidnt', inQuestions: true },
  { pattern: 'why would you (ever)? (do|delete|remove|change|think|try|use|buy|expect)', messageId: 'whyDidnt', inQuestions: true },
];


function accept(match: PatternMatch<BlamePhrase>, sentence: Sentence): boolean {
  const phrase = match.data;
  // "This is not your fault", "none of this is user error", "it's not a problem with your setup".
  if (phrase.deniable && isDenied(sentence.tokens, match.start, match.end)) return false;
  if (phrase.notWithYet && sentence.tokens.slice(match.end).some((t) => t.norm === 'yet')) return false;
  if (phrase.participle && !isHindsightParticiple(match.tokens[match.tokens.length - 1]!.norm)) return false;
  return true;
}

/** Participles that say what the customer should have got ("should have received"): our miss, not theirs. */
const EXPECTATIONS = new Set(['received', 'gotten', 'got', 'seen', 'heard', 'been', 'had', 'noticed', 'arrived', 'appeared', 'shown', 'updated automatically']);
const IRREGULAR_PARTICIPLES = new Set(['done', 'gone', 'made', 'taken', 'written', 'kept', 'sent', 'left', 'read', 'set', 'put', 'told', 'bought', 'thought', 'known', 'chosen', 'run', 'begun', 'given', 'brought', 'paid', 'found']);

/** "Saved", "checked", "written": hindsight about something the customer did or didn't do. */
function isHindsightParticiple(word: string): boolean {
  if (EXPECTATIONS.has(word)) return false;
  return IRREGULAR_PARTICIPLES.has(word) || (word.length > 4 && word.endsWith('ed'));
}

export default definePhraseRule({
  meta: {
    id: 'no-blame',
    type: 'tone',
    docs: {
      description: 'Disallow blaming the customer: "you failed to", "you should have", "your fault", "user error", "the problem is on your end".',
      principle: 'P2',
      recommended: 'error',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-blame/README.md',
    },
    messages: {
      failed:
        '"{{phrase}}" blames the customer for something left undone. People who write in are usually doing their best, and blame makes them defensive. ' +
        'Ask for what you need instead, for example "Could you send the order number? Then I can find it right away."',
      careless:
        '"{{phrase}}" suggests the customer was careless. It assumes the worst about someone who is asking for help. ' +
        'Point to the detail kindly instead, for example "The setting is easy to miss; it\'s under Settings > Billing."',
      shouldHave:
        '"{{phrase}}" tells the customer what they should have done. Hindsight can\'t be acted on and only makes them feel judged. ' +
        'Point forward instead, for example "Updating to 5.2 fixes this. Here\'s how."',
      fault:
        '"{{phrase}}" puts the fault on the customer. Assigning fault fixes nothing and makes them feel judged. ' +
        'Focus on the fix instead, for example "Here\'s how we can get this working again."',
      responsibility:
        '"{{phrase}}" hands the problem back to the customer. It sounds like we are stepping away from it. ' +
        'Say what happens next and how you can help, for example "Here\'s what\'s needed, and I\'m happy to walk you through it."',
      yourEnd:
        '"{{phrase}}" pushes the problem onto the customer\'s side. Even when the cause is local, it sounds like "not our problem". ' +
        'Offer to find it together, for example "This looks related to the local setup. Let\'s check a couple of things together."',
      broke:
        '"{{phrase}}" says the customer broke it. That turns a request for help into an accusation. ' +
        'Describe what happened neutrally, for example "The file ended up in a state we can\'t open; here\'s how to recover it."',
      gear:
        '"{{phrase}}" tells the customer their equipment is the problem and that spending money is the answer, which is dismissive. ' +
        'Offer what can be done with what they have, for example "Lowering the quality setting should help on this card."',
      whyDidnt:
        '"{{phrase}}" asks the customer to justify themselves; it is an accusation phrased as a question. ' +
        'Ask for what you need instead, for example "Could you try updating first? Here\'s how."',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  phrases: PHRASES,
  accept,
});
