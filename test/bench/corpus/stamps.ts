import type { RecordStamp } from '../../../shared/model';
import type { Random } from './random';

/** Every record of the corpus is dated in the spring of 2024, so the same seed gives the same times. */
const BASE = Date.UTC(2024, 2, 1);
const DAY = 86_400_000;

export function dayOf(offset: number): string {
  return new Date(BASE + offset * DAY).toISOString().slice(0, 10);
}

export function instantOf(random: Random, dayOffset: number): string {
  return new Date(BASE + dayOffset * DAY + random.int(0, DAY - 1)).toISOString();
}

export function stampOf(random: Random, dayOffset: number): RecordStamp {
  const at = instantOf(random, dayOffset);
  return { id: random.uuid(), createdAt: at, updatedAt: at, rev: 1 };
}
