// Turns one bench run into the table people read: in the terminal (aligned text) and in
// docs/bench/results.md (Markdown, which the README includes), with the machine it ran on and the
// issue's targets as PASS / FAIL lines.
import os from 'node:os';

const RATIO_TO_TEXTLINT = new Set(['macrolint', 'macrolint-zendesk', 'macrolint-cache']);
const HEADER = ['N', 'Tool', 'Median s', 'CPU s', 'x parser floor', 'textlint / this', 'Files/s', 'Peak RSS MB'];

export function describeMachine() {
  const cpus = os.cpus();
  return {
    node: process.version,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg()[0],
    date: new Date().toISOString(),
  };
}

const seconds = (value) => (value == null ? 'n/a' : value < 1 ? value.toFixed(3) : value.toFixed(2));

/** One row of cells per measured (tool, N); tools the run could not measure show "n/a". */
export function tableRows(results, sizes, tools) {
  const rows = [];
  for (const n of sizes) {
    const floor = results['parser-floor']?.[n]?.seconds;
    const textlint = results.textlint?.[n]?.seconds;
    for (const tool of tools) {
      const entry = results[tool.id]?.[n];
      if (entry === undefined) continue;
      const time = entry.seconds;
      rows.push([
        n.toLocaleString('en-US'),
        tool.label,
        seconds(time),
        seconds(entry.cpuSeconds),
        time != null && floor ? `${(time / floor).toFixed(2)}x` : 'n/a',
        RATIO_TO_TEXTLINT.has(tool.id) && time != null && textlint ? `${(textlint / time).toFixed(1)}x` : '',
        time != null ? Math.round(n / time).toLocaleString('en-US') : 'n/a',
        entry.rssMb == null ? 'n/a' : Math.round(entry.rssMb).toLocaleString('en-US'),
      ]);
    }
  }
  return rows;
}

export function textTable(rows) {
  const all = [HEADER, ...rows];
  const widths = HEADER.map((_, column) => Math.max(...all.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [line(HEADER), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function markdownTable(rows) {
  const line = (row) => `| ${row.join(' | ')} |`;
  return [line(HEADER), line(HEADER.map((_, column) => (column < 2 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** The README's part: when and where, the table, the targets (run.mjs puts it between markers). */
export function readmeSection({ rows, targets, machine }) {
  return [
    `Measured ${machine.date.slice(0, 10)} on ${machine.cpus} x ${machine.cpuModel}, Node ${machine.node}, load average ${machine.loadAverage.toFixed(1)} at the start:`,
    '',
    markdownTable(rows),
    '',
    ...targets.map((target) => `- **${target.status}** ${target.name}: ${target.detail}`),
  ].join('\n');
}

export const targetLines = (targets) => targets.map((target) => `${target.status.padEnd(4)}  ${target.name}: ${target.detail}`);

/** The whole of results.md. `run`: { machine, sizes, runs, seed, bytesPerFile, notes }. */
export function resultsMarkdown({ rows, targets, run }) {
  const { machine } = run;
  return `# Benchmark results

Written by \`npm run bench\` (scripts/bench/run.mjs); re-run it rather than editing this file.

- **Machine:** ${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGb} GB RAM, ${machine.os}; Node ${machine.node}; load average ${machine.loadAverage.toFixed(2)} at the start.
- **Date:** ${machine.date}
- **Corpus:** generated support replies (seed ${run.seed}, about ${run.bytesPerFile} bytes each, about 10% with problems the recommended rules flag), as Markdown files and as one Zendesk macros export of the same replies.
- **Method:** every measurement is a whole process (start-up included); median wall time of ${run.runs} run${run.runs === 1 ? '' : 's'}, peak RSS the largest of them; CPU s is user + system time (median), which a busy machine inflates less than wall time. ${run.notes.join(' ')}

${markdownTable(rows)}

The parser floor is remark-parse alone over the same files, on as many threads as macrolint uses; the read floor reads every file and runs one regex of the same 30 phrases textlint + prh checks.

## Targets (issue 9)

${targets.map((target) => `- **${target.status}** ${target.name}: ${target.detail}`).join('\n')}
`;
}
