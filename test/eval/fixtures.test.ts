// The labeled accuracy set in fixtures/eval/: schema, no duplicates, and the minimum sizes the
// accuracy report (docs/accuracy.md) relies on.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { TONE_RULES } from '../../scripts/eval/score.mjs';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/eval');

// The eval's own list, from the labeling brief: on purpose independent of the rule registry.
const TONE = [...TONE_RULES];
const STRUCTURE = ['acknowledge-before-resolving', 'thank-the-customer', 'offer-further-help'];
const DOMAINS = ['retail.yaml', 'saas.yaml', 'it-helpdesk.yaml', 'open-source.yaml'];

interface Item {
  text: string;
  flag: string[];
  note?: string;
}

const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
const load = (file: string): Item[] => YAML.parse(readFileSync(path.join(dir, file), 'utf8'));
const passageFiles = files.filter((f) => f !== 'templates.yaml');
const passages = passageFiles.flatMap((file) => load(file).map((item) => ({ ...item, file })));
const templates = files.includes('templates.yaml') ? load('templates.yaml') : [];

describe('fixtures/eval', () => {
  it('has one file per domain plus templates.yaml', () => {
    expect(files).toEqual([...DOMAINS, 'templates.yaml'].sort());
  });

  it.each(files)('%s is a list of { text, flag, note? } with known rule ids', (file) => {
    const items = load(file) as unknown[];
    expect(Array.isArray(items)).toBe(true);
    const known = file === 'templates.yaml' ? STRUCTURE : TONE;
    items.forEach((raw, i) => {
      const where = `${file} item ${i + 1}`;
      expect(raw, where).toBeTypeOf('object');
      const item = raw as Record<string, unknown>;
      expect(Object.keys(item).filter((k) => !['text', 'flag', 'note'].includes(k)), `${where}: unknown keys`).toEqual([]);
      expect(typeof item.text === 'string' && item.text.trim() !== '', `${where}: text must be a non-empty string`).toBe(true);
      expect(Array.isArray(item.flag), `${where}: flag must be a list`).toBe(true);
      const flag = item.flag as unknown[];
      for (const id of flag) expect(known, `${where}: unknown rule id ${String(id)}`).toContain(id);
      expect(new Set(flag).size, `${where}: repeated rule id`).toBe(flag.length);
      if ('note' in item) expect(typeof item.note === 'string' && item.note.trim() !== '', `${where}: note must be a non-empty string`).toBe(true);
    });
  });

  it('has no duplicate texts (whitespace and case ignored) across all files', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const file of files) {
      for (const item of load(file)) {
        const key = item.text.replace(/\s+/g, ' ').trim().toLowerCase();
        if (seen.has(key)) duplicates.push(`${item.text} (${seen.get(key)} and ${file})`);
        else seen.set(key, file);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('has at least 330 passages: 130 positives and 190 negatives', () => {
    const positives = passages.filter((p) => p.flag.length > 0);
    expect(passages.length).toBeGreaterThanOrEqual(330);
    expect(positives.length).toBeGreaterThanOrEqual(130);
    expect(passages.length - positives.length).toBeGreaterThanOrEqual(190);
  });

  it.each(TONE)('has at least 10 positives for %s, spread over at least 3 domains', (rule) => {
    const positives = passages.filter((p) => p.flag.includes(rule));
    expect(positives.length).toBeGreaterThanOrEqual(10);
    expect(new Set(positives.map((p) => p.file)).size).toBeGreaterThanOrEqual(3);
  });

  it('has at least 20 templates, with positives and negatives for every structure rule', () => {
    expect(templates.length).toBeGreaterThanOrEqual(20);
    for (const rule of STRUCTURE) {
      expect(templates.filter((t) => t.flag.includes(rule)).length, rule).toBeGreaterThanOrEqual(3);
      expect(templates.filter((t) => !t.flag.includes(rule)).length, rule).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps every domain file a realistic mix of positives and negatives', () => {
    for (const file of DOMAINS) {
      const items = passages.filter((p) => p.file === file);
      expect(items.length, file).toBeGreaterThanOrEqual(60);
      expect(items.filter((p) => p.flag.length === 0).length, file).toBeGreaterThanOrEqual(40);
    }
  });
});
