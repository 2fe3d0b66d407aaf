import { storage } from 'wxt/utils/storage';
import { publishDestinationSchema, type PublishDestination } from './publish-destination';

/**
 * Both in `storage.local`: never synced to the user's account. The token is a key of its own, read only by
 * the code that talks to the repository, so nothing that lists or shows the settings (or a backup, which
 * holds clips only) can carry it along.
 */
const destinationItem = storage.defineItem<unknown>('local:publishDestination', { fallback: null });
const tokenItem = storage.defineItem<string>('local:publishToken', { fallback: '' });

/** Where "Publish" goes and the token it sends, kept apart from the other settings. */
export const publishStore = {
  /** The saved destination, or null when there is none (or it no longer validates). */
  async destination(): Promise<PublishDestination | null> {
    const parsed = publishDestinationSchema.safeParse(await destinationItem.getValue());
    return parsed.success ? parsed.data : null;
  },
  async token(): Promise<string> {
    return tokenItem.getValue();
  },
  /** Saves the destination; the token only when one is given (an empty field keeps the saved one). */
  async save(destination: PublishDestination, token: string): Promise<void> {
    await destinationItem.setValue(publishDestinationSchema.parse(destination));
    if (token) await tokenItem.setValue(token);
  },
  async hasToken(): Promise<boolean> {
    return (await tokenItem.getValue()) !== '';
  },
};
