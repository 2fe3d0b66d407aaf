import { readdirSync, readFileSync, statSync } from 'node:fs';
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

describe('zod runs without generated code (Firefox, strict CSP, AMO review)', () => {
  it('every entrypoint sets jitless before anything else', () => {
    const modules = entrypointModules();
    expect(modules).toContain(path.join('components/library/import-worker.ts'));
    expect(modules.length).toBeGreaterThanOrEqual(7);
    for (const file of modules) {
      const first = /^import [^;]+;/m.exec(readFileSync(file, 'utf8'))?.[0];
      expect([file, first]).toEqual([file, "import '@/utils/zod-jitless';"]);
    }
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
