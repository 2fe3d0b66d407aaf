import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { privacyPageHtml } from '../../../scripts/build/privacy-page';

describe('the privacy page shipped in the extension', () => {
  const html = privacyPageHtml(readFileSync('PRIVACY.md', 'utf8'));

  it('is PRIVACY.md rendered, titled by its heading', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Newsclip privacy policy</title>');
    expect(html).toContain('<h2>What leaves your machine</h2>');
    expect(html).toContain('<strong>Export and backup</strong>');
  });

  it('has no script, so the extension pages’ CSP has nothing to refuse', () => {
    expect(html).not.toMatch(/<script/i);
  });
});
