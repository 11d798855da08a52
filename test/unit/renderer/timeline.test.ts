import { describe, expect, it } from 'vitest';
import { currentStatus, orderTimeline, statusLabel } from '../../../renderer/logic/timeline';

const event = (id: string, date: string | null) => ({ id, date });

describe('proposal timeline', () => {
  it('orders dated events by date and puts undated ones last, in recorded order', () => {
    const events = [event('a', null), event('b', '2024-05-03'), event('c', '2024-04-30'), event('d', null), event('e', '2024-05-01')];
    expect(orderTimeline(events).map((e) => e.id)).toEqual(['c', 'e', 'b', 'a', 'd']);
  });

  it('keeps the recorded order of events on the same day', () => {
    const events = [event('rejected', '2024-05-02'), event('floated', '2024-05-01'), event('accepted', '2024-05-02')];
    expect(orderTimeline(events).map((e) => e.id)).toEqual(['floated', 'rejected', 'accepted']);
  });

  it('does not change the list it was given', () => {
    const events = [event('b', '2024-05-03'), event('a', '2024-05-01')];
    orderTimeline(events);
    expect(events.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('takes the latest dated event as the current status, an undated one only when nothing is dated', () => {
    expect(currentStatus([event('old', '2024-01-01'), event('undated', null), event('new', '2024-02-01')])?.id).toBe('new');
    expect(currentStatus([event('first', null), event('second', null)])?.id).toBe('second');
    expect(currentStatus([])).toBeNull();
  });

  it('reads status names as words', () => {
    expect(statusLabel('under-negotiation')).toBe('under negotiation');
  });
});
