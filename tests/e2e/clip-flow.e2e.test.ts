import { mkdirSync, readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroPaperFrontmatterSchema } from '../../utils/export/profiles/astro-paper';
import { parsePost } from '../../utils/export/parse-post';
import { slugify as astroSlug } from '../../utils/slugify';
import { launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { clickReady, clipUrl, text, texts } from './popup-helpers';

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

async function clipPage(path: string) {
  return clipUrl(harness, `${server.origin}${path}`);
}

describe('clipping news pages in Chromium', () => {
  it('clips an article, lists it under its tags, and keeps hostile content inert', async () => {
    const { popup, status } = await clipPage('/e2e/hostile-article.html');
    expect(status).toMatch(/^Saved: Harbour Council Votes: "Yes" to #Tidal Power/);
    // The freshly saved clip opens for review: hostile markup shows as text, never as elements.
    const preview = await text(popup, '[data-testid=post-preview]');
    expect(preview).toContain('canonicalURL: http://127.0.0.1');
    expect(preview).not.toMatch(/<script|onerror=|onclick=|javascript:/i);
    expect(preview).toContain('Read the conditions');
    expect(await popup.$('[data-testid=post-preview] img, [data-testid=post-preview] script')).toBeNull();
    expect(await popup.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
    await (await popup.waitForSelector('button[aria-label="Back to the list"]'))!.click();
    await popup.waitForSelector('[data-testid=clip-row]');
    expect(await texts(popup, '[data-testid=clip-row] .clip-title')).toEqual([
      expect.stringContaining('Harbour Council Votes'),
    ]);
    await popup.close();
  });

  it('suggests the page’s keywords instead of tagging with them; a click on one tags the clip', async () => {
    const page = await harness.openTab(`${server.origin}/e2e/homepage.html`);
    const popup = await harness.openPopup(page);
    await clickReady(popup, '[data-testid=clip-row]');
    await popup.waitForSelector('[data-testid=tag-suggestion]');
    // Suggested, not applied: the clip has no tag yet.
    expect(await popup.$$('[data-testid=tag-chip]')).toHaveLength(0);
    expect(await texts(popup, '[data-testid=tag-suggestion]')).toEqual([
      '+energy',
      '+tidal power',
      '+local politics',
    ]);
    for (const tag of ['energy', 'tidal power', 'local politics']) {
      await clickReady(popup, `[data-testid=tag-suggestion][aria-label="Add suggested tag ${tag}"]`);
      await popup.waitForFunction(
        (t) =>
          [...document.querySelectorAll('[data-testid=tag-chip]:not([aria-busy=true])')].some((c) =>
            c.textContent?.includes(t),
          ),
        {},
        tag,
      );
    }
    expect(await popup.$$('[data-testid=tag-suggestion]')).toHaveLength(0);
    await popup.close();
    // Saved like any tag edit: the library's tag list has them.
    const library = await harness.browser.newPage();
    await library.goto(`chrome-extension://${harness.extension.id}/library.html`);
    await library.waitForSelector('[data-testid="side-tag-tidal power"]');
    expect(await text(library, '[data-testid="side-tag-energy"] .count')).toBe('1');
    await library.close();
  });

  it('clips a second article and filters the list by tag', async () => {
    const { popup, status } = await clipPage('/e2e/ferry-article.html');
    expect(status).toBe('Saved: Ferry timetable changes from Monday');
    // Focus is not lost after a clip: the form's title field has it, ready for a fix.
    await popup.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'edit-title');
    // The newest clips' tags are one click away too, beside the page's own suggestions.
    await popup.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid=tag-recent]')].map((c) => c.textContent).join() ===
        '+energy,+tidal power',
    );
    // Its keywords are offered; "local politics", a tag the user has, comes first (once the tags are read).
    await popup.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid=tag-suggestion]')].map((c) => c.textContent).join() ===
        '+local politics,+transport',
    );
    for (const tag of ['local politics', 'transport']) {
      await clickReady(popup, `[data-testid=tag-suggestion][aria-label="Add suggested tag ${tag}"]`);
      await popup.waitForFunction(
        (t) =>
          [...document.querySelectorAll('[data-testid=tag-chip]:not([aria-busy=true])')].some((c) =>
            c.textContent?.includes(t),
          ),
        {},
        tag,
      );
    }
    await (await popup.waitForSelector('button[aria-label="Back to the list"]'))!.click();
    await popup.waitForSelector('[data-testid="tag-local politics"]');
    expect(await text(popup, '[data-testid="tag-local politics"]')).toMatch(/#local politics\s*2/);
    expect(await text(popup, '[data-testid="tag-transport"]')).toMatch(/#transport\s*1/);
    await clickReady(popup, '[data-testid="tag-transport"]');
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid=clip-row]').length === 1);
    expect(await texts(popup, '[data-testid=clip-row] .clip-title')).toEqual([
      'Ferry timetable changes from Monday',
    ]);
    await clickReady(popup, '[data-testid="tag-local politics"]');
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid=clip-row]').length === 2);
    mkdirSync('test-results', { recursive: true });
    await popup.screenshot({ path: 'test-results/popup-clips-by-tag.png' });
    // Any tag is a typeahead away, by keyboard, however it is written; an unknown one is said so.
    await popup.focus('[data-testid=popup-tag-find]');
    await popup.keyboard.type('Transport');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-testid="tag-transport"][aria-pressed=true]');
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid=clip-row]').length === 1);
    await popup.keyboard.type('nosuchtag');
    await popup.keyboard.press('Enter');
    expect(await text(popup, '[data-testid=popup-tag-none]')).toBe('No tag “nosuchtag”');
    // "All tags" opens the library at the tag being filtered.
    expect(await text(popup, '[data-testid=all-tags]')).toBe('All 4 tags');
    const opened = harness.browser.waitForTarget((t) => t.url().endsWith('/library.html?tag=transport'));
    await clickReady(popup, '[data-testid=all-tags]');
    const library = (await (await opened).page())!;
    await library.waitForSelector('[data-testid="side-tag-transport"][aria-current=true]');
    await library.close();
    // Opening a tab closes a real popup.
    if (!popup.isClosed()) await popup.close().catch(() => undefined);
  });

  it('keeps the export button still while the popup loads, so a click lands on it', async () => {
    // The list's queries answer in any order; a tag bar arriving after the button once pushed it down
    // under the pointer (seen in 1 of 7 openings). Several openings, each watched from its first frame.
    for (let i = 0; i < 10; i++) {
      const page = await harness.browser.newPage();
      await page.evaluateOnNewDocument(() => {
        const seen: number[] = [];
        (globalThis as unknown as { exportButtonYs: number[] }).exportButtonYs = seen;
        const sample = () => {
          const y = document.querySelector('[data-testid=export-tag]')?.getBoundingClientRect().y;
          if (y !== undefined) seen.push(y);
          if (seen.length < 15) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      await page.goto(`chrome-extension://${harness.extension.id}/popup.html`);
      await page.waitForFunction(
        () => (globalThis as unknown as { exportButtonYs: number[] }).exportButtonYs.length >= 15,
      );
      const ys = await page.evaluate(
        () => (globalThis as unknown as { exportButtonYs: number[] }).exportButtonYs,
      );
      expect(new Set(ys).size, `positions: ${ys.join(' ')}`).toBe(1);
      await page.close();
    }
  });

  it('exports a clip as <slug>.md whose frontmatter parses and validates', async () => {
    const page = await harness.openTab(`${server.origin}/e2e/ferry-article.html`);
    const popup = await harness.openPopup(page);
    await popup.waitForSelector('[data-testid=clip-row]');
    const rows = await popup.$$('[data-testid=clip-row]');
    const titles = await texts(popup, '[data-testid=clip-row] .clip-title');
    await rows[titles.findIndex((t) => t.startsWith('Harbour'))]!.click();
    await clickReady(popup, '[data-testid=export-md]');
    const file = await harness.waitForDownload(/^harbour-council-votes-yes-to-tidal-power.*\.md$/);
    const { frontmatter, body } = parsePost(readFileSync(file, 'utf8'));
    const fm = astroPaperFrontmatterSchema.parse(frontmatter);
    expect(fm.title).toMatch(/^Harbour Council Votes: "Yes" to #Tidal Power/);
    expect(fm.pubDatetime).toBe('2026-03-14T08:30:00Z');
    expect(fm.draft).toBe(true);
    expect(fm.tags).toEqual(expect.arrayContaining(['energy', 'tidal power']));
    expect(fm.canonicalURL).toBe(`${server.origin}/news/2026/03/harbour-tidal-vote`);
    expect(Object.keys(frontmatter).slice(0, 9)).toEqual([
      'author',
      'pubDatetime',
      'modDatetime',
      'title',
      'slug',
      'featured',
      'draft',
      'tags',
      'description',
    ]);
    expect(body).toContain('the Harbour Council approved the long-debated tidal barrage');
    expect(body).not.toMatch(/javascript:|<script|onerror/i);
    await popup.close();
  });

  it('re-clipping the same URL updates the clip in place and keeps the user’s tags', async () => {
    const page = await harness.openTab(`${server.origin}/e2e/ferry-article.html`);
    let popup = await harness.openPopup(page);
    await popup.waitForSelector('[data-testid=clip-row]');
    const titles = await texts(popup, '[data-testid=clip-row] .clip-title');
    await (
      await popup.$$('[data-testid=clip-row]')
    )[titles.indexOf('Ferry timetable changes from Monday')]!.click();
    await popup.waitForSelector('[data-testid=tag-input]');
    await popup.type('[data-testid=tag-input]', 'commuting\n');
    // A chip shows at once, as saving (aria-busy), until the database has the tag: wait for it stored.
    await popup.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=tag-chip]:not([aria-busy=true])')].some((c) =>
        c.textContent?.includes('commuting'),
      ),
    );
    await popup.close();
    popup = await harness.openPopup(page);
    await clickReady(popup, '[data-testid=clip-page]');
    await popup.waitForSelector('[data-testid=clip-status]');
    expect(await text(popup, '[data-testid=clip-status]')).toBe(
      'Updated: Ferry timetable changes from Monday',
    );
    // The same page again: no version kept, and the popup says nothing changed (#14).
    expect(await text(popup, '[data-testid=clip-changes]')).toBe('No change since the last clip');
    // The clip's detail renders from the database just after the status line.
    await popup.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=tag-chip]:not([aria-busy=true])')].some((c) =>
        c.textContent?.includes('commuting'),
      ),
    );
    expect(await texts(popup, '[data-testid=tag-chip]')).toEqual(
      expect.arrayContaining([expect.stringContaining('commuting')]),
    );
    await (await popup.waitForSelector('button[aria-label="Back to the list"]'))!.click();
    await popup.waitForSelector('[data-testid=clip-row]');
    expect(await popup.$$eval('[data-testid=clip-row]', (r) => r.length)).toBe(2);
    await popup.close();
  });

  it('keeps an edit made the moment before the popup closes (#17: nothing lost)', async () => {
    const page = await harness.openTab(`${server.origin}/e2e/ferry-article.html`);
    const openFerry = async () => {
      const popup = await harness.openPopup(page);
      await popup.waitForSelector('[data-testid=clip-row]');
      const titles = await texts(popup, '[data-testid=clip-row] .clip-title');
      await (
        await popup.$$('[data-testid=clip-row]')
      )[titles.findIndex((t) => t.startsWith('Ferry'))]!.click();
      await popup.waitForSelector('[data-testid=tag-input]');
      return popup;
    };
    // Closed in the same breath as Enter, or inside the title's typing pause: each round must be kept.
    for (const round of [1, 2, 3, 4]) {
      const popup = await openFerry();
      await popup.type('[data-testid=tag-input]', `quick-${round}`);
      await popup.keyboard.press('Enter');
      await popup.close();
    }
    let popup = await openFerry();
    await popup.$eval('[data-testid=edit-title]', (el) => (el as HTMLInputElement).select());
    await popup.keyboard.type('Ferry timetable, amended');
    await popup.close();
    popup = await openFerry();
    await popup.waitForFunction(
      () => document.querySelectorAll('[data-testid=tag-chip]:not([aria-busy=true])').length >= 4,
    );
    const chips = await texts(popup, '[data-testid=tag-chip]');
    for (const round of [1, 2, 3, 4])
      expect(chips).toEqual(expect.arrayContaining([expect.stringContaining(`quick-${round}`)]));
    expect(await popup.$eval('[data-testid=edit-title]', (el) => (el as HTMLInputElement).value)).toBe(
      'Ferry timetable, amended',
    );
    // Put the clip back as the later tests expect it.
    await popup.$eval('[data-testid=edit-title]', (el) => (el as HTMLInputElement).select());
    await popup.keyboard.type('Ferry timetable changes from Monday');
    for (const round of [1, 2, 3, 4]) await popup.click(`button[aria-label="Remove tag quick-${round}"]`);
    // Removed in quick succession, each before the store answered the one before: all four stay removed.
    await popup.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=tag-chip]')].every(
        (c) => !c.textContent?.includes('quick-'),
      ),
    );
    await popup.click('button[aria-label="Back to the list"]');
    await popup.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=clip-row] .clip-title')].some(
        (t) => t.textContent === 'Ferry timetable changes from Monday',
      ),
    );
    await popup.close();
  });

  it('exports the selected tag as a zip of valid posts', async () => {
    const page = await harness.openTab(`${server.origin}/e2e/homepage.html`);
    const popup = await harness.openPopup(page);
    await popup.waitForSelector('[data-testid="tag-local politics"]');
    await clickReady(popup, '[data-testid="tag-local politics"]');
    await clickReady(popup, '[data-testid=export-tag]');
    const file = await harness.waitForDownload(/^newsclip-local-politics.*\.zip$/, undefined, popup);
    // The result stays in view however far the popup is scrolled (made short here, so it scrolls).
    await popup.waitForSelector('[data-testid=notice]');
    const inView = await popup.evaluate(() => {
      const main = document.querySelector<HTMLElement>('.popup')!;
      main.style.maxHeight = '200px';
      main.scrollTop = main.scrollHeight;
      const box = document.querySelector('[data-testid=notice]')!.getBoundingClientRect();
      return { scrolled: main.scrollTop > 0, top: box.top, bottom: box.bottom, height: main.clientHeight };
    });
    expect(inView.scrolled).toBe(true);
    expect(inView.top).toBeGreaterThanOrEqual(0);
    expect(inView.bottom).toBeLessThanOrEqual(inView.height);
    expect(await popup.$eval('[data-testid=notice-region]', (el) => el.getAttribute('aria-live'))).toBe(
      'polite',
    );
    const entries = unzipSync(readFileSync(file));
    // Laid out like the blog's content folder, each post crediting its source.
    expect(Object.keys(entries).sort()).toEqual([
      'blog/ferry-timetable-changes-from-monday.md',
      expect.stringMatching(/^blog\/harbour-council-votes-yes-to-tidal-power.*\.md$/),
    ]);
    for (const bytes of Object.values(entries)) {
      const { frontmatter, body } = parsePost(strFromU8(bytes));
      expect(astroPaperFrontmatterSchema.safeParse(frontmatter).success).toBe(true);
      expect(body.trim().split('\n').pop()).toMatch(
        /^Originally published by The Lakeside Courier on 2026-03-1\d: <http/,
      );
    }
    await popup.close();
  });

  it('deletes a clip and brings it back with undo', async () => {
    const page = await harness.openTab(`${server.origin}/e2e/homepage.html`);
    const popup = await harness.openPopup(page);
    await popup.waitForSelector('[data-testid=clip-row]');
    await (await popup.$$('[data-testid=clip-row]'))[0]!.click();
    await clickReady(popup, '[data-testid=delete-clip]');
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid=clip-row]').length === 1);
    expect(await text(popup, '[data-testid=notice]')).toMatch(/^Deleted/);
    await clickReady(popup, '[data-testid=undo]');
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid=clip-row]').length === 2);
    await popup.close();
  });

  it('says a page with no article has none, stores nothing, and clips the selection instead', async () => {
    const { page, popup, status } = await clipPage('/e2e/homepage.html');
    expect(status).toMatch(/^No article found on this page/);
    // Nothing was stored: the list (rendered from the database) still has the two earlier clips.
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid=clip-row]').length === 2);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('pick')!);
      window.getSelection()!.addRange(range);
    });
    await clickReady(popup, '[data-testid=clip-selection]');
    await popup.waitForFunction(() =>
      document.querySelector('[data-testid=clip-status]')?.textContent?.startsWith('Saved'),
    );
    expect(await text(popup, '[data-testid=post-preview]')).toContain(
      'the print edition will not appear on the public holiday',
    );
    await popup.close();
  });

  it('explains at once why restricted pages cannot be clipped', async () => {
    for (const [url, message] of [
      ['chrome://version', /can't be clipped/],
      [`${server.origin}/e2e/report.pdf`, /PDF/],
    ] as const) {
      const page = await harness.browser.newPage();
      await page.goto(url).catch(() => undefined);
      const popup = await harness.openPopup(page);
      await popup.waitForSelector('[data-testid=clip-status]', { timeout: 2_000 });
      expect(await text(popup, '[data-testid=clip-status]')).toMatch(message);
      expect(await popup.$eval('[data-testid=clip-page]', (b) => (b as HTMLButtonElement).disabled)).toBe(
        true,
      );
      await popup.close();
      await page.close();
    }
  });

  // The pages' keywords, suggested: the section ("Local News") is not; none is a tag until the user adds it.
  const SUGGESTED: Record<string, string[]> = {
    'article-ferry-vote': ['ferry', 'transit', 'city council', 'wren point'],
    'article-library-hours': ['libraries', 'county budget', 'northfield'],
    'article-radwege': ['radverkehr', 'stadtplanung', 'lindenau', 'verkehr'],
  };

  it.each(Object.keys(SUGGESTED))(
    'exports the news fixture %s with the frontmatter its page states',
    async (name) => {
      const expected = JSON.parse(
        readFileSync(`tests/fixtures/news/${name}.expected.json`, 'utf8'),
      ) as Record<string, unknown>;
      // Served from the site it names as canonical (another site's canonical URL doesn't name the clip).
      const site = server.at(new URL(String(expected.canonicalURL)).hostname);
      const { popup, status } = await clipUrl(harness, `${site}/news/${name}.html`);
      expect(status).toMatch(/^Saved: /);
      await popup.waitForSelector('[data-testid=tag-suggestion]');
      expect(await texts(popup, '[data-testid=tag-suggestion]')).toEqual(
        SUGGESTED[name]!.map((t) => `+${t}`),
      );
      await clickReady(popup, '[data-testid=export-md]');
      const file = await harness.waitForDownload(new RegExp(`^${astroSlug(String(expected.title))}.*\\.md$`));
      const { frontmatter } = parsePost(readFileSync(file, 'utf8'));
      const fm = astroPaperFrontmatterSchema.parse(frontmatter);
      expect(fm).toMatchObject({
        title: expected.title,
        author: expected.author,
        pubDatetime: expected.pubDatetime,
        modDatetime: expected.modDatetime,
        canonicalURL: expected.canonicalURL,
        // Untagged: AstroPaper's own word for that.
        tags: ['others'],
        draft: true,
        featured: false,
      });
      await popup.close();
    },
  );

  it('reads the page again at the click when the tab moved to another page after the popup opened', async () => {
    // The popup starts reading the page as it opens; that reading is only used for the same address.
    const page = await harness.openTab(`${server.origin}/e2e/photo-caption.html`);
    const popup = await harness.openPopup(page);
    await popup.waitForSelector('[data-testid=clip-page]:not([disabled])');
    await page.goto(`${server.origin}/e2e/image-article.html`);
    await clickReady(popup, '[data-testid=clip-page]');
    await popup.waitForSelector('[data-testid=clip-status]', { timeout: 25_000 });
    expect(await text(popup, '[data-testid=clip-status]')).toBe('Saved: Harbour map redrawn');
    await popup.close();
    await page.close();
  });
});
