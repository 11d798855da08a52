/** A rectangle in screen coordinates, as Electron gives bounds and work areas. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_WINDOW_SIZE: Size = { width: 1280, height: 820 };
export const MIN_WINDOW_SIZE: Size = { width: 720, height: 480 };

/**
 * Where a window opens. A saved window comes back on the display it mostly overlaps, moved
 * and shrunk until it fits that display's work area (never under the taskbar or menu bar,
 * never larger than the screen). A window saved on a display that is gone (an unplugged
 * monitor, a projector) comes back centred on the primary display, the first work area.
 * Without saved bounds the default size is centred on the primary display.
 */
export function placeWindow(saved: Rect | undefined, workAreas: readonly Rect[], defaults: Size = DEFAULT_WINDOW_SIZE): Rect {
  const primary = workAreas[0];
  if (primary === undefined) return { x: 0, y: 0, ...defaults };
  if (saved === undefined || !isUsable(saved)) return centred(fitted(defaults, primary), primary);
  const home = mostOverlapped(saved, workAreas);
  if (home === undefined) return centred(fitted(saved, primary), primary);
  const size = fitted(saved, home);
  return {
    x: clamp(Math.round(saved.x), home.x, home.x + home.width - size.width),
    y: clamp(Math.round(saved.y), home.y, home.y + home.height - size.height),
    ...size,
  };
}

/** The work area sharing the most surface with `rect`; undefined when it is on none of them. */
function mostOverlapped(rect: Rect, areas: readonly Rect[]): Rect | undefined {
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of areas) {
    const overlap = overlapArea(rect, area);
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }
  return best;
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The saved size, no larger than the area and no smaller than the minimum (unless the area is). */
function fitted(size: Size, area: Rect): Size {
  return {
    width: Math.round(clamp(size.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width)),
    height: Math.round(clamp(size.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height)),
  };
}

function centred(size: Size, area: Rect): Rect {
  return {
    x: Math.round(area.x + (area.width - size.width) / 2),
    y: Math.round(area.y + (area.height - size.height) / 2),
    ...size,
  };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/** A hand-edited or damaged file could hold anything. */
function isUsable(rect: Rect): boolean {
  return [rect.x, rect.y, rect.width, rect.height].every(Number.isFinite) && rect.width > 0 && rect.height > 0;
}
