import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chromeManifestProblems,
  pngDimensions,
  type ManifestInput,
} from '../../../scripts/stores/chrome-manifest-problems';
import { PERMISSION_JUSTIFICATIONS } from '../../../scripts/stores/permission-justifications';

const icons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
const good: ManifestInput = {
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    icons,
    permissions: ['activeTab', 'downloads'],
    optional_host_permissions: ['https://*/*'],
  },
  messages: { extName: { message: 'Newsclip' }, extDescription: { message: 'Clips articles.' } },
  justifications: PERMISSION_JUSTIFICATIONS,
  pngSize: (file) => {
    const size = Number(/(\d+)\.png$/.exec(file)?.[1]);
    return { width: size, height: size };
  },
};

describe('the Chrome Web Store checks', () => {
  it('pass a manifest within the rules', () => {
    expect(chromeManifestProblems(good)).toEqual([]);
  });

  it('count the description’s characters after resolving its message (limit 132)', () => {
    const long = { ...good, messages: { ...good.messages, extDescription: { message: 'x'.repeat(133) } } };
    expect(chromeManifestProblems(long)).toEqual(['The description has 133 characters; the limit is 132.']);
  });

  it('want every icon size, each a PNG of that size', () => {
    const { 32: _, ...without32 } = icons;
    const problems = chromeManifestProblems({
      ...good,
      manifest: { ...good.manifest, icons: without32 },
      pngSize: (file) => (file.endsWith('48.png') ? { width: 128, height: 128 } : null),
    });
    expect(problems).toEqual([
      'The 16 px icon icon/16.png is missing or not a PNG.',
      'No 32×32 icon in the manifest.',
      'The 48 px icon icon/48.png is 128×128.',
      'The 128 px icon icon/128.png is missing or not a PNG.',
    ]);
  });

  it('want a justification for every permission, host permissions included', () => {
    const problems = chromeManifestProblems({
      ...good,
      manifest: { ...good.manifest, permissions: ['activeTab', 'tabs'], host_permissions: ['<all_urls>'] },
    });
    expect(problems).toEqual([
      'The permission tabs has no justification in permission-justifications.ts.',
      'The permission <all_urls> has no justification in permission-justifications.ts.',
    ]);
  });

  it('read a PNG’s size from its header, and refuse other bytes', () => {
    expect(pngDimensions(readFileSync('public/icon/48.png'))).toEqual({ width: 48, height: 48 });
    expect(pngDimensions(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});
