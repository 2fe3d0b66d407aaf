import fc from 'fast-check';
import { couldWin, resolveField, type Candidate, type Standing } from '../../../utils/metadata/resolve-field';
import { FIELD_SOURCES, type FieldSource } from '../../../utils/metadata/source-registry';

const c = (
  source: FieldSource<'author'>,
  value: string,
  standing: Standing = 'plain',
): Candidate<'author'> => ({ value, source, standing });

describe('resolveField', () => {
  it('takes the first source in the registry’s order among candidates of the same standing', () => {
    expect(resolveField('author', [c('byline', 'B'), c('og', 'O'), c('json-ld', 'J')])?.value).toBe('J');
  });

  it('lets a preferred candidate beat earlier sources, and a fallback lose to later ones', () => {
    expect(resolveField('author', [c('json-ld', 'J'), c('byline', 'B', 'preferred')])?.value).toBe('B');
    expect(resolveField('author', [c('json-ld', 'J', 'fallback'), c('byline', 'B')])?.value).toBe('B');
    expect(resolveField('author', [c('json-ld', 'J', 'fallback')])?.value).toBe('J');
  });

  it('never returns a rejected or empty candidate', () => {
    expect(resolveField('author', [c('json-ld', 'J', 'rejected'), c('og', '')])).toBeUndefined();
    expect(resolveField('author', [undefined, c('og', ''), c('meta', 'M', 'fallback')])?.value).toBe('M');
  });

  it('gives the same winner whatever order the judges list the candidates in', () => {
    const sources = FIELD_SOURCES.author;
    const candidate = fc.record({
      source: fc.constantFrom(...sources),
      value: fc.constantFrom('', 'A', 'B'),
      standing: fc.constantFrom<Standing>('preferred', 'plain', 'fallback', 'rejected'),
    });
    // One candidate per source, as the readers give them.
    const lists = fc.uniqueArray(candidate, { selector: (x) => x.source, maxLength: sources.length });
    fc.assert(
      fc.property(lists, fc.infiniteStream(fc.nat()), (list, randoms) => {
        const shuffled = [...list];
        const r = randoms[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (r.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(resolveField('author', shuffled)).toEqual(resolveField('author', list));
      }),
    );
  });
});

describe('couldWin', () => {
  it('is true for an empty field, a fallback value, or a source earlier in the registry', () => {
    expect(couldWin('author', undefined, 'readability')).toBe(true);
    expect(couldWin('author', c('json-ld', ''), 'readability')).toBe(true);
    expect(couldWin('author', c('json-ld', 'J', 'fallback'), 'readability')).toBe(true);
    expect(couldWin('author', c('article-signature', 'S'), 'readability')).toBe(true);
    expect(couldWin('author', c('byline', 'B'), 'readability')).toBe(false);
  });
});
