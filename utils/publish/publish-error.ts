import { Errors } from 'isomorphic-git';
import { t } from '../i18n/t';

export type PublishErrorCode =
  | 'auth'
  | 'offline'
  | 'not-found'
  | 'branch-missing'
  | 'folder-missing'
  | 'rejected'
  | 'cancelled'
  | 'failed';

/**
 * What went wrong talking to the repository, as a code the UI can act on and a message the user can read.
 * It carries no cause: the underlying error may hold request headers, and those hold the token.
 */
export class PublishError extends Error {
  override name = 'PublishError';
  constructor(
    readonly code: PublishErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** What the caller knows when an error is translated: the remote (for the message) and the secret. */
export type ErrorContext = { url: string; token: string; username: string; signal?: AbortSignal };

/**
 * Any error of a git operation as a `PublishError` with a clear message. The token (and every form it is
 * sent in: Basic credentials in base64, URL-encoded) is scrubbed from whatever text of the error is kept.
 */
export function toPublishError(error: unknown, context: ErrorContext): PublishError {
  if (error instanceof PublishError) return error;
  const host = hostOf(context.url);
  if (context.signal?.aborted || isAbort(error)) {
    return new PublishError('cancelled', t('publishErrorCancelled'));
  }
  if (error instanceof Errors.HttpError) {
    const status = error.data.statusCode;
    if (status === 401 || status === 403) {
      return new PublishError('auth', t('publishErrorAuth', String(status)));
    }
    if (status === 404) return new PublishError('not-found', t('publishErrorNotFound', context.url));
  }
  if (error instanceof Errors.UserCanceledError) {
    return new PublishError('auth', t('publishErrorAuth', '401'));
  }
  if (isNetworkFailure(error)) return new PublishError('offline', t('publishErrorOffline', host));
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new PublishError('failed', t('publishErrorFailed', scrubSecret(text, context)));
}

/** `text` without the token in any form a request could carry it. */
export function scrubSecret(text: string, context: Pick<ErrorContext, 'token' | 'username'>): string {
  const { token, username } = context;
  if (!token) return text;
  const forms = [
    token,
    encodeURIComponent(token),
    toBase64(`${username}:${token}`),
    toBase64(`:${token}`),
    toBase64(token),
  ];
  return forms.reduce((out, form) => out.split(form).join('***'), text);
}

function toBase64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/**
 * fetch() rejects with a TypeError when no answer came (browsers: "Failed to fetch", "NetworkError…";
 * Node: "fetch failed"); a connection dropped while the body streams surfaces as a socket error.
 */
function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof TypeError && /fetch|network|load failed/i.test(error.message)) return true;
  const text = `${error.name} ${error.message}`;
  return /network|fetch failed|failed to fetch|ECONNRE|socket|terminated|EPIPE/i.test(text);
}
