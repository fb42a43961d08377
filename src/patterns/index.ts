export { compilePatterns, type Matcher, type PatternEntry, type PatternMatch } from './matcher.js';
export { parsePattern, PatternSyntaxError, MAX_REPEAT } from './parse.js';
export { WORD_CLASSES, inflections } from './vocabulary.js';
