// --report-unused-disable-directives and --no-inline-config, through the built CLI.
import { describe, expect, it } from 'vitest';
import { assertBuilt, fixture, runCli } from './run-cli.js';

const env = { NO_COLOR: '1' };

describe('inline directives on the command line', () => {
  it('honours directives by default: the disabled problem is silent and the run is clean', async () => {
    assertBuilt();
    const run = await runCli(['.'], { cwd: fixture('directives'), env });
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });

  it('--report-unused-disable-directives reports a directive that silences nothing, as an error', async () => {
    const run = await runCli(['--report-unused-disable-directives', '.'], { cwd: fixture('directives'), env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("8:1  error  Unused macrolint-disable-next-line directive (no problems were reported from 'no-blame').");
    // The directive that did silence a problem is not reported.
    expect(run.stdout).not.toContain('no-customer-wrong');
  });

  it('--no-inline-config ignores directives, so the silenced problem is reported', async () => {
    const run = await runCli(['--no-inline-config', '.'], { cwd: fixture('directives'), env });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/6:20 +error +"you are wrong" tells the customer/);
    expect(run.stdout).not.toContain('Unused');
  });
});
