// Issue 9's targets, checked against one bench run. They are judged at the largest N measured (the
// issue's 10,000 in a full run) and, where a target compares two sizes, against N / 10. A target
// whose measurements are missing (a tool left out, a size not run) is "n/a", never a pass.

/** `results[toolId][n]` -> [{ name, status: 'PASS' | 'FAIL' | 'n/a', detail }]. */
export function checkTargets(results, sizes) {
  const big = Math.max(...sizes);
  const ref = sizes.includes(big / 10) ? big / 10 : null;
  const at = (tool, n) => (sizes.includes(n) ? results[tool]?.[n] : undefined);
  const x = (value) => `${value.toFixed(2)}x`;
  const count = (n) => (n ?? big / 10).toLocaleString('en-US');

  /** A ratio of two measurements against a limit; `atMost` false means at least. */
  function ratio(name, top, bottom, limit, { atMost = true, field = 'seconds' } = {}) {
    if (top?.[field] == null || bottom?.[field] == null) return { name, status: 'n/a', detail: 'not measured in this run' };
    const value = top[field] / bottom[field];
    const pass = atMost ? value <= limit : value >= limit;
    return { name, status: pass ? 'PASS' : 'FAIL', detail: `${x(value)} (target ${atMost ? '<=' : '>='} ${x(limit)})` };
  }

  const rss = at('macrolint', big)?.rssMb;
  return [
    ratio(`${count(big)} files, cold: at most 1.3x the parser floor`, at('macrolint', big), at('parser-floor', big), 1.3),
    ratio(`${count(big)} files: at least 6x faster than textlint + prh`, at('textlint', big), at('macrolint', big), 6, { atMost: false }),
    ratio('one file: at most 2x bare node start-up', at('macrolint', 1), at('node', 1), 2),
    rss == null
      ? { name: `peak RSS at ${count(big)} files: at most 300 MB`, status: 'n/a', detail: 'not measured in this run' }
      : { name: `peak RSS at ${count(big)} files: at most 300 MB`, status: rss <= 300 ? 'PASS' : 'FAIL', detail: `${rss.toFixed(0)} MB` },
    ratio(`peak RSS at ${count(big)} files: at most 1.25x the peak at ${count(ref)}`, at('macrolint', big), at('macrolint', ref), 1.25, { field: 'rssMb' }),
    ratio(`time from ${count(ref)} to ${count(big)} files grows no worse than linearly`, at('macrolint', big), at('macrolint', ref), ref ? big / ref : 10),
    ratio(`warm --cache re-run over ${count(big)} files: at most 1.5x the read floor`, at('macrolint-cache', big), at('read-floor', big), 1.5),
    ratio(`Zendesk JSON export of ${count(big)} macros: within 1.5x of the same Markdown files`, at('macrolint-zendesk', big), at('macrolint', big), 1.5),
  ];
}
