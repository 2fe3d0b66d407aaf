import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { armEarlyClip } from '@/components/early-click';

// A classic script at the end of popup.html's body: it runs as the page is parsed, before the module
// scripts (React), so the clip button works from the first frame.
export default defineUnlistedScript(() => armEarlyClip(document, (key) => browser.i18n.getMessage(key)));
