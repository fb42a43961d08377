// P5: own it. Flags the agentless passive that admits a failure without saying who failed:
// "mistakes were made", "an error was made", "your ticket was closed by mistake", "you were
// charged twice", and, next to an apology or a fault word ("sorry", "unfortunately", "mistake")
// in the same sentence or the one before or after,
// "your order was delayed / lost / cancelled", "your request was not processed". A sentence that
// names the agent ("by our courier", "we", "I", "our team", "on our end") or the cause ("because
// our warehouse flooded", "due to the storm") is not evasive, and neither are neutral or good news
// ("Your refund was processed on May 3"), the customer's own report ("Sorry to hear your package
// was damaged", "you mentioned your order was lost"), questions and conditionals.
import type { RuleContext, Sentence, Token } from '../../src/types.js';
import type { PatternMatch } from '../../src/patterns/index.js';
import { definePhraseRule, type Phrase } from '../../src/rules/phrase-rule.js';
import { NEGATIONS } from '../../src/text/clauses.js';

interface PassivePhrase extends Phrase {
  /** A failure only in an apology or fault context ("Unfortunately, your order was cancelled"). */
  needsContext?: boolean;
}

const BE = '(was|were|has been|have been|had been|got|gets|is|are|has|have)';
const BE_PAST = '(was|were|has been|have been|had been|got)';
const DET = '(your|the|this|that|these|those|an|a|both|some|all|one of your|part of your|all of your|all your|my)';
/** Things of the customer's a failure can happen to. */
const THING =
  '(order|orders|package|packages|parcel|parcels|shipment|shipments|delivery|deliveries|request|requests|ticket|tickets|case|refund|refunds|payment|payments|email|emails|message|messages|reply|replies|response|account|subscription|item|items|return|claim|application|booking|reservation|card|charge|charges|invoice|data|file|files|form|question|report|complaint|appointment|call|callback|replacement|exchange|purchase|product|credit|voucher|gift card|code|donation|transfer|deposit|withdrawal|post|comment|review|listing|upload|photo|photos|submission|details|information|address|feedback|bug report|pull request|pr|release notes|release|notes|changelog|thread|issue|password|profile|cancellation|order number|tracking number|money|funds|balance|points|discount|coupon|promo code|membership|plan|warranty|repair)';
/** Words that can't sit inside the noun phrase: "sorry that your order …" starts at "your", not "that". */
const NOT_IN_NP = '!(<punct>|was|were|is|are|has|have|and|or|that|this|these|those|your|the|my|an|a|our|if|when|because)';
const SUBJECT = `${DET} (${NOT_IN_NP})? (${NOT_IN_NP})? ${THING}`;
/** Failures that are faults whoever reads them. */
const MIS = '(mishandled|overlooked|misplaced|mislabeled|mislabelled|misrouted|misdirected|mixed up|misfiled|misaddressed|miscalculated|misprocessed|misread|misspelled|misspelt|ignored|neglected|forgotten|botched|mangled|messed up|lost track of)';
const SLIP = '(accidentally|mistakenly|incorrectly|wrongly|inadvertently|erroneously|wrongfully|unintentionally)';
const DONE =
  '(sent|shipped|closed|cancelled|canceled|deleted|removed|hidden|unpublished|reverted|moved|renamed|charged|billed|processed|refunded|applied|marked|archived|merged|rejected|declined|returned|delivered|dispatched|packed|labeled|labelled|entered|filed|assigned|forwarded|routed|credited|debited|suspended|locked|banned|flagged|disabled|deactivated|reset|changed|updated|overwritten|published|posted|issued|placed|booked)';
/** Failures that need an apology nearby to be admitted as ours ("Your order was cancelled" may be what they asked for). */
// Not "declined", "rejected", "stolen", "returned to sender": a bank, a decision or a thief, not a slip of ours.
const FAILED = '(delayed|lost|cancelled|canceled|damaged|broken|closed|deleted|removed|dropped|missed|held up|misdelivered|left out|skipped|not delivered)';
const NOT_DONE =
  '(processed|shipped|sent|delivered|refunded|received|answered|forwarded|escalated|recorded|saved|applied|updated|credited|issued|approved|included|added|followed up|logged|reviewed|dispatched|passed on|actioned|handled|completed|fulfilled|cancelled|canceled|read|seen|picked up)';

const PHRASES: readonly PassivePhrase[] = [
  // "Mistakes were made", "an error was made", "the ball was dropped": always evasive.
  {
    pattern: '(mistakes|errors|an error|a mistake|some mistakes|some errors|an oversight|oversights|a blunder|blunders|a misstep|missteps|errors of judgment|a bad call|a wrong call) (were|was|have been|has been|had been) (clearly|certainly|definitely|unfortunately|regrettably)? made',
    messageId: 'mistakesWereMade',
  },
  { pattern: 'the ball (was|has been|got) dropped', messageId: 'mistakesWereMade' },
  // "Your ticket was closed by mistake", "your order was accidentally cancelled", "the parcel was mislabeled".
  { pattern: `${SUBJECT} ${BE_PAST} (also)? ${SLIP} ${DONE}`, messageId: 'passive' },
  { pattern: `${SUBJECT} ${BE_PAST} (also)? ${DONE} (by mistake|by accident|in error|by error|incorrectly|wrongly|mistakenly|twice|without (your)? (permission|consent|approval)|(to|with|under|at) the wrong (address|person|customer|account|email|location|name|number|version|version number|price|date|size|item|label|file))`, messageId: 'passive' },
  { pattern: `${SUBJECT} ${BE_PAST} (somehow|also|unfortunately)? ${MIS}`, messageId: 'passive' },
  // "You were charged twice", "you were given the wrong information", "you've been sent the wrong size".
  { pattern: `you (were|have been|had been|got) (accidentally|mistakenly|incorrectly|wrongly)? (charged|billed) (twice|double|two times|incorrectly|in error|by mistake|again|more than once|for (a|an|the) (wrong|incorrect))`, messageId: 'passive' },
  { pattern: `you (were|have been|had been|got) (overcharged|double-charged|double charged|double-billed|misinformed|misled|misquoted)`, messageId: 'passive' },
  {
    pattern: `you (were|have been|had been|got) (given|sent|shipped|told|quoted|charged for|billed for|issued) (the|a|an|some)? (wrong|incorrect|inaccurate|outdated|faulty|damaged|defective|broken|misleading)`,
    messageId: 'passive',
  },
  // "The wrong item was sent".
  { pattern: `(the|a|an) (wrong|incorrect) (!(<punct>|was|were))? (!(<punct>|was|were))? ${BE_PAST} (sent|shipped|delivered|given|applied|charged|used|entered|selected|packed|picked|included|installed|printed|attached)`, messageId: 'passive' },
  // Near an apology or a fault word: "Unfortunately, your order was delayed", "I'm sorry your request was not processed".
  { pattern: `${SUBJECT} ${BE_PAST} (unfortunately|also|again|somehow|then|badly)? ${FAILED}`, messageId: 'passive', needsContext: true },
  { pattern: `${SUBJECT} ${BE} (not|never) (been)? (properly|correctly|fully|yet)? ${NOT_DONE}`, messageId: 'passive', needsContext: true },
];

/** Apology and fault words that make a passive an admission. */
const CONTEXT = new Set([
  'sorry', 'apologize', 'apologise', 'apologies', 'apology', 'apologizing', 'apologising', 'regret', 'regrets', 'unfortunately',
  'sadly', 'regrettably', 'mistake', 'mistakes', 'error', 'errors', 'oversight', 'mix-up', 'mixup', 'fault', 'glitch', 'slip-up',
]);
/** "Sorry to hear …": sympathy for what the customer reports, not an admission. */
const SYMPATHY = new Set(['hear', 'learn', 'read', 'see']);

function hasContext(sentence: Sentence | undefined): boolean {
  if (!sentence || sentence.block.quoted) return false;
  const tokens = sentence.tokens;
  return tokens.some((t, i) => {
    if (t.quoted || !CONTEXT.has(t.norm)) return false;
    if (t.norm === 'sorry' && tokens[i + 1]?.norm === 'to' && SYMPATHY.has(tokens[i + 2]?.norm ?? '')) return false;
    return true;
  });
}

/** "I'm sorry", "we apologize", "we understand": first person that doesn't own the failure. */
const NOT_OWNING = new Set([
  'sorry', 'apologize', 'apologise', 'regret', 'understand', 'know', 'hope', 'want', 'see', 'realize', 'realise', 'appreciate',
  'imagine', 'can', 'completely', 'truly', 'really', 'so', 'very', 'deeply', 'sincerely', 'am', 'are', 'would', 'like', 'wanted',
  'just', 'do', 'totally', 'fully', 'also', 'again', 'hear', 'think', 'believe', 'feel', 'noticed', 'checked', 'looked',
]);
/** Words after "by" that are not an agent: "by mistake", "by Friday". */
const NOT_AGENT = new Set([
  'mistake', 'accident', 'error', 'today', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'then', 'now', 'noon', 'midnight', 'the', 'end', 'a', 'an', 'default', 'email', 'post', 'mail', 'hand', 'far', 'design', 'chance',
]);
/** What names a cause: "because our warehouse flooded", "due to the storm". */
const CAUSES = new Set(['because', 'due', 'owing', 'after', 'caused', 'as']);
/** The customer's own report: "You mentioned your order was lost", "it sounds like your parcel was damaged". */
const REPORTING = new Set(['mentioned', 'said', 'say', 'says', 'wrote', 'write', 'reported', 'report', 'told', 'tell', 'noticed', 'saw', 'seen', 'sounds', 'seems', 'looks', 'explained', 'described', 'flagged', 'raised', 'hear', 'heard', 'learn', 'read']);

/** Whether the sentence names who did it, or why it happened. */
function ownedOrExplained(tokens: readonly Token[], match: PatternMatch<PassivePhrase>): boolean {
  const norms = tokens.map((t) => t.norm);
  for (let i = 0; i < tokens.length; i++) {
    if (i >= match.start && i < match.end) continue;
    const word = norms[i]!;
    if (tokens[i]!.quoted) continue;
    // "by our courier", "by the warehouse team" (not "by mistake", "by Friday").
    if (word === 'by' && i >= match.end) {
      const next = norms[i + 1] ?? '';
      if (!NOT_AGENT.has(next) || (next === 'the' && !['end', 'time', 'way'].includes(norms[i + 2] ?? ''))) return true;
    }
    // "our team", "on our end", "our mistake", "that's on us", "my fault".
    if (word === 'our' || word === 'ours') return true;
    if ((word === 'my' || word === 'mine') && ['fault', 'mistake', 'error', 'bad', 'oversight'].includes(norms[i + 1] ?? '')) return true;
    if (word === 'us' && norms[i - 1] === 'on') return true;
    // "we", "I" as the doer: "we sent the wrong size", not "I'm sorry" or "we apologize".
    if (word === 'we' || word === 'i') {
      let k = i + 1;
      while (k < tokens.length && ['have', 'had', 'will', 'also', 'just', 'already', 'then', 'now'].includes(norms[k]!)) k++;
      const verb = norms[k] ?? '';
      if (verb && !NOT_OWNING.has(verb) && tokens[k]!.kind === 'word') return true;
    }
    // A named cause after the passive: "because …", "due to …", "after the storm".
    if (i >= match.end && CAUSES.has(word)) {
      if (word === 'due' && norms[i + 1] !== 'to') continue;
      if (word === 'owing' && norms[i + 1] !== 'to') continue;
      if (word === 'caused' && norms[i + 1] !== 'by') continue;
      if (word === 'as' && !(norms[i + 1] === 'a' && norms[i + 2] === 'result')) continue;
      if (word === 'after' && !['the', 'a', 'an', 'our', 'their', 'its'].includes(norms[i + 1] ?? '')) continue;
      return true;
    }
  }
  return false;
}

function accept(match: PatternMatch<PassivePhrase>, sentence: Sentence, context: RuleContext): boolean {
  const tokens = sentence.tokens;
  // "No errors were made", "no mistakes were made on your account".
  if (NEGATIONS.has(tokens[match.start - 1]?.norm ?? '')) return false;
  if (ownedOrExplained(tokens, match)) return false;
  // The customer's report restated: "you mentioned your order was lost", "sorry to hear your parcel was damaged".
  const before = tokens.slice(Math.max(0, match.start - 4), match.start).map((t) => t.norm);
  if (before.some((w) => REPORTING.has(w))) return false;
  if (match.data.needsContext) {
    const sentences = context.prose.sentences;
    if (![sentences[sentence.index - 1], sentence, sentences[sentence.index + 1]].some(hasContext)) return false;
  }
  return true;
}

export default definePhraseRule({
  meta: {
    id: 'no-evasive-passive',
    type: 'tone',
    docs: {
      description: 'Disallow the agentless passive that admits a failure without owning it: "mistakes were made", "your order was lost", "you were charged twice".',
      principle: 'P5',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-evasive-passive/README.md',
    },
    messages: {
      mistakesWereMade:
        '"{{phrase}}" admits a mistake without saying who made it; the customer hears an organisation hiding behind its grammar. ' +
        'Say who: "We made a mistake with your order, and I\'ve fixed it."',
      passive:
        '"{{phrase}}" describes a failure as if it happened by itself, so nobody owns it. Customers forgive mistakes that are owned. ' +
        'Say who did it and what you are doing about it, for example "We lost your order; I\'ve sent a replacement by express post."',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  phrases: PHRASES,
  accept,
});
