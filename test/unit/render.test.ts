/**
 * The HTML page and the Markdown of the views treat source texts as untrusted: markup, event
 * handlers and `javascript:` links in a source stay text; the page carries a strict CSP with a nonce.
 */
import * as assert from 'node:assert/strict';
import { buildViews, Corpus } from '../../server/src/engine';
import { relativeHref } from '../../server/src/cli/views';
import { esc, renderHtml } from '../../server/src/views/html';
import { mdEscape, renderMarkdown } from '../../server/src/views/markdown';
import { toViewModel } from '../../server/src/views/model';
import { HOSTILE } from '../fixtures/hostile';

/** The page's real tags (a source's "<" is escaped, so it starts none), with attribute values blanked. */
function tags(html: string): string[] {
  return [...html.matchAll(/<[a-zA-Z!/][^>]*>/g)].map((m) => m[0].replace(/"[^"]*"/g, '""'));
}

function hostileModel() {
  const c = new Corpus();
  for (const [id, text] of Object.entries(HOSTILE)) c.set(id, text);
  return toViewModel(c, buildViews(c), { title: 'Corroborate: <script>alert(7)</script>', name: (id) => id, href: (id) => relativeHref('/r', `/r/${id}`) });
}

describe('rendering the views safely', () => {
  it('escapes every text: no markup of a source becomes an element or an attribute', () => {
    const model = hostileModel();
    assert.ok(model.matrix.rows.some((r) => r.kind === 'quotation' && r.status === 'conflict'), 'the hostile quotation is a row');
    assert.ok(model.matrix.rows.some((r) => r.kind === 'duration' && r.status === 'conflict'));
    const html = renderHtml(model, { mode: 'report', nonce: 'TESTNONCE' });
    // Our elements only: one style, one script, each with the nonce; no img, svg, a javascript: link or handler.
    assert.deepEqual(html.match(/<script\b[^>]*>/g), ['<script nonce="TESTNONCE">']);
    assert.deepEqual(html.match(/<style\b[^>]*>/g), ['<style nonce="TESTNONCE">']);
    const names = new Set(tags(html).map((t) => /^<\/?([a-zA-Z!]+)/.exec(t)![1]!.toLowerCase()));
    assert.deepEqual([...names].filter((n) => ['img', 'svg', 'b', 'iframe', 'object', 'embed', 'link', 'base'].includes(n)), []);
    assert.deepEqual(tags(html).filter((t) => /\son[a-z]+\s*=/i.test(t)), [], 'no event handler attribute');
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.match(href!, /^\.\.?\//, href);
    assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'), 'the script tag shows as text');
    assert.ok(html.includes('&#60;img src=x onerror=alert(2)&#62;'));
    // The policy: nothing loads, scripts and styles only with the nonce.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    assert.match(csp, /^default-src 'none';/);
    assert.match(csp, /script-src 'nonce-TESTNONCE';/);
    assert.match(csp, /style-src 'nonce-TESTNONCE';/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it('in a webview, allows the webview’s own origin for styles and opens passages by number only', () => {
    const html = renderHtml(hostileModel(), { mode: 'webview', nonce: 'N1', cspSource: 'https://file+.vscode-resource.vscode-cdn.net' });
    const csp = /content="([^"]*)"/.exec(html)![1]!.replace(/&#39;/g, "'");
    assert.match(csp, /style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net 'nonce-N1';/);
    assert.deepEqual(tags(html).filter((t) => /\shref=/.test(t)), [], 'no link: the extension opens passages');
    for (const [, attrs] of html.matchAll(/<button type="button" class="entry[^"]*" title="[^"]*"((?: data-[a-z-]+="[^"]*")+)>/g)) {
      assert.match(attrs!, /^ data-source="\d+" data-line="\d+" data-character="\d+" data-end-line="\d+" data-end-character="\d+"$/);
    }
  });

  it('makes a link of a file name no browser reads as a script or another site', () => {
    assert.equal(relativeHref('/r', '/r/javascript:alert(1).txt'), './javascript%3Aalert(1).txt');
    assert.equal(relativeHref('/r/out', '/r/src/a b.txt'), '../src/a%20b.txt');
    assert.equal(relativeHref('/r', '/r/sub/x#y?.md'), './sub/x%23y%3F.md');
    assert.equal(esc(`<a href="x" onclick='y'>&\``), '&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#96;');
  });

  it('keeps Markdown text as text: no HTML, link, image, emphasis or cell break', () => {
    const md = renderMarkdown(hostileModel());
    assert.equal(/<(?!br>)[a-z/]/i.test(md), false, 'no tag but our <br>');
    assert.equal(/(?<!\\)\]\(/.test(md), false, 'no link or image');
    assert.ok(md.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.equal(mdEscape('a|b *c* _d_ [e](f) `g` <h>'), 'a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` &lt;h&gt;');
    // Every table row has as many cells as the header.
    const table = md.split('\n').filter((l) => l.startsWith('| '));
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    for (const l of table) assert.equal(cells(l), cells(table[0]!), l);
  });
});
