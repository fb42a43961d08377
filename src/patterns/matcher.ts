// Compiles token patterns into one matcher. Each pattern becomes a small NFA; an index by first
// word means that at each token only the few patterns that can start there are run. Matching
// tracks sets of states (Thompson's construction), so time is linear in the pattern's size for
// each start position, whatever the pattern.
import type { Token } from '../types.js';
import { parsePattern, type PatternNode } from './parse.js';

type Test = (token: Token) => boolean;

interface State {
  /** A token test, or undefined for an epsilon state. */
  test?: Test;
  /** Next states (epsilon moves when test is undefined; after the token otherwise). */
  next: number[];
  accept?: boolean;
}

interface Program {
  states: State[];
  start: number;
  /** The words a match can start with, or undefined when it can start with anything. */
  firstWords?: ReadonlySet<string>;
}

function testFor(node: PatternNode): Test {
  switch (node.type) {
    case 'word':
    case 'class':
      return (token) => (token.kind === 'word' || token.kind === 'punct' || token.kind === 'symbol' || token.kind === 'number') && node.words.has(token.norm);
    case 'kind':
      return (token) => token.kind === node.kind;
    case 'any':
      return () => true;
    case 'not': {
      const inner = testFor(node.inner);
      return (token) => !inner(token);
    }
    case 'alt': {
      const tests = node.options.map(testFor);
      return (token) => tests.some((t) => t(token));
    }
    default:
      throw new Error(`Not a single-token pattern: ${node.type}`);
  }
}

/** Builds states for `node`, wiring its exits to `next`; returns its entry state. */
function build(node: PatternNode, states: State[], next: number): number {
  const add = (state: State): number => states.push(state) - 1;
  switch (node.type) {
    case 'seq': {
      let entry = next;
      for (let i = node.items.length - 1; i >= 0; i--) entry = build(node.items[i]!, states, entry);
      return entry;
    }
    case 'alt':
      return add({ next: node.options.map((option) => build(option, states, next)) });
    case 'repeat': {
      // min required copies followed by (max - min) optional ones: bounded, so no loops.
      let entry = next;
      for (let i = node.max; i > node.min; i--) {
        const copy = build(node.inner, states, entry);
        entry = add({ next: [copy, entry] });
      }
      for (let i = 0; i < node.min; i++) entry = build(node.inner, states, entry);
      return entry;
    }
    default:
      return add({ test: testFor(node), next: [next] });
  }
}

/** The words a pattern can start with, or undefined if it can start with any token. */
function firstWords(node: PatternNode): Set<string> | undefined {
  switch (node.type) {
    case 'word':
    case 'class':
      return new Set(node.words);
    case 'seq': {
      const result = new Set<string>();
      for (const item of node.items) {
        const words = firstWords(item);
        if (!words) return undefined;
        for (const w of words) result.add(w);
        if (!canBeEmpty(item)) return result;
      }
      return undefined;
    }
    case 'alt': {
      const result = new Set<string>();
      for (const option of node.options) {
        const words = firstWords(option);
        if (!words) return undefined;
        for (const w of words) result.add(w);
      }
      return result;
    }
    case 'repeat':
      return node.min === 0 ? undefined : firstWords(node.inner);
    default:
      return undefined;
  }
}

function canBeEmpty(node: PatternNode): boolean {
  if (node.type === 'repeat') return node.min === 0 || canBeEmpty(node.inner);
  if (node.type === 'seq') return node.items.every(canBeEmpty);
  if (node.type === 'alt') return node.options.some(canBeEmpty);
  return false;
}

function compile(node: PatternNode): Program {
  const states: State[] = [{ next: [], accept: true }];
  const start = build(node, states, 0);
  const words = firstWords(node);
  return { states, start, ...(words ? { firstWords: words } : {}) };
}

/** All states reachable from `from` by epsilon moves, including `from`. */
function closure(program: Program, from: Iterable<number>, into: Set<number>): void {
  const stack = [...from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (into.has(id)) continue;
    into.add(id);
    const state = program.states[id]!;
    if (!state.test) stack.push(...state.next);
  }
}

/** The end (exclusive) of the longest match starting at `start`, or -1. Empty matches don't count. */
function longestAt(program: Program, tokens: readonly Token[], start: number): number {
  let current = new Set<number>();
  closure(program, [program.start], current);
  let best = -1;
  for (let i = start; i < tokens.length && current.size > 0; i++) {
    const token = tokens[i]!;
    const moved: number[] = [];
    for (const id of current) {
      const state = program.states[id]!;
      if (state.test?.(token)) moved.push(...state.next);
    }
    current = new Set<number>();
    closure(program, moved, current);
    if (current.has(0)) best = i + 1;
  }
  return best;
}

export interface PatternEntry<Data> {
  pattern: string;
  data: Data;
}

export interface PatternMatch<Data> {
  data: Data;
  /** Token indexes in the sentence: [start, end). */
  start: number;
  end: number;
  tokens: Token[];
}

export interface Matcher<Data> {
  /**
   * For each pattern, its longest match at every start position, in token order. Matches of one
   * pattern may overlap, so a caller that rejects one can still take a later one.
   */
  match(tokens: readonly Token[]): PatternMatch<Data>[];
}

/** Compiles the patterns once; throws PatternSyntaxError for a bad one. */
export function compilePatterns<Data>(entries: ReadonlyArray<PatternEntry<Data>>): Matcher<Data> {
  const programs = entries.map((entry) => ({ entry, program: compile(parsePattern(entry.pattern)) }));
  const byFirstWord = new Map<string, number[]>();
  const anyStart: number[] = [];
  programs.forEach(({ program }, index) => {
    if (!program.firstWords) {
      anyStart.push(index);
      return;
    }
    for (const word of program.firstWords) {
      const list = byFirstWord.get(word) ?? [];
      list.push(index);
      byFirstWord.set(word, list);
    }
  });
  return {
    match(tokens) {
      const matches: PatternMatch<Data>[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const candidates = [...(byFirstWord.get(tokens[i]!.norm) ?? []), ...anyStart];
        for (const index of candidates) {
          const end = longestAt(programs[index]!.program, tokens, i);
          if (end <= i) continue;
          matches.push({ data: programs[index]!.entry.data, start: i, end, tokens: tokens.slice(i, end) });
        }
      }
      return matches;
    },
  };
}
