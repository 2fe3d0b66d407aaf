import '@/utils/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupShell } from '@/components/popup-shell';

// React takes over from the static clip button (popup.html, early-click.ts).
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <PopupShell />
    </StrictMode>,
  );
