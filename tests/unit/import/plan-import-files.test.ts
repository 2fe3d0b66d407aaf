import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runImportRequest, type ImportWorkerReply } from '../../../utils/import/import-worker-protocol';
import { planImportFiles, type ImportBlob } from '../../../utils/import/plan-import-files';

const NOW = '2026-01-01T00:00:00Z';
const post = (n: number) =>
  strToU8(`---\ntitle: Post ${n}\ncanonicalURL: https://a.example/${n}\n---\nBody ${n}\n`);

function blob(name: string, data: Uint8Array): ImportBlob & { reads: number } {
  const file = {
    name,
    size: data.length,
    reads: 0,
    arrayBuffer: () => {
      file.reads++;
      return Promise.resolve(data.slice().buffer);
    },
  };
  return file;
}

describe('planImportFiles', () => {
  it('refuses a Markdown file over the post cap by its size, without reading it', async () => {
    const huge = {
      name: 'huge.md',
      size: 200 * 1024 * 1024,
      reads: 0,
      arrayBuffer: () => Promise.reject(new Error('read')),
    };
    const ok = blob('ok.md', post(1));
    const plan = await planImportFiles([huge, ok], { now: NOW });
    expect(plan.errors).toEqual([
      { file: 'huge.md', message: 'Too large to be a post (over 20 MB): not read' },
    ]);
    expect(plan.readyFiles).toEqual(['ok.md']);
    expect(ok.reads).toBe(1);
  });

  it('refuses a backup over the total cap by its size, without reading it', async () => {
    const huge = {
      name: 'backup.json',
      size: 600 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('read')),
    };
    const plan = await planImportFiles([huge], { now: NOW });
    expect(plan.errors).toEqual([{ file: 'backup.json', message: 'Too large (over 500 MB): not read' }]);
  });

  it('names a file the browser fails to read, and reads the rest', async () => {
    const gone = { name: 'gone.md', size: 10, arrayBuffer: () => Promise.reject(new Error('NotFoundError')) };
    const plan = await planImportFiles([gone, blob('ok.md', post(1))], { now: NOW });
    expect(plan.errors).toEqual([{ file: 'gone.md', message: 'Could not be read (NotFoundError)' }]);
    expect(plan.readyFiles).toEqual(['ok.md']);
  });
});

describe('runImportRequest (the import worker)', () => {
  it('posts progress as it reads, then the plan', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 50; i++) files[`p${i}.md`] = post(i);
    const replies: ImportWorkerReply[] = [];
    let clock = 0;
    await runImportRequest(
      { files: [blob('a.zip', zipSync(files)), blob('b.md', post(99))], options: { now: NOW } },
      (reply) => replies.push(reply),
      () => (clock += 60),
    );
    const progress = replies.flatMap((r) => (r.type === 'progress' ? [r.progress] : []));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.map((p) => p.read)).toEqual([...progress.map((p) => p.read)].sort((a, b) => a - b));
    expect(progress.at(-1)?.fraction).toBeLessThanOrEqual(1);
    const last = replies.at(-1);
    expect(last?.type).toBe('done');
    if (last?.type === 'done') expect(last.plan.ready).toHaveLength(51);
  });
});
