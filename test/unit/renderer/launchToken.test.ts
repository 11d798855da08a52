import { describe, expect, it } from 'vitest';
import { readLaunchToken } from '../../../renderer/api/launchToken';

describe('readLaunchToken', () => {
  it('takes the token from the printed URL and asks for it to be stored and hidden', () => {
    expect(readLaunchToken('#token=Abc_123-xyz', null)).toEqual({ token: 'Abc_123-xyz', hash: '', fromUrl: true });
  });

  it('keeps other hash parameters when removing the token', () => {
    expect(readLaunchToken('#view=sources&token=abc12345', null)).toEqual({
      token: 'abc12345',
      hash: '#view=sources',
      fromUrl: true,
    });
  });

  it('falls back to the token stored by this tab, so a reload still works', () => {
    expect(readLaunchToken('', 'stored-token')).toEqual({ token: 'stored-token', hash: '', fromUrl: false });
  });

  it('prefers a fresh URL token over a stored one from an earlier launch', () => {
    expect(readLaunchToken('#token=new-token', 'old-token').token).toBe('new-token');
  });

  it('reports no token when there is none anywhere', () => {
    expect(readLaunchToken('', null)).toEqual({ token: null, hash: '', fromUrl: false });
    expect(readLaunchToken('#', null).token).toBeNull();
  });

  it('refuses a mangled token that could not travel in a header, and still removes it from the URL', () => {
    const launch = readLaunchToken('#token=bad%0Atoken', null);
    expect(launch.token).toBeNull();
    expect(launch.hash).toBe('');
  });

  it('treats an empty token as missing and falls back to storage', () => {
    expect(readLaunchToken('#token=', 'stored-token').token).toBe('stored-token');
  });

  it('leaves an unrelated hash alone', () => {
    expect(readLaunchToken('#section=briefs', null)).toEqual({ token: null, hash: '#section=briefs', fromUrl: false });
  });
});
