/**
 * The first `limit` items in `order` out of many, without sorting them all: items gather
 * in a buffer that is sorted and cut back to `limit` whenever it reaches a few times that.
 * A search that matches every article still sorts only what could be shown.
 */
export class Top<T> {
  private items: T[] = [];
  total = 0;

  constructor(
    private readonly limit: number,
    private readonly order: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    this.total += 1;
    this.items.push(item);
    if (this.items.length >= 4 * this.limit) this.cut();
  }

  /** The kept items, in order. */
  result(): T[] {
    this.cut();
    return this.items;
  }

  private cut(): void {
    this.items.sort(this.order);
    if (this.items.length > this.limit) this.items.length = this.limit;
  }
}
