import { Store } from '../state/Store';

export type Notice = { message: string; tone: 'info' | 'problem' };
export type NoticeState = { notice: Notice | null };

/** Confirmations fade on their own after this long; problems stay until dismissed. */
const CONFIRMATION_MS = 6000;

/** One short sentence at the foot of the window: "Backed up.", "Could not…". */
export class NoticeStore extends Store<NoticeState> {
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super({ notice: null });
  }

  /** `stay`: a sentence worth keeping until read (what a restore replaced and where it went). */
  say(message: string, tone: Notice['tone'] = 'info', stay = tone === 'problem'): void {
    clearTimeout(this.#timer);
    this.update({ notice: { message, tone } });
    if (!stay) this.#timer = setTimeout(() => this.dismiss(), CONFIRMATION_MS);
  }

  dismiss(): void {
    clearTimeout(this.#timer);
    this.update({ notice: null });
  }
}
