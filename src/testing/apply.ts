import type { TextEdit } from '../types.js';

/** The text with one edit applied. */
export function applySuggestion(text: string, edit: TextEdit): string {
  const [start, end] = edit.range;
  return text.slice(0, start) + edit.text + text.slice(end);
}
