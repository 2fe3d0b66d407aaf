import { activeTab } from '@/components/use-active-tab';
// Linked in the page's head: the static button's first frame is already styled.
import '@/components/popup.css';

// The tab is asked for first (a few milliseconds; its page starts being read meanwhile), and the static clip
// button (early-clip.js) gets the first frame: React (≈200 kB to compile) loads after it, with the tab's
// answer, so its first render has a clip button that works. A hidden page gets no frames: the timer.
let started = false;
const mount = () => {
  if (started) return;
  started = true;
  void activeTab()
    .catch(() => null)
    .then(() => import('./mount'));
};
requestAnimationFrame(() => setTimeout(mount, 0));
setTimeout(mount, 100);
void activeTab().catch(() => null);
