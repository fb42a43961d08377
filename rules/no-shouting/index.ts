// P9: treat people with respect, and that includes not shouting at them. Reports words written in
// capitals for emphasis ("Do NOT reply", "PLEASE READ", "URGENT") and piled-up punctuation
// ("!!!", "??", "?!"). Acronyms and initialisms are not shouting: a built-in list (FAQ, PDF, VPN,
// ASAP, README, …) plus the `allow` option, and any capitalised word that can't be an English
// word ("FSAA", "JSON", "GDPR") is taken for one. Placeholders, code, URLs, quoted text, discount
// codes ("use code WELCOME"), button labels and keys ("click SAVE", "press ENTER") and the
// separator lines some files put between replies ("---- NOT A BUG REPORT") are skipped. Repeated
// punctuation is fixable ("!!!" -> "!", "?!" -> "?"); capitals get a suggestion that writes them
// in normal case.
import type { RuleContext, Sentence, Token } from '../../src/types.js';
import { defineRule } from '../../src/rules/define-rule.js';

export interface NoShoutingOptions {
  /** Capitalised words that are not shouting here (product names, in-house acronyms), added to the built-in list. */
  allow: string[];
}

/** Acronyms, initialisms and file names that are written in capitals. Short ones (2–3 letters) only matter inside a run of capitals. */
export const DEFAULT_ALLOW: readonly string[] = [
  // Support and business.
  'FAQ', 'URL', 'PDF', 'API', 'ID', 'VPN', 'USB', 'SSO', 'SMS', 'OK', 'ASAP', 'IT', 'HR', 'CSV', 'ETA', 'RMA', 'SKU', 'UPC', 'EAN',
  'CRM', 'ERP', 'SLA', 'KPI', 'CSAT', 'NPS', 'CEO', 'CTO', 'CFO', 'COO', 'VP', 'QA', 'UX', 'UI', 'PIN', 'CVV', 'CVC', 'IBAN', 'BIC',
  'SWIFT', 'SEPA', 'ACH', 'BACS', 'AMEX', 'VISA', 'VAT', 'GST', 'HST', 'PST', 'TAX', 'LLC', 'INC', 'LTD', 'CORP', 'GMBH', 'BOGO',
  'FYI', 'NB', 'PS', 'NOTE', 'TIP', 'AKA', 'DIY', 'TBD', 'TBA', 'EOD', 'EOW', 'COB', 'OOO', 'PTO', 'RSVP', 'BTW', 'IMO', 'IMHO',
  'AFAIK', 'TLDR', 'TL', 'DR', 'LOL', 'OMG', 'AM', 'PM', 'GDPR', 'CCPA', 'HIPAA', 'PCI', 'SOC', 'ISO', 'KYC', 'AML', 'EULA', 'TOS',
  'USPS', 'UPS', 'DHL', 'TNT', 'DPD', 'GLS', 'EMS', 'FEDEX', 'ARAMEX', 'PO', 'POS', 'QR', 'NFC', 'RFID', 'OTP', 'MFA', 'TOTP', '2FA',
  'SIM', 'ESIM', 'PUK', 'IMEI', 'ICCID', 'LTE', 'GPS', 'TV', 'PC', 'MAC', 'CD', 'DVD', 'XS', 'XL', 'XXL', 'XXXL', 'XXS',
  // Technology.
  'HTML', 'CSS', 'SCSS', 'SASS', 'JSON', 'YAML', 'TOML', 'XML', 'HTTP', 'HTTPS', 'FTP', 'SFTP', 'SSH', 'SSL', 'TLS', 'DNS', 'IP', 'TCP',
  'UDP', 'ISP', 'LAN', 'WAN', 'WLAN', 'SSID', 'WPA', 'NAT', 'DHCP', 'CPU', 'GPU', 'RAM', 'ROM', 'SSD', 'HDD', 'NVME', 'HDMI', 'UEFI',
  'BIOS', 'OS', 'IOS', 'SDK', 'IDE', 'CLI', 'GUI', 'SQL', 'NOSQL', 'REST', 'SOAP', 'CORS', 'AJAX', 'CRUD', 'CRON', 'SAML', 'OAUTH',
  'LDAP', 'SMTP', 'IMAP', 'POP', 'MIME', 'ASCII', 'ANSI', 'UTF', 'POSIX', 'UNIX', 'LINUX', 'ECMA', 'JPEG', 'JPG', 'PNG', 'GIF', 'SVG',
  'HEIC', 'AVIF', 'TIFF', 'WEBP', 'MP', 'ZIP', 'RAR', 'DOCX', 'XLSX', 'PPTX', 'UUID', 'GUID', 'URI', 'URN', 'JWT', 'AWS', 'GCP', 'CDN',
  'SAAS', 'PAAS', 'IAAS', 'NPM', 'PHP', 'PR', 'PRS', 'CI', 'DCO', 'CLA', 'IRC', 'CVE', 'POC', 'MVP', 'OSS', 'GPL', 'LGPL', 'AGPL',
  'MIT', 'BSD', 'WIP', 'LGTM', 'PTAL', 'EOL', 'EOF', 'RTL', 'LTR', 'WYSIWYG', 'VM', 'VS', 'GCN', 'FSAA', 'AI', 'ML', 'LLM', 'GPT',
  'WIFI', 'RAID', 'SATA', 'SCSI', 'COBOL', 'FORTRAN', 'BASIC', 'REPL', 'OPENGL', 'VULKAN',
  // Keys on a keyboard.
  'CTRL', 'ALT', 'ESC', 'SHIFT', 'ENTER', 'TAB', 'DEL', 'CMD', 'FN', 'INS', 'PGUP', 'PGDN', 'BACKSPACE', 'SPACEBAR', 'PRTSC',
  // Files and markers that are written in capitals by convention.
  'README', 'CHANGELOG', 'CONTRIBUTING', 'LICENSE', 'LICENCE', 'AUTHORS', 'CODEOWNERS', 'TODO', 'FIXME', 'XXX',
  // Places, organisations, time zones, currencies.
  'USA', 'US', 'UK', 'EU', 'UAE', 'NZ', 'UN', 'NATO', 'NASA', 'UNESCO', 'FIFA', 'WHO', 'IKEA', 'LEGO', 'ASUS', 'NASDAQ', 'BBC', 'CNN',
  'COVID', 'UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PDT', 'CET', 'CEST', 'BST', 'IST', 'AEST', 'AEDT', 'JST',
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'JPY', 'CHF', 'NZD', 'INR',
];

/** Short everyday words: in capitals they are emphasis ("Do NOT reply", "NO refunds"), not acronyms. */
const SHORT_WORDS = new Set([
  'NO', 'DO', 'SO', 'GO', 'BE', 'WE', 'MY', 'UP', 'IF', 'IS', 'TO', 'OF', 'BY', 'AN',
  'NOT', 'YOU', 'ALL', 'NOW', 'ANY', 'AND', 'THE', 'FOR', 'BUT', 'GET', 'YES', 'OFF', 'OUT', 'WHY', 'HOW', 'ARE', 'WAS', 'HAS',
  'HAD', 'HIS', 'HER', 'SHE', 'HIM', 'OUR', 'TOO', 'TRY', 'CAN', 'DID', 'GOT', 'LET', 'MAY', 'NEW', 'ONE', 'TWO', 'SAY', 'SEE',
  'USE', 'WAY', 'YET', 'ASK', 'PUT', 'OWN', 'PAY', 'BUY', 'FIX', 'ADD', 'WON', 'AGO', 'FAR', 'FEW', 'END', 'BIG', 'BAD', 'MAD',
  'SAD', 'HEY', 'WOW', 'NOR', 'ITS', 'DONT', 'CANT', 'WONT',
]);

/** Allowed words that are also everyday words: inside a shouted run they are lower-cased too ("I AM SO ANGRY" -> "I am so angry"). */
const EVERYDAY = new Set(['AM', 'IT', 'US', 'WHO', 'TAX', 'TIP', 'NOTE', 'REST', 'SOAP', 'BASIC', 'POP', 'MAC', 'PIN', 'OK']);

/** English onsets: the consonants a word can start with. */
const ONSETS = new Set([
  '', 'b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'v', 'w', 'x', 'y', 'z',
  'bl', 'br', 'ch', 'chr', 'cl', 'cr', 'dr', 'dw', 'fl', 'fr', 'gh', 'gl', 'gn', 'gr', 'kl', 'kn', 'kr', 'ph', 'phr', 'pl', 'pr',
  'ps', 'rh', 'sc', 'sch', 'scr', 'sh', 'shr', 'sk', 'sl', 'sm', 'sn', 'sp', 'sph', 'spl', 'spr', 'st', 'str', 'sw', 'th', 'thr',
  'tr', 'tw', 'wh', 'wr', 'squ',
]);

/** English codas: the consonants a word can end with (a final plural or verb "s" is taken off first). */
const CODAS = new Set([
  '', 'b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'x', 'z',
  'bb', 'ck', 'ct', 'dd', 'ff', 'ft', 'gg', 'gh', 'ght', 'ld', 'lf', 'lk', 'll', 'lm', 'lp', 'lt', 'lth', 'mb', 'mp', 'mpt', 'nch',
  'nd', 'ng', 'ngth', 'nk', 'nn', 'ns', 'nst', 'nt', 'nth', 'ph', 'pt', 'rb', 'rc', 'rch', 'rd', 'rf', 'rg', 'rk', 'rl', 'rld', 'rm',
  'rn', 'rp', 'rr', 'rs', 'rst', 'rt', 'rth', 'sh', 'sk', 'sp', 'ss', 'st', 'tch', 'th', 'tt', 'wd', 'wl', 'wn', 'xt', 'zz', 'ch',
  'dth', 'cht', 'sch', 'lch', 'nct', 'rv', 'lv', 'ps', 'ts',
]);

const ROMAN = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/**
 * Whether a word of four letters or more could be an English word rather than an initialism:
 * it has a vowel, and starts and ends with consonants English allows ("URGENT", "PLEASE" yes;
 * "FSAA", "JSON", "GDPR", "NVME" no).
 */
export function looksLikeWord(word: string): boolean {
  const plain = word.replace(/['’-]/g, '');
  const lower = plain.toLowerCase();
  if (ROMAN.test(plain)) return false;
  // "y" is a vowel except at the start of a word ("very", "gym"; "yes").
  const isVowel = (i: number): boolean => /[aeiou]/.test(lower[i]!) || (lower[i] === 'y' && i > 0);
  let first = 0;
  while (first < lower.length && !isVowel(first)) first++;
  if (first === lower.length) return false;
  let last = lower.length - 1;
  while (last > 0 && !isVowel(last)) last--;
  if (/[^aeiouy]{5,}/.test(lower.replace(/s$/, ''))) return false;
  let coda = lower.slice(last + 1);
  if (coda.length > 1 && coda.endsWith('s')) coda = coda.slice(0, -1);
  return ONSETS.has(lower.slice(0, first)) && CODAS.has(coda);
}

interface CapsWord {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  /** Letters only (apostrophes and hyphens dropped). */
  letters: string;
  shouting: boolean;
  /** On the allow list (or a plural of an allowed word). */
  allowed: boolean;
}

const CAPS_WORD = /^\p{Lu}+(?:['’]\p{Lu}+)*(?:-\p{Lu}+(?:['’]\p{Lu}+)*)*$/u;
/** Every shouting word has two capitals, at most an apostrophe or hyphen apart: sentences without any are skipped. */
const MAY_SHOUT = /\p{Lu}['’‐-]?\p{Lu}/u;
const CODE_WORDS = new Set(['code', 'coupon', 'promo', 'voucher', 'codeword', 'password', 'keyword']);
/** Verbs before a button's label, and nouns after one: "click SAVE", "tap the DONE button". */
const UI_VERBS = new Set(['click', 'tap', 'press', 'select', 'choose', 'hit', 'pick', 'toggle', 'type', 'enter', 'labelled', 'labeled', 'marked', 'says', 'reads']);
const UI_NOUNS = new Set(['button', 'buttons', 'tab', 'tabs', 'menu', 'link', 'option', 'field', 'key', 'keys', 'screen', 'page', 'icon', 'setting', 'toggle', 'label', 'status', 'column']);

function isOwn(token: Token): boolean {
  return !token.quoted && token.kind !== 'code' && token.kind !== 'url' && token.kind !== 'email' && token.kind !== 'placeholder';
}

/** Whether the token is on a line such as "---- NOT A BUG REPORT" that separates replies in one file. */
function onSeparatorLine(text: string, offset: number): boolean {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  return /^[ \t>]*[-=_*~#]{3,}/.test(text.slice(lineStart, offset));
}

/**
 * Whether the word stands alone between spaces (surrounding quotes, brackets, emphasis marks and
 * punctuation aside). "NPY_FEATURE_VERSION", "0-WHOLESALE-STANDARD-COLORS" and "AT&T" are
 * identifiers or codes, not words.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  // A chunk ends at spaces and at brackets, so "[CLICK HERE](https://…)" holds two plain words.
  while (from > 0 && !/[\s()[\]]/.test(text[from - 1]!)) from--;
  while (to < text.length && !/[\s()[\]]/.test(text[to]!)) to++;
  const edge = /^[\p{P}*~]*$/u;
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  return edge.test(before) && edge.test(after) && !/[_#@&/\\]/.test(before + after);
}

/** The words of a sentence, with the parts of a contraction ("DON'T" = DO + N'T) put back together. */
function words(sentence: Sentence): Token[][] {
  const result: Token[][] = [];
  for (const token of sentence.tokens) {
    const previous = result[result.length - 1];
    const last = previous?.[previous.length - 1];
    if (last && token.kind === 'word' && last.kind === 'word' && last.end === token.start) previous.push(token);
    else result.push([token]);
  }
  return result;
}

function suggestionText(run: readonly CapsWord[], opensSentence: boolean): string {
  const parts: string[] = [];
  run.forEach((word, i) => {
    let out: string;
    if (!word.shouting && word.letters.length >= 2 && !EVERYDAY.has(word.letters)) out = word.text;
    else if (/^I(?:['’]|$)/.test(word.text)) out = `I${word.text.slice(1).toLowerCase()}`;
    else out = word.text.toLowerCase();
    if (i === 0 && opensSentence) out = out.charAt(0).toUpperCase() + out.slice(1);
    parts.push(out);
  });
  return parts.join('\u0000');
}

export default defineRule<NoShoutingOptions>({
  meta: {
    id: 'no-shouting',
    type: 'tone',
    docs: {
      description: 'Disallow shouting: words in capitals for emphasis ("Do NOT reply", "PLEASE READ") and piled-up punctuation ("!!!", "??", "?!").',
      principle: 'P9',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-shouting/README.md',
    },
    messages: {
      caps:
        '"{{phrase}}" is written in capitals, which reads as shouting. Capitals make a request sound like a reprimand and put the customer on the defensive. ' +
        'Write it in normal case and let the words carry the weight, for example "Please reply in this thread so it reaches me." instead of "Do NOT reply".',
      punctuation:
        '"{{phrase}}" piles up punctuation, which reads as shouting or exasperation and makes a calm message sound heated. ' +
        'One mark is enough, for example "Thanks for your patience!" or "Did the code arrive?".',
    },
    schema: {
      type: 'object',
      properties: {
        allow: {
          type: 'array',
          items: { type: 'string' },
          description: 'Words in capitals that are not shouting here (product names, in-house acronyms), added to the built-in list.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allow: [] },
    fixable: 'text',
    hasSuggestions: true,
  },
  create(context: RuleContext<NoShoutingOptions>) {
    const allow = new Set([...DEFAULT_ALLOW, ...(context.options.allow ?? []).map((w) => String(w).toUpperCase())]);
    const isAllowed = (letters: string): boolean => allow.has(letters) || (letters.endsWith('S') && allow.has(letters.slice(0, -1)));
    const { text } = context;

    for (const sentence of context.prose.sentences) {
      if (sentence.block.quoted) continue;
      if (MAY_SHOUT.test(sentence.text)) reportCapitals(sentence);
      reportPunctuation(sentence);
    }

    function reportCapitals(sentence: Sentence): void {
      const sentenceWords = words(sentence);
      const firstWordIndex = sentenceWords.findIndex((w) => w[0]!.kind === 'word' || w[0]!.kind === 'placeholder' || w[0]!.kind === 'number');

      // Capitals: runs of capitalised words separated only by spaces.
      let run: CapsWord[] = [];
      let runOpensSentence = false;
      const flush = (nextWord?: Token): void => {
        const shouting = run.findIndex((w) => w.shouting);
        if (shouting >= 0 && !isUiLabel(run, nextWord)) {
          // Trim acronyms off the ends: "PLEASE READ THE FAQ" reports "PLEASE READ THE".
          let from = 0;
          let to = run.length;
          while (from < to && !run[from]!.shouting && run[from]!.letters.length >= 2) from++;
          while (to > from && !run[to - 1]!.shouting && run[to - 1]!.letters.length >= 2) to--;
          const span = run.slice(from, to);
          const start = span[0]!.start;
          const end = span[span.length - 1]!.end;
          const found = text.slice(start, end);
          // Rebuild with the original spacing between words.
          const pieces = suggestionText(span, runOpensSentence && from === 0).split('\u0000');
          let replacement = '';
          span.forEach((word, i) => {
            replacement += pieces[i]!;
            if (i < span.length - 1) replacement += text.slice(word.end, span[i + 1]!.start);
          });
          context.report({
            messageId: 'caps',
            data: { phrase: found },
            start,
            end,
            suggest: [{ desc: `Write "${found}" in normal case: "${replacement}".`, fix: { range: [start, end], text: replacement } }],
          });
        }
        run = [];
      };

      /** "Click SAVE", "tap the DONE button": the label of a control, written as the app writes it. */
      const isUiLabel = (words: readonly CapsWord[], nextWord: Token | undefined): boolean => {
        if (words.length > 3) return false;
        const firstToken = words[0]!.tokens[0]!;
        const at = sentence.tokens.indexOf(firstToken);
        const before = sentence.tokens.slice(Math.max(0, at - 3), at).map((t) => t.norm);
        return before.some((w) => UI_VERBS.has(w)) || UI_NOUNS.has(nextWord?.norm ?? '');
      };

      sentenceWords.forEach((group, index) => {
        const first = group[0]!;
        const last = group[group.length - 1]!;
        const wordText = text.slice(first.start, last.end);
        // Most words start in lower case: ruled out before the Unicode-aware checks.
        const startsLower = wordText.charCodeAt(0) >= 97 && wordText.charCodeAt(0) <= 122;
        const candidate =
          !startsLower && first.kind === 'word' && group.every(isOwn) && CAPS_WORD.test(wordText) && standsAlone(text, first.start, last.end) && !onSeparatorLine(text, first.start);
        if (!candidate) {
          flush(first);
          return;
        }
        const previous = run[run.length - 1];
        if (previous && !/^[ \t]+$/.test(text.slice(previous.end, first.start))) flush();
        const letters = wordText.replace(/['’-]/g, '');
        // "Use code WELCOME at checkout": a code to type, not a raised voice.
        const before = sentenceWords.slice(Math.max(0, index - 4), index).map((w) => w[0]!.norm);
        const isCode = before.some((w) => CODE_WORDS.has(w));
        // "C-API": an initial and an acronym.
        const allowed = isAllowed(letters) || wordText.split('-').every((part) => part.length === 1 || isAllowed(part));
        const shouting =
          !allowed && !isCode && (letters.length >= 4 ? looksLikeWord(wordText) : SHORT_WORDS.has(letters));
        if (run.length === 0) runOpensSentence = index === firstWordIndex;
        run.push({ tokens: group, start: first.start, end: last.end, text: wordText, letters, shouting, allowed });
      });
      flush();
    }

    // Punctuation: "!!", "???", "?!", "!?!".
    function reportPunctuation(sentence: Sentence): void {
      const tokens = sentence.tokens;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (token.kind !== 'punct' || !/^[!?]+$/.test(token.text) || token.quoted) continue;
        let j = i;
        while (tokens[j + 1] && tokens[j + 1]!.kind === 'punct' && /^[!?]+$/.test(tokens[j + 1]!.text) && tokens[j + 1]!.start === tokens[j]!.end && !tokens[j + 1]!.quoted) j++;
        const start = token.start;
        const end = tokens[j]!.end;
        const found = text.slice(start, end);
        i = j;
        if (found.length < 2) continue;
        const mark = found.includes('?') ? '?' : '!';
        context.report({ messageId: 'punctuation', data: { phrase: found }, start, end, fix: { range: [start, end], text: mark } });
      }
    }
  },
});
