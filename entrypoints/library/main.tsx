import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LibraryApp } from '@/components/library/library-app';
import '@/components/popup.css';
import '@/components/library/library.css';

document.documentElement.lang = navigator.language;
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <LibraryApp />
    </StrictMode>,
  );
