// P2: don't brush customers off. Flags reminders that they have been told before ("as I already
// said", "per my last email", "I've already explained this") and pointed hints that they didn't
// read ("please read the instructions carefully"). Hindsight ("if you had read …") is no-blame's. A sentence-initial
// "As I said before," gets a suggestion: "To recap,".
import type { Sentence, Suggestion, Token } from '../../src/types.js';
import type { PatternMatch } from '../../src/patterns/index.js';
import { definePhraseRule, type Phrase } from '../../src/rules/phrase-rule.js';

interface ToldPhrase extends Phrase {
  /** Sentence-initial and followed by a comma: offer "To recap," in its place. */
  recap?: boolean;
  /** A pointer within this reply or to a document ("as mentioned above / in the article below") is fine. */
  pointerExempt?: boolean;
  /** Only at the start of a sentence ("For the third time, …"). */
  sentenceStart?: boolean;
  /** "I've already explained this" but not "I've already explained the issue to our developers". */
  needsObject?: boolean;
}

const TOLD = '(said|mentioned|explained|stated|told you|noted|pointed out|wrote|indicated|informed you|clarified|repeated)';
const BEFORE = '(before|earlier|previously|already|repeatedly|above|several times|many times|multiple times|more than once|twice)';
const MESSAGE = '(email|e-mail|emails|message|messages|reply|replies|response|responses|comment|comments|note|mail|answer|post|ticket)';
const EARLIER = '(last|previous|earlier|prior|first|original|other)';

const PHRASES: readonly ToldPhrase[] = [
  // "As I (already) said (before)", "As we've previously explained in our last email".
  {
    pattern: `as (i|we) (have|had)? (already|previously|earlier|clearly|repeatedly|just|also)? ${TOLD} (to you)? (${BEFORE}|in (my|our) ${EARLIER} ${MESSAGE}|in the ${EARLIER} ${MESSAGE})?`,
    messageId: 'repeat',
    recap: true,
    pointerExempt: true,
  },
  // "As previously stated", "as already mentioned".
  { pattern: `as (previously|already|earlier) ${TOLD} (${BEFORE}|in (my|our) ${EARLIER} ${MESSAGE})?`, messageId: 'repeat', recap: true },
  // "As stated before", "as mentioned earlier", "as said in my last email".
  { pattern: `as ${TOLD} (before|earlier|previously|already|repeatedly|several times|many times|more than once)`, messageId: 'repeat', recap: true },
  { pattern: `as ${TOLD} in (my|our|the) ${EARLIER} ${MESSAGE}`, messageId: 'repeat', recap: true },
  // "Per my last email", "as per my previous reply".
  { pattern: `(as)? per (my|our) ${EARLIER} ${MESSAGE}`, messageId: 'perLast', recap: true },
  // "Like I said (before)".
  { pattern: `like (i|we) (have|had)? (already|previously|just)? ${TOLD} (${BEFORE})?`, messageId: 'repeat', recap: true },
  // "I already told you", "I have already explained this", "We've told you twice".
  {
    pattern: `(i|we) (have|had)? already (told you|explained|said|mentioned|stated|answered|informed you|clarified) (this|that|it)? (to you)? (before|twice|previously)?`,
    messageId: 'repeat',
    needsObject: true,
  },
  {
    pattern: '(i|we) (have|had)? (told|explained|said|mentioned|stated|answered|clarified) (this|that|it)? (to)? (you)? (before|previously|twice|repeatedly|several times|multiple times|many times|more than once|three times|again and again)',
    messageId: 'repeat',
  },
  { pattern: `(i|we) (have|had)? (already)? (told|explained to|said to|reminded) you (this|that|it)? (${BEFORE})`, messageId: 'repeat' },
  { pattern: 'for the (second|third|fourth|fifth|umpteenth|nth|hundredth) time', messageId: 'repeat', sentenceStart: true },
  // "Please re-read my previous email", "read my last message again".
  { pattern: `(re-read|reread) (my|our|the) (${EARLIER})? (${MESSAGE}|instructions|thread|conversation|documentation|docs|guide|article|steps)`, messageId: 'reread' },
  { pattern: `read (my|our) (${EARLIER})? ${MESSAGE} again`, messageId: 'reread' },
  // "Please read the instructions carefully", "carefully read the documentation", "RTFM".
  {
    pattern:
      'read~ (the|our|my|this|these|all the|all of the|through the)? (instructions|documentation|docs|guide|guides|faq|faqs|manual|article|readme|email|message|reply|steps|template|issue template|guidelines|contributing guide) (more)? (carefully|properly|thoroughly|again|fully|completely|in full|closely|before (asking|posting|writing|contacting us|opening))',
    messageId: 'readCarefully',
  },
  {
    pattern: '(carefully|properly|actually|thoroughly) read (the|our|my|this|these|through the) (instructions|documentation|docs|guide|faq|manual|article|readme|email|message|reply|steps|template|guidelines)',
    messageId: 'readCarefully',
  },
  { pattern: '(rtfm|read the (fine|friendly|f***ing|fucking|freaking) manual)', messageId: 'readCarefully' },
];

/** Words after "as mentioned in" that point to a document, not at an earlier message. */
const DOCUMENTS = new Set([
  'article', 'articles', 'guide', 'guides', 'doc', 'docs', 'documentation', 'faq', 'faqs', 'post', 'blog', 'video', 'link', 'section',
  'table', 'list', 'help', 'page', 'manual', 'readme', 'tutorial', 'release', 'changelog', 'announcement', 'newsletter', 'policy', 'terms',
]);

/** "As we mentioned in the article below", "as I explained above": pointers, not reproaches. */
function isPointer(tokens: readonly Token[], end: number, matched: readonly Token[]): boolean {
  const last = matched[matched.length - 1]!.norm;
  if (last === 'above') return true;
  const next = tokens[end];
  if (!next) return false;
  if (next.norm === 'above' || next.norm === 'below' || next.norm === 'here') return true;
  // "As we said we would, …": a promise kept, not a reproach.
  if ((next.norm === 'we' || next.norm === 'i') && ['would', 'will'].includes(tokens[end + 1]?.norm ?? '')) return true;
  if (next.norm === 'in' || next.norm === 'on') {
    // "in the article below", "in our FAQ", "in this email".
    for (let k = end + 1; k < Math.min(tokens.length, end + 4); k++) {
      const word = tokens[k]!.norm;
      if (word === 'this') return true;
      if (DOCUMENTS.has(word)) return true;
    }
  }
  return false;
}

function accept(match: PatternMatch<ToldPhrase>, sentence: Sentence): boolean {
  const phrase = match.data;
  if (phrase.pointerExempt && isPointer(sentence.tokens, match.end, match.tokens)) return false;
  if (phrase.sentenceStart && sentence.tokens.slice(0, match.start).some((t) => t.kind === 'word')) return false;
  if (phrase.needsObject) {
    const objects = new Set(['you', 'this', 'that', 'it', 'before', 'twice', 'previously']);
    const next = sentence.tokens[match.end];
    const ends = !next || next.kind === 'punct' || ['in', 'why', 'how', 'what', 'several', 'many', 'multiple', 'more'].includes(next.norm);
    if (!ends && !match.tokens.some((t) => objects.has(t.norm))) return false;
  }
  return true;
}

/** "As I said before, …" -> "To recap, …": only where the phrase opens the sentence before a comma, so the result reads well. */
function recap(match: PatternMatch<ToldPhrase>, sentence: Sentence, range: [number, number]): Suggestion | undefined {
  if (!match.data.recap) return undefined;
  const opensSentence = !sentence.tokens.slice(0, match.start).some((t) => t.kind !== 'punct');
  const comma = sentence.tokens[match.end];
  if (!opensSentence || comma?.kind !== 'punct' || comma.text !== ',') return undefined;
  const found = sentence.text.slice(range[0] - sentence.start, range[1] - sentence.start);
  return { desc: `Replace "${found}" with "To recap".`, fix: { range, text: 'To recap' } };
}

export default definePhraseRule({
  meta: {
    id: 'no-told-you-so',
    type: 'tone',
    docs: {
      description: 'Disallow reminding customers they were told before ("as I already said", "per my last email") or telling them to read more carefully.',
      principle: 'P2',
      recommended: 'error',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-told-you-so/README.md',
    },
    messages: {
      repeat:
        '"{{phrase}}" reminds the customer they have been told before. It sounds impatient and makes them feel slow for asking again. ' +
        'Give the answer again as if for the first time, or open with "To recap,".',
      perLast:
        '"{{phrase}}" is a well-known passive-aggressive phrase: it tells the customer they should have read your last message. ' +
        'Restate the point instead, for example "To recap, your refund was issued on May 3."',
      reread:
        '"{{phrase}}" sends the customer back to reread your message, implying they didn\'t read it properly. ' +
        'Repeat the part that matters instead, for example "The key step is to sign out and back in."',
      readCarefully:
        '"{{phrase}}" implies the customer didn\'t read properly. It is condescending, and they may well have read it. ' +
        'Point to the exact part that helps, for example "Step 3 of this guide covers it: …".',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    hasSuggestions: true,
  },
  phrases: PHRASES,
  accept,
  suggest: recap,
});
