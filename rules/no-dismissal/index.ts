// P6 and P9: the customer is not an interruption. Flags brush-offs: "that's not my department",
// "there's nothing we can do", "calm down", "you'll have to …", "you need to contact your bank"
// with no hand-off, "I can't help you with that", "above my pay grade", "deal with it".
// Reassurance ("there's nothing you need to do"), our own promises ("we'll deal with it today"),
// kind uses of "relax" ("sit back and relax") and refusals followed by an alternative in the same
// sentence ("…, but I can …") or at the start of the next one ("Instead, …") are not reported.
import type { RuleContext, Sentence, Token } from '../../src/types.js';
import { compilePatterns, type Matcher, type PatternMatch } from '../../src/patterns/index.js';
import { definePhraseRule, isWritersVoice, type Phrase } from '../../src/rules/phrase-rule.js';

interface DismissalPhrase extends Phrase {
  /** Skip when an alternative follows: "…, but I can refund the shipping". */
  alternativeExempt?: boolean;
  /** Only as an order: at the start of a clause ("Calm down.", "Please relax") or after "you need to". */
  imperative?: boolean;
  /** Skip when someone takes the hand-off or the contact details are given. */
  handOffExempt?: boolean;
}

/** Someone other than us: "your bank", "the carrier", "another department". */
const ELSEWHERE =
  '((another|a different|the other|the right|the relevant|the appropriate) (team|department|group)|(your|the|another|a different|a|their|that|this) (own|local|card|original|other|relevant|appropriate|right|correct|respective)? (bank|card issuer|issuer|carrier|courier|post office|postal service|manufacturer|seller|vendor|merchant|retailer|store|shop|provider|isp|department|other team|company|developer|developers|author|maintainer|maintainers|administrator|admin|it department|it team|network administrator|host|hosting provider|app store|platform|marketplace|payment provider|airline|insurer|insurance company|landlord|agent|reseller|distributor|partner|third party|billing department|billing team|sales team|accounts team|shipping company|delivery company))';

const PHRASES: readonly DismissalPhrase[] = [
  // "That's not my job / department / responsibility / problem".
  {
    pattern: '(that|this|it) (is|was|would be|falls) (really|honestly|simply|just|actually)? (not|outside) (really|actually|strictly)? (my|our) (job|department|responsibility|area|problem|concern|remit|role|call|team|division|business)',
    messageId: 'notMyJob',
  },
  { pattern: '(i|we) (am|are) (really|simply|just)? not (responsible|liable|accountable) for', messageId: 'notMyJob' },
  { pattern: 'not (my|our) (job|department|responsibility|problem|concern|remit|business)', messageId: 'notMyJob' },
  // "There's nothing (more) we can do", "nothing I can do about it", "we can't do anything (more)".
  { pattern: '(there is|there was|there will be)? (really|simply|just|unfortunately|sadly)? (nothing|not much|little) (more|else|further)? (that)? (i|we) (can|could) (really)? do', messageId: 'nothingWeCanDo', alternativeExempt: true },
  { pattern: '(i|we) (can|could|are able to|will be able to) not (really)? do (anything|much) (more|else|further)? (about|for|with) (it|this|that|you|your)', messageId: 'nothingWeCanDo', alternativeExempt: true },
  { pattern: '(there is|there was) (nothing|not much|little) (more|else|further)? (to be done|anyone can do|that can be done)', messageId: 'nothingWeCanDo', alternativeExempt: true },
  { pattern: 'out of (my|our) hands', messageId: 'nothingWeCanDo', alternativeExempt: true },
  // "Calm down", "settle down", "relax", "no need to get upset".
  { pattern: '(calm|settle|chill) down', messageId: 'calmDown', imperative: true },
  { pattern: 'chill out', messageId: 'calmDown', imperative: true },
  { pattern: 'relax', messageId: 'calmDown', imperative: true },
  { pattern: '(there is)? no need to (get|be|become) (so)? (upset|angry|worked up|aggressive|rude|emotional|hostile|defensive|mad|hysterical)', messageId: 'calmDown' },
  // "You'll have to …": the work is handed back.
  { pattern: 'you (will|would) (just|simply|now|then|also|still|first)? have to', messageId: 'youllHaveTo', alternativeExempt: true },
  // "You need to contact your bank" with no hand-off.
  {
    pattern: `you (will|would|may|might)? (just|simply|first|also|then|now)? (need to|have to|must|should|ought to) (first|just|simply|then|now)? (contact|call|reach out to|get in touch with|speak to|speak with|talk to|talk with|email|write to|ask|check with|take it up with|take this up with|go to|raise this with|raise it with|reach) ${ELSEWHERE}`,
    messageId: 'contactElsewhere',
    handOffExempt: true,
  },
  { pattern: `(take|raise) (it|this|that) up with ${ELSEWHERE}`, messageId: 'contactElsewhere', handOffExempt: true, imperative: true },
  // "I can't help you (with that)", "we're unable to help".
  { pattern: '(i|we) (can|could|will be able to|am able to|are able to) not (really)? help (you)? (with (that|this|it|your (issue|request|problem|question)))?', messageId: 'cantHelp', alternativeExempt: true },
  { pattern: '(i|we) (am|are) (not able|unable) to help (you)? (with (that|this|it|your (issue|request|problem|question)))?', messageId: 'cantHelp', alternativeExempt: true },
  // "That's above my pay grade", "deal with it".
  { pattern: '(above|beyond|over) (my|our) pay (grade|scale)', messageId: 'payGrade' },
  { pattern: '(deal|live) with it', messageId: 'dealWithIt', imperative: true },
];

/** Words a command can open with: "Please calm down", "Just relax", "OK, so relax". */
const LEAD_INS = new Set(['please', 'just', 'simply', 'so', 'now', 'ok', 'okay', 'and', 'then', 'but', 'kindly', 'first', 'you', 'sir', 'madam', 'all', 'oh', 'look', 'listen', 'hey', 'well']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '-', '(', ')', '!', '.', '…']);
/** "You need to calm down", "I need you to relax", "try to calm down". */
const ORDER_FRAMES: ReadonlyArray<readonly string[]> = [
  ['need', 'to'], ['have', 'to'], ['must'], ['should'], ['will', 'have', 'to'], ['will', 'need', 'to'], ['ought', 'to'],
  ['need', 'you', 'to'], ['want', 'you', 'to'], ['ask', 'you', 'to'], ['asking', 'you', 'to'], ['try', 'to'], ['got', 'to'], ['gotta'],
];

function isImperative(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  // "you need to calm down", "I need you to relax".
  for (const frame of ORDER_FRAMES) {
    const from = start - frame.length;
    if (from < 0) continue;
    if (frame.every((word, i) => tokens[from + i]!.norm === word)) {
      const subject = tokens[from - 1]?.norm;
      if (frame[1] === 'you' || subject === 'you' || subject === 'just' || frame[0] === 'try' || from === 0) return true;
    }
  }
  while (k >= 0 && LEAD_INS.has(tokens[k]!.norm) && tokens[k]!.norm !== 'you') k--;
  return k < 0 || (tokens[k]!.kind === 'punct' && CLAUSE_BREAKS.has(tokens[k]!.text));
}

/** "Sit back and relax", "relax and enjoy": an invitation, not an order to calm down. */
function isKindRelax(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start]!.norm !== 'relax') return false;
  const before = tokens.slice(Math.max(0, start - 3), start).map((t) => t.norm);
  if (before.includes('back') || before.includes('enjoy') || before.includes('and')) return true;
  return tokens[end]?.norm === 'and' || tokens[end]?.norm === 'while';
}

/** An alternative or a way forward: something we (or someone) can do instead. */
const ALTERNATIVES = [
  'instead',
  'alternatively',
  'what (i|we) (can|could|will) (do|offer)',
  '(i|we|they|someone|it|you) (can|could|will|would|may) (also|still|gladly|happily|certainly|definitely|absolutely|instead|now|right away|go ahead and)? !(not|have|need|only|never|be|unfortunately|sadly|<punct>)',
  '(i|we) (would|will|am|are)? (be)? (happy|glad|delighted|pleased|more than happy) to',
  '(i|we) (would|will)? (still)? (love|like) to (help|assist|offer|find|see|work|make|sort|look)',
  'let (me|us) (check|see|look|help|find|try|get|send|arrange|set|make|show|walk)',
  'here is (what|how|a|an|your|the|some)',
  '(the|a) (best|good|quickest|fastest) (way|option|next step|bet)',
  '(i|we) (have|had)? (already|just|also|gone ahead and)? (escalated|forwarded|passed|flagged|refunded|issued|arranged|set up|created|added|credited|waived|reopened|shared|looped|sent|asked|contacted|connected)',
  // "…, but the plugin's author can (help)."
  '!(not|<punct>) (can|could|will) (gladly|happily|definitely|certainly)? (help|assist|sort|fix|answer|advise|handle|take care|<punct>)',
];

let alternativeMatcher: Matcher<string> | undefined;

function hasAlternative(tokens: readonly Token[]): boolean {
  alternativeMatcher ??= compilePatterns(ALTERNATIVES.map((pattern) => ({ pattern, data: pattern })));
  return alternativeMatcher.match(tokens).some((m) => isWritersVoice(m.tokens) && !m.tokens.some((t) => t.conditional));
}

const TURNS = new Set(['but', 'however', 'though', 'although', 'instead', 'meanwhile', 'alternatively']);

/** An alternative after "but"/"however" in the same sentence, or opening the next sentence. */
function alternativeFollows(tokens: readonly Token[], end: number, next: Sentence | undefined): boolean {
  const turn = tokens.findIndex((t, i) => i >= end && TURNS.has(t.norm));
  if (turn >= 0 && hasAlternative(tokens.slice(turn))) return true;
  if (!next || next.isQuestion) return false;
  const opener = next.tokens.find((t) => t.kind === 'word');
  if (!opener) return false;
  // "However, I can …", "Instead, …", "What I can do is …", "I can …", "Here's what …".
  const openers = new Set([...TURNS, 'what', 'i', 'we', 'here', 'the', 'luckily', 'fortunately', 'that', 'in']);
  return openers.has(opener.norm) && hasAlternative(next.tokens.slice(0, 8));
}

/** A hand-off: we pass it on or connect them, or give the contact details. */
const HANDOFF = [
  '(i|we) (have|had|will|would|can|could|am|are)? (already|just|also|gladly|happily|now)? (go ahead and)? (passed|pass|passing|forwarded|forward|forwarding|transferred|transfer|connected|connect|copied|copy|cc|looped|loop|introduced|introduce|escalated|escalate|contacted|contact|reached|reach|flagged|flag|shared|share|sent|send) ',
  '(i|we) (would|will|am|are)? (be)? (happy|glad) to (connect|introduce|forward|pass|contact|reach|call|email|help)',
  'let (me|us) (connect|introduce|forward|pass|contact|reach|loop)',
  'here is (their|the|a|how)',
  '(their|the) (number|phone|email|address|contact|website|site|link|form|page) (is|are)',
];

let handOffMatcher: Matcher<string> | undefined;

function handsOff(sentence: Sentence | undefined): boolean {
  if (!sentence) return false;
  handOffMatcher ??= compilePatterns(HANDOFF.map((pattern) => ({ pattern: pattern.trim(), data: pattern })));
  if (sentence.tokens.some((t) => t.kind === 'url' || t.kind === 'email' || (t.link && t.kind === 'word'))) return true;
  // A phone number: "call them on 0800 123 456".
  if (sentence.tokens.filter((t) => t.kind === 'number').length >= 2) return true;
  return handOffMatcher.match(sentence.tokens).some((m) => isWritersVoice(m.tokens));
}

/** "You'll have to forgive the delay", "you'll have to excuse my typos". */
const IDIOMS = new Set(['forgive', 'excuse', 'pardon', 'trust', 'admit', 'agree', 'bear', 'indulge', 'love', 'thank', 'tell']);

function accept(match: PatternMatch<DismissalPhrase>, sentence: Sentence, context: RuleContext): boolean {
  const phrase = match.data;
  const tokens = sentence.tokens;
  const sentences = context.prose.sentences;
  if (phrase.imperative) {
    if (!isImperative(tokens, match.start)) return false;
    if (isKindRelax(tokens, match.start, match.end)) return false;
  }
  if (phrase.alternativeExempt && alternativeFollows(tokens, match.end, sentences[sentence.index + 1])) return false;
  if (phrase.handOffExempt) {
    if (handsOff(sentence) || handsOff(sentences[sentence.index + 1]) || handsOff(sentences[sentence.index - 1])) return false;
  }
  const next = tokens[match.end]?.norm ?? '';
  // "I can't help but notice …", "I can't help wondering …".
  if (phrase.messageId === 'cantHelp' && ['but', 'thinking', 'wondering', 'noticing', 'feeling'].includes(next)) return false;
  // "Nothing we can do will make up for this": remorse, with the phrase as a subject.
  if (phrase.messageId === 'nothingWeCanDo' && ['will', 'would', 'can', 'could', 'is', 'makes', 'undoes', 'changes'].includes(next)) return false;
  // "You'll have to forgive the delay", "you'll have to trust me on this": idioms, not orders.
  if (phrase.messageId === 'youllHaveTo' && IDIOMS.has(next)) return false;
  return true;
}

export default definePhraseRule({
  meta: {
    id: 'no-dismissal',
    type: 'tone',
    docs: {
      description:
        'Disallow brushing the customer off: "that\'s not my department", "there\'s nothing we can do", "calm down", "you\'ll have to …", "you need to contact your bank" without a hand-off, "I can\'t help you with that".',
      principle: 'P6',
      recommended: 'error',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-dismissal/README.md',
    },
    messages: {
      notMyJob:
        '"{{phrase}}" passes the buck: to the customer, we are all one company, and whose job it is doesn\'t matter to them. ' +
        'Own the hand-off instead, for example "I\'ve passed this to our billing team and copied you in; they\'ll reply by tomorrow."',
      nothingWeCanDo:
        '"{{phrase}}" is a dead end that leaves the customer with nowhere to go, and it is one of the phrases most likely to anger them. ' +
        'Offer the next best option or an escalation, for example "I can\'t change the date, but I can refund the shipping and rebook it for Friday."',
      calmDown:
        '"{{phrase}}" tells the customer their feelings are the problem; it implies they are out of control and usually makes things worse. ' +
        'Acknowledge the feeling instead, for example "I understand how frustrating this is. Let\'s sort it out."',
      youllHaveTo:
        '"{{phrase}}" hands the work back to the customer as an order, which sounds like "not our problem". ' +
        'Ask, and explain what it gets them, for example "Could you send a photo of the label? Then I can approve the return today."',
      contactElsewhere:
        '"{{phrase}}" sends the customer away to start over with someone else. ' +
        'Make the hand-off yourself, or at least give them the way in, for example "I\'ve written to the carrier for you; their claims line is 0800 123 456 if you\'d like to call as well."',
      cantHelp:
        '"{{phrase}}" closes the door without saying where to go next. ' +
        'Say what you can do or who can, for example "That\'s handled by our partner, and I\'ve forwarded your message to them."',
      payGrade:
        '"{{phrase}}" tells the customer you won\'t take responsibility. ' +
        'Escalate it yourself, for example "I\'ve asked my manager to approve this and will update you by Friday."',
      dealWithIt:
        '"{{phrase}}" dismisses the customer\'s problem outright and is disrespectful. ' +
        'Acknowledge the problem and say what you can do, for example "I know this isn\'t what you hoped for; here\'s what I can offer."',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  phrases: PHRASES,
  accept,
});
