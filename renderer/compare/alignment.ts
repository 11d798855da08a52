/** Where a stretch sits in a column's scrolled content, in pixels from the content's top. */
export type Extent = { top: number; bottom: number };

/** One shared passage's place in the column being scrolled and in the column that follows. */
export type AlignedPair = { driver: Extent; follower: Extent };

export type ScrollBox = { scrollTop: number; scrollHeight: number; clientHeight: number };

const room = (box: Pick<ScrollBox, 'scrollHeight' | 'clientHeight'>) => Math.max(0, box.scrollHeight - box.clientHeight);
const clamp = (value: number, max: number) => Math.min(Math.max(0, value), max);

/**
 * "Keep aligned": where the follower column should scroll to when the driver column sits
 * at `driver.scrollTop`. The shared passage nearest the top of the driver's view is put
 * side by side; inside a passage the follower moves through its partner at the same
 * fraction, so the two glide together. With no passage in common, both columns are kept
 * at the same fraction of their length.
 */
export function alignedScrollTop(driver: ScrollBox, follower: Pick<ScrollBox, 'scrollHeight' | 'clientHeight'>, pairs: readonly AlignedPair[]): number {
  const max = room(follower);
  const top = driver.scrollTop;
  const nearest = nearestPair(pairs, top);
  if (!nearest) {
    const driverRoom = room(driver);
    return clamp(driverRoom === 0 ? 0 : (top / driverRoom) * max, max);
  }
  const { driver: d, follower: f } = nearest;
  if (top >= d.top && top <= d.bottom) {
    const fraction = d.bottom > d.top ? (top - d.top) / (d.bottom - d.top) : 0;
    return clamp(f.top + fraction * (f.bottom - f.top), max);
  }
  // Outside every passage: keep the nearest one's offset from the top the same in both.
  return clamp(f.top - (d.top - top), max);
}

/** The passage containing `y`, or else the one whose nearer edge is closest to it. */
function nearestPair(pairs: readonly AlignedPair[], y: number): AlignedPair | undefined {
  let best: AlignedPair | undefined;
  let bestDistance = Infinity;
  for (const pair of pairs) {
    const { top, bottom } = pair.driver;
    const distance = y < top ? top - y : y > bottom ? y - bottom : 0;
    if (distance < bestDistance) {
      best = pair;
      bestDistance = distance;
    }
  }
  return best;
}

/** Scroll position that puts `target` a third of the way down a column's view, where the eye looks first. */
export function revealScrollTop(target: Extent, box: Pick<ScrollBox, 'scrollHeight' | 'clientHeight'>): number {
  return clamp(target.top - box.clientHeight / 3, room(box));
}
