import { removeOrphanHeadings } from '../../../utils/markdown/prepare/remove-orphan-headings';
import { parseHtml } from '../parse-html';

const run = (html: string): string => {
  const body = parseHtml(`<body>${html}</body>`, 'https://example.com/a').body;
  removeOrphanHeadings(body);
  return body.innerHTML;
};
const STORY = '<p>The council voted on the harbour budget for the coming year.</p>';

describe('removeOrphanHeadings', () => {
  it('drops a teaser label left at the end with nothing under it, inside wrappers too', () => {
    expect(run(`${STORY}<h3>More Business News</h3>`)).toBe(STORY);
    expect(run(`<div>${STORY}<section><h2>Related</h2></section></div>`)).toBe(
      `<div>${STORY}<section></section></div>`,
    );
  });

  it('keeps a heading followed by text, even bare text', () => {
    expect(run(`<h2>Vote</h2>${STORY}`)).toBe(`<h2>Vote</h2>${STORY}`);
    expect(run(`<div><h2>Vote</h2>The council voted.</div>`)).toBe(
      `<div><h2>Vote</h2>The council voted.</div>`,
    );
  });

  it('never eats a page that sets its text in headings: long headings stay, and at most two short ones go', () => {
    const long =
      '<h4>The council voted on the harbour budget for the coming year, and the ferry timetable too.</h4>';
    expect(run(`${long}${long}${long}`)).toBe(`${long}${long}${long}`);
    expect(run('<h3>One</h3><h3>Two</h3><h3>Three</h3><h3>Four</h3>')).toBe('<h3>One</h3><h3>Two</h3>');
  });
});
