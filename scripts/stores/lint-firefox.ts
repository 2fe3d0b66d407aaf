import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unexplainedWarnings, type LintMessage } from './known-library-warnings';

// Mozilla's add-on linter on the Firefox build: no error, and no warning but the known libraries' ones.
// web-ext is a pinned devDependency (10.7.0); `npm run` puts node_modules/.bin first on the PATH.
const dir = path.resolve(process.argv[2] ?? '.output/firefox-mv2');
let output: string;
try {
  output = execFileSync('web-ext', ['lint', '--source-dir', dir, '--output', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
} catch (error) {
  if ((error as { code?: string }).code === 'ENOENT') {
    console.error(
      'web-ext is not installed: run `npm ci` (it is a devDependency), then `npm run lint:stores`.',
    );
    process.exit(1);
  }
  // web-ext exits non-zero when there are errors; its report is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
  if (!output.trim()) throw error;
}
const report = JSON.parse(output.slice(output.indexOf('{'))) as {
  errors: LintMessage[];
  warnings: LintMessage[];
};
const lines = new Map<string, string[]>();
const ours = unexplainedWarnings(report.warnings, (w) => {
  const file = w.file!;
  if (!lines.has(file)) lines.set(file, readFileSync(path.join(dir, file), 'utf8').split('\n'));
  const text = lines.get(file)![(w.line ?? 1) - 1] ?? '';
  const column = w.column ?? 0;
  return text.slice(Math.max(0, column - 200), column + 60);
});
const show = (m: LintMessage) => `${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`;
if (report.errors.length || ours.length) {
  console.error([...report.errors, ...ours].map(show).join('\n'));
  console.error(`web-ext lint: ${report.errors.length} errors, ${ours.length} warnings from our code.`);
  process.exit(1);
}
console.log(
  `web-ext lint: 0 errors; ${report.warnings.length} warnings, all from bundled libraries or deliberate manifest keys (scripts/stores/known-library-warnings.ts).`,
);
