import { articleTopLines } from '../../../utils/metadata/article-top-lines';
import { parseHtml } from './load-fixture';

const STORY = `<p>${'Die Gaspreisbremse gilt ab März für private Haushalte und kleine Betriebe. '.repeat(3)}</p>`;
const lines = (body: string) =>
  articleTopLines(parseHtml(`<body><div id="a">${body}</div></body>`).querySelector('#a')!).map((l) =>
    l.story ? 'STORY' : l.text,
  );

describe('articleTopLines', () => {
  it('gives leaf lines in order, skipping title-sized headings and figures, looking into wrappers', () => {
    expect(
      lines(`<h1>Title</h1><h2>Subtitle</h2><figure><figcaption>Photo</figcaption></figure>
        <div><h5>Von Anna Sleegers</h5><p><time>16.12.2024</time></p></div>${STORY}`),
    ).toEqual(['Von Anna Sleegers', '16.12.2024', 'STORY']);
  });

  it('stops once the story is under way: a name after two story blocks is content', () => {
    expect(lines(`${STORY}${STORY}<p>Von Max Muster</p>`)).toEqual(['STORY', 'STORY']);
  });

  it('counts an inline element as a line only when it stands alone beside blocks', () => {
    expect(lines(`<span>Mark Lavin</span><p>von <span>Ana Ruiz</span></p>`)).toEqual([
      'Mark Lavin',
      'von Ana Ruiz',
    ]);
  });
});
