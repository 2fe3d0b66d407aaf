import { describe, expect, it } from 'vitest';
import { isInlineImage, loadableImageUrl, remoteUrl } from '../../../utils/reading/remote-url';

describe('reading view addresses', () => {
  it('treats only absolute http(s) addresses as remote', () => {
    expect(remoteUrl(' https://a.example/x.png')?.host).toBe('a.example');
    expect(remoteUrl('HTTP://a.example/x.png')?.protocol).toBe('http:');
    for (const local of ['/x.png', '//a.example/x.png', 'x.png', 'javascript:x', 'data:image/png,', '', null])
      expect(remoteUrl(local)).toBeNull();
  });

  it('loads opted-in images over https only, upgrading http', () => {
    expect(loadableImageUrl('http://a.example/x.png?q=1')).toBe('https://a.example/x.png?q=1');
    expect(loadableImageUrl('https://a.example/x.png')).toBe('https://a.example/x.png');
    expect(loadableImageUrl('ftp://a.example/x.png')).toBeNull();
  });

  it('shows data: images, which are no request', () => {
    expect(isInlineImage('data:image/gif;base64,R0lGOD')).toBe(true);
    expect(isInlineImage('data:text/html,<b>')).toBe(false);
  });
});
