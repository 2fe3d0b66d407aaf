import type { ImportOptions, ImportPlan } from './import-plan';
import { importPlanner, kindOf, type PlanImportHooks } from './plan-import';

/** A picked file, read only when it is within the caps (a `File` is one). */
export type ImportBlob = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

/**
 * `planImport` for picked files, read one at a time: a Markdown file or backup over its cap is refused by
 * its size and name without being read. Progress is the share of all picked bytes done.
 */
export async function planImportFiles(
  files: readonly ImportBlob[],
  options: ImportOptions = {},
  hooks: PlanImportHooks = {},
): Promise<ImportPlan> {
  const planner = importPlanner(options, hooks);
  const sizes = files.map((f) => Math.max(f.size, 1));
  const total = sizes.reduce((a, b) => a + b, 0);
  let before = 0;
  for (const [i, file] of files.entries()) {
    const size = sizes[i] ?? 1;
    const report = (fraction: number) =>
      hooks.onProgress?.({ read: planner.read(), fraction: (before + fraction * size) / total });
    const kind = kindOf(file.name, new Uint8Array(0));
    if (planner.refuseBySize(file.name, kind, file.size)) {
      // Listed by its size: never read.
    } else {
      let data: Uint8Array | undefined;
      try {
        data = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        planner.plan.errors.push({
          file: file.name,
          message: `Could not be read (${error instanceof Error ? error.message : String(error)})`,
        });
      }
      if (data) planner.add(file.name, data, report);
    }
    before += size;
    report(0);
  }
  return planner.plan;
}
