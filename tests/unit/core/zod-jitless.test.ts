import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleClip } from './sample-clip';

/** Every module a bundle starts from: entrypoints/x.ts, entrypoints/x/main.ts(x), and web workers. */
function entrypointModules(): string[] {
  const workers = readdirSync('components', { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((f) => {
      const file = path.join('components', f);
      return [...readFileSync(file, 'utf8').matchAll(/new Worker\(new URL\('([^']+)'/g)].map((m) =>
        path.join(path.dirname(file), m[1]!),
      );
    });
  return workers.concat(entrypointFiles());
}

function entrypointFiles(): string[] {
  return readdirSync('entrypoints').flatMap((name) => {
    const file = path.join('entrypoints', name);
    if (!statSync(file).isDirectory()) return /\.tsx?$/.test(name) ? [file] : [];
    return readdirSync(file)
      .filter((f) => /^main\.tsx?$/.test(f))
      .map((f) => path.join(file, f));
  });
}

const JITLESS_FIRST = "import '@/utils/zod-jitless';";

/** A module's source file from an import specifier (`@/` is the project root), or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('@/') && !spec.startsWith('.')) return null;
  const base = spec.startsWith('@/') ? spec.slice(2) : path.join(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/**
 * Whether `file` is safe: it imports the jitless setting first, or nothing it loads statically uses zod and
 * each module it loads later (a dynamic import: the popup's React part) is safe the same way. The popup's
 * first script and the 1 kB script that arms its static button load no zod, and should not carry it.
 */
function zodSafe(file: string, seen = new Set<string>()): string | null {
  const source = readFileSync(file, 'utf8');
  if (/^import [^;]+;/m.exec(source)?.[0] === JITLESS_FIRST) return null;
  const queue = [file];
  while (queue.length) {
    const current = queue.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    const text = readFileSync(current, 'utf8');
    for (const [statement, named, bare] of text.matchAll(
      /^(?:import|export)\s[^;]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm,
    )) {
      const spec = named ?? bare;
      // Type-only imports are erased from the bundle.
      if (spec === undefined || /^(?:import|export) type\s/.test(statement)) continue;
      if (/^zod(?:\/|$)/.test(spec)) return `${current} imports ${spec} before jitless is set`;
      const next = resolveImport(current, spec);
      if (next) queue.push(next);
    }
    for (const [, spec] of text.matchAll(/import\('([^']+)'\)/g)) {
      const next = resolveImport(current, spec!);
      const problem = next && zodSafe(next, seen);
      if (problem) return problem;
    }
  }
  return null;
}

describe('zod runs without generated code (Firefox, strict CSP, AMO review)', () => {
  it('every entrypoint sets jitless before anything else, or loads no zod before a module that does', () => {
    const modules = entrypointModules();
    expect(modules).toContain(path.join('components/library/import-worker.ts'));
    expect(modules.length).toBeGreaterThanOrEqual(7);
    for (const file of modules) expect([file, zodSafe(file)]).toEqual([file, null]);
    // The check sees zod where it is: a module with a schema, reached without the setting, is refused.
    expect(zodSafe('utils/clip-schema.ts')).toMatch(/imports zod/);
  });

  it('parsing clips and settings never calls the Function constructor', async () => {
    const real = globalThis.Function;
    let constructed = 0;
    globalThis.Function = new Proxy(real, {
      construct(target, args: string[]) {
        constructed++;
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args: string[]) {
        constructed++;
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    try {
      await import('../../../utils/zod-jitless');
      const { clipSchema } = await import('../../../utils/clip-schema');
      const { settingsSchema } = await import('../../../utils/settings-schema');
      for (let i = 0; i < 3; i++) {
        expect(clipSchema.safeParse(sampleClip()).success).toBe(true);
        settingsSchema.safeParse({});
      }
    } finally {
      globalThis.Function = real;
    }
    expect(constructed).toBe(0);
  });
});
