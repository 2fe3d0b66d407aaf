import { describe, expect, it } from 'vitest';
import { panelTab } from '@/components/use-window-tab';

describe('panelTab: the side panel’s view of a tab', () => {
  it('takes a hidden address (no host access yet) for no restriction, to ask for access on Clip', () => {
    expect(panelTab({ id: 3, windowId: 1 } as never)).toMatchObject({
      id: 3,
      url: undefined,
      restriction: null,
      hidden: true,
      windowId: 1,
    });
  });
  it('says why a visible address can’t be clipped, as the popup does', () => {
    expect(panelTab({ id: 3, url: 'chrome://settings/' } as never)?.restriction?.code).toBe('browser-page');
    expect(panelTab({ id: 3, url: 'https://news.example/a' } as never)).toMatchObject({ restriction: null });
    expect(panelTab({ id: 3, url: 'https://news.example/a' } as never)).not.toHaveProperty('hidden');
  });
  it('has nothing to show for a tab without an id', () => {
    expect(panelTab({ url: 'https://news.example/a' } as never)).toBeNull();
  });
});
