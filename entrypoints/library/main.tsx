import '@/utils/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LibraryApp } from '@/components/library/library-app';
import { getDb } from '@/utils/db/clip-db';
import { indexPending } from '@/utils/db/index-pending';
import '@/components/popup.css';
import '@/components/library/library.css';

document.documentElement.lang = navigator.language;
// Clips a stopped worker saved without indexing their words (search reads them directly meanwhile).
void indexPending(getDb()).catch((error: unknown) => console.warn('Indexing clips failed:', error));
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <LibraryApp />
    </StrictMode>,
  );
