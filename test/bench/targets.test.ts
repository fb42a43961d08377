// Issue 9's targets as the bench judges them: each PASS or FAIL from the right two measurements,
// and "n/a" (never PASS) when a measurement is missing.
import { describe, expect, it } from 'vitest';
import { checkTargets, type Measurement } from '../../scripts/bench/targets.mjs';

const m = (seconds: number | null, rssMb: number | null = 100): Measurement => ({ seconds, rssMb });
const SIZES = [1, 100, 1000, 10000];

/** A run meeting every target; each test breaks one. */
function goodRun(): Record<string, Record<number, Measurement>> {
  return {
    macrolint: { 1: m(0.12), 1000: m(0.5, 150), 10000: m(4, 180) },
    'macrolint-zendesk': { 10000: m(4.4) },
    'macrolint-cache': { 10000: m(0.3) },
    textlint: { 10000: m(30) },
    'parser-floor': { 10000: m(3.3) },
    'read-floor': { 10000: m(0.25) },
    node: { 1: m(0.07) },
  };
}
const statusOf = (results: Record<string, Record<number, Measurement>>, name: string, sizes = SIZES) =>
  checkTargets(results, sizes).find((target) => target.name.includes(name))?.status;

describe('checkTargets', () => {
  it('passes a run that meets every target', () => {
    expect(checkTargets(goodRun(), SIZES).map((target) => target.status)).toEqual(Array(8).fill('PASS'));
  });

  it('fails each target on its own measurements', () => {
    const cases: [string, (run: ReturnType<typeof goodRun>) => void][] = [
      ['parser floor', (run) => (run.macrolint![10000] = m(4.4, 180))],
      ['faster than textlint', (run) => (run.textlint![10000] = m(20))],
      ['one file', (run) => (run.macrolint![1] = m(0.15))],
      ['at most 300 MB', (run) => ((run.macrolint![10000] = m(4, 320)), (run.macrolint![1000] = m(0.5, 260)))],
      ['1.25x the peak', (run) => (run.macrolint![1000] = m(0.5, 140))],
      ['linearly', (run) => (run.macrolint![1000] = m(0.39, 150))],
      ['warm --cache', (run) => (run['macrolint-cache']![10000] = m(0.4))],
      ['Zendesk', (run) => (run['macrolint-zendesk']![10000] = m(6.1))],
    ];
    for (const [name, breakIt] of cases) {
      const run = goodRun();
      breakIt(run);
      expect(statusOf(run, name), name).toBe('FAIL');
      expect(checkTargets(run, SIZES).filter((target) => target.status === 'FAIL'), name).toHaveLength(1);
    }
  });

  it('says n/a when a tool or a size was not measured', () => {
    const run = goodRun();
    delete run['macrolint-cache'];
    run.textlint![10000] = m(null);
    expect(statusOf(run, 'warm --cache')).toBe('n/a');
    expect(statusOf(run, 'textlint')).toBe('n/a');
    // Without N = 1 there is no start-up figure; without N / 10 no growth or memory ratio.
    expect(statusOf(goodRun(), 'one file', [10000])).toBe('n/a');
    expect(statusOf(goodRun(), 'linearly', [1, 10000])).toBe('n/a');
  });

  it('judges at the largest size measured', () => {
    const names = checkTargets(goodRun(), [100, 1000]).map((target) => target.name);
    expect(names[0]).toBe('1,000 files, cold: at most 1.3x the parser floor');
    expect(names).toContain('time from 100 to 1,000 files grows no worse than linearly');
  });
});
