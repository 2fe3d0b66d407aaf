import type { ExtractOutcome, ExtractRequest } from '../extract/extract-outcome';
import { treeReadingSchema } from '../extract/tree-reading';
import type { ClipMode } from './clip-outcome';

/** The browser behind `runExtraction` (browser-clip-deps.ts; fakes in the unit tests). */
export interface ExtractionDeps {
  /** Runs one of the extension's scripts in the tab; resolves with what it returned. */
  runScript(file: '/extract.js' | '/read-page.js'): Promise<unknown>;
  /** Tells the next extraction script in the tab how to clip (read once, see live-reading.ts). */
  setOptions(mode: ClipMode): Promise<void>;
  /** Null where the extension has no document of its own (Firefox); else whether it could be opened. */
  documentReady: (() => Promise<boolean>) | null;
  /** Extracts a handed-over tree in that document: null when it does not parse back; throws unanswered. */
  extractTree(data: { tree: string; request: ExtractRequest }): Promise<ExtractOutcome | null>;
  /** The document did not answer: open it again next time. */
  forgetDocument(): void;
}

/**
 * Reads the tab and extracts its clip. Where the extension has a document of its own (Chrome's offscreen
 * document), the tab only judges what the reader sees and hands the tree over: the document's code is
 * compiled once, where a script injected in a tab compiles anew in each, most of a clip's time. Any step
 * of that failing has the tab extract itself, as it always does in Firefox: never a clip lost to it.
 */
export async function runExtraction(mode: ClipMode, deps: ExtractionDeps): Promise<unknown> {
  if (!deps.documentReady) return deps.runScript('/extract.js');
  const ready = deps.documentReady();
  const raw = await deps.runScript('/read-page.js');
  const reading = treeReadingSchema.safeParse(raw);
  // A failure the tab already knows (a PDF…) or an answer clipTab refuses: its outcome as it is.
  if (!reading.success) return raw;
  if (reading.data.tree !== null && (await ready)) {
    const outcome = await deps.extractTree(reading.data).catch((error: unknown) => {
      console.warn('The offscreen document did not answer; extracting in the tab:', error);
      deps.forgetDocument();
      return null;
    });
    if (outcome) return outcome;
  }
  // The reading may have taken the options (a selection clip's): set again for the tab's own extraction.
  if (mode === 'selection') await deps.setOptions(mode);
  return deps.runScript('/extract.js');
}
