// P5: things go wrong; own it. Flags apologies that admit nothing: "sorry if you feel …", "I'm
// sorry you feel that way", "sorry if you were offended", "we apologize for any inconvenience
// (this may have caused)", "sorry for the inconvenience", "if I did something wrong, I'm sorry",
// and "mistakes happen" said about our own mistake. Apologies that name what went wrong ("I'm
// sorry your delivery was two days late", "sorry for the delay in getting back to you", "sorry
// for the inconvenience of a second trip") and sympathy ("Sorry to hear this") are not reported.
import type { RuleContext, Sentence, Token } from '../../src/types.js';
import type { PatternMatch } from '../../src/patterns/index.js';
import { definePhraseRule, type Phrase } from '../../src/rules/phrase-rule.js';

interface ApologyPhrase extends Phrase {
  /** "the inconvenience" unless it is named: "the inconvenience of a second trip". */
  namedExempt?: boolean;
  /** Needs an apology word in the sentence: "If I did something wrong, I'm sorry". */
  needsApology?: boolean;
  /** "Mistakes happen": only about our mistake, next to an apology, not reassurance about theirs. */
  minimising?: boolean;
}

const SORRY = '(sorry|apologize~|apologise~|apologies|apology|regret~)';
const FEELINGS =
  '(offended|upset|hurt|disappointed|frustrated|confused|annoyed|inconvenienced|unhappy|dissatisfied|misled|angry|bothered|insulted|let down|put out|uncomfortable)';
/** What a hedged apology apologises for: "any inconvenience", "any confusion". */
const VAGUE =
  '(inconvenience|inconveniences|confusion|trouble|troubles|frustration|frustrations|problems|problem|issues|issue|hassle|hassles|disruption|disruptions|difficulty|difficulties|misunderstanding|misunderstandings|distress|disappointment|annoyance|delay|delays|discomfort|stress|worry|concern|concerns|upset|inconvenience or confusion|confusion or inconvenience)';

const PHRASES: readonly ApologyPhrase[] = [
  // "Sorry if you feel …", "we apologize if you were offended", "sorry if you got the impression".
  { pattern: `${SORRY} (for it)? if @you (feel|felt|feels|are feeling|were feeling|have felt|found|thought|got the impression|took|take|see)`, messageId: 'ifYouFeel', inConditionals: true },
  { pattern: `${SORRY} (for it)? if @you (are|were|have been|got|felt|feel|may have been|might have been|became|seem) (at all|in any way|somehow)? ${FEELINGS}`, messageId: 'ifYouFeel', inConditionals: true },
  // "Sorry if this upset you", "I apologize if I came across as rude", "sorry if anything I said offended you".
  {
    pattern: `${SORRY} (for it)? if (this|that|it|i|we|anything|anyone|our (reply|response|message|email|tone|team)|my (reply|response|message|email|tone)) *{0,3} (has|have|may have|might have|had)? (upset~|offend~|hurt|bother~|frustrate~|annoy~|disappoint~|insult~|came across|come across|seemed|sounded|seem|sound|caused|cause)`,
    messageId: 'conditional',
    inConditionals: true,
  },
  { pattern: `${SORRY} (for it)? if (i|we) (did|have done|made|said|caused) (something|anything|a mistake|any mistakes|an error|any errors|something wrong|anything wrong)`, messageId: 'conditional', inConditionals: true },
  // "I'm sorry you feel that way", "sorry that you see it that way", "sorry you were upset".
  { pattern: `${SORRY} (that)? @you (feel|felt|are feeling|were feeling|have felt|feel that way|see it|see things|think|thought|believe|perceive~|took it|have taken it)`, messageId: 'youFeel' },
  { pattern: `${SORRY} (that)? @you (are|were|have been|got|became) (so)? (offended|upset|angry|annoyed|insulted|bothered)`, messageId: 'youFeel' },
  // "We apologize for any inconvenience (this may have caused)", "we regret any inconvenience".
  { pattern: `${SORRY} (for)? (any|whatever) (possible|potential)? ${VAGUE} (this|that|it|which)? (may|might|could)? (have)? (caused|cause|created|resulted)?`, messageId: 'anyInconvenience' },
  // "Sorry for the inconvenience" (generic): unless it is named ("the inconvenience of a second trip").
  { pattern: `${SORRY} (for)? (the|this|that|all the|all this|these|those) (inconvenience|inconveniences|inconvenience caused)`, messageId: 'theInconvenience', namedExempt: true },
  // "Please accept our apologies for any inconvenience", "apologies for the inconvenience".
  { pattern: `(accept|excuse) (our|my) *{0,2} for (any|the) ${VAGUE}`, messageId: 'anyInconvenience' },
  // "If I did something wrong, I'm sorry", "if we offended you, we apologize": conditional, and still no apology.
  {
    pattern: 'if (i|we|this|that|anything|our team) (have|has)? (did|done|made|said|caused|offended|upset|hurt|came across|come across) (something|anything|a mistake|any mistakes|an error|you|any offence|any offense)? (wrong)?',
    messageId: 'conditional',
    inConditionals: true,
    needsApology: true,
  },
  // "If you were offended, we apologize", "if you feel that way, I'm sorry".
  {
    pattern: `if @you (feel|felt|were|are|have been|got) (at all|in any way)? (that way|this way|like that|${FEELINGS})`,
    messageId: 'ifYouFeel',
    inConditionals: true,
    needsApology: true,
  },
  // "Mistakes happen", "these things happen", "nobody's perfect" about our own mistake.
  { pattern: '(mistakes|errors|accidents|glitches|mix-ups) (do|can|will)? happen', messageId: 'mistakesHappen', minimising: true },
  { pattern: '(these|such|those|that|this|bad|sometimes) things (do|can|will)? happen', messageId: 'mistakesHappen', minimising: true },
  { pattern: '(stuff|it) happens', messageId: 'mistakesHappen', minimising: true },
  { pattern: '(nobody|no one|no-one) is perfect', messageId: 'mistakesHappen', minimising: true },
  { pattern: '(we are|we are all|i am) (only)? human', messageId: 'mistakesHappen', minimising: true },
];

const APOLOGY_WORDS = new Set(['sorry', 'apologize', 'apologise', 'apologies', 'apology', 'apologized', 'apologised', 'regret', 'regrets']);

/** Words after "the inconvenience" that name it: "of a second trip", "your late parcel caused". */
const NAMING = new Set(['of', 'with', 'from', 'your', 'our', 'my', 'the', 'around', 'involved', 'in']);

/** Reassurance about the customer's own slip: "Don't worry, mistakes happen!" */
const REASSURANCE = new Set(['worry', 'worries', 'problem', 'biggie', 'fuss', 'apologize', 'apologise', 'everyone', 'everybody', 'anyone', 'best']);
/** Ownership: "Mistakes happen, and this one was ours." */
const OWNERSHIP = ['ours', 'mine'];

function hasApology(sentence: Sentence | undefined): boolean {
  return Boolean(sentence?.tokens.some((t) => APOLOGY_WORDS.has(t.norm) && !t.quoted));
}

function owns(tokens: readonly Token[]): boolean {
  const words = tokens.map((t) => t.norm);
  if (words.some((w) => OWNERSHIP.includes(w))) return true;
  // "that's on us", "we should have replied sooner".
  if (words.some((w, i) => (w === 'on' && words[i + 1] === 'us') || ((w === 'we' || w === 'i') && words[i + 1] === 'should' && words[i + 2] === 'have'))) return true;
  return words.some((w, i) => (w === 'our' || w === 'my') && ['mistake', 'fault', 'error', 'bad', 'doing', 'oversight'].includes(words[i + 1] ?? ''));
}

function accept(match: PatternMatch<ApologyPhrase>, sentence: Sentence, context: RuleContext): boolean {
  const phrase = match.data;
  const tokens = sentence.tokens;
  if (phrase.namedExempt && NAMING.has(tokens[match.end]?.norm ?? '')) return false;
  if (phrase.needsApology && !tokens.slice(match.end).some((t) => APOLOGY_WORDS.has(t.norm))) return false;
  // "I'm sorry you felt ignored; that's on us": the feeling is named and the fault owned.
  if ((phrase.messageId === 'youFeel' || phrase.messageId === 'ifYouFeel') && owns(tokens.slice(match.end))) return false;
  if (phrase.minimising) {
    const sentences = context.prose.sentences;
    const near = [sentences[sentence.index - 1], sentence, sentences[sentence.index + 1]];
    if (!near.some(hasApology)) return false;
    if (owns(tokens)) return false;
    // "Don't worry, mistakes happen", "it happens to the best of us", "no need to apologize".
    if (tokens.some((t) => REASSURANCE.has(t.norm))) return false;
    // "It happens when the cache is full" explains; only a shrug that ends its clause minimises.
    const next = tokens[match.end];
    if (next && !(next.kind === 'punct' && next.text !== '(') && !['and', 'but', 'so', 'sometimes', 'occasionally'].includes(next.norm)) return false;
  }
  return true;
}

export default definePhraseRule({
  meta: {
    id: 'no-non-apology',
    type: 'tone',
    docs: {
      description:
        'Disallow apologies that admit nothing: "sorry if you feel …", "I\'m sorry you feel that way", "we apologize for any inconvenience", "sorry for the inconvenience", "mistakes happen".',
      principle: 'P5',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-non-apology/README.md',
    },
    messages: {
      ifYouFeel:
        '"{{phrase}}" apologizes for the customer\'s reaction, not for what happened, so it reads as "you are too sensitive". ' +
        'Apologize for the specific thing we did, for example "I\'m sorry my last reply was so short with you."',
      youFeel:
        '"{{phrase}}" is sorry about the customer\'s feelings rather than our part in them; it is the classic non-apology and tends to make people angrier. ' +
        'Name what went wrong and own it, for example "I\'m sorry we charged you twice."',
      conditional:
        '"{{phrase}}" makes the apology conditional, so it admits nothing. If something went wrong, say what it was. ' +
        'For example "I\'m sorry I closed your ticket before you had replied."',
      anyInconvenience:
        '"{{phrase}}" is a form-letter apology: "any" admits nothing and the customer can tell nobody looked at their case. ' +
        'Name the specific failure, for example "I\'m sorry your order arrived two days late."',
      theInconvenience:
        '"{{phrase}}" is a generic apology; "the inconvenience" could be anything, so it sounds scripted. ' +
        'Name what went wrong, for example "I\'m sorry you had to wait a week for your refund."',
      mistakesHappen:
        '"{{phrase}}" shrugs off our mistake right when the customer needs us to own it. ' +
        'Say what went wrong and what you are doing about it, for example "We sent the wrong size, and I\'ve shipped the right one today."',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  phrases: PHRASES,
  accept,
});
