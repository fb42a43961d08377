// Word classes and inflections for the token-pattern language. Kept as data so that users'
// YAML rules and built-in rules share one vocabulary.

export const WORD_CLASSES: Readonly<Record<string, readonly string[]>> = {
  you: ['you', 'your', 'yours', 'yourself', 'yourselves'],
  we: ['we', 'us', 'our', 'ours', 'ourselves', 'i', 'me', 'my', 'mine', 'myself'],
  pronoun: ['i', 'me', 'my', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'we', 'us', 'our', 'they', 'them', 'their'],
  negation: ['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without'],
  modal: ['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must'],
  be: ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'],
  have: ['have', 'has', 'had', 'having'],
  do: ['do', 'does', 'did', 'doing', 'done'],
  determiner: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'their', 'its', 'his', 'her', 'some', 'any'],
  intensifier: ['really', 'very', 'so', 'quite', 'totally', 'completely', 'extremely', 'absolutely', 'clearly', 'obviously', 'simply', 'just'],
  conditional: ['if', 'unless', 'when', 'whenever', 'once', 'whether'],
};

/** Irregular verb forms: base -> other forms. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  be: ['am', 'is', 'are', 'was', 'were', 'been', 'being'],
  have: ['has', 'had', 'having'],
  do: ['does', 'did', 'done', 'doing'],
  go: ['goes', 'went', 'gone', 'going'],
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  read: ['reads', 'read', 'reading'],
  forget: ['forgets', 'forgot', 'forgotten', 'forgetting'],
  understand: ['understands', 'understood', 'understanding'],
  misunderstand: ['misunderstands', 'misunderstood', 'misunderstanding'],
  make: ['makes', 'made', 'making'],
  break: ['breaks', 'broke', 'broken', 'breaking'],
  get: ['gets', 'got', 'gotten', 'getting'],
  give: ['gives', 'gave', 'given', 'giving'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  write: ['writes', 'wrote', 'written', 'writing'],
  send: ['sends', 'sent', 'sending'],
  leave: ['leaves', 'left', 'leaving'],
  lose: ['loses', 'lost', 'losing'],
  buy: ['buys', 'bought', 'buying'],
  pay: ['pays', 'paid', 'paying'],
  find: ['finds', 'found', 'finding'],
  think: ['thinks', 'thought', 'thinking'],
  know: ['knows', 'knew', 'known', 'knowing'],
  take: ['takes', 'took', 'taken', 'taking'],
  mistake: ['mistakes', 'mistook', 'mistaken', 'mistaking'],
  choose: ['chooses', 'chose', 'chosen', 'choosing'],
  misread: ['misreads', 'misread', 'misreading'],
  put: ['puts', 'put', 'putting'],
  set: ['sets', 'set', 'setting'],
  run: ['runs', 'ran', 'running'],
  come: ['comes', 'came', 'coming'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  mess: ['messes', 'messed', 'messing'],
  miss: ['misses', 'missed', 'missing'],
  fix: ['fixes', 'fixed', 'fixing'],
  hear: ['hears', 'heard', 'hearing'],
  feel: ['feels', 'felt', 'feeling'],
  keep: ['keeps', 'kept', 'keeping'],
  mean: ['means', 'meant', 'meaning'],
  explain: ['explains', 'explained', 'explaining'],
};

const VOWEL = /[aeiou]/;

/** Every form of a verb (or the plural of a noun): fail -> fails, failed, failing. */
export function inflections(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return [base, ...irregular];
  const forms = new Set([base]);
  const last = base.slice(-1);
  if (/(?:s|x|z|ch|sh)$/.test(base)) forms.add(`${base}es`);
  else if (last === 'y' && !VOWEL.test(base.slice(-2, -1))) forms.add(`${base.slice(0, -1)}ies`);
  else forms.add(`${base}s`);
  if (last === 'e') {
    forms.add(`${base}d`);
    forms.add(`${base.slice(0, -1)}ing`);
  } else if (last === 'y' && !VOWEL.test(base.slice(-2, -1))) {
    forms.add(`${base.slice(0, -1)}ied`);
    forms.add(`${base}ing`);
  } else {
    forms.add(`${base}ed`);
    forms.add(`${base}ing`);
    // A short consonant-vowel-consonant verb doubles its last letter: stop -> stopped.
    if (/[^aeiou][aeiou][^aeiouwxy]$/.test(base)) {
      forms.add(`${base}${last}ed`);
      forms.add(`${base}${last}ing`);
    }
  }
  return [...forms];
}
