import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD_DIR } from './extension-harness';

/**
 * Headless Chromium shows `permissions.request`'s prompt and nothing can click "Allow" (the request never
 * settles). So tests of features behind the optional "all sites" access run a copy of the build whose
 * optional origins are granted at install, as if the user had allowed them: the request then resolves
 * `true` at once, without a prompt, and the rest is the production code. The caller removes the copy.
 */
export function buildWithOriginsGranted(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsclip-granted-'));
  cpSync(BUILD_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = manifest.optional_host_permissions;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
