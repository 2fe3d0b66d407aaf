import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromeManifestProblems, pngDimensions } from './chrome-manifest-problems';
import { PERMISSION_JUSTIFICATIONS } from './permission-justifications';

// Checks the Chrome build's manifest against the Web Store's rules (run after `wxt build`).
const dir = path.resolve(process.argv[2] ?? '.output/chrome-mv3');
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Parameters<
  typeof chromeManifestProblems
>[0]['manifest'] & { default_locale?: string };
const messages = JSON.parse(
  readFileSync(path.join(dir, '_locales', manifest.default_locale ?? 'en', 'messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const problems = chromeManifestProblems({
  manifest,
  messages,
  justifications: PERMISSION_JUSTIFICATIONS,
  pngSize(file) {
    try {
      return pngDimensions(readFileSync(path.join(dir, file)));
    } catch {
      return null;
    }
  },
});
if (problems.length) {
  console.error(`The Chrome manifest in ${dir} breaks the Web Store's rules:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`The Chrome manifest in ${dir} meets the Web Store's rules checked here.`);
