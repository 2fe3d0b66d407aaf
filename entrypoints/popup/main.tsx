import '@/utils/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupShell } from '@/components/popup-shell';
import { activeTab } from '@/components/use-active-tab';
import '@/components/popup.css';

const root = document.getElementById('root');
// The tab is asked for first (a few milliseconds; its page starts being read meanwhile): the popup's first
// frame then has a clip button that works. Without an answer the popup still opens.
if (root)
  void activeTab()
    .catch(() => null)
    .then(() =>
      createRoot(root).render(
        <StrictMode>
          <PopupShell />
        </StrictMode>,
      ),
    );
