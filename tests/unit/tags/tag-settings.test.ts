import { defaultSettings, exportOptionsFrom, settingsSchema } from '../../../utils/settings-schema';

describe('tag settings', () => {
  it('default to suggestions, three when applied', () => {
    expect(defaultSettings).toMatchObject({ tagMode: 'suggest', applyTagCount: 3 });
  });

  it('read settings stored before they existed, keeping the stored fields', () => {
    const { tagMode: _m, applyTagCount: _n, ...older } = { ...defaultSettings, draftDefault: false };
    expect(settingsSchema.parse(older)).toEqual({ ...defaultSettings, draftDefault: false });
  });

  it('reject a count outside 1–10 and stay out of the export options', () => {
    expect(settingsSchema.safeParse({ ...defaultSettings, applyTagCount: 0 }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...defaultSettings, tagMode: 'all' }).success).toBe(false);
    expect(exportOptionsFrom(defaultSettings)).not.toHaveProperty('tagMode');
  });
});
