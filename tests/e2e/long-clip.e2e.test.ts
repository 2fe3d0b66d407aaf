import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_MARKDOWN_MAX } from '../../utils/capture/clip-tab';
import { launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { clipUrl, text } from './popup-helpers';
import { storedBodies } from './stored-bodies';

// A clip whose body is too long to ride in the clipper's answer: the popup reads it back from the store.
const PARAGRAPH =
  'The council heard from engineers, fishermen and residents about the tidal barrage, its cost, the ' +
  'sediment in the channel and the salmon that run upriver every autumn past the old lock gates.';
const count = Math.ceil((ANSWER_MARKDOWN_MAX * 1.5) / PARAGRAPH.length);
const page =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The long hearing</title></head><body>' +
  '<article><h1>The long hearing</h1><p>By Mara Lindqvist</p>' +
  Array.from({ length: count }, (_, i) => `<p>${i === 0 ? 'FIRST-LINE ' : ''}${PARAGRAPH} (${i})</p>`).join(
    '',
  ) +
  '<p>LAST-LINE the record stays open for fourteen days.</p></article></body></html>';

let harness: Harness;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsclip-long-'));
  writeFileSync(path.join(dir, 'long.html'), page);
  server = await startFixtureServer(dir);
  harness = await launchWithExtension();
});
afterAll(async () => {
  await harness?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a clip too long for the answer, in Chromium', () => {
  it('says Saved, keeps the whole body, and shows its form read back from the store', async () => {
    const { popup, status } = await clipUrl(harness, `${server.origin}/long.html`);
    expect(status).toBe('Saved: The long hearing');
    await popup.waitForSelector('[data-testid=post-preview]', { timeout: 10_000 });
    // The preview shows the body's opening (it is capped); the form had to read the clip back to show it.
    expect(await text(popup, '[data-testid=post-preview]')).toContain('FIRST-LINE');
    const stored = await storedBodies(popup);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.length).toBeGreaterThan(ANSWER_MARKDOWN_MAX);
    expect(stored[0]).toContain('LAST-LINE the record stays open for fourteen days.');
    await popup.close();
  });
});
