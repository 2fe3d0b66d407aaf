/** The Chrome Web Store's limits that a manifest can break (developer.chrome.com, manifest and listing docs). */
export const NAME_MAX = 75;
export const SHORT_NAME_MAX = 12;
export const DESCRIPTION_MAX = 132;
/** Sizes the store and Chrome use: toolbar (16, 32 on high-DPI), extensions page (48), install and store (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

export interface ManifestInput {
  manifest: {
    name?: string;
    short_name?: string;
    description?: string;
    icons?: Record<string, string>;
    permissions?: string[];
    optional_permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
  };
  /** The default locale's messages, for `__MSG_name__` values. */
  messages: Record<string, { message: string }>;
  justifications: Record<string, string>;
  /** Width and height of a packaged PNG, or null when the file is missing or no PNG. */
  pngSize(file: string): { width: number; height: number } | null;
}

/** Every rule the manifest breaks, as sentences; empty when it would pass. */
export function chromeManifestProblems({
  manifest,
  messages,
  justifications,
  pngSize,
}: ManifestInput): string[] {
  const problems: string[] = [];
  const resolve = (value: string | undefined) =>
    value?.replace(
      /^__MSG_(\w+)__$/,
      (_, key: string) => messages[key]?.message ?? `(missing message ${key})`,
    );
  const name = resolve(manifest.name) ?? '';
  const shortName = resolve(manifest.short_name);
  const description = resolve(manifest.description) ?? '';
  if (!name.trim()) problems.push('The manifest has no name.');
  if (name.length > NAME_MAX)
    problems.push(`The name has ${name.length} characters; the limit is ${NAME_MAX}.`);
  if (shortName !== undefined && shortName.length > SHORT_NAME_MAX)
    problems.push(`The short name has ${shortName.length} characters; the limit is ${SHORT_NAME_MAX}.`);
  if (!description.trim()) problems.push('The manifest has no description.');
  if (description.length > DESCRIPTION_MAX)
    problems.push(`The description has ${description.length} characters; the limit is ${DESCRIPTION_MAX}.`);
  for (const size of ICON_SIZES) {
    const file = manifest.icons?.[String(size)];
    if (!file) {
      problems.push(`No ${size}×${size} icon in the manifest.`);
      continue;
    }
    const actual = pngSize(file);
    if (!actual) problems.push(`The ${size} px icon ${file} is missing or not a PNG.`);
    else if (actual.width !== size || actual.height !== size)
      problems.push(`The ${size} px icon ${file} is ${actual.width}×${actual.height}.`);
  }
  const asked = [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
  for (const permission of asked)
    if (!justifications[permission]?.trim())
      problems.push(`The permission ${permission} has no justification in permission-justifications.ts.`);
  return problems;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are no PNG. */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
