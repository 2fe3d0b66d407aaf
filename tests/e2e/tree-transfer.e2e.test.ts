import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Page } from 'puppeteer-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { clipUrl, text } from './popup-helpers';

let harness: Harness;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  harness = await launchWithExtension();
});
afterAll(async () => {
  await harness?.close();
  await server?.close();
});

/** tree-transfer.ts as a script for a plain page: it imports nothing, so its exports become globals. */
function transferScript(): string {
  const source = readFileSync('utils/extract/tree-transfer.ts', 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return `${outputText.replace(/^export /gm, '')}\nglobalThis.treeTransfer = { serializeTree, rebuildTree };`;
}

const TAGS = [
  ...['p', 'div', 'span', 'a', 'b', 'table', 'tr', 'td', 'ul', 'li', 'select', 'option', 'form', 'h1'],
  ...['script', 'style', 'noscript', 'template', 'textarea', 'title', 'xmp', 'iframe', 'svg', 'math'],
  ...['foreignObject', 'desc', 'mtext', 'img', 'br', 'meta', 'link', 'my-widget', 'head', 'body'],
];
/** Names a page's markup may use and XML may not: framework bindings, undeclared prefixes, `xmlns`. */
const ATTRIBUTES = [
  ...['class', 'id', 'hidden', 'href', 'src', 'data-a', '_x', 'a.b', '@click', ':class', 'x-on:click'],
  ...['xmlns', 'xmlns:fb', 'xml:lang', 'xlink:href', 'v-bind:x', '[a]', '(b)', '#c', '-y', '1z', 'é'],
];
const TEXTS = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 12 }) },
  fc.constantFrom('</script><p>X</p>', ']]>', '--', '<!--', '&amp;', '<p>', '\u0001', '\ud800', ' '),
);

interface Markup {
  tag: string;
  attributes: [string, string][];
  children: (Markup | string)[];
}
const markup: fc.Arbitrary<Markup> = fc.letrec<{ node: Markup }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attributes: fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), TEXTS), { maxLength: 3 }),
    children: fc.array(fc.oneof({ weight: 2, arbitrary: TEXTS }, tie('node')), { maxLength: 4 }),
  }),
})).node;
const html = (node: Markup | string): string =>
  typeof node === 'string'
    ? node
    : `<${node.tag}${node.attributes.map(([n, v]) => ` ${n}="${v.replace(/"/g, '&quot;')}"`).join('')}>${node.children.map(html).join('')}</${node.tag}>`;

/** What a page's script adds: nodes no parser builds (a `p` in a `p`, a `div` in the head…). */
const scripted = fc.array(
  fc.record({
    at: fc.constantFrom('head', 'body', 'deepest'),
    kind: fc.constantFrom('element', 'text', 'comment'),
    tag: fc.constantFrom(...TAGS),
    text: TEXTS,
  }),
  { maxLength: 5 },
);

/**
 * Builds the page in a document of its own, hands a clone over as the extension does (serialize, parse
 * back) and compares the two trees node by node: namespaces, names, attributes, text (adjacent text
 * nodes as one: the parser merges them), template contents. Refused: the tree does not parse back.
 */
async function roundTrip(page: Page, source: string, ops: unknown[]) {
  return page.evaluate(
    (source, ops) => {
      type Op = { at: string; kind: string; tag: string; text: string };
      const transfer = (
        globalThis as unknown as {
          treeTransfer: {
            serializeTree(doc: Document): string | null;
            rebuildTree(xml: string, host: Document): Document | null;
          };
        }
      ).treeTransfer;
      const doc = new DOMParser().parseFromString(source, 'text/html');
      for (const op of ops as Op[]) {
        let parent: Element = op.at === 'head' ? doc.head : doc.body;
        if (op.at === 'deepest') while (parent.lastElementChild) parent = parent.lastElementChild;
        if (op.kind === 'comment') parent.append(doc.createComment(op.text));
        else if (op.kind === 'text') parent.append(op.text);
        else {
          const el = doc.createElement(op.tag);
          el.textContent = op.text;
          parent.append(el);
        }
      }
      // The one change a round trip makes: a lone surrogate (no character at all) reads back as U+FFFD.
      const chars = (s: string) =>
        s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
      const canon = (root: Node): string => {
        const out: string[] = [];
        let text = '';
        const flush = () => {
          if (text) out.push(`#${JSON.stringify(chars(text))}`);
          text = '';
        };
        const walk = (node: Node) => {
          if (node.nodeType === 3 || node.nodeType === 4) {
            text += (node as CharacterData).data;
            return;
          }
          flush();
          if (node.nodeType !== 1) {
            out.push(`?${node.nodeType}`);
            return;
          }
          const el = node as Element;
          const attributes = Array.from(
            el.attributes,
            (a) => `${a.namespaceURI}|${a.localName}=${chars(a.value)}`,
          );
          out.push(`<${el.namespaceURI}|${el.localName} ${JSON.stringify(attributes.sort())}`);
          const children =
            el instanceof HTMLTemplateElement ? el.content.childNodes : (el.childNodes as NodeListOf<Node>);
          children.forEach(walk);
          flush();
          out.push('>');
        };
        walk(root);
        flush();
        return out.join('\n');
      };
      const clone = doc.cloneNode(true) as Document;
      const xml = transfer.serializeTree(clone);
      if (xml === null) return { sent: false, same: false };
      const back = transfer.rebuildTree(xml, document);
      if (!back) return { sent: true, same: false, refused: true };
      return {
        sent: true,
        same: canon(back.documentElement) === canon(clone.documentElement),
        upper: back.body?.firstElementChild?.tagName ?? back.documentElement.tagName,
        html: back instanceof HTMLDocument,
        expected: canon(clone.documentElement),
        actual: canon(back.documentElement),
      };
    },
    source,
    ops,
  );
}

describe('the tree a tab hands to the offscreen document', () => {
  it('comes back node for node, or not at all (property, real Chromium)', async () => {
    const page = await harness.openTab(`${server.origin}/e2e/ferry-article.html`);
    await page.evaluate(transferScript());
    let handed = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(markup, { maxLength: 4 }), scripted, async (nodes, ops) => {
        const result = await roundTrip(page, `<!doctype html>${nodes.map(html).join('')}`, ops);
        expect(result.sent).toBe(true);
        if (result.refused) {
          refused++;
          return;
        }
        handed++;
        expect(result.actual).toBe(result.expected);
        expect(result.html).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // Not a vacuous pass: most trees are handed over (a refused one is clipped in the tab instead).
    expect(handed).toBeGreaterThan(refused * 2);
    // The HTML document the extraction gets reads tag names as in the page (Readability compares `DIV`).
    const upper = await roundTrip(page, '<!doctype html><div>a</div>', []);
    expect(upper).toMatchObject({ same: true, upper: 'DIV', html: true });
    await page.close();
  });
});

/** The extension's background service worker. */
const offscreenDocuments = async () =>
  (await harness.background()).evaluate(async () => {
    const api = (globalThis as unknown as { chrome: WxtBrowser }).chrome;
    return (await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
  });

/** The number of trees the offscreen document was sent so far (counted by a listener that never answers). */
async function treesSent(): Promise<number> {
  const target = await harness.browser.waitForTarget((t) => t.url().endsWith('/offscreen.html'));
  const session = await target.createCDPSession();
  const { result } = await session.send('Runtime.evaluate', {
    expression: `globalThis.trees ??= (chrome.runtime.onMessage.addListener((m) => {
        if (m?.type === 'extractTree') globalThis.trees.sent++;
      }), { sent: 0 });
      globalThis.trees.sent`,
    returnByValue: true,
  });
  await session.detach();
  return result.value as number;
}

describe('clips extracted in the offscreen document (Chrome)', () => {
  const VISIBLE = ['VISIBLE-OUTER-PARAGRAPH', 'VISIBLE-INNER-PARAGRAPH', 'fares would stay the same'];
  const HIDDEN = ['HIDDEN-SCRIPT-BREAKOUT', 'HIDDEN-HEAD-DIV', 'HIDDEN-TABLE-STRAY', 'editors'];

  it('clips a script-built page from the tree its tab handed over, hidden text left out', async () => {
    // The first clip opens the document.
    const first = await clipUrl(harness, `${server.origin}/e2e/ferry-article.html`);
    expect(first.status).toMatch(/^Saved/);
    await first.popup.close();
    await first.page.close();
    expect(await offscreenDocuments()).toBe(1);
    const before = await treesSent();

    const { page, popup, status } = await clipUrl(harness, `${server.origin}/e2e/script-built-tree.html`);
    expect(status).toBe('Saved: Harbour ferry timetable changes from May');
    expect(await treesSent()).toBe(before + 1);
    const preview = await text(popup, '[data-testid=post-preview]');
    for (const shown of VISIBLE) expect(preview, shown).toContain(shown);
    for (const hidden of HIDDEN) expect(preview, hidden).not.toContain(hidden);
    await popup.close();
    await page.close();
  });

  it('clips in the tab when the tree does not parse back, with the same result', async () => {
    const before = await treesSent();
    const { page, popup, status } = await clipUrl(
      harness,
      `${server.origin}/e2e/script-built-tree.html?control`,
    );
    expect(status).toBe('Saved: Harbour ferry timetable changes from May');
    expect(await treesSent()).toBe(before + 1); // sent, refused, then extracted in the tab
    const preview = await text(popup, '[data-testid=post-preview]');
    for (const shown of [...VISIBLE, 'VISIBLE-CONTROL-CHARACTER']) expect(preview, shown).toContain(shown);
    for (const hidden of HIDDEN) expect(preview, hidden).not.toContain(hidden);
    await popup.close();
    await page.close();
  });

  it('clips when the document was closed, and has it open again after', async () => {
    await (
      await harness.background()
    ).evaluate(async () => {
      await (globalThis as unknown as { chrome: WxtBrowser }).chrome.offscreen.closeDocument();
    });
    expect(await offscreenDocuments()).toBe(0);
    const gone = await clipUrl(harness, `${server.origin}/e2e/script-built-tree.html?closed`);
    expect(gone.status).toBe('Saved: Harbour ferry timetable changes from May');
    expect(await text(gone.popup, '[data-testid=post-preview]')).toContain('VISIBLE-INNER-PARAGRAPH');
    await gone.popup.close();
    await gone.page.close();

    const again = await clipUrl(harness, `${server.origin}/e2e/image-article.html`);
    expect(again.status).toMatch(/^Saved/);
    expect(await offscreenDocuments()).toBe(1);
    await again.popup.close();
    await again.page.close();
  });
});
