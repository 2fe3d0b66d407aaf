import path from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { PRIVACY_PAGE, privacyPageHtml } from './scripts/build/privacy-page';

const IMAGE_ORIGINS = ['http://*/*', 'https://*/*'];

/**
 * The extension pages' CSP. Clips are untrusted HTML: no plugin, player or frame may load, whatever slips
 * past the reading view's sanitizer; images only over https (and from the extension, data: and blob:), which
 * the reading view asks for only after "Load images". WXT's dev server adds its own origin to script-src;
 * in dev its assets (served from localhost) are allowed as images too.
 */
function extensionPagesCsp(dev: boolean): string {
  const devOrigin = dev ? ' http://localhost:*' : '';
  return [
    "script-src 'self'",
    "object-src 'none'",
    `img-src 'self' data: blob: https:${devOrigin}`,
    "media-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// Least privilege: no host permissions and no content script on every page. The extraction script is
// injected into the active tab only when the user clips (activeTab + scripting).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: (env) => {
    // The bench must time the code that ships: WXT sets NODE_ENV to the mode ("bench"), and anything but
    // "production" bundles React's development build (several times slower) and its dev JSX runtime.
    if (env.mode === 'bench') process.env.NODE_ENV = 'production';
    return {
      resolve: {
        // sha.js (isomorphic-git's SHA-1) requires Node's `buffer`: Vite would leave it undefined in the
        // pages. The publishing runtime's small Buffer stands in (utils/publish/node-buffer.ts).
        alias: [{ find: /^buffer$/, replacement: path.resolve('utils/publish/node-buffer.ts') }],
      },
    };
  },
  hooks: {
    // The privacy policy ships inside the extension, generated from PRIVACY.md (scripts/build/privacy-page.ts).
    'build:publicAssets'(wxt, files) {
      files.push({
        relativeDest: PRIVACY_PAGE,
        contents: privacyPageHtml(readFileSync('PRIVACY.md', 'utf8')),
      });
    },
    // The bench's pages exist only in `wxt build --mode bench` (used by `npm run bench:ui`).
    'entrypoints:resolved'(wxt, entrypoints) {
      if (wxt.config.mode === 'bench') return;
      for (const name of ['bench-seed', 'bench-first-rows']) {
        const index = entrypoints.findIndex((e) => e.name === name);
        if (index >= 0) entrypoints.splice(index, 1);
      }
    },
  },
  manifest: ({ browser, manifestVersion, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      ...['activeTab', 'scripting', 'storage', 'contextMenus', 'downloads', 'unlimitedStorage'],
      // Chrome's worker has no DOM: clips are extracted in an offscreen document, whose code stays compiled.
      ...(browser === 'chrome' ? ['offscreen'] : []),
    ],
    // Only for the "save images" export option, requested when the user turns it on (never at install).
    // MV2 has no `optional_host_permissions` (and WXT drops it): there, origins go in `optional_permissions`.
    ...(manifestVersion === 3
      ? { optional_host_permissions: IMAGE_ORIGINS }
      : { optional_permissions: IMAGE_ORIGINS }),
    // MV2 (Firefox) takes the policy as a plain string: WXT converts this form.
    content_security_policy: { extension_pages: extensionPagesCsp(command === 'serve') },
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandClipPage__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'newsclip@newsclip.dev',
              // The bundles use Intl.Segmenter at module load (word counts, slugs): Firefox 125 and later.
              strict_min_version: '125.0',
              // AMO asks every new extension to declare what it collects: nothing leaves the browser unless
              // the user exports, publishes or saves images, and none of that goes to us.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
