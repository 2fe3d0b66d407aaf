import { printedDay, sameMoment } from '../../../utils/metadata/printed-day';

describe('printedDay', () => {
  it('takes the printed day when its clock is the UTC moment in a real zone', () => {
    // Bolivia, UTC−4: 22:41 on the 3rd is 02:41Z on the 4th.
    expect(printedDay('2022-05-04T02:41:00Z', '2022-05-03T22:41:00Z')).toBe('2022-05-03');
    // Seconds the page does not print don't matter; Brazil, UTC−3.
    expect(printedDay('2022-05-04T00:44:52Z', '2022-05-03T21:44:00Z')).toBe('2022-05-03');
    // A clock east of UTC, a stated offset, and half-hour zones (India, UTC+5:30).
    expect(printedDay('2022-11-06T23:00:00Z', '2022-11-07T00:00:00+01:00')).toBe('2022-11-07');
    expect(printedDay('2022-11-06T20:00:00Z', '2022-11-07T01:30:00Z')).toBe('2022-11-07');
  });

  it('takes a printed date without a time when some zone (UTC−12 … UTC+14) gives that day', () => {
    expect(printedDay('2018-06-12T23:00:00Z', '2018-06-13T00:00:00Z')).toBe('2018-06-13');
    expect(printedDay('2018-06-13T08:00:00Z', '2018-06-12T00:00:00Z')).toBe('2018-06-12');
  });

  it('keeps the metadata day otherwise', () => {
    // Same day: nothing to change.
    expect(printedDay('2022-05-04T02:41:00Z', '2022-05-04T00:00:00Z')).toBeUndefined();
    // A different time, not a whole quarter hour apart: another moment (an update), not another zone.
    expect(printedDay('2022-05-04T02:41:00Z', '2022-05-03T22:17:00Z')).toBeUndefined();
    // 16 h behind UTC: no zone does that.
    expect(printedDay('2022-05-04T02:41:00Z', '2022-05-03T10:41:00Z')).toBeUndefined();
    expect(printedDay('2022-05-04T11:00:00Z', '2022-05-03T23:00:00Z')).toBe('2022-05-03');
    // A date-only day that no zone reaches from the moment.
    expect(printedDay('2022-05-04T02:41:00Z', '2022-05-02T00:00:00Z')).toBeUndefined();
    expect(printedDay('2022-05-04T12:00:00Z', '2022-05-03T00:00:00Z')).toBeUndefined();
    // Metadata that states its own zone already gives the page's day.
    expect(printedDay('2022-05-03T22:41:00-04:00', '2022-05-04T00:00:00Z')).toBeUndefined();
  });
});

describe('sameMoment', () => {
  it('is true when the printed clock is the instant in a real zone, seconds aside', () => {
    expect(sameMoment('2021-03-20T14:00:17Z', '2021-03-20T15:00:00Z')).toBe(true);
    expect(sameMoment('2021-03-20T15:00:00+01:00', '2021-03-20T15:00:00Z')).toBe(true);
  });

  it('is false for another clock time or a date without a time', () => {
    expect(sameMoment('2021-03-20T14:00:17Z', '2021-03-20T15:07:00Z')).toBe(false);
    expect(sameMoment('2021-03-20T14:00:17Z', '2021-03-20T00:00:00Z')).toBe(false);
  });
});
