// Clips of generated hostile pages (fragments split across arbitrary elements), made through the selection
// clip route, for the Astro build: whatever a page holds, the built post holds only safe elements.
import fc from 'fast-check';
import { parseDocument } from '../../scripts/bench/parse-document';
import { newClipFromExtraction } from '../../utils/clip/extraction-to-clip';
import { extractionSchema, type Clip } from '../../utils/clip-schema';
import { extractPage } from '../../utils/extract/extract-page';
import { defaultSettings } from '../../utils/settings-schema';
import { hostileArticle } from '../unit/security/hostile-pages';

/** A fixed seed: the same pages every run, so a failure can be reproduced. */
export function hostileClips(count: number, seed = 19): Clip[] {
  const clips = fc.sample(hostileArticle, { seed, numRuns: count }).flatMap((html, i) => {
    const url = `https://hostile.example/page-${i}`;
    const doc = parseDocument(
      `<html><head><title>Hostile ${i}</title></head><body>${html}</body></html>`,
      url,
    );
    const outcome = extractPage(doc, { url, mode: 'selection', selectionHtml: html });
    if (!outcome.ok) return [];
    const clip = newClipFromExtraction(
      extractionSchema.parse(outcome.extraction),
      defaultSettings,
      '2026-01-01T00:00:00Z',
    );
    return [{ ...clip, title: `Hostile page ${i}`, slug: `hostile-${i}`, tags: [] }];
  });
  // Every page of this seed extracts today; losing them would quietly empty the inertness checks (it did
  // once, when selection parsing stopped working in linkedom).
  if (clips.length < count)
    throw new Error(`only ${clips.length} of ${count} hostile pages extracted: the checks would miss them`);
  return clips;
}
