import { cleanTitle } from '../../../utils/metadata/clean-title';

describe('cleanTitle', () => {
  it.each([
    ['Night trains return | Coastal Courier', { siteName: 'Coastal Courier' }, 'Night trains return'],
    ['Night trains return - Coastal Courier', { siteName: 'Coastal Courier' }, 'Night trains return'],
    ['Night trains return — Coastal Courier', { siteName: 'Coastal Courier' }, 'Night trains return'],
    ['Night trains return :: Coastal Courier', { siteName: 'Coastal Courier' }, 'Night trains return'],
    ['Coastal Courier | Night trains return', { siteName: 'Coastal Courier' }, 'Night trains return'],
    [
      'Night trains return | Travel | Coastal Courier',
      { siteName: 'Coastal Courier' },
      'Night trains return | Travel',
    ],
    [
      'Night trains return - coastalcourier.example',
      { host: 'www.coastalcourier.example' },
      'Night trains return',
    ],
    ['Coastal Courier: Night trains return', { siteName: 'Coastal Courier' }, 'Night trains return'],
    ['Rail - the comeback - Extra', { references: ['Rail - the comeback'] }, 'Rail - the comeback'],
  ])('%j → %j', (raw, ctx, expected) => {
    expect(cleanTitle(raw, ctx)).toBe(expected);
  });

  it('keeps genuine "A: B" and "A - B" titles', () => {
    expect(cleanTitle('Budget 2024: What the new rules mean', { siteName: 'Metro Daily' })).toBe(
      'Budget 2024: What the new rules mean',
    );
    expect(cleanTitle('Mercury - the planet nobody visits', { siteName: 'Space Weekly' })).toBe(
      'Mercury - the planet nobody visits',
    );
  });

  it('never strips a title down to nothing', () => {
    expect(cleanTitle('Coastal Courier', { siteName: 'Coastal Courier' })).toBe('Coastal Courier');
    expect(cleanTitle('Coastal Courier | Coastal Courier', { siteName: 'Coastal Courier' })).toBe(
      'Coastal Courier',
    );
  });
});
