// The README's chart: wall time against N on log-log axes, one line per tool, each labelled at its
// right end. Hand-written SVG so the bench needs no chart library and the file diffs as text.

const WIDTH = 900;
const HEIGHT = 600;
const MARGIN = { left: 80, right: 215, top: 70, bottom: 70 };
const LABEL_GAP = 16; // px between two line labels, so they never overlap

const STYLES = {
  macrolint: { color: '#0b5cd5', width: 3.5 },
  'macrolint-zendesk': { color: '#7a3fc8', width: 2 },
  'macrolint-cache': { color: '#16803c', width: 2 },
  textlint: { color: '#c62828', width: 2.5 },
  'parser-floor': { color: '#555555', width: 2, dash: '7 5' },
  'read-floor': { color: '#a06a00', width: 2, dash: '7 5' },
  node: { color: '#888888', width: 1.5, dash: '2 4' },
};

const escapeXml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const decade = (value, round) => 10 ** round(Math.log10(value));
const number = (value) => (value >= 1 ? value.toLocaleString('en-US') : String(Number(value.toPrecision(1))));

/** `results[toolId][n].seconds` for the given sizes and tools -> the SVG document. */
export function chartSvg({ results, sizes, tools, subtitle }) {
  const lines = tools
    .map((tool) => ({ tool, points: sizes.filter((n) => results[tool.id]?.[n]?.seconds != null).map((n) => [n, results[tool.id][n].seconds]) }))
    .filter((line) => line.points.length > 0);
  const times = lines.flatMap((line) => line.points.map(([, s]) => s));
  // One size alone still gets a decade either side, so the axis is never zero-wide.
  const xMin = Math.min(...sizes) === Math.max(...sizes) ? Math.min(...sizes) / 10 : Math.min(...sizes);
  const xMax = Math.min(...sizes) === Math.max(...sizes) ? Math.max(...sizes) * 10 : Math.max(...sizes);
  const yMin = decade(Math.min(...times), Math.floor);
  const yMax = Math.max(decade(Math.max(...times), Math.ceil), yMin * 10);
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const px = (n) => MARGIN.left + ((Math.log10(n) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * plotW;
  const py = (s) => MARGIN.top + plotH - ((Math.log10(s) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * plotH;

  const grid = [];
  for (let d = decade(xMin, Math.ceil); d <= xMax * 1.0001; d *= 10) {
    grid.push(`<line x1="${px(d)}" y1="${MARGIN.top}" x2="${px(d)}" y2="${MARGIN.top + plotH}" class="grid"/>`);
    grid.push(`<text x="${px(d)}" y="${MARGIN.top + plotH + 22}" text-anchor="middle" class="tick">${number(d)}</text>`);
  }
  for (let d = yMin; d <= yMax * 1.0001; d *= 10) {
    grid.push(`<line x1="${MARGIN.left}" y1="${py(d)}" x2="${MARGIN.left + plotW}" y2="${py(d)}" class="grid"/>`);
    grid.push(`<text x="${MARGIN.left - 10}" y="${py(d) + 5}" text-anchor="end" class="tick">${number(d)}</text>`);
    for (const minor of [2, 5]) if (d * minor < yMax) grid.push(`<line x1="${MARGIN.left}" y1="${py(d * minor)}" x2="${MARGIN.left + plotW}" y2="${py(d * minor)}" class="minor"/>`);
  }

  // Labels sit at each line's last point, pushed apart top to bottom so none overlap.
  const labels = lines.map((line) => ({ line, y: py(line.points.at(-1)[1]) })).sort((a, b) => a.y - b.y);
  labels.forEach((label, i) => (label.y = Math.max(label.y, i === 0 ? MARGIN.top : labels[i - 1].y + LABEL_GAP)));

  const series = labels.map(({ line, y }) => {
    const style = STYLES[line.tool.id] ?? { color: '#000000', width: 2 };
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
    const path = line.points.map(([n, s]) => `${px(n).toFixed(1)},${py(s).toFixed(1)}`).join(' ');
    const dots = line.points.map(([n, s]) => `<circle cx="${px(n).toFixed(1)}" cy="${py(s).toFixed(1)}" r="${style.width + 1.5}" fill="${style.color}"/>`).join('');
    const [lastN, lastS] = line.points.at(-1);
    // A label pushed off its line's end gets a short leader back to it.
    const leader = Math.abs(y - py(lastS)) > 3 ? `<line x1="${px(lastN) + 5}" y1="${py(lastS).toFixed(1)}" x2="${px(lastN) + 10}" y2="${y.toFixed(1)}" stroke="${style.color}"/>` : '';
    return `<g><polyline points="${path}" fill="none" stroke="${style.color}" stroke-width="${style.width}"${dash} stroke-linejoin="round"/>${dots}${leader}
  <text x="${px(lastN) + 12}" y="${y + 4}" fill="${style.color}" class="label">${escapeXml(line.tool.short ?? line.tool.label)} ${escapeXml(number(Number(lastS.toPrecision(2))))} s</text></g>`;
  });

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif">
<style>
  .grid { stroke: #d0d7de; stroke-width: 1; }
  .minor { stroke: #e8ebee; stroke-width: 1; }
  .tick { font-size: 13px; fill: #444444; }
  .label { font-size: 13px; font-weight: 600; }
  .axis { font-size: 14px; fill: #222222; }
</style>
<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>
<text x="${MARGIN.left}" y="32" font-size="19" font-weight="700" fill="#111111">Wall time against number of templates (lower is better)</text>
<text x="${MARGIN.left}" y="54" font-size="13" fill="#555555">${escapeXml(subtitle)}</text>
${grid.join('\n')}
<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888888"/>
<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 22}" text-anchor="middle" class="axis">templates linted (log scale)</text>
<text transform="translate(22 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle" class="axis">wall time, seconds (log scale)</text>
${series.join('\n')}
</svg>
`;
}
