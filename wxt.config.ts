import { defineConfig } from 'wxt';

// Least privilege: no host permissions and no content script on every page. The extraction script is
// injected into the active tab only when the user clips (activeTab + scripting).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Newsclip',
    description:
      'Clip news articles to Markdown with YAML frontmatter, keep them in your browser, review by tag, export to your blog.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'downloads', 'unlimitedStorage'],
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Clip the article on this page',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'newsclip@newsclip.dev' } } }
      : {}),
  }),
});
