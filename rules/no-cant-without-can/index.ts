// P4: instead of telling customers what we can't do, say what we can. Reports a refusal ("we
// can't", "we are unable to", "we don't offer", "it's not possible", "this is not something we
// can …") when nothing nearby offers a way forward: something we can or will do, something the
// customer can do, an instruction, a link, an escalation ("I've passed this to our billing team"),
// a question that moves things on ("Could you send the order number?"), or, after "but" /
// "however" / "though" in the same sentence, any commitment of ours ("but we're tracking the
// request"). "Nearby" is the refusal's own paragraph and, by default, the next one. Idioms ("we
// can't wait to", "I can't thank you enough", "I can't imagine"), questions, conditionals ("If
// we can't reach you, …"), quotations and code are not refusals.
import type { Block, RuleContext, RuleMatch, Sentence, Token } from '../../src/types.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { isWritersVoice } from '../../src/rules/phrase-rule.js';
import { resolutionIndex } from '../../src/rules/resolution.js';

export interface NoCantWithoutCanOptions {
  /** How many paragraphs after the refusal's own may hold the alternative. */
  paragraphs: number;
}

const DEFAULT_PARAGRAPHS = 1;

type Role = 'refusal' | 'alternative';

interface Entry {
  pattern: string;
  role: Role;
  /** For alternatives: a generic closer ("let us know if you have any questions") doesn't count. */
  notGeneric?: boolean;
}

const ADV =
  '(currently|unfortunately|sadly|simply|really|just|still|also|actually|even|therefore|thus|now|presently|usually|generally|normally|typically|yet|always|at this time|at the moment|right now|at present)';

/** Verbs after "can't" that make an idiom, not a refusal: "we can't wait", "I can't thank you enough". */
const CANT_IDIOMS =
  '(wait|stress|emphasize|emphasise|overstate|overemphasize|overemphasise|underestimate|thank|believe|imagine|express|agree|praise|resist|complain|deny|fault|blame|argue|only)';

/** What a refusal says we don't do: "we don't offer / ship / accept …". */
const DONT_VERBS =
  '(offer|support|allow|provide|accept|ship|sell|carry|stock|issue|give|refund|permit|deliver|process|honor|honour|exchange|take|cover|handle|guarantee|install|repair|replace|host|store|backport|maintain|price-match|price match|make exceptions|do (refunds|returns|exchanges|custom|rush|that|this)|have (a|an|any)? (way|option|ability|access|control))';

const ARE_NOT_VERBS =
  '(accepting|offering|taking|supporting|shipping|allowing|providing|processing|issuing|selling|granting|giving|refunding|handling|stocking|carrying)';

const WONT_VERBS =
  '(refund|refunding|accept|accepting|offer|offering|ship|shipping|issue|issuing|replace|replacing|exchange|exchanging|cover|covering|honor|honour|honoring|honouring|allow|allowing|process|processing|reverse|reversing|reopen|reopening|support|supporting|provide|providing|grant|granting)';

/** "… cannot be refunded": the passive refusal (but not the warning "cannot be undone"). */
const CANNOT_BE =
  '(done|changed|modified|refunded|returned|exchanged|cancelled|canceled|reversed|recovered|restored|edited|processed|shipped|delivered|accepted|honored|honoured|extended|transferred|combined|applied|reinstated|reopened|granted|guaranteed|replaced|supported|offered|fixed|waived)';

/** What a customer "can't" do that is really our refusal: "You can't return opened items". */
const YOU_CANT = '(return|exchange|cancel|change|modify|edit|refund|transfer|get a refund|receive a refund|use|upgrade|downgrade|combine|reuse|swap)';

/** Verbs after "we will" that only promise news, not help: "we will post them in this thread". */
const NEWS_OR_CLOSE =
  '(not|be|post|update|notify|inform|announce|keep|let|get|follow|reach|contact|circle|touch|close|lock|archive|delete|remove|mark|label|reject|decline|deny|have|need|continue|monitor)';

const REFUSALS: readonly string[] = [
  // "We can't modify it", "I cannot currently tell", "we can not".
  `(i|we) ${ADV}? ${ADV}? can not (${ADV}? !${CANT_IDIOMS})?`,
  // "We are unable to", "we're not able to", "I'm not in a position to", "we won't be able to".
  `(i|we) (am|are|was|were|will be|would be|have been|may be|might be) ${ADV}? (not able|unable|not in a position|not allowed|not permitted|not authorized|not authorised) to (<word>)?`,
  `(i|we) (will|would|shall) not be (able|in a position) to (<word>)?`,
  // "We don't offer Small", "we do not accept", "we don't currently ship".
  `(i|we) ${ADV}? (do|does) not ${ADV}? ${ADV}? ${DONT_VERBS}`,
  `(i|we) ${ADV}? no longer ${DONT_VERBS}`,
  // "We are currently not accepting new integrations".
  `(i|we) (am|are) ${ADV}? not ${ADV}? ${ARE_NOT_VERBS}`,
  // "We won't refund", "we will not be shipping".
  `(i|we) will not ${ADV}? (be)? ${WONT_VERBS}`,
  // "It's not possible", "that isn't possible", "this is impossible".
  `(it|this|that|which) (is|was|will be|would be) ${ADV}? not ${ADV}? possible`,
  `(it|this|that) (is|will be) ${ADV}? impossible`,
  // "This is not something we can …", "this is not a bug report we can handle".
  `(this|that|it) (is|was) not (something|anything|one|(a|an) *{1,3}) (that|which)? (i|we) ((can|could) !(ignore|overlook|tolerate|condone|forget|take)|are able to <word>|(currently)? (offer|support|provide|allow|accept|handle))`,
  // "There's no way to recover it", "we have no way of knowing".
  'there (is|was) no way (for (us|me))? to (<word>)?',
  '(i|we) (have|had) no way (of|to) (<word>)?',
  // "Your order cannot be cancelled".
  `can not be ${ADV}? ${CANNOT_BE}`,
  `will not be ${CANNOT_BE}`,
  // "You can't return opened items".
  `you ${ADV}? can not ${ADV}? ${YOU_CANT}`,
];

const ALTERNATIVES: readonly Entry[] = [
  // Something we can or will do.
  { pattern: `(i|we) ${ADV}? (can|could) ${ADV}? (!(not|only|tell|see|imagine|understand|say|guarantee|promise)|only (offer|give|issue|send|refund|replace|credit|exchange))`, role: 'alternative' },
  { pattern: `(i|we) (will|am going to|are going to) ${ADV}? !${NEWS_OR_CLOSE}`, role: 'alternative' },
  { pattern: `(i|we) will ${ADV}? (let|keep) !(you)`, role: 'alternative' },
  { pattern: `(i|we) will ${ADV}? get !(back)`, role: 'alternative' },
  { pattern: '(i|we) (will|would) (also)? be (able|happy|glad|delighted|pleased) to', role: 'alternative' },
  { pattern: '(i|we) (would|will|am|are)? (also)? (be)? (more than|really|very|always|so|also|still|more)? (happy|glad|delighted|pleased|willing) to', role: 'alternative' },
  { pattern: 'let (me|us) !(know)', role: 'alternative' },
  { pattern: 'what (i|we) (can|could) (do|offer)', role: 'alternative' },
  { pattern: 'here (is|are) (how|what|a|an|the|one|where|some|two|three|a few|your)', role: 'alternative' },
  { pattern: '(alternatively|instead|meanwhile|in the meantime)', role: 'alternative' },
  { pattern: 'the (best|good|easiest|quickest|fastest|simplest|next) (news|option|way|alternative|bet|route|path|step)', role: 'alternative' },
  { pattern: '(workaround|workarounds|alternative|alternatives)', role: 'alternative' },
  { pattern: '(another|one|other) (option|options|way)', role: 'alternative' },
  // Something the customer can do.
  { pattern: `you ${ADV}? (can|could|may|might) ${ADV}? !(not|have|be)`, role: 'alternative', notGeneric: true },
  { pattern: 'you (are|will be) (welcome|free) to', role: 'alternative', notGeneric: true },
  { pattern: '(feel free|do not hesitate) to', role: 'alternative', notGeneric: true },
  { pattern: 'you will (be able to|receive|get|find|have|see)', role: 'alternative' },
  // Escalation, or something we did or are doing about it.
  {
    pattern: `(i|we) (have|had)? ${ADV}? (passed|escalated|forwarded|referred|shared|flagged|raised|logged|filed|reported|handed|submitted|added|noted|created|opened|asked|contacted|notified|alerted|looped|copied|arranged|booked|issued|refunded|credited|applied|reserved|scheduled|gone ahead)`,
    role: 'alternative',
  },
  {
    pattern: `(i|we) (am|are) ${ADV}? (tracking|passing|escalating|forwarding|checking|investigating|looking|working|logging|sharing|reviewing|following|monitoring|discussing|exploring|considering|planning|adding|keeping|sending|arranging|setting|issuing|refunding|processing|holding|reserving|suggesting|recommending)`,
    role: 'alternative',
  },
  {
    pattern:
      '(our|the|my) *{0,2} (team|teams|department|colleagues|specialists|specialist|engineers|developers|partner|partners|manager|supervisor|community|forum|forums|list) (can|could|will|would|is able to|are able to|should be able to|may be able to|might be able to|is happy to|are happy to|is best placed|are best placed)',
    role: 'alternative',
  },
];

const ENTRIES: readonly Entry[] = [...REFUSALS.map((pattern): Entry => ({ pattern, role: 'refusal' })), ...ALTERNATIVES];

/** Closers that invite the customer back without offering anything: "let us know if you have any questions". */
const GENERIC = new Set(['question', 'questions', 'concern', 'concerns', 'anything', 'further', 'feedback']);

/** Contact verbs that, as an instruction, are a next step: "reply here when it lands", "ask on our forum". */
const CONTACT = new Set(['reply', 'respond', 'contact', 'reach', 'write', 'ask', 'email', 'e-mail', 'call', 'message', 'ping', 'join', 'visit', 'post', 'open', 'file', 'let', 'get']);
const CONTACT_LEAD_INS = new Set(['please', 'just', 'simply', 'then', 'and', 'or', 'so', 'instead', 'otherwise', 'alternatively', 'now', 'also']);

const CONTRAST = new Set(['but', 'however', 'though', 'although', 'instead', 'alternatively']);
const CLAUSE_END = new Set([';', ':', '—', '–', '(', ')']);
const NEGATION = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'unable', 'impossible']);
/** Words that make what follows a subordinate question or time clause, not an offer: "when we will be able to". */
const SUBORDINATORS = new Set(['when', 'whether', 'how', 'why', 'until', 'before', 'till']);
const SUBJECTS = new Set(['i', 'we', 'you', 'our', 'us', 'me']);

function isWord(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'word' || token.kind === 'placeholder' || token.kind === 'number');
}

/** The idioms a single-verb list can't see: "I can't tell you how sorry I am", "can't help but", "can't recommend it enough". */
function isCantIdiom(tokens: readonly Token[], notIndex: number): boolean {
  let k = notIndex + 1;
  while (tokens[k] && ['really', 'just', 'even', 'possibly', 'ever'].includes(tokens[k]!.norm)) k++;
  const verb = tokens[k];
  if (!verb) return false;
  const next = tokens[k + 1]?.norm ?? '';
  const after = tokens[k + 2]?.norm ?? '';
  if (verb.norm === 'tell' || verb.norm === 'say' || verb.norm === 'express') {
    if (next === 'how' || next === 'enough' || (next === 'you' && ['how', 'what', 'enough'].includes(after))) return true;
  }
  if (verb.norm === 'help' && (next === 'but' || next.endsWith('ing'))) return true;
  if (verb.norm === 'stop' && next.endsWith('ing')) return true;
  if (verb.norm === 'be' && ['happier', 'prouder', 'more', 'better', 'gladder', 'sorrier', 'thankful', 'grateful'].includes(next)) return true;
  if (verb.norm === 'see' && next === 'why' && after === 'not') return true;
  if (verb.norm === 'speak' && ['highly', 'enough'].includes(next)) return true;
  // "We can't thank you enough", "I can't recommend it enough", "can't say enough good things".
  for (let i = k + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct' && /[,;:.!?—–]/.test(token.text)) break;
    if (token.norm === 'enough') return true;
  }
  return false;
}

/** A refusal match, or undefined when it is an idiom or not the writer's own refusal. */
function refusalSpan(sentence: Sentence, match: RuleMatch): [number, number] | undefined {
  const tokens = sentence.tokens;
  let end = match.end;
  // Trim trailing punctuation the pattern's "any token but an idiom" swallowed: "Sorry, we can't."
  while (end > match.start && !isWord(tokens[end - 1])) end--;
  const span = tokens.slice(match.start, end);
  if (span.length === 0) return undefined;
  if (!isWritersVoice(span) || span.some((t) => t.conditional)) return undefined;
  // "If this is a driver bug, or we can't link it to our code, …": a second condition joined to
  // the first after its comma is still conditional (the sentence splitter ends the clause at the comma).
  let k = match.start - 1;
  while (k >= 0 && ['unfortunately', 'sadly', 'if'].includes(tokens[k]!.norm)) k--;
  if (['or', 'and'].includes(tokens[k]?.norm ?? '') && tokens[k - 1]?.text === ',' && tokens[k - 2]?.conditional) return undefined;
  const last = span[span.length - 1]!;
  const notIndex = span.findIndex((t, i) => t.norm === 'not' && span[i - 1]?.norm === 'can');
  if (notIndex >= 0) {
    const absolute = match.start + notIndex;
    // "We can't wait": the pattern stopped at "not" because the verb is an idiom.
    if (last.norm === 'not' && isWord(tokens[end])) return undefined;
    if (isCantIdiom(tokens, absolute)) return undefined;
    // "We can not only refund it but also …": not a refusal.
    if (tokens[absolute + 1]?.norm === 'only') return undefined;
  }
  return [match.start, end];
}

/** Whether the sentence is a generic closer ("feel free to reach out with any questions"). */
function isGeneric(sentence: Sentence): boolean {
  return sentence.tokens.some((t) => GENERIC.has(t.norm) || (t.norm === 'else' && sentence.tokens[t.index - 1]?.norm === 'anything'));
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Whether the customer is told to get in touch in a way that moves things on ("reply here when it lands"). */
function contactNextStep(sentence: Sentence, exclude: [number, number] | undefined): boolean {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!CONTACT.has(token.norm) || token.conditional || !isWritersVoice([token])) continue;
    if (exclude && i >= exclude[0] && i < exclude[1]) continue;
    if (token.norm === 'let' && !['us', 'me'].includes(tokens[i + 1]?.norm ?? '')) continue;
    if (token.norm === 'get' && tokens[i + 1]?.norm !== 'in') continue;
    if (token.norm === 'reach' && tokens[i + 1]?.norm !== 'out') continue;
    if (token.norm === 'open' && !['a', 'an'].includes(tokens[i + 1]?.norm ?? '')) continue;
    // Opening its clause (after "please", "just" …) or after "feel free to", "you can".
    let k = i - 1;
    while (k >= 0 && CONTACT_LEAD_INS.has(tokens[k]!.norm)) k--;
    const before = tokens[k];
    const opens = !before || (before.kind === 'punct' && /[,;:—–(]/.test(before.text));
    const framed = before?.norm === 'to' && ['free', 'hesitate', 'welcome'].includes(tokens[k - 1]?.norm ?? '');
    if ((opens || framed) && !isGeneric(sentence)) return true;
  }
  return false;
}

/** The words of the clause that starts at `from`, up to the next clause boundary or contrast. */
function clauseFrom(tokens: readonly Token[], from: number): Token[] {
  const clause: Token[] = [];
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (CLAUSE_END.has(token.norm) || CONTRAST.has(token.norm)) break;
    clause.push(token);
  }
  return clause;
}

/**
 * After "but" / "however" following the refusal, a positive clause is the other side of the
 * "no": "but we're tracking the request", "but express shipping arrives the next day", "but the
 * 4.x release still works with it". A clause with a negation is more refusal, not a way out.
 */
function contrastAlternative(sentence: Sentence, refusal: [number, number]): boolean {
  const tokens = sentence.tokens;
  for (let i = refusal[1]; i < tokens.length; i++) {
    if (!CONTRAST.has(tokens[i]!.norm)) continue;
    const clause = clauseFrom(tokens, i + 1);
    if (clause.some((t) => NEGATION.has(t.norm))) return false;
    const words = clause.filter((t) => t.kind === 'word' && !t.conditional);
    if (words.some((t) => SUBJECTS.has(t.norm)) || words.length >= 3) return true;
  }
  return false;
}

/** Words after a refusal that say what it takes: "we don't accept pull requests without an issue first". */
const CONDITIONS = new Set(['without', 'unless', 'until', 'before']);

/**
 * A refusal that names the way through, or is followed by "so" and what we did or need:
 * "… without an issue first", "… so I've paused your order", "… so a short recording would help".
 */
function consequenceAlternative(sentence: Sentence, refusal: [number, number]): boolean {
  const tokens = sentence.tokens;
  for (let i = refusal[1]; i < tokens.length; i++) {
    const word = tokens[i]!.norm;
    if (CONDITIONS.has(word) && tokens.slice(i + 1).some((t) => t.kind === 'word')) return true;
    if (word !== 'so' || tokens[i + 1]?.norm === 'that') continue;
    const clause = clauseFrom(tokens, i + 1);
    if (clause.some((t) => NEGATION.has(t.norm))) continue;
    const norms = clause.map((t) => t.norm);
    if (norms.some((w) => w === 'i' || w === 'we' || w === 'please') || norms.join(' ').match(/\b(would|will|could) help\b|\b(could|can|would) you\b/)) return true;
  }
  return false;
}

/** A question that moves things on: "Could you send the order number?", "Would you like a replacement?", "Shall I …?" */
function forwardQuestion(sentence: Sentence): boolean {
  if (!sentence.isQuestion || isGeneric(sentence)) return false;
  const words = sentence.tokens.filter((t) => t.kind === 'word' && !t.quoted);
  const [first, second, third] = words.map((t) => t.norm);
  if (['could', 'can', 'would', 'will'].includes(first ?? '') && second === 'you') return true;
  if (['shall', 'should', 'can', 'could', 'may'].includes(first ?? '') && (second === 'i' || second === 'we')) return true;
  if (first === 'do' && second === 'you' && ['want', 'need', 'have'].includes(third ?? '')) return true;
  return false;
}

/** Whether the sentence offers a way forward, ignoring the tokens of `exclude` (the refusal itself). */
function offersAlternative(sentence: Sentence, matches: readonly RuleMatch[], exclude?: [number, number]): boolean {
  const tokens = sentence.tokens;
  // The words of a refusal are never its own way out: "this is not something we can change".
  const refusals = matches.filter((m) => ENTRIES[m.patternIndex]!.role === 'refusal').map((m): [number, number] => [m.start, m.end]);
  for (const match of matches) {
    const entry = ENTRIES[match.patternIndex]!;
    if (entry.role !== 'alternative') continue;
    if (exclude && overlaps([match.start, match.end], exclude)) continue;
    if (refusals.some((span) => overlaps([match.start, match.end], span))) continue;
    if (!isWritersVoice(match.tokens) || match.tokens.some((t) => t.conditional)) continue;
    if (entry.notGeneric && isGeneric(sentence)) continue;
    // "As far as we can tell …" is a hedge, not an offer.
    if (tokens[match.start - 1]?.norm === 'as' && tokens[match.start - 2]?.norm === 'far') continue;
    // "… any time frames on when we will be able to address it": a question about it, not an offer.
    if (SUBORDINATORS.has(tokens[match.start - 1]?.norm ?? '')) continue;
    if (sentence.isQuestion) continue;
    return true;
  }
  if (exclude && (contrastAlternative(sentence, exclude) || consequenceAlternative(sentence, exclude))) return true;
  if (forwardQuestion(sentence)) return true;
  if (contactNextStep(sentence, exclude)) return true;
  // A link or an address to a workaround, a guide, another channel.
  if (tokens.some((t, i) => (t.kind === 'url' || t.kind === 'email' || t.link) && !t.quoted && !(exclude && i >= exclude[0] && i < exclude[1]))) return true;
  // An instruction: "Please submit a pull request", "Try clearing the cache".
  const instruction = resolutionIndex(sentence);
  if (instruction >= 0 && !(exclude && instruction >= exclude[0] && instruction < exclude[1])) return true;
  return false;
}

/** A line such as "---- NOT A BUG REPORT" that separates saved replies in one file. */
function isSeparator(block: Block, text: string): boolean {
  return /^[-=_*~#]{3,}/.test(text.slice(block.start, block.start + 3));
}

/**
 * Groups blocks into paragraphs: a list (consecutive list items) and a table (consecutive cells)
 * count as one. Returns, per block index, its paragraph's number.
 */
function paragraphNumbers(blocks: readonly Block[]): number[] {
  const numbers: number[] = [];
  let current = -1;
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    const continues = previous && previous.quoted === block.quoted && ((block.kind === 'listItem' && previous.kind === 'listItem') || (block.kind === 'tableCell' && previous.kind === 'tableCell'));
    if (!continues) current++;
    numbers.push(current);
  });
  return numbers;
}

export default defineRule<NoCantWithoutCanOptions>({
  meta: {
    id: 'no-cant-without-can',
    type: 'tone',
    docs: {
      description:
        'Disallow a refusal ("we can\'t", "we are unable to", "we don\'t offer", "it\'s not possible") with no alternative, next step or escalation in the same or the next paragraph.',
      principle: 'P4',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-cant-without-can/README.md',
    },
    messages: {
      refusal:
        '"{{phrase}}" tells the customer what we can\'t do and stops there. A bare "no" reads as a closed door and leaves them with nowhere to go, even when the reason is good. ' +
        'Pair it with what you can do, another option or someone who can help, for example "We can\'t refund digital purchases, but I can add the same amount as credit to your account today."',
    },
    schema: {
      type: 'object',
      properties: {
        paragraphs: {
          type: 'integer',
          minimum: 0,
          maximum: 10,
          description: 'How many paragraphs after the refusal\'s own may hold the alternative (a list or a table counts as one paragraph).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { paragraphs: DEFAULT_PARAGRAPHS },
  },
  patterns: ENTRIES.map((entry) => entry.pattern),
  create(context: RuleContext<NoCantWithoutCanOptions>) {
    const { blocks } = context.prose;
    const paragraphs = Math.max(0, Math.trunc(context.options.paragraphs ?? DEFAULT_PARAGRAPHS));
    const numbers = paragraphNumbers(blocks);
    const matchesOf = new Map<Sentence, RuleMatch[]>();
    const matches = (sentence: Sentence): RuleMatch[] => {
      let found = matchesOf.get(sentence);
      if (!found) {
        found = context.matchPatterns(sentence);
        matchesOf.set(sentence, found);
      }
      return found;
    };
    const alternativeIn = new Map<Sentence, boolean>();
    const sentenceOffers = (sentence: Sentence): boolean => {
      let found = alternativeIn.get(sentence);
      if (found === undefined) {
        found = offersAlternative(sentence, matches(sentence));
        alternativeIn.set(sentence, found);
      }
      return found;
    };

    /** Whether the refusal's paragraph, or one of the next `paragraphs`, offers a way forward. */
    const hasAlternative = (sentence: Sentence, refusal: [number, number]): boolean => {
      const home = numbers[sentence.block.index]!;
      for (let b = 0; b < blocks.length; b++) {
        const block = blocks[b]!;
        const number = numbers[b]!;
        if (number < home) continue;
        if (number > home) {
          // A heading or a separator line starts another reply: the window ends there.
          if (block.kind === 'heading' || isSeparator(block, context.text)) break;
          if (number > home + paragraphs) break;
        }
        if (block.quoted) continue;
        for (const other of block.sentences) {
          if (other === sentence ? offersAlternative(other, matches(other), refusal) : sentenceOffers(other)) return true;
        }
      }
      return false;
    };

    for (const sentence of context.prose.sentences) {
      const block = sentence.block;
      if (block.quoted || block.kind === 'heading' || sentence.isQuestion) continue;
      let reportedUntil = 0;
      const refusals = matches(sentence)
        .filter((match) => ENTRIES[match.patternIndex]!.role === 'refusal')
        .sort((a, b) => a.start - b.start || b.end - a.end);
      for (const match of refusals) {
        if (match.start < reportedUntil) continue;
        const span = refusalSpan(sentence, match);
        if (!span) continue;
        reportedUntil = span[1];
        if (hasAlternative(sentence, span)) continue;
        const start = sentence.tokens[span[0]]!.start;
        const end = sentence.tokens[span[1] - 1]!.end;
        context.report({ messageId: 'refusal', data: { phrase: context.quote(start, end) }, start, end });
      }
    }
  },
});
