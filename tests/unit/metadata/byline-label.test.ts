import { labelledBylines } from '../../../utils/metadata/byline-label';
import { extractMetadata } from '../../../utils/metadata/extract-metadata';
import { loadMetadataFixture, parseHtml } from './load-fixture';

describe('labelledBylines', () => {
  it('reads the value after a label in its own element, cell or block', () => {
    const doc = parseHtml(
      '<div id="s"><p><b>Von:</b> Götz Warnke</p><h5>Autor:</h5><p>Peter Maahn</p></div>',
    );
    const scope = doc.getElementById('s') as Element;
    expect(labelledBylines(scope, scope)).toEqual(['Götz Warnke', 'Peter Maahn']);
  });

  it('climbs out of a field that wraps only the label to the next field', () => {
    const doc = loadMetadataFixture('byline-field-label.html');
    const scope = doc.querySelector('main') as Element;
    expect(labelledBylines(scope, scope)).toEqual(['Todd Baines']);
  });

  it('reads a credits box written in capitals as an ordinary name', () => {
    const meta = extractMetadata(loadMetadataFixture('byline-credits-caps.html'), 'https://mag.example/a');
    expect(meta.author).toBe('Sven Martensen');
    expect(meta.sources.author).toBe('byline');
  });
});
