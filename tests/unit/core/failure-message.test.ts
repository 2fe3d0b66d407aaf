import { describe, expect, it } from 'vitest';
import { isInterruption, requestFailure } from '../../../utils/capture/failure-message';

describe('requestFailure', () => {
  it.each([
    'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    'The message port closed before a response was received.',
    'Could not establish connection. Receiving end does not exist.',
    'Extension context invalidated.',
  ])('says "Clip interrupted — try again" for Chrome’s %j', (raw) => {
    expect(requestFailure(new Error(raw))).toEqual({
      status: 'failed',
      code: 'interrupted',
      message: 'Clip interrupted — try again',
      canClipSelection: false,
    });
  });

  it('quotes any other error', () => {
    expect(requestFailure(new Error('boom'))).toMatchObject({
      code: 'internal',
      message: 'Clipping failed: boom',
    });
    expect(requestFailure('odd')).toMatchObject({ code: 'internal', message: 'Clipping failed: odd' });
  });
});

describe('isInterruption', () => {
  it('knows a tab that navigated during the extraction', () => {
    expect(isInterruption('Frame with ID 0 was removed.')).toBe(true);
    expect(
      isInterruption(
        'Cannot access contents of url "file:///x". Extension manifest must request permission to access this host.',
      ),
    ).toBe(false);
  });
});
