import { describe, expect, it } from 'vitest';
import { alignedScrollTop, revealScrollTop, type AlignedPair } from '../../../renderer/compare/alignment';

const box = (scrollTop: number, scrollHeight = 3000, clientHeight = 600) => ({ scrollTop, scrollHeight, clientHeight });
const follower = { scrollHeight: 2000, clientHeight: 600 };
/** Two shared passages: the first sits lower in the follower, the second higher. */
const pairs: AlignedPair[] = [
  { driver: { top: 400, bottom: 600 }, follower: { top: 900, bottom: 1000 } },
  { driver: { top: 1500, bottom: 1900 }, follower: { top: 1100, bottom: 1300 } },
];

describe('alignedScrollTop', () => {
  it('puts the passage at the top of the driver at the top of the follower', () => {
    expect(alignedScrollTop(box(400), follower, pairs)).toBe(900);
    expect(alignedScrollTop(box(1500), follower, pairs)).toBe(1100);
  });

  it('moves through the partner at the same fraction while the driver is inside a passage', () => {
    // Halfway through a 200px passage is halfway through its 100px partner.
    expect(alignedScrollTop(box(500), follower, pairs)).toBe(950);
    expect(alignedScrollTop(box(1800), follower, pairs)).toBe(1250);
  });

  it('keeps the nearest passage’s distance from the top the same in both columns when between passages', () => {
    // 100px above the first passage in the driver: 100px above its partner.
    expect(alignedScrollTop(box(300), follower, pairs)).toBe(800);
    // 50px below the first passage's end, nearer to it than to the second: offset kept from its top.
    expect(alignedScrollTop(box(650), follower, pairs)).toBe(1150);
    // Nearer the second passage (150px above it).
    expect(alignedScrollTop(box(1350), follower, pairs)).toBe(950);
  });

  it('stays within what the follower can scroll', () => {
    expect(alignedScrollTop(box(0), follower, [{ driver: { top: 200, bottom: 300 }, follower: { top: 50, bottom: 150 } }])).toBe(0);
    expect(alignedScrollTop(box(1900), { scrollHeight: 1200, clientHeight: 600 }, pairs)).toBe(600);
  });

  it('scrolls by the same fraction of the length when the two columns share no passage', () => {
    // The driver is halfway down its 2400px of room; the follower has 1400px.
    expect(alignedScrollTop(box(1200), follower, [])).toBe(700);
    expect(alignedScrollTop(box(0, 500, 600), follower, [])).toBe(0);
  });
});

describe('revealScrollTop', () => {
  it('brings a mention a third of the way down the column', () => {
    expect(revealScrollTop({ top: 1000, bottom: 1020 }, follower)).toBe(800);
  });

  it('does not scroll past the start or the end', () => {
    expect(revealScrollTop({ top: 100, bottom: 120 }, follower)).toBe(0);
    expect(revealScrollTop({ top: 1990, bottom: 2000 }, follower)).toBe(1400);
  });
});
