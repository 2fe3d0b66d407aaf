import { cleanName, isFormLabel } from '../../../utils/metadata/clean-name';

describe('cleanName', () => {
  it.each([
    ['Peter Maahn/SP-X', 'Peter Maahn'],
    ['SVEN MARTENSEN', 'Sven Martensen'],
    ['R.C. BAKER', 'R.C. Baker'],
    ["DANIEL O'MAHONY", "Daniel O'Mahony"],
    ['JEAN-LUC PICARD', 'Jean-Luc Picard'],
    // A vowel-less word in capitals is an acronym; the desk code after the slash goes.
    ['MDR THÜRINGEN/ls', 'MDR Thüringen'],
    // One word in capitals, an agency pair, names in ordinary case and scripts without case stay as written.
    ['ESEPPELT', 'ESEPPELT'],
    ['dpa/lno', 'dpa/lno'],
    ['AFP/The Local', 'AFP/The Local'],
    ['Anna  Dunst', 'Anna Dunst'],
    ['焦鹏', '焦鹏'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });
});

describe('isFormLabel', () => {
  it('recognises comment-form labels, not names', () => {
    expect(isFormLabel('Name (erforderlich)')).toBe(true);
    expect(isFormLabel('Name *')).toBe(true);
    expect(isFormLabel('E-Mail (required)')).toBe(true);
    expect(isFormLabel('Nora Name')).toBe(false);
  });
});

describe('editor initials', () => {
  it('drops an editor’s lower-case initials in brackets after the name, not a role or a capitalised word', () => {
    expect(cleanName('Julia Hitz (eg)')).toBe('Julia Hitz');
    expect(cleanName('Corina Gall (cog.)')).toBe('Corina Gall');
    expect(cleanName('Anna Berg (Bonn)')).toBe('Anna Berg (Bonn)');
  });
});
