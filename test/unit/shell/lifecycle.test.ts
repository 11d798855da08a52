import { describe, expect, it, vi } from 'vitest';
import { ParleyError } from '../../../shared/contract';
import { closeBeforeQuit } from '../../../electron/main/close-before-quit';
import { notebookFlagFrom } from '../../../electron/main/launch-args';
import { startupErrorMessage } from '../../../electron/main/startup-error';

describe('notebookFlagFrom', () => {
  const electron = ['/opt/electron/electron', 'dist/electron/main.mjs'];

  it('reads --notebook with a separate or an attached path, wherever it sits', () => {
    expect(notebookFlagFrom([...electron, '--notebook', '/data/Talks.parley'])).toBe('/data/Talks.parley');
    expect(notebookFlagFrom([...electron, '--notebook=/data/Talks.parley'])).toBe('/data/Talks.parley');
    expect(notebookFlagFrom(['/Applications/Parley', '--inspect', '--notebook', 'Talks.parley'])).toBe('Talks.parley');
  });

  it('is undefined without the flag, so the environment and the default apply', () => {
    expect(notebookFlagFrom(electron)).toBeUndefined();
    expect(notebookFlagFrom([...electron, '--', '--notebook', 'x'])).toBeUndefined();
  });

  it('refuses a flag without a path instead of quietly opening the default notebook', () => {
    expect(() => notebookFlagFrom([...electron, '--notebook'])).toThrow(/--notebook needs the path/);
    expect(() => notebookFlagFrom([...electron, '--notebook='])).toThrow(/--notebook needs the path/);
    expect(() => notebookFlagFrom([...electron, '--notebook', '--inspect'])).toThrow(/--notebook needs the path/);
  });
});

describe('startupErrorMessage', () => {
  it('says what went wrong and what to do when the notebook is open elsewhere', () => {
    const message = startupErrorMessage(new ParleyError('notebook-locked', 'Talks.parley is open in another Parley process (pid 4242).'));
    expect(message).toMatch(/^Talks\.parley is open in another Parley process/);
    expect(message).toContain('start it again once the notebook is free');
  });

  it('shows the message of any other error and never its stack', () => {
    const error = new Error('EACCES: permission denied, mkdir \'/data/Talks.parley\'');
    const message = startupErrorMessage(error);
    expect(message).toContain('permission denied');
    expect(message).not.toContain('    at ');
    expect(message).not.toContain(error.stack?.split('\n')[1]?.trim() ?? 'no stack');
  });

  it('has a sentence even for a thrown non-error', () => {
    expect(startupErrorMessage('boom')).toMatch(/unknown reason/);
    expect(startupErrorMessage(new Error('  '))).toMatch(/unknown reason/);
  });
});

describe('closeBeforeQuit', () => {
  it('holds the first quit until the notebook has closed, then quits once more', async () => {
    let finishClose!: () => void;
    const close = vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve)));
    let open: (() => Promise<void>) | undefined = close;
    const quit = vi.fn();
    const onWillQuit = closeBeforeQuit({
      takeClose: () => {
        const taken = open;
        open = undefined;
        return taken;
      },
      quit,
      onError: vi.fn(),
    });

    const first = { preventDefault: vi.fn() };
    onWillQuit(first);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    expect(close).toHaveBeenCalledOnce();
    expect(quit).not.toHaveBeenCalled();

    finishClose();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());

    const second = { preventDefault: vi.fn() };
    onWillQuit(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledOnce();
  });

  it('still quits when closing fails, and reports why', async () => {
    const onError = vi.fn();
    const quit = vi.fn();
    const failingClose = () => Promise.reject(new Error('disk full'));
    const onWillQuit = closeBeforeQuit({
      takeClose: () => failingClose,
      quit,
      onError,
    });
    onWillQuit({ preventDefault: () => {} });
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
  });

  it('lets the quit through when no notebook was opened', () => {
    const event = { preventDefault: vi.fn() };
    closeBeforeQuit({ takeClose: () => undefined, quit: vi.fn(), onError: vi.fn() })(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});
