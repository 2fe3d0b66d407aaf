import { describe, expect, it } from 'vitest';
import { leadCandidates, restoreLead } from '../../../utils/extract/article-lead';
import { extractPage } from '../../../utils/extract/extract-page';
import { parseHtml } from '../parse-html';

const URL = 'https://courier.example/news/barrage';
const BODY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Body paragraph ${i + 1}: the harbour council approved the tidal barrage on Tuesday after a debate about costs, fish and the view from the promenade that ran late into the evening.</p>`,
).join('');
const DECK =
  'The town will build the first tidal barrage in the region, and ferries will run on a new timetable.';
const page = (header: string) =>
  parseHtml(
    `<html><body><article><header><h1>Council backs the tidal barrage</h1>${header}</header>` +
      `<div class="story-body">${BODY}</div></article></body></html>`,
    URL,
  );
const markdown = (doc: Document): string => {
  const outcome = extractPage(doc, { url: URL, mode: 'article' });
  if (!outcome.ok) throw new Error(outcome.reason);
  return String(outcome.extraction.markdown);
};

describe('article lead', () => {
  it('puts back the standfirst printed between the headline and the body, once, at the top', () => {
    const md = markdown(page(`<p class="standfirst">${DECK}</p>`));
    expect(md.startsWith(DECK)).toBe(true);
    expect(md.split(DECK)).toHaveLength(2);
    expect(md).toContain('Body paragraph 6');
  });

  it('takes a lead that starts like a byline but goes on in lower case', () => {
    const deck =
      'By then the town will have built the first tidal barrage in the region, and ferries will run later.';
    expect(markdown(page(`<p class="standfirst">${deck}</p>`)).startsWith(deck)).toBe(true);
  });

  it('makes a deck set as a heading a paragraph', () => {
    const md = markdown(page(`<h2 class="c-entry-summary p-dek">${DECK}</h2>`));
    expect(md.startsWith(DECK)).toBe(true);
  });

  it('leaves out captions, bylines, hidden text and calls to action near the headline', () => {
    for (const near of [
      '<div class="lead-image-caption">The harbour at dusk, seen from the promenade where the barrage will stand.</div>',
      '<p>By Mara Lindqvist, harbour correspondent, with reporting from the council chamber</p>',
      `<p aria-hidden="true">${DECK}</p>`,
      `<p style="display: none">${DECK}</p>`,
      '<p>Subscribe now to our morning edition for the full story of the harbour vote.</p>',
    ])
      expect(markdown(page(near)).startsWith('Body paragraph 1'), near).toBe(true);
  });

  it('adds nothing when the article already holds the paragraph after the headline', () => {
    const doc = parseHtml(`<html><body><h1>Council backs the tidal barrage</h1>${BODY}</body></html>`, URL);
    const md = markdown(doc);
    expect(md.split('Body paragraph 1:')).toHaveLength(2);
  });
});

describe('restoreLead', () => {
  const doc = parseHtml(`<html><body><h1>Headline</h1><p>${DECK}</p>${BODY}</body></html>`, URL);
  const candidates = leadCandidates(doc.querySelector('h1'));

  it('inserts the candidates before the first one the article holds', () => {
    expect(candidates.map((c) => c.text.slice(0, 20))).toEqual([
      DECK.slice(0, 20),
      'Body paragraph 1: th',
      'Body paragraph 2: th',
    ]);
    const article = parseHtml(`<div>${BODY}</div>`, URL).body.firstElementChild as Element;
    restoreLead(article, candidates);
    expect(article.firstElementChild?.textContent).toBe(DECK);
  });

  it('inserts nothing when the article holds none of them: they were not near its body', () => {
    const article = parseHtml('<div><p>Another story entirely, about the ferry.</p></div>', URL).body
      .firstElementChild as Element;
    restoreLead(article, candidates);
    expect(article.textContent).toBe('Another story entirely, about the ferry.');
  });
});
