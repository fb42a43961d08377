// Compiles token patterns into one matcher. Each pattern becomes a small NFA (Thompson's
// construction, bounded repeats, no loops); all of them are joined into one automaton, which is
// turned into a DFA lazily, as tokens are seen (subset construction, memoised per state and
// token). Matching is then one table lookup per token and start position, whatever the number
// of patterns: no pattern can make a run slow, and adding patterns costs memory, not time.
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

/**
 * The same language with alternatives of single words merged into one word test: the adverb
 * lists of the tone rules (`(currently|unfortunately|sadly|…)`) become one state and one set
 * lookup per token instead of twenty.
 */
function mergeWordAlternatives(node: PatternNode): PatternNode {
  switch (node.type) {
    case 'seq':
      return { ...node, items: node.items.map(mergeWordAlternatives) };
    case 'repeat':
    case 'not':
      return { ...node, inner: mergeWordAlternatives(node.inner) };
    case 'alt': {
      const options = node.options.map(mergeWordAlternatives);
      const words = new Set<string>();
      const others: PatternNode[] = [];
      for (const option of options) {
        if (option.type === 'word' || option.type === 'class') for (const word of option.words) words.add(word);
        else others.push(option);
      }
      if (words.size === 0) return { type: 'alt', options: others };
      const merged: PatternNode = { type: 'word', words, label: [...words].join('|') };
      return others.length === 0 ? merged : { type: 'alt', options: [merged, ...others] };
    }
    default:
      return node;
  }
}

/** The words a pattern can start with, or undefined if it can start with a token of any kind. */
function firstWords(node: PatternNode): Set<string> | undefined {
  switch (node.type) {
    case 'word':
    case 'class':
      return new Set(node.words);
    case 'seq': {
      // A match is never empty, so it starts with the first word of some item, up to the first
      // item that cannot be skipped.
      const result = new Set<string>();
      for (const item of node.items) {
        const words = firstWords(item);
        if (!words) return undefined;
        for (const word of words) result.add(word);
        if (!canBeEmpty(item)) break;
      }
      return result;
    }
    case 'alt': {
      const result = new Set<string>();
      for (const option of node.options) {
        const words = firstWords(option);
        if (!words) return undefined;
        for (const word of words) result.add(word);
      }
      return result;
    }
    case 'repeat':
      return firstWords(node.inner);
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

/** The kinds of token a word test accepts (see testFor). */
const WORDLIKE = new Set(['word', 'punct', 'symbol', 'number']);

/**
 * Every pattern's NFA in one set of arrays, ids global. A testing state t moves to `after[t]`;
 * epsilon states list their `next` states; `owner[s]` is the pattern an accepting state ends.
 *
 * Built as late as possible, because a one-file pre-commit run meets few of ~300 built-in
 * patterns: a pattern's states are built the first time a token it can start with is seen (an
 * index by first word says which), and `closureOf(s)` (the testing and accepting states
 * reachable from s without consuming a token) is computed when first needed.
 */
class Automaton {
  readonly tests: (Test | undefined)[] = [];
  readonly after: number[] = [];
  readonly epsilon: (number[] | undefined)[] = [];
  readonly owner: number[] = [];
  private readonly starts: number[] = [];
  private readonly closures: (Int32Array | undefined)[] = [];
  private readonly byFirstWord = new Map<string, number[]>();
  private readonly anyStart: number[] = [];

  constructor(private readonly nodes: readonly PatternNode[]) {
    nodes.forEach((node, index) => {
      const words = firstWords(node);
      if (!words) {
        this.anyStart.push(index);
        return;
      }
      for (const word of words) {
        const list = this.byFirstWord.get(word);
        if (list) list.push(index);
        else this.byFirstWord.set(word, [index]);
      }
    });
  }

  get size(): number {
    return this.tests.length;
  }

  /** The start states of the patterns that can begin with `token`, built if need be. */
  startsFor(token: Token): number[] {
    const byWord = WORDLIKE.has(token.kind) ? this.byFirstWord.get(token.norm) : undefined;
    const starts: number[] = [];
    for (const list of [byWord, this.anyStart]) for (const index of list ?? []) starts.push(this.startOf(index));
    return starts;
  }

  private startOf(index: number): number {
    let start = this.starts[index];
    if (start === undefined) {
      const states: State[] = [{ next: [], accept: true }];
      const local = build(mergeWordAlternatives(this.nodes[index]!), states, 0);
      const base = this.tests.length;
      for (const state of states) {
        this.tests.push(state.test);
        this.after.push(state.test ? base + state.next[0]! : -1);
        this.epsilon.push(state.test ? undefined : state.next.map((id) => base + id));
        this.owner.push(state.accept ? index : -1);
      }
      start = base + local;
      this.starts[index] = start;
    }
    return start;
  }

  closureOf(id: number): Int32Array {
    let closure = this.closures[id];
    if (closure) return closure;
    const found: number[] = [];
    const seen = new Set<number>();
    const stack = [id];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (seen.has(current)) continue;
      seen.add(current);
      if (this.tests[current] || this.owner[current]! >= 0) found.push(current);
      const next = this.epsilon[current];
      if (next) stack.push(...next);
    }
    closure = Int32Array.from(found);
    this.closures[id] = closure;
    return closure;
  }
}

/** A DFA state: a set of NFA states, the patterns that match on arriving here, and its transitions. */
interface DfaState {
  /** Undefined for the start state, whose moves come from the first-word index. */
  states?: Int32Array;
  /** Patterns (ascending) with an accepting state in this set. */
  accepting: Int32Array;
  /** By token key (kind + norm): the next state, or null where no pattern can go on. */
  next: Map<string, DfaState | null>;
}

// A long run over varied text could meet many token/state pairs; past this many DFA states the
// memo is dropped and rebuilt as needed, so memory stays bounded.
const DEFAULT_MAX_DFA_STATES = 20_000;

/** Builds DFA states on demand from the automaton. */
class LazyDfa {
  private interned = new Map<string, DfaState>();
  private stamps = new Int32Array(64);
  private stamp = 0;
  start: DfaState = LazyDfa.createStart();

  constructor(
    private readonly automaton: Automaton,
    private readonly maxStates: number,
  ) {}

  // Empty matches don't count, so the start state accepts nothing, whatever the patterns.
  private static createStart(): DfaState {
    return { accepting: new Int32Array(0), next: new Map() };
  }

  /** The state after `token`, or null when no pattern can continue. */
  step(from: DfaState, token: Token): DfaState | null {
    // The tests look at nothing but a token's kind and normal form, so these two are the key.
    const key = token.kind === 'word' ? token.norm : `${token.kind}\u0000${token.norm}`;
    const known = from.next.get(key);
    if (known !== undefined) return known;
    const target = this.transition(from, token);
    if (this.interned.size > this.maxStates) {
      this.interned.clear();
      this.start = LazyDfa.createStart();
      return target;
    }
    from.next.set(key, target);
    return target;
  }

  private transition(from: DfaState, token: Token): DfaState | null {
    const sources = from.states ?? this.collect(this.automaton.startsFor(token));
    const { tests, after } = this.automaton;
    const moved: number[] = [];
    for (const id of sources) if (tests[id]?.(token)) moved.push(after[id]!);
    const states = this.collect(moved);
    return states.length === 0 ? null : this.intern(states);
  }

  /** The union of the closures of `entries`, sorted. */
  private collect(entries: readonly number[]): Int32Array {
    if (this.stamps.length < this.automaton.size) {
      // States are built lazily: grow the stamps with them (old stamps are below the current one).
      const grown = new Int32Array(Math.max(this.automaton.size, this.stamps.length * 2));
      grown.set(this.stamps);
      this.stamps = grown;
    }
    const found: number[] = [];
    this.stamp++;
    for (const entry of entries) {
      for (const id of this.automaton.closureOf(entry)) {
        if (this.stamps[id] === this.stamp) continue;
        this.stamps[id] = this.stamp;
        found.push(id);
      }
    }
    return Int32Array.from(found).sort();
  }

  private intern(states: Int32Array): DfaState {
    const key = states.join(',');
    let state = this.interned.get(key);
    if (!state) {
      const accepting = new Set<number>();
      for (const id of states) if (this.automaton.owner[id]! >= 0) accepting.add(this.automaton.owner[id]!);
      state = { states, accepting: Int32Array.from(accepting).sort(), next: new Map() };
      this.interned.set(key, state);
    }
    return state;
  }
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
   * For each pattern, its longest match at every start position, in token order (then pattern
   * order). Matches of one pattern may overlap, so a caller that rejects one can still take a
   * later one.
   */
  match(tokens: readonly Token[]): PatternMatch<Data>[];
}

export interface CompileOptions {
  /** How many DFA states are memoised before the memo is dropped (tests lower it). */
  maxDfaStates?: number;
}

/** Compiles the patterns once; throws PatternSyntaxError for a bad one. */
export function compilePatterns<Data>(entries: ReadonlyArray<PatternEntry<Data>>, options: CompileOptions = {}): Matcher<Data> {
  const automaton = new Automaton(entries.map((entry) => parsePattern(entry.pattern)));
  const dfa = new LazyDfa(automaton, options.maxDfaStates ?? DEFAULT_MAX_DFA_STATES);
  // Each pattern's longest end so far, valid where its stamp is the current start's: stamps
  // count start positions over all calls, so nothing needs clearing between them.
  const endOf = new Int32Array(entries.length);
  const stampOf = new Float64Array(entries.length);
  let stamp = 0;
  return {
    match(tokens) {
      const matches: PatternMatch<Data>[] = [];
      const matched: number[] = [];
      for (let i = 0; i < tokens.length; i++) {
        matched.length = 0;
        stamp++;
        let state: DfaState | null = dfa.start;
        // Empty matches don't count, so the start state's own accepting patterns are ignored.
        for (let j = i; j < tokens.length; j++) {
          state = dfa.step(state, tokens[j]!);
          if (!state) break;
          for (const pattern of state.accepting) {
            if (stampOf[pattern] !== stamp) {
              stampOf[pattern] = stamp;
              matched.push(pattern);
            }
            endOf[pattern] = j + 1;
          }
        }
        if (matched.length === 0) continue;
        matched.sort((a, b) => a - b);
        for (const pattern of matched) {
          const end = endOf[pattern]!;
          matches.push({ data: entries[pattern]!.data, start: i, end, tokens: tokens.slice(i, end) });
        }
      }
      return matches;
    },
  };
}
