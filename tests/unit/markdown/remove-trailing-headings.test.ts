import { parseHTML } from 'linkedom';
import { removeTrailingHeadings } from '../../../utils/markdown/prepare/remove-trailing-headings';

const P = '<p>The board approved the replacement of the old lead pipes by five votes to one on Tuesday.</p>';
function run(body: string): string {
  const { document } = parseHTML(`<html><body><div id="a">${body}</div></body></html>`);
  const root = document.getElementById('a')!;
  removeTrailingHeadings(root);
  return root.innerHTML;
}

describe('removeTrailingHeadings', () => {
  it('drops the label of a teaser block whose teasers are gone, nested or stacked', () => {
    expect(run(`${P}<h3>More Business News</h3>`)).toBe(P);
    expect(
      run(`${P}<section><div><h2>Related</h2><h4>More from Business</h4></div><ul></ul></section>`),
    ).toBe(`${P}<section><div></div><ul></ul></section>`);
  });

  it('keeps headings inside the story, headings over media, and a long heading', () => {
    const inside = `<h2>Costs</h2>${P}`;
    expect(run(inside)).toBe(inside);
    const overFigure = `${P}<h3>Map</h3><figure><img src="map.png"></figure>`;
    expect(run(overFigure)).toBe(overFigure);
    const download = `${P}<h5><a href="/uploads/memoire.pdf"><b>Télécharger le mémoire</b></a></h5>`;
    expect(run(download)).toBe(download);
    const sentence = `${P}<h4>${'A closing remark set in large type that runs on well past a label. '.repeat(2)}</h4>`;
    expect(run(sentence)).toBe(sentence);
  });
});
