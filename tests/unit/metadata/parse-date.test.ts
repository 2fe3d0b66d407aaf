import { parseDate, parseStatedDate, toUtc } from '../../../utils/metadata/parse-date';

describe('parseDate', () => {
  it.each([
    ['2024-01-26T14:13:24+02:00', '2024-01-26T12:13:24Z'],
    ['2024-01-26T14:13:24.123Z', '2024-01-26T14:13:24Z'],
    ['2024-01-26T23:30:00-0500', '2024-01-27T04:30:00Z'],
    ['2024-01-26 14:13', '2024-01-26T14:13:00Z'],
    ['2024-01-26', '2024-01-26T00:00:00Z'],
    ['20240126', '2024-01-26T00:00:00Z'],
    ['Fri, 26 Jan 2024 14:13:24 +0200', '2024-01-26T12:13:24Z'],
    ['Fri, 26 Jan 2024 14:13:24 GMT', '2024-01-26T14:13:24Z'],
    ['January 26, 2024', '2024-01-26T00:00:00Z'],
    ['Jan 26, 2024 2:13 PM', '2024-01-26T14:13:00Z'],
    ['04 de mayo 2022, 12:00 A. M.', '2022-05-04T00:00:00Z'],
    ['04 de mayo 2022, 1:30 p. m.', '2022-05-04T13:30:00Z'],
    ['26 January 2024', '2024-01-26T00:00:00Z'],
    ['26.01.2024', '2024-01-26T00:00:00Z'],
    ['26.01.2024 14:13', '2024-01-26T14:13:00Z'],
    ['26. März 2024, 14:13 Uhr', '2024-03-26T14:13:00Z'],
    ['Veröffentlicht am 3. Dezember 2023', '2023-12-03T00:00:00Z'],
    ['Samstag, 5. Oktober 2013', '2013-10-05T00:00:00Z'],
    ['12 de mayo de 2022', '2022-05-12T00:00:00Z'],
    ['3 janvier 2020', '2020-01-03T00:00:00Z'],
    ['01/26/2024', '2024-01-26T00:00:00Z'],
    ['2024/01/26', '2024-01-26T00:00:00Z'],
    ['26 | 01 | 2024', '2024-01-26T00:00:00Z'],
    ['1706278404', '2024-01-26T14:13:24Z'],
    ['1706278404000', '2024-01-26T14:13:24Z'],
    ['Wed May 04 2022 10:00:00 GMT-0400', '2022-05-04T14:00:00Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    '',
    'yesterday',
    'vor 2 Stunden',
    '1899-01-01',
    '1989-12-31',
    '2999-01-01',
    '31.02.2024',
    '2024-13-01',
    'v1.2',
    // Pipes between numbers are a date only with a four-digit year: "1 | 2 | 3" is pagination.
    '10 | 11 | 12',
  ])('rejects %j', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('accepts null, undefined and numbers', () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate(undefined)).toBeNull();
    expect(parseDate(1706278404)).toBe('2024-01-26T14:13:24Z');
  });
});

describe('parseStatedDate', () => {
  it.each([
    ['2022-11-07T00:30:00+01:00', '2022-11-07T00:30:00+01:00'],
    ['2022-05-03T22:41-0400', '2022-05-03T22:41:00-04:00'],
    ['2024-01-26T14:13:24.5+05:45', '2024-01-26T14:13:24+05:45'],
    ['2024-01-26T14:13:24Z', '2024-01-26T14:13:24Z'],
    ['26.01.2024 14:13', '2024-01-26T14:13:00Z'],
    ['Mon, 07 Nov 2022 00:30:00 +0100', '2022-11-07T00:30:00+01:00'],
    ['1706278404', '2024-01-26T14:13:24Z'],
  ])('%s stays in its zone: %s', (input, expected) => {
    expect(parseStatedDate(input)).toBe(expected);
    expect(toUtc(expected)).toBe(parseDate(input));
  });

  it('reads an offset no zone has as UTC rather than failing', () => {
    expect(parseStatedDate('2024-01-26T10:00:00+99:00')).toBe('2024-01-26T10:00:00Z');
    expect(parseStatedDate('2024-01-26T10:00:00+01:75')).toBe('2024-01-26T10:00:00Z');
  });
});
