import { z } from 'zod';
import { profileIdSchema } from '../export/export-options';

/** Hosts a plain-http remote is accepted for: this machine only (a test server, a local gitea). */
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;

/** A remote repository address: HTTPS, or http on this machine; no credentials in it (the token is apart). */
const remoteUrlSchema = z
  .string()
  .trim()
  .url()
  .refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
  }, 'must be an https:// address')
  .refine((value) => {
    const url = new URL(value);
    return !url.username && !url.password;
  }, 'must not hold a user name or password: the token is kept apart');

/** A branch name git accepts (the common subset of `git check-ref-format --branch`). */
const branchSchema = z.string().trim().min(1).max(200).refine(validBranch, 'not a valid branch name');

function validBranch(branch: string): boolean {
  const control = [...branch].some((c) => c.charCodeAt(0) < 0x20 || c === '\x7f');
  const forbidden = /(^[-/.]|\/\.|\.\.|[/.]$|\.lock$|@\{|[\s~^:?*[\\]|\/\/)/.test(branch);
  return !control && !forbidden && branch !== '@' && branch !== 'HEAD';
}

/**
 * The folder of the posts inside the repository ("src/data/blog/"), written with a trailing slash and no
 * leading one; "" is the repository's root. No `..`, `.git` or backslashes: a path that could leave it.
 */
const contentFolderSchema = z
  .string()
  .trim()
  .transform((folder) => folder.replace(/^\/+|\/+$/g, ''))
  .refine(
    (folder) => folder === '' || folder.split('/').every((part) => /^[^\\:*?"<>|]+$/.test(part)),
    'not a folder path',
  )
  .refine(
    (folder) => folder.split('/').every((part) => part !== '..' && part !== '.' && part !== '.git'),
    'must stay inside the repository',
  )
  .transform((folder) => (folder ? `${folder}/` : ''));

/**
 * Where "Publish" commits posts: a blog's git repository, its branch, the content folder, the export
 * profile the posts are written in and the commit's author. The token is never part of it: it lives in
 * `storage.local` alone, so a destination can be shown, synced or backed up without it.
 */
export const publishDestinationSchema = z.object({
  url: remoteUrlSchema,
  branch: branchSchema.default('main'),
  folder: contentFolderSchema,
  profile: profileIdSchema.default('astro-paper'),
  authorName: z.string().trim().min(1).max(200),
  authorEmail: z.string().trim().email(),
  /** The user name sent with the token; hosts that ignore it (GitHub, GitLab) accept this default. */
  username: z.string().trim().max(200).default('x-access-token'),
});
export type PublishDestination = z.output<typeof publishDestinationSchema>;
export type PublishDestinationInput = z.input<typeof publishDestinationSchema>;
