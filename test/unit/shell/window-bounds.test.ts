import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE, placeWindow } from '../../../electron/main/window-bounds';

// A laptop screen with a menu bar, and an external monitor to its right.
const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('placeWindow', () => {
  it('centres the default size on the primary display when nothing was saved', () => {
    expect(placeWindow(undefined, [laptop, monitor])).toEqual({ x: 80, y: 53, width: 1280, height: 820 });
  });

  it('puts a window back exactly where it was when it still fits', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900 };
    expect(placeWindow(saved, [laptop, monitor])).toEqual(saved);
  });

  it('brings a window from an unplugged monitor back onto the remaining display, no larger than it', () => {
    const saved = { x: 1600, y: 100, width: 2000, height: 1200 };
    const placed = placeWindow(saved, [laptop]);
    expect(placed).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('centres a window from a missing display on the primary one when it fits there', () => {
    expect(placeWindow({ x: -3000, y: 200, width: 1000, height: 700 }, [laptop, monitor])).toEqual({ x: 220, y: 113, width: 1000, height: 700 });
  });

  it('pulls a window hanging off an edge fully into the display it mostly covers', () => {
    const placed = placeWindow({ x: 3500, y: 1200, width: 1000, height: 600 }, [laptop, monitor]);
    expect(placed).toEqual({ x: 3000, y: 800, width: 1000, height: 600 });
  });

  it('keeps the title bar below the menu bar', () => {
    expect(placeWindow({ x: 100, y: 0, width: 800, height: 600 }, [laptop])).toMatchObject({ x: 100, y: 25 });
  });

  it('grows a saved window smaller than the minimum, unless the screen itself is smaller', () => {
    expect(placeWindow({ x: 10, y: 30, width: 100, height: 50 }, [laptop])).toMatchObject(MIN_WINDOW_SIZE);
    const tiny = { x: 0, y: 0, width: 640, height: 400 };
    expect(placeWindow({ x: 0, y: 0, width: 1280, height: 820 }, [tiny])).toEqual(tiny);
  });

  it('ignores saved bounds that make no sense', () => {
    expect(placeWindow({ x: Number.NaN, y: 0, width: 800, height: 600 }, [laptop])).toEqual({ x: 80, y: 53, width: 1280, height: 820 });
    expect(placeWindow({ x: 0, y: 0, width: 0, height: 600 }, [laptop])).toEqual({ x: 80, y: 53, width: 1280, height: 820 });
  });
});
