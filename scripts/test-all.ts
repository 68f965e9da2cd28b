// npm test: every suite in order, then one line "N passed, N failed" over all of them.
// Suites: type check, unit tests, the Chrome and Firefox builds, web-ext lint of the Firefox
// build, and the end-to-end tests in headless Chromium with the built extension.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface Tally {
  suite: string;
  passed: number;
  failed: number;
}

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });
const tallies: Tally[] = [];

function run(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  return r.status ?? 1;
}

/** A check that either holds or not counts as one test. */
function check(suite: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${suite}`);
  const ok = run(cmd, args) === 0;
  tallies.push({ suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

/** A vitest run, counted test by test from its JSON report. */
function vitest(suite: string, args: string[]): void {
  console.log(`\n▶ ${suite}`);
  const report = join(OUT, `${suite.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true });
  const status = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  try {
    const r = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; success: boolean };
    // A file that fails to load has no tests in it, but the run failed: count it.
    const broken = status !== 0 && r.numFailedTests === 0 ? 1 : 0;
    tallies.push({ suite, passed: r.numPassedTests, failed: r.numFailedTests + broken });
  } catch {
    tallies.push({ suite, passed: 0, failed: 1 });
  }
}

function lint(): void {
  console.log('\n▶ web-ext lint (firefox-mv2)');
  const r = spawnSync('npx', ['web-ext', 'lint', '-s', '.output/firefox-mv2', '-o', 'json'], { encoding: 'utf8' });
  try {
    const out = JSON.parse(r.stdout) as { summary: { errors: number; warnings: number }; errors: Array<{ code: string; message: string; file?: string }> };
    for (const e of out.errors) console.log(`  error ${e.code} ${e.file ?? ''}: ${e.message}`);
    console.log(`  ${out.summary.errors} errors, ${out.summary.warnings} warnings`);
    tallies.push({ suite: 'web-ext lint', passed: out.summary.errors === 0 ? 1 : 0, failed: out.summary.errors === 0 ? 0 : 1 });
  } catch {
    console.log(r.stdout, r.stderr);
    tallies.push({ suite: 'web-ext lint', passed: 0, failed: 1 });
  }
}

check('type check', 'npx', ['tsc', '--noEmit']);
vitest('unit', []);
const chrome = check('build chrome-mv3', 'npx', ['wxt', 'build']);
if (check('build firefox-mv2', 'npx', ['wxt', 'build', '-b', 'firefox'])) lint();
if (chrome) vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
else tallies.push({ suite: 'e2e', passed: 0, failed: 1 });

console.log('\nSuite results:');
for (const t of tallies) console.log(`  ${t.suite}: ${t.passed} passed, ${t.failed} failed`);
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
