import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** Value imports (type-only ones are erased from the bundle) of one module, as written. */
function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of source.matchAll(
    /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm,
  ))
    if (!m[2]) found.push(m[3] as string);
  return found;
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? resolve(root, spec.slice(2)) : resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')].find(
    (p) => existsSync(p) && p.match(/\.tsx?$/),
  );
}

/** Every module the background reaches through value imports, and the packages they import. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of imports(file)) {
      if (spec.startsWith('.') || spec.startsWith('@/')) {
        const target = resolveLocal(file, spec);
        if (target) queue.push(target);
      } else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('background bundle', () => {
  // The extraction runs in the page (extract.js): in the background it only weighs the worker down.
  it('does not import the extraction, Readability or Turndown', () => {
    const { files, packages } = graph(resolve(root, 'entrypoints/background.ts'));
    expect(files.size).toBeGreaterThan(5);
    expect(files).toContain(resolve(root, 'utils/capture/browser-clip-deps.ts'));
    const rel = [...files].map((f) => f.slice(root.length + 1));
    expect(rel.filter((f) => /^utils\/(extract\/(extract-page|run-in-page)|markdown\/)/.test(f))).toEqual([]);
    expect([...packages].filter((p) => /readability|turndown/i.test(p))).toEqual([]);
  });
});

describe('injected extraction script', () => {
  // Compiled and set up afresh in every tab clipped: zod's full build was a third of it. The background
  // validates what the script returns; the script's one check of page JSON uses zod's small build.
  it("does not import zod's full build", () => {
    const { files, packages } = graph(resolve(root, 'entrypoints/extract.ts'));
    expect(files).toContain(resolve(root, 'utils/extract/extract-page.ts'));
    expect([...packages].filter((p) => p === 'zod' || p.startsWith('zod/v4'))).toEqual([]);
  });
});

describe("Chrome's injected reading script", () => {
  // Compiled afresh in every tab clipped: only the visibility pass and the hand-over belong there; the
  // extraction runs in the offscreen document, compiled once.
  it('does not import the extraction, Readability, Turndown or zod', () => {
    const { files, packages } = graph(resolve(root, 'entrypoints/read-page.ts'));
    expect(files).toContain(resolve(root, 'utils/extract/tree-transfer.ts'));
    const rel = [...files].map((f) => f.slice(root.length + 1));
    expect(
      rel.filter((f) => /^utils\/(extract\/(extract-page|run-in-page)|markdown\/|metadata\/)/.test(f)),
    ).toEqual([]);
    expect([...packages].filter((p) => /readability|turndown|^zod/i.test(p))).toEqual([]);
  });
});
