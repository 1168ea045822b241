/** Driving VS Code's workbench in Chromium as a user does, with checks that say what they saw. */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ROOT } from '../paths';
import { CHROMIUM, CHROMIUM_ARGS } from './setup';

export class Workbench {
  private constructor(
    readonly browser: Browser,
    readonly page: Page,
    readonly console: string[],
  ) {}

  static async open(url: string, folder: string): Promise<Workbench> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const lines: string[] = [];
    page.on('console', (m) => lines.push(`${m.type()}: ${m.text()}`));
    const wb = new Workbench(browser, page, lines);
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    return wb;
  }

  /**
   * Waits for the workbench and for Corroborate's status item to show sources read. The extension
   * starts with the first plain-text or Markdown document: open one first.
   */
  async ready(): Promise<void> {
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await this.eventually(
      async () => (await this.page.locator('.statusbar-item').allTextContents()).join(' | '),
      (s) => /\d+ sources?, \d+ conflicts?/.test(s),
      'the status bar to show "N sources, M conflicts"',
      60000,
    );
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /**
   * Polls `read` until `ok` holds; otherwise fails with what was expected and the last thing seen.
   */
  async eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, expected: string, timeout = 20000): Promise<T> {
    const deadline = Date.now() + timeout;
    let last: T | undefined;
    let error: unknown;
    while (Date.now() < deadline) {
      try {
        last = await read();
        error = undefined;
        if (ok(last)) return last;
      } catch (e) {
        error = e;
      }
      await this.page.waitForTimeout(250);
    }
    const seen = error ? `an error: ${String(error)}` : JSON.stringify(last)?.slice(0, 1500);
    throw new Error(`expected ${expected}; saw ${seen}`);
  }

  /**
   * Opens a picker with `keys` and waits until its input holds `prefix` (":" for Go to Line, ">"
   * for commands, "" for Quick Open): a picker still closing from the last step must not take the
   * typing.
   */
  private async picker(keys: string, prefix: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.eventually(
      async () => (await this.page.locator('.quick-input-widget').first().isVisible()) === false,
      (hidden) => hidden,
      'the previous picker to close',
      5000,
    ).catch(() => undefined);
    const input = this.page.locator('.quick-input-widget input').first();
    await this.eventually(
      async () => {
        // A workbench still loading (after a reload) drops the keys: press them again.
        if (!(await input.isVisible())) {
          await this.page.keyboard.press(keys);
          await this.page.waitForTimeout(250);
        }
        return (await input.isVisible()) ? await input.inputValue() : null;
      },
      (v) => v === prefix,
      `the picker opened by ${keys} to show "${prefix}"`,
    );
  }

  /** Opens a file of the workspace with Quick Open. */
  async openFile(name: string): Promise<void> {
    await this.picker('Control+P', '');
    await this.page.keyboard.type(name);
    await this.eventually(
      async () => (await this.page.locator('.quick-input-list .monaco-list-row.focused').allTextContents()).join(' | '),
      (s) => s.startsWith(name),
      `Quick Open to select ${name}`,
    );
    await this.page.keyboard.press('Enter');
    await this.eventually(() => this.activeTab(), (t) => t === name, `the active tab to be ${name}`);
  }

  /** Runs a command by its title from the Command Palette. */
  async runCommand(title: string): Promise<void> {
    await this.picker('F1', '>');
    await this.page.keyboard.type(title);
    await this.eventually(
      async () => (await this.page.locator('.quick-input-list .monaco-list-row.focused').allTextContents()).join(' | '),
      (s) => s.includes(title),
      `the Command Palette to select "${title}"`,
    );
    await this.page.keyboard.press('Enter');
  }

  /** The file name of the active tab of the active editor group (with several groups, each has an active tab). */
  async activeTab(): Promise<string | null> {
    const inGroup = this.page.locator('.editor-group-container.active .tab.active').first();
    if (await inGroup.count()) return inGroup.getAttribute('data-resource-name');
    return this.page.locator('.tab.active').first().getAttribute('data-resource-name');
  }

  /** The span of the editor that shows `text` exactly (a name or a claim is one token). */
  token(text: string) {
    return this.page.locator('.editor-group-container.active .view-lines span span', { hasText: text }).first();
  }

  /** Hovers `text` in the active editor and returns the hover's text once it shows `expect`. */
  async hover(text: string, expect: RegExp): Promise<string> {
    // The editor re-renders a line when its colours arrive: find the token afresh on each try.
    return this.eventually(
      async () => {
        const t = this.token(text);
        await t.scrollIntoViewIfNeeded({ timeout: 2000 });
        await this.page.mouse.move(5, 5);
        await t.hover({ timeout: 2000 });
        await this.page.waitForTimeout(600);
        return (await this.page.locator('.monaco-hover').allTextContents()).join('\n');
      },
      (s) => expect.test(s),
      `a hover on "${text}" matching ${expect}`,
    );
  }

  /**
   * Puts the cursor at `needle` in the active editor, found in the file's text, with Go to Line
   * (no mouse: a line re-renders when its colours arrive, and a click could land on another word).
   * Returns the 1-based line and column.
   */
  async goTo(fileText: string, needle: string, select = false): Promise<{ line: number; column: number }> {
    const at = fileText.indexOf(needle);
    if (at === -1) throw new Error(`"${needle}" is not in the file`);
    const before = fileText.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    await this.picker('Control+G', ':');
    await this.page.keyboard.type(`${line}:${column}`);
    // Enter only once the picker has read the line and column.
    await this.eventually(
      async () => (await this.page.locator('.quick-input-widget').first().textContent()) ?? '',
      (t) => new RegExp(`line ${line}\\b`, 'i').test(t),
      `Go to Line to offer line ${line}`,
    );
    await this.page.keyboard.press('Enter');
    await this.eventually(
      async () => (await this.page.locator('#status\\.editor\\.selection').first().textContent()) ?? '',
      (s) => s.includes(`Ln ${line}, Col ${column}`),
      `the cursor at Ln ${line}, Col ${column}`,
    );
    if (select) for (let i = 0; i < needle.length; i++) await this.page.keyboard.press('Shift+ArrowRight');
    return { line, column };
  }

  async showProblems(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.waitForSelector('.markers-panel', { state: 'visible' });
  }

  /** The Problems panel's rows, by their accessible labels (message and related information). */
  async problemRows(): Promise<string[]> {
    return this.page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? r.textContent ?? ''));
  }

  /** Types a filter into the Problems panel (its list is virtual: rows scrolled out of view are not in the page). */
  async filterProblems(text: string): Promise<void> {
    const input = this.page.locator('.part.panel .viewpane-filter input').first();
    await input.waitFor({ state: 'visible' });
    await input.fill(text);
  }

  /** Information items counted in the status bar's problems item. */
  async infoCount(): Promise<number> {
    const label = (await this.page.locator('#status\\.problems').first().getAttribute('aria-label')) ?? '';
    const m = /(\d+)\s+info/i.exec(label) ?? /Infos?:\s*(\d+)/i.exec(label);
    if (m) return Number(m[1]);
    // The item leaves information out of its label when there is none.
    return /warning|error|problem/i.test(label) ? 0 : NaN;
  }

  /** Warnings counted in the status bar's problems item. */
  async warningCount(): Promise<number> {
    const label = (await this.page.locator('#status\\.problems').first().getAttribute('aria-label')) ?? '';
    const m = /(\d+)\s+warnings?/i.exec(label) ?? /Warnings?:\s*(\d+)/i.exec(label);
    if (m) return Number(m[1]);
    const text = (await this.page.locator('#status\\.problems').first().textContent()) ?? '';
    const nums = text.match(/\d+/g) ?? [];
    return Number(nums[1] ?? nums[0] ?? NaN);
  }

  /** Saves a screenshot for people to look at: test-results/, or images/ when SCREENSHOTS=1 and it is one of the README's. */
  async screenshot(name: string, forReadme = true): Promise<string> {
    const dir = forReadme && process.env['SCREENSHOTS'] === '1' ? path.join(ROOT, 'images') : path.join(ROOT, 'test-results');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}
