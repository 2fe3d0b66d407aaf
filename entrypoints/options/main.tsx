import '@/utils/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options-app';
import '@/components/popup.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <OptionsApp />
    </StrictMode>,
  );
