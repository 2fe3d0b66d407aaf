import config from '../../../wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; command: string; mode: string }) => {
  browser_specific_settings?: { gecko?: Record<string, unknown> };
};

describe('the Firefox manifest', () => {
  const manifest = config.manifest as unknown as ManifestFn;

  it('states the oldest Firefox the bundles run in, and that no data is collected (AMO since Nov 2025)', () => {
    const gecko = manifest({ browser: 'firefox', manifestVersion: 2, command: 'build', mode: 'production' })
      .browser_specific_settings?.gecko;
    expect(gecko).toMatchObject({
      id: 'newsclip@newsclip.dev',
      strict_min_version: '125.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('leaves Chrome’s manifest without Firefox settings', () => {
    const chrome = manifest({ browser: 'chrome', manifestVersion: 3, command: 'build', mode: 'production' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });
});
