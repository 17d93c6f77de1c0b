// The messages in flight, by id. Ids only grow and a message is added when its id is taken, so
// id order is insertion order: a window of slots from the oldest live id replaces a Map (no hash
// tables rebuilt as messages come and go) and iterates in the same order.
import type { Msg } from './types';

export class MsgTable {
  /** slots[i] holds the message with id base + i, or undefined once it is gone. */
  private slots: (Msg | undefined)[];
  private base: number;
  /** Index of the first slot that may hold a message. */
  private head: number;
  size: number;

  constructor(from?: MsgTable) {
    if (from) {
      this.slots = from.slots.slice(from.head);
      this.base = from.base + from.head;
      this.size = from.size;
    } else {
      this.slots = [];
      this.base = 0;
      this.size = 0;
    }
    this.head = 0;
  }

  get(id: number): Msg | undefined {
    const i = id - this.base;
    return i >= this.head && i < this.slots.length ? this.slots[i] : undefined;
  }

  /** Add a message; its id must be greater than every id added before. */
  set(id: number, m: Msg): void {
    if (this.slots.length === this.head) {
      // Empty: restart the window at this id.
      this.slots.length = 0;
      this.base = id;
      this.head = 0;
    }
    const i = id - this.base;
    if (i < this.slots.length) throw new Error(`message id ${id} out of order`);
    while (this.slots.length < i) this.slots.push(undefined);
    this.slots.push(m);
    this.size++;
  }

  delete(id: number): boolean {
    const i = id - this.base;
    if (i < this.head || i >= this.slots.length || this.slots[i] === undefined) return false;
    this.slots[i] = undefined;
    this.size--;
    while (this.head < this.slots.length && this.slots[this.head] === undefined) this.head++;
    if (this.head >= 1024 && this.head * 2 >= this.slots.length) {
      this.slots = this.slots.slice(this.head);
      this.base += this.head;
      this.head = 0;
    }
    return true;
  }

  /** The messages in id (insertion) order, as a new list (Map.values() order). */
  toList(): Msg[] {
    const out: Msg[] = [];
    for (let i = this.head; i < this.slots.length; i++) {
      const m = this.slots[i];
      if (m !== undefined) out.push(m);
    }
    return out;
  }
}
