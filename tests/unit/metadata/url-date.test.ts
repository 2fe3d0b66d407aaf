import { dateFromUrl } from '../../../utils/metadata/url-date';

describe('dateFromUrl', () => {
  it.each([
    ['https://b.example/2016/04/02/minions/', '2016-04-02T00:00:00Z'],
    ['https://b.example/news/2024-01-26-storm', '2024-01-26T00:00:00Z'],
    ['https://b.example/detail/20200102/1000.html', '2020-01-02T00:00:00Z'],
    ['https://b.example/media-news/meldungen/29-10-2021', '2021-10-29T00:00:00Z'],
    ['https://b.example/news/3-2-2022-hochwasser', '2022-02-03T00:00:00Z'],
  ])('%s → %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });

  it('needs a full date', () => {
    expect(dateFromUrl('https://b.example/2018/06/privacy.html')).toBeNull();
    expect(dateFromUrl('https://b.example/item/12345678901')).toBeNull();
    // Month first ("10-29-2021") is not a day-first date: no guessing.
    expect(dateFromUrl('https://b.example/news/10-29-2021')).toBeNull();
    // A version number is not a date.
    expect(dateFromUrl('https://b.example/release/v1-2-2021x')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
  });
});
