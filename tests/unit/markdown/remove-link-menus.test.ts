import { md } from './convert';

const STORY = '<p>The harbour council met on Thursday and voted to fund the ferry.</p>';
const menu = (items: string[]) =>
  `<ul>${items.map((i) => `<li><a href="/${i.toLowerCase()}">${i}</a></li>`).join('')}</ul>`;

describe('remove-link-menus pass', () => {
  it('removes a menu of short links to the same site, as a list or as bare links', () => {
    expect(md(menu(['Sign In', 'Home', 'Subscribe', 'Contact']) + STORY)).toBe(
      'The harbour council met on Thursday and voted to fund the ferry.',
    );
    const bare =
      '<div><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="https://www.example.com/opinion">Opinion</a> · <a href="/about">About us</a></div>';
    expect(md(STORY + bare)).toBe('The harbour council met on Thursday and voted to fund the ferry.');
  });

  it('keeps lists of links the article gives: other sites, longer titles, introduced, or short', () => {
    const external =
      '<ul><li><a href="https://a.example.org/">Reuters</a></li><li><a href="https://b.example.org/">AP</a></li>' +
      '<li><a href="https://c.example.org/">AFP</a></li><li><a href="https://d.example.org/">BBC</a></li></ul>';
    expect(md(STORY + external)).toContain('[Reuters]');
    const titles =
      '<ul><li><a href="/a">Order a free test kit</a></li><li><a href="/b">Which filters remove lead</a></li>' +
      '<li><a href="/c">Map of streets and dates</a></li><li><a href="/d">How the loan is repaid</a></li></ul>';
    expect(md(STORY + titles)).toContain('[Order a free test kit]');
    const introduced = `${STORY}<h2>Places in this story</h2>${menu(['Ferries', 'Harbours', 'Lakes', 'Islands'])}`;
    expect(md(introduced)).toContain('[Ferries]');
    expect(md(`${STORY}<p>Read about:</p>${menu(['Ferries', 'Harbours', 'Lakes', 'Islands'])}`)).toContain(
      '[Islands]',
    );
    expect(md(STORY + menu(['Home', 'News', 'Contact']))).toContain('[Home]');
  });

  it('keeps a list whose items say more than their link', () => {
    const html = `${STORY}<ul>${['One', 'Two', 'Three', 'Four'].map((w) => `<li><a href="/${w}">${w}</a> (PDF)</li>`).join('')}</ul>`;
    expect(md(html)).toContain('[Four]');
  });
});
