import '@/utils/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupShell } from '@/components/popup-shell';
import { askPanelAccess } from '@/utils/capture/panel-access';
import { useWindowTab } from '@/components/use-window-tab';
import '@/components/popup.css';

// The popup's clip button, list and review form, for the tab active in the panel's window.
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <PopupShell useTab={useWindowTab} panel={{ askAccess: askPanelAccess }} />
    </StrictMode>,
  );
