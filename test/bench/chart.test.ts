// The README's chart: log-log axes, one labelled line per measured tool, labels that never overlap
// and text from tool names escaped for XML.
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../scripts/bench/chart.mjs';

const tools = [
  { id: 'macrolint', label: 'macrolint' },
  { id: 'textlint', label: 'textlint + prh' },
  { id: 'read-floor', label: 'read floor' },
  { id: 'node', label: "bare node -e ''", short: 'node <bare> & co' },
  { id: 'macrolint-cache', label: 'macrolint, warm --cache' },
];
const results = {
  macrolint: { 1: { seconds: 0.1 }, 100: { seconds: 0.3 }, 10000: { seconds: 4 } },
  textlint: { 1: { seconds: 0.7 }, 100: { seconds: 1 }, 10000: { seconds: 26 } },
  'read-floor': { 1: { seconds: 0.08 }, 100: { seconds: 0.09 }, 10000: { seconds: 0.08 } }, // ends 9 px from bare node
  node: { 1: { seconds: 0.07 }, 100: { seconds: 0.07 }, 10000: { seconds: 0.07 } },
  'macrolint-cache': { 1: { seconds: null }, 100: { seconds: null }, 10000: { seconds: null } },
};
const svg = chartSvg({ results, sizes: [1, 100, 10000], tools, subtitle: 'median of 5 runs' });
const lines = [...svg.matchAll(/<polyline points="([^"]+)"/g)].map((match) => match[1]!.split(' ').map((point) => point.split(',').map(Number)));
const labelYs = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" fill="[^"]+" class="label">/g)].map((match) => Number(match[1]));

describe('chartSvg', () => {
  it('draws one line per tool with measurements, on log scales', () => {
    expect(lines).toHaveLength(4); // the tool without numbers has no line
    const xs = lines[0]!.map(([x]) => x!);
    // 100 is halfway between 1 and 10,000 on a log axis.
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[2]! - xs[1]!, 5);
    // A flat series (bare node) is a horizontal line.
    const flat = lines.find((points) => new Set(points.map(([, y]) => y)).size === 1);
    expect(flat).toBeDefined();
    expect(svg).toContain('>10,000<');
  });

  it('keeps labels at least 16 px apart and escapes them', () => {
    const sorted = [...labelYs].sort((a, b) => a - b);
    expect(sorted).toHaveLength(4);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(16);
    expect(svg).toContain('node &#60;bare&#62; &#38; co 0.07 s');
    expect(svg).not.toContain('<bare>');
  });
});
