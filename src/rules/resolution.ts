// What counts as starting to solve the customer's problem: an instruction (an imperative such as
// "Go to Settings", "Please restart", "If it fails, clear the cache", "You'll need to update"),
// a step of a numbered list, a "here's how" / "to fix this" / "the workaround is" phrase, or a
// resolution we report ("I've reset your password", "your refund has been processed").
// Contact and closing lines ("reply to this email", "let us know", "feel free to …", "contact
// us") are not resolutions: they invite the customer back rather than tell them what to do.
import type { Sentence, Token } from '../types.js';
import { compilePatterns, type Matcher } from '../patterns/index.js';

/** Base forms of verbs that, opening a clause, make it an instruction. */
export const INSTRUCTION_VERBS: ReadonlySet<string> = new Set([
  'click', 'go', 'open', 'select', 'try', 'restart', 'reset', 'reinstall', 're-install', 'update', 'check', 'double-check',
  'make', 'ensure', 'follow', 'navigate', 'visit', 'download', 're-download', 'redownload', 'install', 'enter', 're-enter',
  'type', 'log', 'sign', 'clear', 'delete', 'remove', 'add', 'set', 'change', 'use', 'run', 'send', 'resend', 'attach',
  'provide', 'include', 'upgrade', 'downgrade', 'wait', 'verify', 'confirm', 'submit', 'fill', 'tap', 'press', 'choose',
  'enable', 'disable', 'turn', 'uninstall', 'copy', 'paste', 'refresh', 'reboot', 'close', 'move', 'switch', 'head',
  'report', 'give', 'share', 'describe', 'read', 'look', 'search', 'ask', 'contact', 'call', 'email', 'file',
  'take', 'get', 'keep', 'fix', 'resolve', 'solve', 'workaround', 'disconnect', 'connect', 'unplug', 'plug', 'save',
  'export', 'import', 'upload', 'forward', 'edit', 'format', 'launch', 'start', 'stop', 'quit', 'exit', 'scroll',
  'expand', 'drag', 'hold', 'scan', 'print', 'activate', 'deactivate', 'grant', 'accept', 'apply', 'measure',
  'back', 'specify', 'list', 'replace', 'rename', 'modify', 'adjust', 'tweak', 'reopen', 'reload', 'relaunch', 'rerun',
  'retry', 'avoid', 'remember', 'cancel', 'create', 'register', 'link', 'sync', 'pair', 'unpair', 'test', 'grab',
  'note', 'be', 'do', 'review', 'return', 'tick', 'uncheck', 'untick', 'toggle', 'pick', 'find',
]);

/**
 * Verbs that only instruct with the right next word: "make sure", "turn off", "head over",
 * "log in", "sign in", "be sure", "do not forget" …
 */
const NEEDS_NEXT: Readonly<Record<string, ReadonlySet<string>>> = {
  make: new Set(['sure', 'certain', 'a', 'an', 'the', 'it', 'this', 'that', 'your', 'them']),
  turn: new Set(['on', 'off', 'it', 'the', 'your', 'this', 'that', 'them', 'back', 'to']),
  head: new Set(['over', 'to', 'into', 'back', 'on', 'out']),
  log: new Set(['in', 'into', 'out', 'on', 'back', 'onto']),
  sign: new Set(['in', 'into', 'out', 'up', 'back']),
  back: new Set(['up']),
  be: new Set(['sure', 'careful']),
  note: new Set(['down']),
  return: new Set(['the', 'your', 'it', 'them', 'to']),
  find: new Set(['the', 'your']),
  list: new Set(['the', 'your', 'all', 'any']),
  do: new Set(['not']),
  take: new Set(['a', 'the', 'your', 'it', 'them', 'this', 'that', 'off', 'out']),
};

/** After "do not": only "do not forget to …" instructs; other negative imperatives don't. */
const DO_NOT_INSTRUCTS = new Set(['forget']);

/** Objects that turn a contact verb into a closing line: "contact us", "ask me", "call our team". */
const US = new Set(['us', 'me', 'our', 'support', 'we']);

/** Words a clause can open with before its verb: "Please", "First,", "Then", "Just" … */
const LEAD_INS = new Set([
  'please', 'pls', 'plz', 'kindly', 'so', 'ok', 'okay', 'now', 'first', 'firstly', 'second', 'secondly', 'third', 'then',
  'next', 'also', 'finally', 'lastly', 'just', 'simply', 'meanwhile', 'alternatively', 'additionally', 'instead', 'and',
  'but', 'or', 'quickly', 'gently', 'carefully', 'always', 'afterwards', 'afterward', 'again', 'still',
]);

/** Tokens after which a new clause starts. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '-', '(', ')', '…']);

/** A next word that shows the "verb" is really a noun or a label: "Update: …", "Use of …", "Change is …". */
const NOT_AFTER_VERB = new Set([
  'of', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'does', 'did', ',', ':', '’s', "'s", 'button', 'buttons', 'link', 'links', 'page', 'menu', 'tab', 'option', 'options',
  'window', 'date', 'time', 'times', 'code', 'codes', 'label', 'labels', 'request', 'requests', 'policy', 'status',
]);

/** Finite verbs that show the words before them are a subject, not an instruction. */
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did']);

/**
 * Openers of an adverbial first clause, after which the main clause may be an instruction:
 * "For general issues, check …", "In the meantime, try …", "Failing that, you can …".
 */
const ADVERBIAL_OPENERS = new Set([
  'for', 'to', 'in', 'on', 'at', 'after', 'before', 'since', 'failing', 'meanwhile', 'alternatively', 'otherwise', 'also',
  'finally', 'first', 'firstly', 'then', 'next', 'now', 'ok', 'okay', 'so', 'unfortunately', 'instead', 'again', 'from',
  'with', 'without', 'by', 'as', 'while', 'however', 'luckily', 'fortunately', 'ideally', 'additionally', 'anyway',
  'hi', 'hello', 'hey', 'dear', 'meantime', 'lastly', 'secondly', 'thirdly', 'afterwards', 'until', 'during',
]);

/** Hedges that make a report of what we did only a guess: "Chances are we've already fixed it". */
const HEDGES = new Set(['chances', 'maybe', 'perhaps', 'probably', 'possibly', 'likely', 'might', 'may', 'hopefully', 'whether']);

/** "You can …", "You'll need to …", "you may want to …" before an instruction verb. */
const YOU_FRAMES: ReadonlyArray<readonly string[]> = [
  ['can'], ['could'], ['must'], ['should'], ['need', 'to'], ['have', 'to'], ['will', 'need', 'to'], ['will', 'have', 'to'],
  ['would', 'need', 'to'], ['may', 'want', 'to'], ['might', 'want', 'to'], ['will', 'want', 'to'], ['would', 'want', 'to'],
  ['may', 'need', 'to'], ['might', 'need', 'to'],
];

const YOU_FRAME_ADVERBS = new Set(['also', 'just', 'simply', 'then', 'now', 'first', 'either', 'always', 'still', 'easily', 'quickly']);

/** A phrase that starts resolving ('to fix this', 'here's how'), or a report of what we did or will do. */
export type ResolutionKind = 'phrase' | 'done';

interface ResolutionPattern {
  pattern: string;
  kind: ResolutionKind;
}

const DONE = '(refunded|reset|processed|issued|sent|shipped|replaced|credited|cancelled|canceled|fixed|resolved|restored|reactivated|unlocked|resent|re-sent|applied|upgraded|extended|corrected|waived|reversed|approved|updated|changed|removed|deleted|escalated|forwarded|arranged|reinstated|re-enabled|enabled|unblocked|merged|reopened|rescheduled|reshipped|added)';
/** What was done to the customer's thing that resolves it ("your refund has been processed"); not mere status ("has shipped"). */
const DONE_PASSIVE = '(refunded|processed|reset|replaced|credited|cancelled|canceled|fixed|resolved|restored|reactivated|unlocked|resent|re-sent|reshipped|corrected|waived|reversed|reinstated|unblocked|escalated|re-enabled)';
const PROMISE = '(send|refund|issue|replace|ship|reset|process|credit|cancel|fix|escalate|reship|resend|unlock|restore|reactivate|waive|reverse|update|correct|forward|arrange)';
const OBJECT = '(your|the|a|an|you|it|this|that|them|these|those|yours|one|both|everything)';
const THING =
  '(refund|order|replacement|password|account|payment|credit|exchange|return|subscription|request|charge|invoice|item|package|parcel|card|ticket|issue|bug|problem|access|address|email|plan|booking|reservation|shipment|return label|label|fee|fees|discount|code)';

export const RESOLUTION_PATTERNS: readonly ResolutionPattern[] = [
  // "To fix this, …", "Here's how", "The workaround is …"
  { pattern: 'to (fix|resolve|solve|correct|repair|address|avoid|prevent|work around|get around|workaround|get rid of) (this|that|it|the (issue|problem|error|bug|crash))', kind: 'phrase' },
  { pattern: 'here is (how|what (to do|you can do|you need to do)|a (quick)? (fix|workaround|solution))', kind: 'phrase' },
  { pattern: 'here are (the|a few|some)? (steps|instructions)', kind: 'phrase' },
  { pattern: 'the (fix|solution|workaround|resolution|remedy|way to fix this) (for this|here)? (is|would be|will be)', kind: 'phrase' },
  { pattern: 'follow these (steps|instructions)', kind: 'phrase' },
  { pattern: '(a few|some|several|a couple of|two|three) (things|steps|checks) (to|you can) (check|try|do)', kind: 'phrase' },
  { pattern: '@we (would|can|could|will|must)? (strongly|highly)? (recommend|suggest|advise)', kind: 'phrase' },
  // What we did or will do about it.
  { pattern: `(i|we) (have|had)? (just|now|already|also)? (gone ahead and)? ${DONE} ${OBJECT}`, kind: 'done' },
  { pattern: `(i|we) (will|am going to|are going to|would be happy to|would be glad to|can) (now|also|go ahead and)? ${PROMISE} ${OBJECT}`, kind: 'done' },
  { pattern: `(your|the) ${THING} (has|have|was|were|is|are) (now|already|just)? (been|being)? ${DONE_PASSIVE}`, kind: 'done' },
];

let matcher: Matcher<ResolutionPattern> | undefined;

function isOwnWords(token: Token): boolean {
  return !token.quoted && token.kind !== 'code' && token.kind !== 'url' && !token.link;
}

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

function capitalised(token: Token | undefined): boolean {
  return isWord(token) && /^\p{Lu}/u.test(token.text);
}

/** Whether the clause opening with `tokens[at]` (an instruction verb's candidate) is an instruction. */
function isInstructionVerb(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  if (!isWord(verb) || !isOwnWords(verb) || !INSTRUCTION_VERBS.has(verb.norm)) return false;
  const next = tokens[at + 1];
  const after = tokens[at + 2];
  const nextNorm = next?.norm ?? '';
  const needs = NEEDS_NEXT[verb.norm];
  if (needs && !needs.has(nextNorm)) return false;
  if (verb.norm === 'do') return nextNorm === 'not' && DO_NOT_INSTRUCTS.has(after?.norm ?? '');
  if (verb.norm === 'keep' && nextNorm === 'in') return false; // "Keep in mind …" informs.
  if (verb.norm === 'accept' && nextNorm === 'our') return false; // "Please accept our apologies."
  if (verb.norm === 'close' && nextNorm === 'to') return false; // "Close to 50 customers …"
  if (next && (NOT_AFTER_VERB.has(nextNorm) || next.kind === 'number')) return false;
  // Closing lines, not instructions: "contact us", "ask me", "keep us posted", "get in touch",
  // "send us a note", "give us a call", "follow up with us", "follow us on …".
  if (['contact', 'call', 'email', 'ask', 'keep', 'write'].includes(verb.norm) && US.has(nextNorm)) return false;
  if (['contact', 'call', 'email'].includes(verb.norm) && nextNorm === 'the' && ['team', 'support'].includes(after?.norm ?? '')) return false;
  if (verb.norm === 'open' && nextNorm === 'source') return false;
  // "Please delete and disregard this email": a dismissal notice, not a fix.
  if (verb.norm === 'delete') {
    let k = at + 1;
    if (tokens[k]?.norm === 'and' && ['disregard', 'ignore'].includes(tokens[k + 1]?.norm ?? '')) k += 2;
    if (['this', 'the'].includes(tokens[k]?.norm ?? '') && ['email', 'message', 'e-mail'].includes(tokens[k + 1]?.norm ?? '')) return false;
  }
  if (verb.norm === 'get' && ['in', 'back', 'started', 'ready'].includes(nextNorm)) return false;
  if (verb.norm === 'give' && US.has(nextNorm) && ['a', 'an'].includes(after?.norm ?? '')) {
    const what = tokens[at + 3]?.norm ?? '';
    if (['call', 'shout', 'ring', 'buzz', 'try', 'chance', 'moment'].includes(what)) return false;
  }
  if (verb.norm === 'send' && US.has(nextNorm)) {
    let k = at + 2;
    while (['a', 'an', 'quick', 'short', 'brief'].includes(tokens[k]?.norm ?? '')) k++;
    if (['note', 'message', 'line', 'email', 'reply', 'mail'].includes(tokens[k]?.norm ?? '')) return false;
  }
  if (verb.norm === 'follow' && ['up', 'us', 'along', 'me'].includes(nextNorm)) return false;
  // "Press / editorial → …": a label, not an order.
  if (next && (next.kind === 'symbol' || next.kind === 'punct') && ['/', '→', '&', '|', '=', '+'].includes(next.text)) return false;
  // A capitalised name rather than an order: "Open Sole — exposed midfoot …" (a label before a
  // dash or colon), "Open Sole is great for the beach" (a subject before its verb).
  if (capitalised(verb) && capitalised(next)) {
    let k = at + 1;
    while (capitalised(tokens[k]) && k < at + 4) k++;
    const mark = tokens[k];
    if (mark && mark.kind === 'punct' && ['—', '–', '-', ':'].includes(mark.text)) return false;
    if (FINITE.has(mark?.norm ?? '')) return false;
  }
  // "Open and Closed are interchangeable": two names joined, then a verb.
  if ((nextNorm === 'and' || nextNorm === 'or') && capitalised(after) && ['is', 'are', 'was', 'were'].includes(tokens[at + 3]?.norm ?? '')) return false;
  return true;
}

/** "you can …", "you'll need to …": the index of the instruction verb after the frame, or -1. */
function youFrameVerb(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.norm !== 'you') return -1;
  for (const frame of YOU_FRAMES) {
    if (!frame.every((word, i) => tokens[at + 1 + i]?.norm === word)) continue;
    let k = at + 1 + frame.length;
    while (YOU_FRAME_ADVERBS.has(tokens[k]?.norm ?? '')) k++;
    return isInstructionVerb(tokens, k) ? k : -1;
  }
  return -1;
}

interface ClauseStart {
  index: number;
  /**
   * Whether the clause can instruct without "please": the sentence's first clause, the main clause
   * after a conditional or adverbial opener. A clause later in a sentence needs "please"
   * ("…, please file it with …"): after a comma, "open source" or "check-in" is rarely an order.
   */
  main: boolean;
}

/** Where each clause of the sentence starts (token indexes), in order. */
function clauseStarts(tokens: readonly Token[]): ClauseStart[] {
  const starts: ClauseStart[] = [{ index: 0, main: true }];
  const firstWord = tokens.find((t) => t.kind === 'word');
  const adverbialOpening = firstWord !== undefined && ADVERBIAL_OPENERS.has(firstWord.norm);
  let breaks = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    const isBreak = token.kind === 'punct' && CLAUSE_BREAKS.has(token.text);
    if (!isBreak && !(token.conditional && !tokens[i + 1]!.conditional)) continue;
    if (isBreak) breaks++;
    // After a conditional clause ("If you didn't get it, check …") the main clause starts.
    const afterConditional = tokens.slice(0, i + 1).every((t) => t.conditional || t.kind !== 'word' || LEAD_INS.has(t.norm));
    starts.push({ index: i + 1, main: afterConditional || (adverbialOpening && breaks === 1) });
  }
  return starts;
}

/** The instruction a clause opens with: the index of its verb, or -1. */
function instructionAt(tokens: readonly Token[], start: ClauseStart): number {
  let i = start.index;
  while (tokens[i] && (tokens[i]!.kind === 'punct' || tokens[i]!.kind === 'symbol')) i++;
  const first = tokens[i];
  if (!first || first.conditional || !isOwnWords(first)) return -1;
  // Lead-ins: "Please", "First,", "Then", "Just" …
  let k = i;
  let polite = false;
  while (tokens[k] && (LEAD_INS.has(tokens[k]!.norm) || (k > i && tokens[k]!.kind === 'punct' && tokens[k]!.text === ','))) {
    if (['please', 'pls', 'plz', 'kindly'].includes(tokens[k]!.norm)) polite = true;
    k++;
  }
  if (!start.main && !polite) return -1;
  if (isInstructionVerb(tokens, k)) return i;
  const framed = youFrameVerb(tokens, k);
  return framed >= 0 ? i : -1;
}

/** Inside an unpunctuated conditional ("If you find an error you need to report …"): a second "you <frame> <verb>". */
function instructionInsideConditional(tokens: readonly Token[]): number {
  if (!tokens[0]?.conditional) return -1;
  for (let i = 2; i < tokens.length && tokens[i]!.conditional; i++) {
    const previous = tokens[i - 1]!;
    if (previous.conditional && ['if', 'when', 'unless', 'once', 'whenever', 'case', 'that', 'and', 'or'].includes(previous.norm)) continue;
    // Only when the conditional already has a subject and a verb of its own before this "you".
    if (youFrameVerb(tokens, i) >= 0 && tokens.slice(1, i).filter((t) => t.kind === 'word').length >= 3) return i;
  }
  return -1;
}

/**
 * The token index where the sentence starts resolving the problem, or -1. Questions never do
 * ("Could you restart it?" asks); a numbered list item always does (it is a step).
 */
export function resolutionIndex(sentence: Sentence): number {
  if (sentence.isQuestion) return -1;
  const tokens = sentence.tokens;
  if (sentence.block.kind === 'listItem' && sentence.block.ordered && tokens.some((t) => t.kind === 'word' && isOwnWords(t))) {
    return 0;
  }
  let best = -1;
  for (const start of clauseStarts(tokens)) {
    const found = instructionAt(tokens, start);
    if (found >= 0) {
      best = found;
      break;
    }
  }
  const hidden = instructionInsideConditional(tokens);
  if (hidden >= 0 && (best < 0 || hidden < best)) best = hidden;
  matcher ??= compilePatterns(RESOLUTION_PATTERNS.map((entry) => ({ pattern: entry.pattern, data: entry })));
  for (const match of matcher.match(tokens)) {
    if (best >= 0 && match.start >= best) break;
    if (!match.tokens.every(isOwnWords) || match.tokens.some((t) => t.conditional)) continue;
    if (match.data.kind === 'done' && tokens.slice(0, match.start).some((t) => HEDGES.has(t.norm))) continue;
    best = match.start;
    break;
  }
  return best;
}
