// Recognises the greeting ("Hi {{ticket.requester.first_name}},") and the sign-off ("Best,
// Sam") of a reply, so structure rules can tell them from the message itself.
import type { ProseView, Sentence, Token } from '../types.js';

const GREETING_WORDS = new Set(['hi', 'hello', 'hey', 'dear', 'greetings', 'howdy', 'hiya', 'heya', 'yo']);
const GREETING_TIME = new Set(['morning', 'afternoon', 'evening', 'day']);
/** Words that follow a greeting without naming anyone. */
const GENERIC_ADDRESSEES = new Set(['there', 'all', 'everyone', 'everybody', 'folks', 'team', 'friend', 'friends', 'again', 'customer', 'sir', 'madam', 'y\'all']);

const SIGNOFF_OPENERS = [
  ['best'], ['best', 'regards'], ['kind', 'regards'], ['warm', 'regards'], ['regards'], ['cheers'],
  ['sincerely'], ['yours', 'sincerely'], ['warmly'], ['all', 'the', 'best'], ['talk', 'soon'],
  ['take', 'care'], ['thanks'], ['thank', 'you'], ['many', 'thanks'], ['with', 'thanks'], ['thanks', 'again'],
  ['cordially'], ['respectfully'],
];

const DASHES = new Set(['-', '--', '—', '–']);

function words(sentence: Sentence): Token[] {
  return sentence.tokens.filter((t) => t.kind !== 'punct');
}

/** Length in tokens of the greeting opener at the start of `tokens`, or 0. */
function greetingLength(tokens: readonly Token[]): number {
  const first = tokens[0]?.norm;
  if (first && GREETING_WORDS.has(first)) return 1;
  if (first === 'good' && tokens[1] && GREETING_TIME.has(tokens[1].norm)) return 2;
  return 0;
}

/** Renumbers tokens and sentences after a split. */
function reindex(view: ProseView): void {
  view.sentences = view.blocks.flatMap((block) => block.sentences);
  view.sentences.forEach((sentence, index) => {
    sentence.index = index;
    sentence.tokens.forEach((token, t) => (token.index = t));
  });
}

/**
 * "Hi {{name}}, thanks for writing in." is a greeting and a sentence: split them at the comma so
 * that rules see the greeting alone and the rest as a sentence of its own.
 */
function splitGreeting(view: ProseView, first: Sentence, length: number): void {
  const comma = first.tokens.findIndex((t, i) => i >= length && t.kind === 'punct' && t.text === ',');
  if (comma === -1 || comma > length + 4 || comma === first.tokens.length - 1) return;
  // A short tail is part of the greeting ("Hello there, friend."), not a sentence of its own.
  if (first.tokens.slice(comma + 1).filter((t) => t.kind === 'word').length < 3) return;
  const greetingTokens = first.tokens.slice(0, comma + 1);
  const restTokens = first.tokens.slice(comma + 1);
  const source = first.text;
  const slice = (from: number, to: number): string => source.slice(from - first.start, to - first.start);
  const rest: Sentence = {
    ...first,
    tokens: restTokens,
    start: restTokens[0]!.start,
    text: slice(restTokens[0]!.start, first.end),
    startsConditional: Boolean(restTokens.find((t) => t.kind === 'word')?.conditional),
  };
  first.tokens = greetingTokens;
  first.end = greetingTokens[greetingTokens.length - 1]!.end;
  first.text = slice(first.start, first.end);
  first.isQuestion = false;
  const sentences = first.block.sentences;
  sentences.splice(sentences.indexOf(first) + 1, 0, rest);
  reindex(view);
}

function markGreeting(view: ProseView): void {
  const first = view.sentences.find((s) => s.block.kind !== 'heading');
  if (!first) return;
  const length = greetingLength(first.tokens);
  if (length === 0) return;
  splitGreeting(view, first, length);
  first.role = 'greeting';
  view.greeting = first;
  // The name runs from after the greeting word to the first comma (or the end).
  const nameTokens: Token[] = [];
  for (const token of first.tokens.slice(length)) {
    if (token.kind === 'punct') break;
    nameTokens.push(token);
  }
  if (nameTokens.length === 0 || nameTokens.length > 4) return;
  if (nameTokens.length === 1 && GENERIC_ADDRESSEES.has(nameTokens[0]!.norm)) return;
  const placeholder = nameTokens.find((t) => t.placeholder)?.placeholder;
  first.greetingName = {
    text: first.text.slice(nameTokens[0]!.start - first.start, nameTokens[nameTokens.length - 1]!.end - first.start),
    ...(placeholder ? { placeholder } : {}),
  };
}

function startsWithPhrase(tokens: readonly Token[], phrase: readonly string[]): boolean {
  return phrase.every((word, i) => tokens[i]?.norm === word);
}

/**
 * A sign-off is a short sentence in the last block(s) that opens with a closing formula and ends
 * with a comma, or that follows one (the signature line).
 */
function markSignoff(view: ProseView): void {
  const tail = view.sentences.slice(-3);
  for (const sentence of tail) {
    const tokens = sentence.tokens;
    const wordCount = words(sentence).length;
    const last = tokens[tokens.length - 1];
    // "--⏎Sam from Support", "— The Acme team": a dash opens the signature block.
    const dashed = DASHES.has(tokens[0]?.text ?? '') && wordCount <= 5;
    const formula = dashed || SIGNOFF_OPENERS.some((phrase) => startsWithPhrase(tokens, phrase) && tokens.length <= phrase.length + 1);
    if (dashed || (formula && wordCount <= 4 && (last?.text === ',' || last?.text === '!' || tokens.length <= 3))) {
      sentence.role = 'signoff';
      // Everything after the formula is the signature.
      for (const after of view.sentences.slice(sentence.index + 1)) {
        if (words(after).length <= 6) after.role = 'signoff';
      }
      return;
    }
  }
}

export function classifyRoles(view: ProseView): void {
  markGreeting(view);
  markSignoff(view);
}
