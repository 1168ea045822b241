/**
 * What the real-editor tests need, installed once and reused: Debian's Chromium and Neovim, and VS
 * Code served by code-server 4.100.3 (the newest release for Node 20), installed from the npm
 * registry into the tool cache outside the project (see ../../../shared/notes/real-vscode-tests.md
 * for the measured recipe). Also the extension's own .vsix, built the way users get it.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EXAMPLES, ROOT } from '../paths';
import { TOOLS_CACHE } from '../tools';

export const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function log(message: string): void {
  process.stdout.write(`      [e2e] ${message}\n`);
}

/** Installs Debian packages that are missing (as root, as on every machine of this project). */
export function ensureDebianPackages(packages: string[]): void {
  const missing = packages.filter((p) => {
    try {
      return !/install ok installed/.test(execFileSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }));
    } catch {
      return true;
    }
  });
  if (!missing.length) return;
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages ${missing.join(' ')}; install them with: sudo apt-get install ${missing.join(' ')}`);
  log(`installing Debian packages: ${missing.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** code-server's binary, installed into the tool cache if it is not there yet. */
export function ensureCodeServer(): string {
  const prefix = path.join(TOOLS_CACHE, `code-server-${CODE_SERVER_VERSION}`);
  const bin = path.join(prefix, 'node_modules', '.bin', 'code-server');
  if (existsSync(path.join(prefix, '.complete'))) return bin;
  ensureDebianPackages(['libkrb5-dev', 'pkg-config', 'ripgrep']);
  log(`installing code-server ${CODE_SERVER_VERSION} into ${prefix} (about 40 s, once)`);
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  // @vscode/ripgrep downloads a binary at install time; seed its cache with Debian's rg instead.
  const tmp = mkdtempSync(path.join(tmpdir(), 'corroborate-cs-'));
  const cache = path.join(tmp, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(path.join(tmp, 'rg'), { recursive: true });
  mkdirSync(cache, { recursive: true });
  copyFileSync('/usr/bin/rg', path.join(tmp, 'rg', 'rg'));
  execFileSync('tar', ['-czf', path.join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', path.join(tmp, 'rg'), 'rg']);
  execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
  });
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(path.join(prefix, '.complete'), CODE_SERVER_VERSION);
  return bin;
}

/** Builds the .vsix users install (`npm run package`), once per test run. */
let vsix: string | undefined;
export function buildVsix(): string {
  if (vsix && existsSync(vsix)) return vsix;
  log('packaging the extension (npm run package)');
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  vsix = path.join(ROOT, 'corroborate.vsix');
  return vsix;
}

/** A scratch copy of the examples outside any git repository (so VS Code asks nothing about git). */
export function scratchWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-ws-'));
  const folder = path.join(dir, 'examples');
  cpSync(EXAMPLES, folder, { recursive: true });
  return folder;
}

export interface CodeServer {
  readonly url: string;
  readonly port: number;
  readonly home: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Starts code-server on a free loopback port with its own user data, extensions and settings, in
 * its own process group; `vsixToInstall` is installed first.
 */
export async function startCodeServer(options: { vsixToInstall?: string; settings?: Record<string, unknown> } = {}): Promise<CodeServer> {
  const bin = ensureCodeServer();
  const home = mkdtempSync(path.join(tmpdir(), 'corroborate-vscode-'));
  const dirs = { userData: path.join(home, 'user-data'), extensions: path.join(home, 'extensions'), xdg: path.join(home, 'xdg'), tmp: path.join(home, 'tmp') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const env = { ...process.env, TMPDIR: dirs.tmp, XDG_CONFIG_HOME: dirs.xdg, XDG_DATA_HOME: dirs.xdg, XDG_CACHE_HOME: dirs.xdg, HOME: home };
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'git.enabled': false,
        'git.openRepositoryInParentFolders': 'never',
        'telemetry.telemetryLevel': 'off',
        'security.workspace.trust.enabled': false,
        'extensions.autoUpdate': false,
        'editor.hover.delay': 100,
        // Edits stay unsaved until the user saves: the tests check that typing never writes a source.
        'files.autoSave': 'off',
        ...options.settings,
      },
      null,
      2,
    ),
  );
  if (options.vsixToInstall) {
    execFileSync(bin, ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', options.vsixToInstall], {
      env,
      stdio: 'ignore',
    });
  }
  const port = await freePort();
  const config = path.join(home, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const child: ChildProcess = spawn(
    bin,
    [
      '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
      '--config', config, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened',
    ],
    { env, detached: true, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('code-server did not answer /healthz within 30 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    home,
    async stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 300));
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // gone
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}
