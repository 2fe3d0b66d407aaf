import { IMPORT_LIMITS, megabytes } from './import-limits';
import type { ImportOptions, ImportPlan } from './import-plan';
import { importPlanner, type PlanImportHooks } from './plan-import';

/** A picked file, read only when it is within the caps (a `File` is one). */
export type ImportBlob = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

const POST = /\.(md|markdown|mdx)$/i;

/**
 * `planImport` for picked files, read one at a time: a Markdown file over the post cap is refused by its
 * size and name without being read. Progress is the share of all picked bytes done.
 */
export async function planImportFiles(
  files: readonly ImportBlob[],
  options: ImportOptions = {},
  hooks: PlanImportHooks = {},
): Promise<ImportPlan> {
  const planner = importPlanner(options, hooks);
  const maxPost = hooks.limits?.maxPostBytes ?? IMPORT_LIMITS.maxPostBytes;
  const sizes = files.map((f) => Math.max(f.size, 1));
  const total = sizes.reduce((a, b) => a + b, 0);
  let before = 0;
  for (const [i, file] of files.entries()) {
    const size = sizes[i] ?? 1;
    const report = (fraction: number) =>
      hooks.onProgress?.({ read: planner.read(), fraction: (before + fraction * size) / total });
    if (POST.test(file.name) && file.size > maxPost) {
      planner.plan.errors.push({
        file: file.name,
        message: `Too large to be a post (over ${megabytes(maxPost)}): not read`,
      });
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
