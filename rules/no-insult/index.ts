// P9: treat people with respect. Reports insults and profanity: names ("idiot", "moron"),
// belittling words aimed at the customer or their request ("you're being ridiculous", "your
// stupid question", "that's a silly request", "a waste of my time"), verdicts on what they said
// ("What you're asking for is absurd") and profanity ("damn", "crap", "wtf", "what the hell").
// Words that can be kind or neutral are reported only when aimed: "crazy fast shipping", "a silly
// mistake on our part", "it's ridiculous that the courier lost it twice — I'm sorry" and "Don't be
// silly, it's no trouble" are not insults, and neither are denials ("there are no stupid
// questions", "not a silly question at all"), quotations and code. Options add words (`words`)
// or take built-in ones away (`allow`).
import type { RuleContext, RuleMatch, Sentence, Token } from '../../src/types.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { isWritersVoice } from '../../src/rules/phrase-rule.js';
import { clauseBefore, isDenied } from '../../src/text/clauses.js';
import { expandPhrase } from '../../src/text/normalize.js';

export interface NoInsultOptions {
  /** More words or phrases to report wherever they appear (compared case-insensitively). */
  words: string[];
  /** Built-in words not to report (compared case-insensitively). */
  allow: string[];
}

type Kind = 'insult' | 'profanity';

interface Entry {
  pattern: string;
  kind: Kind;
  /** Skip when the clause denies it: "that's not a stupid question", "no question is silly". */
  deniable?: boolean;
  /**
   * Skip when the clause only reports or imagines the judgment: "they look at you like you're
   * crazy", "you might feel silly asking", "don't worry that you sound naive".
   */
  notReported?: boolean;
}

const INTENS =
  '(so|really|very|totally|completely|utterly|just|pretty|quite|rather|a bit|a little|kind of|frankly|simply|absolutely|plain|downright|incredibly|truly|being|too|extremely)';

/** Said of a person: "you're being ridiculous". */
const PERSON_ADJ =
  '(stupid|dumb|idiotic|moronic|ridiculous|absurd|ludicrous|preposterous|pathetic|lazy|incompetent|clueless|ignorant|silly|crazy|insane|nuts|dense|useless|hopeless|brainless|foolish|childish|hysterical|paranoid|delusional|irrational|whiny|needy|annoying|naive|naïve|gullible|senile|retarded|dim|dimwitted|thick|slow-witted|unreasonable)';

/** Said of a request or idea, wherever it stands: "your ridiculous demands". */
const STRONG_ADJ = '(stupid|dumb|idiotic|moronic|ridiculous|absurd|ludicrous|preposterous|pathetic|asinine|laughable|nonsensical|pointless|lazy|ignorant|childish|foolish|braindead|brain-dead)';
/** Words that are friendly or intensifiers on their own ("crazy fast", "a silly mistake"): aimed only with a request noun. */
const SOFT_ADJ = '(silly|crazy|insane|weird|strange|odd|bizarre)';
/** "A stupid feature request", "a garbage pull request": the noun may carry a modifier. */
const REQUEST_MODIFIER = '(feature|pull|support|bug|change|refund|merge|help|customer)?';
const REQUEST_NOUN =
  '(pr|prs|patch|patches|pull request|design|setup|way|approach|plan|workaround|request|requests|question|questions|idea|ideas|demand|demands|complaint|complaints|suggestion|suggestions|claim|claims|expectation|expectations|excuse|excuses|comment|comments|message|messages|email|emails|ticket|tickets|argument|arguments|reasoning|logic|report|reports|thing to ask|thing to say|question to ask|proposal|theory|assumption|behavior|behaviour|attitude)';
const REQUEST = `${REQUEST_MODIFIER} ${REQUEST_NOUN}`;
/** Nouns used as insults only before work someone did: "a garbage PR" (never "your junk folder"). */
const TRASH = '(garbage|trash|rubbish|junk)';
const WORK = '(pr|prs|pull request|patch|code|idea|ideas|request|question|report|suggestion|feature request|design|setup)';

/** A verdict on what the customer said or asked: "What you're asking for is absurd." */
const VERDICT_ADJ = '(stupid|dumb|idiotic|moronic|ridiculous|absurd|ludicrous|preposterous|laughable|nonsense|nonsensical|pathetic|asinine|silly|unreasonable|childish|lazy|ignorant|naive|naïve|clueless)';

const NAMES =
  '(idiot|idiots|moron|morons|imbecile|imbeciles|cretin|cretins|dimwit|dimwits|nitwit|nitwits|halfwit|halfwits|dunce|dunces|numpty|numpties|dumbass|dumbasses|jackass|jackasses|asshole|assholes|arsehole|arseholes|bastard|bastards|bitch|bitches|retard|retards|dickhead|dickheads|smartass|smart-ass|twit|twits|buffoon|buffoons|clown|clowns)';

const PROFANITY =
  '(damn|damned|dammit|damnit|goddamn|goddamned|goddammit|crap|crappy|shit|shitty|shits|bullshit|horseshit|fuck|fucks|fucking|fucked|fucker|fuckers|motherfucker|motherfuckers|fck|wtf|stfu|ffs|pissed|piss|cunt|cunts|bollocks|hell)';

const ENTRIES: readonly Entry[] = [
  // "You're being ridiculous", "you sound clueless", "are you stupid?", "stop being lazy".
  { pattern: `you (are|were|be|sound|sounded|seem|seemed|look|looked|act|acted|acting|behave|behaved|behaving) (like)? ${INTENS}? ${INTENS}? ${PERSON_ADJ}`, kind: 'insult', deniable: true, notReported: true },
  { pattern: `(are|were) you ${INTENS}? ${INTENS}? ${PERSON_ADJ}`, kind: 'insult', deniable: true },
  { pattern: `(stop|quit) being ${INTENS}? ${PERSON_ADJ}`, kind: 'insult' },
  { pattern: `(do not|never) be (so)? (stupid|dumb|ridiculous|idiotic|lazy|childish|dense|naive|naïve|pathetic|hysterical|unreasonable)`, kind: 'insult' },
  { pattern: `how (stupid|dumb|idiotic|ridiculous|absurd|lazy|pathetic|clueless|ignorant|naive|naïve) (are|were|can|could) you`, kind: 'insult' },
  // "Your ridiculous demands", "your silly question".
  { pattern: `your ${INTENS}? ${STRONG_ADJ} (${REQUEST})?`, kind: 'insult', deniable: true },
  { pattern: `your ${INTENS}? ${SOFT_ADJ} ${REQUEST}`, kind: 'insult', deniable: true },
  // "This ridiculous request", "that's a stupid question", "what a silly idea".
  { pattern: `(this|that|these|those) ${INTENS}? (${STRONG_ADJ}|${SOFT_ADJ}) ${REQUEST}`, kind: 'insult', deniable: true },
  {
    pattern: `(that|this|it|which) (is|was|sounds|sounded|seems|seemed) (like)? (a|an|such a|quite a|a rather|a really|a very|a pretty|a bit of a|the most) ${INTENS}? (${STRONG_ADJ}|${SOFT_ADJ}) ${REQUEST}`,
    kind: 'insult',
    deniable: true,
  },
  { pattern: `(what|such) (a|an) ${INTENS}? (${STRONG_ADJ}|${SOFT_ADJ}) ${REQUEST}`, kind: 'insult', deniable: true },
  { pattern: `(a|an|this|that|your|what a|such a|total|complete|absolute) ${INTENS}? ${TRASH} ${WORK}`, kind: 'insult', deniable: true },
  { pattern: `(${STRONG_ADJ}|${SOFT_ADJ}) ${REQUEST} (like|such as) (this|that|yours)`, kind: 'insult', deniable: true },
  // "What you're asking for is absurd", "that's ridiculous, you agreed to the terms".
  {
    pattern: `what you (said|say|wrote|write|asked|ask|want|wanted|are asking|are asking for|are saying|are suggesting|suggest|suggested|described|describe|propose|proposed|expect|expected|are proposing|are describing) (is|was|sounds|seems) ${INTENS}? ${INTENS}? ${VERDICT_ADJ}`,
    kind: 'insult',
    deniable: true,
  },
  { pattern: `(this|that|your|such|utter|complete|total|absolute|pure) nonsense`, kind: 'insult', deniable: true },
  { pattern: `(this|that|it|which) (is|was|sounds) (just|complete|total|utter|absolute|pure)? nonsense`, kind: 'insult', deniable: true },
  { pattern: `(talk~|spout~|write~) nonsense`, kind: 'insult', deniable: true },
  // "A waste of my time", "you're wasting our time".
  { pattern: `(a|an) (complete|total|utter|absolute|huge|big)? waste of (our|my|everyone's|everybody's|the team's)? time`, kind: 'insult', deniable: true },
  { pattern: `(waste~|wasting) (our|my|everyone's|everybody's|the team's) time`, kind: 'insult', deniable: true },
  // Names.
  { pattern: NAMES, kind: 'insult', deniable: true },
  { pattern: '(you|a|an|such a|what a|total|complete|absolute|utter|bloody) (fool|fools|jerk|jerks|loser|losers|idiot|moron)', kind: 'insult', deniable: true },
  { pattern: '(idiotic|moronic|asinine|braindead|brain-dead|retarded)', kind: 'insult' },
  // Profanity.
  { pattern: PROFANITY, kind: 'profanity' },
  { pattern: '(what the|the|like|go to|to) hell', kind: 'profanity' },
  { pattern: '(is|was|total|complete|pure|utter|absolute|such|more|that is|this is) bs', kind: 'profanity' },
  { pattern: 'screw (you|them|this|that)', kind: 'profanity' },
  { pattern: 'pissed off', kind: 'profanity' },
];

/** Words that make "you're …" a reported or imagined judgment rather than the writer's own. */
const REPORTING = new Set(['like', 'if', 'though', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'worry', 'worried', 'afraid', 'might', 'may', 'wonder', 'wondering', 'fear', 'assume', 'whether']);

/** Every word the built-in patterns can report, so `allow` can take one out. */
const KEY_WORDS = new Set(
  [PERSON_ADJ, STRONG_ADJ, SOFT_ADJ, VERDICT_ADJ, NAMES, PROFANITY, '(fool|fools|jerk|jerks|loser|losers|nonsense|waste|wasting|bs|screw|asinine|braindead|brain-dead)']
    .flatMap((group) => group.replace(/[()]/g, '').split('|')),
);

function keyWord(tokens: readonly Token[]): Token | undefined {
  return [...tokens].reverse().find((t) => KEY_WORDS.has(t.norm));
}

/** "Hell's Kitchen", "Hell, Norway": a capitalised "Hell" inside a sentence is a name. */
function isProperHell(sentence: Sentence, token: Token): boolean {
  const first = sentence.tokens.find((t) => t.kind === 'word');
  return token.norm === 'hell' && token.text === 'Hell' && first !== token;
}

function accepts(entry: Entry, match: RuleMatch, sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  if (!isWritersVoice(match.tokens)) return false;
  if (entry.deniable && isDenied(tokens, match.start, match.end)) return false;
  if (entry.notReported && clauseBefore(tokens, match.start).some((t) => REPORTING.has(t.norm))) return false;
  const key = keyWord(match.tokens);
  if (key && isProperHell(sentence, key)) return false;
  return true;
}

/** The user's extra words, as sequences of normalised words. */
function compileWords(words: readonly string[]): string[][] {
  return words
    .map((phrase) => String(phrase).trim().split(/\s+/).flatMap((word) => expandPhrase(word)))
    .filter((parts) => parts.length > 0 && parts.every((p) => p.length > 0));
}

export default defineRule<NoInsultOptions>({
  meta: {
    id: 'no-insult',
    type: 'tone',
    docs: {
      description: 'Disallow insults and profanity: names ("idiot"), belittling words aimed at the customer or their request ("your ridiculous request", "a waste of my time") and swearing.',
      principle: 'P9',
      recommended: 'error',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-insult/README.md',
    },
    messages: {
      insult:
        '"{{phrase}}" belittles the customer or their request. An insult can\'t be taken back once it is read, and it ends any chance of working the problem out together. ' +
        'Describe the situation instead of judging it, for example "This isn\'t something the app can do yet; here\'s what I can offer."',
      profanity:
        '"{{phrase}}" is profanity. Even as an exclamation it reads as anger or contempt, and it speaks for the whole team. ' +
        'Say plainly what happened and what comes next, for example "That\'s a frustrating bug; here\'s how we\'ll fix it."',
    },
    schema: {
      type: 'object',
      properties: {
        words: {
          type: 'array',
          items: { type: 'string' },
          description: 'More words or phrases to report wherever they appear in the writer\'s own text (compared case-insensitively).',
        },
        allow: {
          type: 'array',
          items: { type: 'string' },
          description: 'Built-in words not to report, for example ["crap"] for a team that finds it mild (compared case-insensitively).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { words: [], allow: [] },
  },
  patterns: ENTRIES.map((entry) => entry.pattern),
  create(context: RuleContext<NoInsultOptions>) {
    const allow = new Set((context.options.allow ?? []).flatMap((word) => expandPhrase(String(word).trim())));
    const extra = compileWords(context.options.words ?? []);
    const { text } = context;

    for (const sentence of context.prose.sentences) {
      if (sentence.block.quoted) continue;
      const tokens = sentence.tokens;
      const found: Array<{ start: number; end: number; kind: Kind }> = [];
      for (const match of context.matchPatterns(sentence)) {
        const entry = ENTRIES[match.patternIndex]!;
        if (!accepts(entry, match, sentence)) continue;
        const key = keyWord(match.tokens);
        if (key && allow.has(key.norm)) continue;
        found.push({ start: match.start, end: match.end, kind: entry.kind });
      }
      for (const parts of extra) {
        for (let i = 0; i + parts.length <= tokens.length; i++) {
          const span = tokens.slice(i, i + parts.length);
          if (!span.every((t, k) => t.norm === parts[k])) continue;
          if (!isWritersVoice(span)) continue;
          found.push({ start: i, end: i + parts.length, kind: 'insult' });
        }
      }
      // Overlapping matches ("your stupid question" and "stupid question") report once: the earliest, longest.
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      let reportedUntil = 0;
      for (const item of found) {
        if (item.start < reportedUntil) continue;
        reportedUntil = item.end;
        const start = tokens[item.start]!.start;
        const end = tokens[item.end - 1]!.end;
        context.report({ messageId: item.kind, data: { phrase: text.slice(start, end) }, start, end });
      }
    }
  },
});
