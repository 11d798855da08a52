import { describe, expect, it } from 'vitest';
import { answerPermissionRequest, isPermissionGranted } from '../../../electron/main/permissions';

describe('page permissions', () => {
  it('grants nothing the page asks for, known or unknown', () => {
    const asked = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'fileSystem', 'some-future-permission', undefined];
    for (const permission of asked) {
      expect(isPermissionGranted(permission)).toBe(false);
      const answers: boolean[] = [];
      answerPermissionRequest(permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
    }
  });
});
