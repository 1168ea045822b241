import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { formatSarif } from '../../server/src/cli/format-sarif';
import { formatText } from '../../server/src/cli/format-text';
import type { Report } from '../../server/src/cli/report';
import { Corpus, type Finding } from '../../server/src/engine';
import { EXAMPLES, requireSeeds, ROOT, SEEDS } from '../paths';
import { ensureNpmTool } from '../tools';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

/** A report with one finding, so that every part of the output formats is exercised. */
function sampleReport(dir: string): Report {
  const a = path.join(dir, 'a.txt');
  const b = path.join(dir, 'b b.txt');
  const corpus = new Corpus();
  corpus.set(a, 'Published 2024-10-30\r\n\r\nThe search took four and a half hours.');
  corpus.set(b, 'Öncu said the search took 😀 more than six hours.');
  const ta = corpus.get(a)!.text;
  const tb = corpus.get(b)!.text;
  const finding: Finding = {
    kind: 'duration',
    doc: a,
    span: { start: ta.indexOf('four'), end: ta.indexOf(' hours.') + 6 },
    message: "4.5 h, 'four and a half hours' vs more than 6 h, 'more than six hours' (b b.txt)",
    related: [{ doc: b, span: { start: tb.indexOf('more'), end: tb.indexOf('hours') + 5 }, message: "more than 6 h, 'more than six hours'" }],
    key: 'duration|four and a half hours|more than six hours',
  };
  return { corpus, targets: [a, b], findings: [{ finding, severity: 'warning' }], skipped: [], conflicts: 1 };
}

describe('CLI', () => {
  it('prints the text format like a compiler, with related passages indented', () => {
    const dir = '/data';
    const text = formatText(sampleReport(dir), '/data');
    const lines = text.trimEnd().split('\n');
    assert.equal(lines[0], "a.txt:3:17: warning: 4.5 h, 'four and a half hours' vs more than 6 h, 'more than six hours' (b b.txt) [duration]");
    assert.equal(lines[1], "    b b.txt:1:30: note: more than 6 h, 'more than six hours'");
    assert.equal(lines[2], '1 conflict, 1 finding in 1 of 2 sources (1 dated).');
  });

  it('writes SARIF 2.1.0 with 1-based lines and UTF-16 columns, rules and related locations', () => {
    const sarif = JSON.parse(formatSarif(sampleReport('/data'), '1.2.3'));
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    assert.ok(run0.tool.driver.rules.some((r: { id: string }) => r.id === 'duration'));
    const result = run0.results[0];
    assert.equal(result.ruleId, 'duration');
    assert.equal(run0.tool.driver.rules[result.ruleIndex].id, 'duration');
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 3, startColumn: 17, endLine: 3, endColumn: 38 });
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'file:///data/a.txt');
    const related = result.relatedLocations[0];
    assert.equal(related.physicalLocation.artifactLocation.uri, 'file:///data/b%20b.txt');
    // "😀" is two UTF-16 code units: "more" starts at column 30.
    assert.deepEqual(related.physicalLocation.region, { startLine: 1, startColumn: 30, endLine: 1, endColumn: 49 });
  });

  it('writes SARIF that the SARIF Multitool validates without errors', function () {
    this.timeout(180000);
    let tool: string;
    try {
      tool = path.join(ensureNpmTool('@microsoft/sarif-multitool-linux', '5.7.0'), 'Sarif.Multitool');
      chmodSync(tool, 0o755);
    } catch (e) {
      assert.fail(`could not install the SARIF Multitool from the npm registry: ${String(e)}`);
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-sarif-'));
    try {
      const log = path.join(dir, 'out.sarif');
      writeFileSync(log, formatSarif(sampleReport(dir), '1.2.3'));
      const checked = path.join(dir, 'validation.sarif');
      execFileSync(tool, ['validate', log, '--output', checked, '--log', 'ForceOverwrite'], { stdio: 'ignore' });
      const validation = JSON.parse(readFileSync(checked, 'utf8'));
      const errors = validation.runs[0].results.filter((r: { level?: string }) => r.level === 'error');
      assert.deepEqual(errors.map((r: { message: { text?: string } }) => r.message.text), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks the examples and the seeds in every format', function () {
    for (const format of ['text', 'json', 'sarif']) {
      const r = run(['check', EXAMPLES, '--format', format, '--fail-on', 'never']);
      assert.equal(r.status, 0, r.stderr);
      if (format !== 'text') JSON.parse(r.stdout);
    }
    const json = JSON.parse(run(['check', EXAMPLES, '--format', 'json']).stdout);
    assert.equal(json.sources.length, 5);
    requireSeeds(this);
    const sarif = JSON.parse(run(['check', SEEDS, '--format', 'sarif']).stdout);
    assert.equal(sarif.runs[0].artifacts.length, 5);
  });

  it('says what is wrong in one line and exits 2 on a bad invocation or a missing path', () => {
    for (const args of [['check', '/no/such/path'], ['check', '--format', 'xml'], ['frobnicate'], ['check', '--nope']]) {
      const r = run(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line for: ${args.join(' ')}`);
      assert.match(r.stderr, /^corroborate: /);
    }
    assert.equal(run([]).status, 2);
    assert.equal(run(['--help']).status, 0);
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });

  it('skips an unreadable or binary file with a message and goes on', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-cli-'));
    try {
      writeFileSync(path.join(dir, 'good.txt'), 'Fine text.');
      writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0xc3, 0x28, 0x41]));
      const r = run(['check', dir, '--format', 'json']);
      assert.equal(r.status, 0);
      assert.match(r.stderr, /bad\.txt: skipped: is not valid UTF-8 text/);
      const json = JSON.parse(r.stdout);
      assert.deepEqual(json.sources.map((s: { path: string }) => path.basename(s.path)), ['good.txt']);
      assert.equal(json.skipped.length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
