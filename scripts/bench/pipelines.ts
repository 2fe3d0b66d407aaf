import { Readability } from '@mozilla/readability';
import TurndownService from 'turndown';
import { Defuddle } from 'defuddle/node';
import { extractPage } from '../../utils/extract/extract-page';
import { parseDocument } from './parse-document';

/** What the benchmark scores from one pipeline on one page. */
export interface PipelineOutput {
  markdown: string;
  title: string;
  author: string;
  /** Published time as the pipeline reports it (ISO instant or the page's own string). */
  published: string;
  /** Set when the pipeline returned no article (its own reason, e.g. `no-article`); the output is then empty. */
  noOutput?: string;
}

export interface Pipeline {
  id: string;
  label: string;
  /** Parses `html` and extracts: the whole thing is timed, so every pipeline pays for its DOM equally. */
  run(html: string, url: string): PipelineOutput | Promise<PipelineOutput>;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The production extraction (the code the extension runs in the page). */
const newsclip: Pipeline = {
  id: 'newsclip',
  label: 'Newsclip extractPage',
  run(html, url) {
    const outcome = extractPage(parseDocument(html, url), { url, mode: 'article' });
    if (!outcome.ok) {
      const reason = outcome.detail ? `${outcome.reason}: ${outcome.detail}` : outcome.reason;
      return { markdown: '', title: '', author: '', published: '', noOutput: reason };
    }
    const x = outcome.extraction;
    return {
      markdown: str(x.markdown),
      title: str(x.title),
      author: str(x.author),
      // The day the page stated (pubDatetime is UTC): the baselines' raw strings are scored on theirs too.
      published: str(x.pubDay) || str(x.pubDatetime),
    };
  },
};

/** Baseline (a): MarkDownload's pipeline — Readability 0.6 with default options, then default Turndown. */
const readabilityTurndown: Pipeline = {
  id: 'readability-turndown',
  label: '(a) Readability+Turndown',
  run(html, url) {
    const article = new Readability(parseDocument(html, url)).parse();
    if (!article?.content)
      return { markdown: '', title: '', author: '', published: '', noOutput: 'null parse' };
    return {
      markdown: new TurndownService().turndown(article.content),
      title: str(article.title),
      author: str(article.byline),
      published: str(article.publishedTime),
    };
  },
};

/**
 * Baseline (b): Defuddle 0.19 (Obsidian Web Clipper's engine), Markdown output. The document gets the same
 * two polyfills Defuddle's own linkedom entry applies (`styleSheets`, `getComputedStyle`); async extractors
 * (network fetches) are off; its console.error logging is muted for the call.
 */
const defuddle: Pipeline = {
  id: 'defuddle',
  label: '(b) Defuddle',
  async run(html, url) {
    // Given as the window's own globals: setting it on linkedom's defaultView would define it on globalThis.
    const doc = parseDocument(html, url, { getComputedStyle: () => ({ display: '' }) });
    if (!doc.styleSheets) Object.defineProperty(doc, 'styleSheets', { value: [], configurable: true });
    const quiet = console.error; // Defuddle logs (with stack traces) every page's malformed JSON-LD
    console.error = () => {};
    let result: Awaited<ReturnType<typeof Defuddle>>;
    try {
      result = await Defuddle(doc, url, { markdown: true, useAsync: false });
    } finally {
      console.error = quiet;
    }
    return {
      markdown: str(result.content),
      title: str(result.title),
      author: str(result.author),
      published: str(result.published),
    };
  },
};

export const PIPELINES: Pipeline[] = [newsclip, readabilityTurndown, defuddle];
export const BASELINE_ID = readabilityTurndown.id;
