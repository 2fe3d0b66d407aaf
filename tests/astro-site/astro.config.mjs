import { defineConfig } from 'astro/config';

// No smart quotes, so the built text can be compared character for character with the export's.
export default defineConfig({
  site: 'https://example.com',
  telemetry: false,
  markdown: { smartypants: false },
});
