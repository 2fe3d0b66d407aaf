import '@/utils/zod-jitless';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runInPage } from '@/utils/extract/run-in-page';

// Injected by the background only when the user clips (activeTab + scripting); its return value is
// what `scripting.executeScript` resolves with.
export default defineUnlistedScript(() => runInPage(window, document));
