// Only in the `--mode bench` build: the baseline of the library's "first rows" (npm run bench:ui), a page
// with no framework and no library code that reads the same 40 newest clips from the same store with the
// bare IndexedDB API and lists their titles. What it takes to grow with the store is the storage engine's.
const rows = document.getElementById('rows')!;
const request = indexedDB.open('newsclip');
request.onsuccess = () => {
  const index = request.result.transaction('clips').objectStore('clips').index('savedAt');
  const titles: string[] = [];
  const cursor = index.openCursor(null, 'prev');
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (at && titles.length < 40) {
      titles.push(String((at.value as { title?: unknown }).title ?? ''));
      at.continue();
      return;
    }
    for (const title of titles) rows.appendChild(document.createElement('li')).textContent = title;
    requestAnimationFrame(() => performance.mark('newsclip:bare-rows-painted'));
  };
};
export {};
