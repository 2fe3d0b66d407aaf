import type { Page } from 'puppeteer-core';

/**
 * Every clip body in the extension's database, read with plain IndexedDB from one of its pages (the popup):
 * what was stored, whatever the views show of it.
 */
export function storedBodies(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('newsclip');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const bodies = await new Promise<{ markdown: string }[]>((resolve, reject) => {
      const request = db.transaction('bodies').objectStore('bodies').getAll();
      request.onsuccess = () => resolve(request.result as { markdown: string }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return bodies.map((b) => b.markdown);
  });
}
