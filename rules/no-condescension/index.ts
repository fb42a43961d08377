// P2: assume customers are doing their best. Flags words that belittle the reader: "simply read
// the docs", "just restart it", "it's really easy", "obviously you need to log in", "as everyone
// knows", "as you know", "it's not rocket science", "this is basic stuff". The same words are
// often kind, so they are judged by what they qualify: a call to action that lowers effort ("To
// join, simply reply to this email", "just reply and we'll sort it"), our own actions ("I just
// wanted to check in", "let's just exchange it"), "of course" with an offer ("Of course, we're
// happy to help"), reassurance ("it's easy to miss") and set phrases ("just in case", "just a
// heads-up") are not reported. Deleting a belittling "just"/"simply" before an order is offered
// as a suggestion.
import type { Sentence, Suggestion, Token } from '../../src/types.js';
import type { PatternMatch } from '../../src/patterns/index.js';
import { definePhraseRule, type Phrase } from '../../src/rules/phrase-rule.js';
import { INSTRUCTION_VERBS } from '../../src/rules/resolution.js';
import { NEGATIONS } from '../../src/text/clauses.js';

type Kind = 'minimizer' | 'sentenceAdverb' | 'ofCourse' | 'claim' | 'allYouNeed' | 'plain' | 'participle' | 'knows' | 'everyone' | 'endsClause';

interface CondescensionPhrase extends Phrase {
  kind: Kind;
}

const DEGREE = '(really|very|so|super|pretty|quite|fairly|extremely|actually|totally|incredibly|dead|just|simply|all|quick and|fast and|fairly|rather)';
const EASY = "(easy|simple|trivial|straightforward|a breeze|a piece of cake|child's play|a no-brainer|a snap|a cinch|no big deal|self-explanatory)";
const CLAIM_SUBJECT = '(it|this|that|which|the (fix|process|setup|set-up|solution|change|step|steps|procedure|answer|workaround|installation|whole thing))';
const DOCS = '(docs|documentation|guide|faq|faqs|instructions|manual|article|readme|page|label|labels|error|error message|message|warning|screen|email|description|listing|terms|help center|help centre|website|site|box|packaging|receipt|invoice|dashboard|app)';
const SHOWN = '(stated|explained|documented|marked|written|shown|mentioned|listed|labeled|labelled|visible|described|noted|indicated|displayed|spelled out|spelt out|outlined|printed)';

const PHRASES: readonly CondescensionPhrase[] = [
  // "Simply read the docs", "just restart it", "you just need to log in".
  { pattern: '(just|simply|merely)', messageId: 'simply', kind: 'minimizer' },
  // "All you need to do is restart it."
  { pattern: 'all you (need|have|got) to do is', messageId: 'simply', kind: 'allYouNeed' },
  // "It's (just) a matter of updating".
  { pattern: '(it|this|that) is (just|simply|merely|only) a (simple)? matter of', messageId: 'easy', kind: 'plain' },
  // "Obviously you need to log in", "the docs clearly state …".
  { pattern: '(obviously|clearly|evidently)', messageId: 'obviously', kind: 'sentenceAdverb' },
  { pattern: `${DOCS} (very|quite|pretty)? (clearly|obviously) (say~|state~|show~|explain~|mention~|indicate~|list~|tell~|cover~|describe~|spell~ out|point~ out|${SHOWN})`, messageId: 'obviously', kind: 'plain' },
  { pattern: `(is|are|was|were|been) (very|quite|pretty)? (clearly|obviously|plainly) ${SHOWN}`, messageId: 'obviously', kind: 'participle' },
  { pattern: `as (is|was)? (clearly|obviously|plainly) ${SHOWN}`, messageId: 'obviously', kind: 'plain' },
  { pattern: '(it|this|that) (should|must) (be|have been) (pretty|very|quite|fairly)? obvious', messageId: 'obviously', kind: 'plain' },
  { pattern: '(you|anyone) can (clearly|obviously|plainly) see', messageId: 'obviously', kind: 'plain' },
  { pattern: 'as is (pretty|very|quite)? obvious', messageId: 'obviously', kind: 'plain' },
  // "Of course you need to log in first" (not "Of course, we're happy to help").
  { pattern: 'of course', messageId: 'ofCourse', kind: 'ofCourse' },
  // "It's easy", "it's really easy", "this is simple to fix", "it's as easy as clicking a button".
  { pattern: `${CLAIM_SUBJECT} (is|are|should be|will be|seems|sounds|would be) ${DEGREE}? ${DEGREE}? ${EASY}`, messageId: 'easy', kind: 'claim' },
  { pattern: `${CLAIM_SUBJECT} (is|are|should be|will be) (just|really)? as (easy|simple) as`, messageId: 'easy', kind: 'claim' },
  { pattern: `${CLAIM_SUBJECT} (is|are|should be|will be) (really|honestly|actually)? not (that|so|very|too|at all)? (hard|difficult|complicated|tricky|complex)`, messageId: 'easy', kind: 'claim' },
  { pattern: '((is|are|can be|could be|could have been) easily|(can|could) easily (be|have been)) (found|avoided|prevented|located|spotted|looked up|googled|searched|seen)', messageId: 'easy', kind: 'plain' },
  // "As everyone knows", "as we all know", "common sense".
  { pattern: '(as)? (everyone|everybody|we all|most people|all users|any (user|customer|developer|beginner|admin|administrator)) (already|surely|should|must|probably)? (knows|know)', messageId: 'everyoneKnows', kind: 'everyone' },
  { pattern: '(common knowledge|common sense)', messageId: 'everyoneKnows', kind: 'knows' },
  // "As you know", "as you should know", "you should know this by now".
  { pattern: 'as (i am sure|i am certain|we are sure)? you (already|surely|probably|no doubt|should|must|of course|well)? (know|are aware|are well aware|will know|will be aware|knew|should know|realize|realise)', messageId: 'asYouKnow', kind: 'plain' },
  { pattern: 'you (should|must|ought to) (already)? (know|be aware of|realize|realise|understand) (this|by now|better|already)', messageId: 'asYouKnow', kind: 'plain' },
  // "It's not rocket science", "a child could do it", "this is basic stuff".
  { pattern: '(not|hardly) (exactly)? (rocket science|brain surgery|quantum physics)', messageId: 'rocketScience', kind: 'plain' },
  { pattern: '(even)? (a|any|my) (child|kid|monkey|five-year-old|5-year-old|toddler|grandma|grandmother|grandpa) (could|can) (do|figure|manage|understand|follow)', messageId: 'rocketScience', kind: 'plain' },
  { pattern: `${CLAIM_SUBJECT} (is|are|seems|sounds) ${DEGREE}? (basic|elementary) (stuff)?`, messageId: 'basic', kind: 'endsClause' },
  { pattern: `${CLAIM_SUBJECT} (is|are|seems|sounds) (a|such a) ${DEGREE}? (basic|elementary) (question|thing|concept|step|task|problem|issue|mistake)`, messageId: 'basic', kind: 'endsClause' },
  { pattern: '(pretty|very|really|quite|fairly)? basic (stuff|things|question|questions|knowledge|concepts|troubleshooting)', messageId: 'basic', kind: 'knows' },
  { pattern: '(learn|read up on|brush up on|study|review|go over) the basics', messageId: 'basic', kind: 'plain' },
];

// --------------------------------------------------------------------------------------------
// Vocabulary
// --------------------------------------------------------------------------------------------

/** Calls to action that lower effort: the customer hands it to us ("just reply", "simply let us know"). */
const KIND_VERBS = new Set([
  'reply', 'respond', 'answer', 'write', 'message', 'text', 'ping', 'drop', 'shoot', 'let', 'tell', 'say', 'ask', 'reach', 'send',
  'forward', 'attach', 'share', 'return', 'exchange', 'swap', 'choose', 'pick', 'select', 'book', 'schedule', 'order', 'join',
  'unsubscribe', 'opt', 'register', 'accept', 'confirm', 'keep', 'bring', 'come', 'pop', 'hit', 'enjoy', 'relax', 'sit', 'rest',
  'give', 'wait', 'note', 'be', 'do', 'remember', 'grab', 'visit', 'reopen', 'stop',
]);
/** Contact verbs are kind when they point at us: "just email us", not "just call your bank". */
const CONTACT_VERBS = new Set(['contact', 'call', 'email', 'e-mail', 'phone', 'ring']);
const US = new Set(['us', 'me', 'our', 'support', 'we']);
/** Orders that sound trivial with "just" / "simply" in front: every instruction verb except the kind ones. */
const TASK_VERBS = new Set([...INSTRUCTION_VERBS, 'google', 'reinstall', 'uninstall', 'update', 'restart', 'read', 'follow', 'look'].filter((v) => !KIND_VERBS.has(v)));
/** Purposes that make "simply" a kind explanation: "To join, simply reply", "To unsubscribe, just click …". */
const FIX_PURPOSES = new Set(['fix', 'resolve', 'solve', 'correct', 'repair', 'address', 'avoid', 'prevent', 'troubleshoot', 'stop', 'debug', 'sort', 'workaround']);
/** Words an order can open with: "Please just restart it", "Then simply click …". */
const LEAD_INS = new Set(['please', 'pls', 'kindly', 'then', 'and', 'so', 'now', 'ok', 'okay', 'first', 'next', 'also', 'again', 'or', 'otherwise', 'afterwards', 'instead', 'really']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '-', '(', ')', '…', '!', '.']);
/** "you need to", "you'll have to", "you should": an obligation put on the customer. */
const OBLIGATIONS: ReadonlyArray<readonly string[]> = [
  ['need', 'to'], ['needs', 'to'], ['have', 'to'], ['must'], ['should'], ['ought', 'to'], ['got', 'to'], ['gotta'],
  ['will', 'need', 'to'], ['will', 'have', 'to'], ['would', 'need', 'to'], ['would', 'have', 'to'], ['only', 'need', 'to'], ['only', 'have', 'to'],
];
/**
 * What "it's easy to …" belittles: a task the customer is stuck on ("easy to fix", "easy to find").
 * Anything else is an excuse ("easy to miss") or a benefit ("easy to adjust as you go").
 */
const TROUBLE_TASKS = new Set([
  'fix', 'find', 'do', 'set', 'solve', 'resolve', 'follow', 'understand', 'figure', 'spot', 'change', 'update', 'install', 'configure',
  'enable', 'disable', 'reset', 'work', 'sort', 'locate', 'repair', 'troubleshoot', 'avoid', 'prevent', 'learn', 'read',
]);

// --------------------------------------------------------------------------------------------
// Helpers
// --------------------------------------------------------------------------------------------

function norm(tokens: readonly Token[], i: number): string {
  return tokens[i]?.norm ?? '';
}

function isBreak(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && CLAUSE_BREAKS.has(token.text);
}

/** The index where the clause holding token `i` starts. */
function clauseStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && !isBreak(tokens[k - 1]) && tokens[k - 1]!.norm !== 'but') k--;
  return k;
}

/** Whether token `i` opens its clause, after lead-ins ("Please", "Then", "And"). */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const start = clauseStart(tokens, i);
  for (let k = start; k < i; k++) if (!LEAD_INS.has(tokens[k]!.norm)) return false;
  return true;
}

/** The length of an obligation frame starting at `at` ("need to" = 2), or 0. */
function obligationAt(tokens: readonly Token[], at: number): number {
  for (const frame of OBLIGATIONS) {
    if (!frame.every((word, i) => norm(tokens, at + i) === word)) continue;
    // "you should have received an email", "you must be frustrated": expectations, not orders.
    if ((frame[0] === 'should' || frame[0] === 'must') && ['have', 'be'].includes(norm(tokens, at + 1))) return 0;
    return frame.length;
  }
  // "you obviously need a licence".
  if (norm(tokens, at) === 'need' && ['a', 'an', 'the', 'your'].includes(norm(tokens, at + 1))) return 1;
  return 0;
}

/** Skips adverbs such as "also", "first", "then" in front of a verb. */
function skipAdverbs(tokens: readonly Token[], at: number): number {
  let k = at;
  while (['also', 'first', 'then', 'now', 'still', 'just', 'simply', 'only', 'quickly', 'go', 'ahead', 'and'].includes(norm(tokens, k))) {
    if (norm(tokens, k) === 'go' && norm(tokens, k + 1) !== 'ahead') break;
    k++;
  }
  return k;
}

/** Whether the verb at `at` is an order that "just" makes sound trivial (not a kind call to action). */
function isTaskVerb(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  if (!verb || verb.kind !== 'word') return false;
  const next = norm(tokens, at + 1);
  if (CONTACT_VERBS.has(verb.norm)) return !US.has(next) && !(next === 'the' && ['team', 'support'].includes(norm(tokens, at + 2)));
  if (!TASK_VERBS.has(verb.norm) && verb.norm !== 'be') return false;
  // "Just click the link below", "simply tap the button in this email": our own flow, one step.
  if (['click', 'tap', 'use', 'follow', 'open', 'press'].includes(verb.norm)) {
    const object = tokens.slice(at + 1, at + 5).map((t) => t.norm);
    if (object.some((w) => ['link', 'button'].includes(w)) || tokens.slice(at + 1, at + 4).some((t) => t.link || t.kind === 'url')) return false;
    if (verb.norm === 'follow' && ['up', 'us', 'along', 'me'].includes(next)) return false;
  }
  // "Just be patient", "just be careful".
  if (verb.norm === 'be') return ['patient', 'careful'].includes(next);
  // "Just log in", but not "just sign up for our newsletter".
  if (verb.norm === 'sign' && next === 'up') return false;
  if (verb.norm === 'get' && ['in', 'back', 'started', 'ready'].includes(next)) return false;
  if (verb.norm === 'make' && next !== 'sure') return false;
  if (verb.norm === 'take' && !['a', 'the', 'it', 'them', 'out', 'off'].includes(next)) return false;
  return true;
}

/** "…, and we'll sort it", "then I'll take it from there": the customer's part is small because we do the rest. */
function weDoTheRest(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length - 1; k++) {
    if (!['and', 'then', 'so', ',', ';', '—', '–', ':'].includes(tokens[k]!.norm)) continue;
    const who = norm(tokens, k + 1);
    const modal = norm(tokens, k + 2);
    if ((who === 'we' || who === 'i') && ['will', 'can', 'would', 'shall'].includes(modal)) return true;
  }
  return false;
}

/** "To join, simply reply": a purpose clause that explains how to get something, not how to fix it. */
function isKindPurpose(tokens: readonly Token[], i: number): boolean {
  const firstWord = tokens.findIndex((t) => t.kind === 'word');
  if (firstWord < 0 || tokens[firstWord]!.norm !== 'to' || firstWord >= i) return false;
  const purpose = norm(tokens, firstWord + 1);
  const object = norm(tokens, firstWord + 2);
  // "To get around this", "to make it work": fixes, where "simply" still belittles.
  if (purpose === 'get' && ['around', 'rid', 'past'].includes(object)) return false;
  if (purpose === 'make' && norm(tokens, firstWord + 3) === 'work') return false;
  if (purpose === 'work' && object === 'around') return false;
  return !FIX_PURPOSES.has(purpose);
}

/** The tokens governed by a sentence adverb at [start, end): the clause after it, past commas and conditionals. */
function governed(tokens: readonly Token[], end: number): Token[] {
  let k = end;
  while (k < tokens.length && (tokens[k]!.kind === 'punct' || tokens[k]!.conditional)) k++;
  const out: Token[] = [];
  for (; k < tokens.length && !isBreak(tokens[k]); k++) out.push(tokens[k]!);
  return out;
}

/** Whether a clause puts an obligation on the customer or gives a belittling order. */
function belittlingClause(clause: readonly Token[], allowOrder: boolean): boolean {
  let k = 0;
  while (k < clause.length && LEAD_INS.has(clause[k]!.norm)) k++;
  const first = clause[k];
  if (!first) return false;
  if (first.norm === 'you') {
    let m = k + 1;
    while (['will', 'would', 'may', 'might', 'also', 'still', 'first', 'then', 'just', 'simply', 'obviously', 'clearly', 'of', 'course'].includes(clause[m]?.norm ?? '')) {
      if (clause[m]!.norm === 'of' && clause[m + 1]?.norm !== 'course') break;
      m++;
    }
    return obligationAt(clause, m) > 0;
  }
  // "Of course it won't work without an account", "Clearly the cable isn't plugged in",
  // "Obviously, sale items can only be exchanged": a failure or limit the reader "should" have seen.
  if (statesFailure(clause.slice(k))) return true;
  return allowOrder && isTaskVerb(clause, k);
}

/** Subjects for which a stated limit is our own news, not the reader's oversight. */
const OUR_SIDE = new Set(['we', 'i', 'our', 'us', 'my']);
const FAILURE_WORDS = new Set(['not', 'never', 'only', 'crash', 'crashes', 'crashed', 'crashing', 'fail', 'fails', 'failed', 'failing', 'break', 'breaks', 'broke', 'broken', 'wrong']);
/** After a negation these make it kindness: "it's not a problem", "of course there's no charge". */
const KIND_AFTER_NEGATION = new Set(['problem', 'trouble', 'worry', 'worries', 'charge', 'cost', 'fee', 'hassle', 'rush', 'bother', 'obligation', 'pressure']);

function statesFailure(clause: readonly Token[]): boolean {
  // "Obviously, this isn't the experience we want you to have": about us, an apology.
  if (clause.length === 0 || clause.some((t) => OUR_SIDE.has(t.norm))) return false;
  const at = clause.findIndex((t) => FAILURE_WORDS.has(t.norm));
  if (at === -1) return false;
  return !clause.slice(at + 1, at + 4).some((t) => KIND_AFTER_NEGATION.has(t.norm));
}

// --------------------------------------------------------------------------------------------
// Judgments per kind
// --------------------------------------------------------------------------------------------

/** "just" / "simply" before an order or an obligation. */
function belittlingMinimizer(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.norm;
  const previous = norm(tokens, i - 1);
  if (previous === 'not' || previous === 'is' || previous === 'are' || previous === 'was') return false;
  // "you just need to restart it", "you simply have to log in".
  let verbAt = -1;
  if (previous === 'you' || (previous === 'will' && norm(tokens, i - 2) === 'you')) {
    const frame = obligationAt(tokens, i + 1);
    if (frame === 0) return false;
    verbAt = skipAdverbs(tokens, i + 1 + frame);
  } else {
    // "you need to just restart it", "you'll have to simply wait".
    let back = 0;
    for (let length = 3; length >= 1 && back === 0; length--) {
      const from = i - length;
      if (from >= 1 && obligationAt(tokens, from) === length && (norm(tokens, from - 1) === 'you' || norm(tokens, from - 2) === 'you')) back = length;
    }
    if (back > 0) verbAt = skipAdverbs(tokens, i + 1);
    else if (opensClause(tokens, i)) verbAt = skipAdverbs(tokens, i + 1);
    else return false;
  }
  if (word === 'merely' && verbAt === i + 1 && !opensClause(tokens, i)) return false;
  if (!isTaskVerb(tokens, verbAt)) return false;
  if (isKindPurpose(tokens, i)) return false;
  if (weDoTheRest(tokens, verbAt + 1)) return false;
  return true;
}

/** "Obviously you need to …", "you clearly need to …" (not "you've clearly put real care into this"). */
function belittlingSentenceAdverb(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.norm;
  const previous = norm(tokens, i - 1);
  const next = norm(tokens, i + 1);
  // "you obviously need to", "you clearly have to".
  if (previous === 'you' || (['will', 'have', 'are', 'were'].includes(previous) && norm(tokens, i - 2) === 'you')) {
    return obligationAt(tokens, i + 1) > 0;
  }
  // "Clearly you need to …", "Obviously, you'll have to log in first."
  if (opensClause(tokens, i)) return belittlingClause(governed(tokens, i + 1), word === 'obviously');
  if (next === 'you') return belittlingClause(tokens.slice(i + 1), false);
  return false;
}

/** "Of course you need to …" (not "Of course, we're happy to help"). */
function belittlingOfCourse(tokens: readonly Token[], start: number, end: number): boolean {
  // "you will of course need to …".
  const before = tokens.slice(Math.max(0, start - 2), start).map((t) => t.norm);
  if (before.includes('you')) return obligationAt(tokens, end) > 0;
  if (!opensClause(tokens, start)) return false;
  return belittlingClause(governed(tokens, end), true);
}

/** "It's easy", "it's really simple to set up" (not "it's easy to miss", "it's easy for us to swap"). */
function belittlingClaim(tokens: readonly Token[], end: number): boolean {
  const next = norm(tokens, end);
  if (next === 'to') {
    let k = end + 1;
    while (['accidentally', 'just', 'a', 'bit'].includes(norm(tokens, k))) k++;
    // "easy to fix / find / set up": a task the customer is stuck on. Not "easy to adjust as you
    // learn" (a benefit) or "easy to miss" (an excuse).
    const verb = norm(tokens, k);
    if (!TROUBLE_TASKS.has(verb)) return false;
    if (['why', 'how', 'that'].includes(norm(tokens, k + 1))) return false;
  }
  // "It's easy for us to swap the size", "it's simple on our side".
  if (next === 'for' && ['us', 'me', 'our'].includes(norm(tokens, end + 1))) return false;
  if (next === 'on' && ['our', 'my'].includes(norm(tokens, end + 1))) return false;
  // "That's easy to fix; I'll do it now": our task, not theirs.
  if (weDoTheRest(tokens, end) || tokens.slice(end).some((t, k, rest) => t.norm === 'let' && ['me', 'us'].includes(rest[k + 1]?.norm ?? ''))) return false;
  // "which is simple enough for us", "it's simple: we …".
  if (next === 'enough' && ['for'].includes(norm(tokens, end + 1)) && ['us', 'me'].includes(norm(tokens, end + 2))) return false;
  return true;
}

/** "Not everyone knows this", "it's not common knowledge": a kindness, not a dig. */
function denied(tokens: readonly Token[], start: number): boolean {
  return tokens.slice(Math.max(0, start - 3), start).some((t) => NEGATIONS.has(t.norm));
}

/** "Please make sure the number is clearly written": a request for legibility, not a dig. */
function requestsClarity(tokens: readonly Token[], start: number): boolean {
  const before = tokens.slice(0, start).map((t) => t.norm);
  return before.some((w, k) => ['please', 'ensure', 'kindly'].includes(w) || ((w === 'make' || w === 'be') && before[k + 1] === 'sure') || ((w === 'should' || w === 'must' || w === 'needs') && before[k + 1] === 'be'));
}

function accept(match: PatternMatch<CondescensionPhrase>, sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  switch (match.data.kind) {
    case 'minimizer':
      return belittlingMinimizer(tokens, match.start);
    case 'allYouNeed': {
      const verbAt = skipAdverbs(tokens, match.end);
      return isTaskVerb(tokens, verbAt) && !weDoTheRest(tokens, verbAt + 1);
    }
    case 'sentenceAdverb':
      return belittlingSentenceAdverb(tokens, match.start);
    case 'ofCourse':
      return belittlingOfCourse(tokens, match.start, match.end);
    case 'claim':
      return !denied(tokens, match.start) && belittlingClaim(tokens, match.end);
    case 'participle':
      return !requestsClarity(tokens, match.start);
    case 'knows':
      return !denied(tokens, match.start);
    case 'endsClause': {
      // "This is basic stuff." but not "That's a basic plan feature".
      const next = tokens[match.end];
      return !denied(tokens, match.start) && (!next || (next.kind === 'punct' && next.text !== '-') || ['and', 'but', 'so', 'really'].includes(next.norm));
    }
    case 'everyone': {
      // "I'll let everyone know", "we all know how frustrating this is".
      const previous = norm(tokens, match.start - 1);
      if (['let', 'sure', 'help', 'make', 'tell'].includes(previous)) return false;
      if (['how', 'what', 'the'].includes(norm(tokens, match.end))) return false;
      return !denied(tokens, match.start);
    }
    case 'plain':
      return true;
  }
}

/** Deleting "just" / "simply" keeps the order and drops the dig: "Simply read the docs" -> "Read the docs". */
function suggest(match: PatternMatch<CondescensionPhrase>, sentence: Sentence, range: [number, number]): Suggestion | undefined {
  if (match.data.kind !== 'minimizer') return undefined;
  const word = match.tokens[0]!;
  const next = sentence.tokens[match.end];
  if (!next || next.kind !== 'word') return undefined;
  const found = sentence.text.slice(range[0] - sentence.start, range[1] - sentence.start);
  const capital = /^\p{Lu}/u.test(word.text);
  const fix = capital
    ? { range: [word.start, next.start + 1] as [number, number], text: next.text.charAt(0).toUpperCase() }
    : { range: [word.start, next.start] as [number, number], text: '' };
  return { desc: `Remove "${found}".`, fix };
}

export default definePhraseRule({
  meta: {
    id: 'no-condescension',
    type: 'tone',
    docs: {
      description:
        'Disallow words that belittle the customer: "simply read the docs", "just restart it", "it\'s really easy", "obviously you need to", "as everyone knows", "it\'s not rocket science".',
      principle: 'P2',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-condescension/README.md',
    },
    messages: {
      simply:
        '"{{phrase}}" makes the step sound trivial. If it had been trivial for the customer, they wouldn\'t have written in, so it reads as "this should have been obvious". ' +
        'Drop the word and give the step plainly, for example "Restart the app, then sign in again."',
      obviously:
        '"{{phrase}}" implies the customer should have seen or known this already, which makes them feel slow for asking. ' +
        'State the fact without the judgment, for example "You\'ll need to sign in first; here\'s the link."',
      ofCourse:
        '"{{phrase}}" turns the instruction into something everyone but the customer knew, which makes them feel slow for asking. ' +
        'Drop it and just give the step, for example "You\'ll need to sign in first; here\'s the link."',
      easy:
        '"{{phrase}}" tells a customer who is stuck that the task is easy, so they feel worse, not helped. ' +
        'Describe the steps and let them judge, for example "It takes two steps: open Settings, then choose Reset."',
      everyoneKnows:
        '"{{phrase}}" suggests the customer is the only one who didn\'t know, which is belittling. ' +
        'Share the information as new, for example "Here\'s a tip that saves time: …".',
      asYouKnow:
        '"{{phrase}}" presumes what the customer knows; if they didn\'t, it makes them feel they should have. ' +
        'State the fact directly, for example "Our office is closed on public holidays."',
      rocketScience:
        '"{{phrase}}" mocks the difficulty the customer is having, which adds embarrassment to their frustration. ' +
        'Acknowledge it and walk them through it, for example "This one trips a lot of people up. Here\'s how: …".',
      basic:
        '"{{phrase}}" labels the customer\'s question as beneath discussion, so they feel foolish for having asked. ' +
        'Answer it as a good question, for example "Good question. Here\'s how it works: …".',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    hasSuggestions: true,
  },
  phrases: PHRASES,
  accept,
  suggest,
});
