// Counts the occurrences of each derived training-record key in a document (record-id.ts), for the
// million records of a large school without holding a million key strings: each distinct key is kept
// as a 64-bit fingerprint (two independent 32-bit hashes) in typed arrays, 12 bytes a key. Two
// different keys with the same fingerprint (odds about n²/2⁶⁵, 3·10⁻⁸ for a million keys) would only
// make the second one's id end in #1 instead of #0: still unique, and the same on every import.

const fmix = (h: number): number => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

export class OccurrenceCounter {
  #hi = new Uint32Array(1024);
  #lo = new Uint32Array(1024);
  /** Occurrences so far; 0 marks a free slot. */
  #counts = new Uint32Array(1024);
  #size = 0;

  /** How many times the key occurred before; counts this occurrence. */
  next(key: string): number {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    const hi = fmix(h1 ^ key.length);
    const lo = fmix(h2);
    const mask = this.#counts.length - 1;
    for (let slot = hi & mask; ; slot = (slot + 1) & mask) {
      const count = this.#counts[slot]!;
      if (count === 0) {
        this.#hi[slot] = hi;
        this.#lo[slot] = lo;
        this.#counts[slot] = 1;
        if (++this.#size * 2 > this.#counts.length) this.#grow();
        return 0;
      }
      if (this.#hi[slot] === hi && this.#lo[slot] === lo) {
        this.#counts[slot] = count + 1;
        return count;
      }
    }
  }

  #grow(): void {
    const [hi, lo, counts] = [this.#hi, this.#lo, this.#counts];
    const size = counts.length * 2;
    this.#hi = new Uint32Array(size);
    this.#lo = new Uint32Array(size);
    this.#counts = new Uint32Array(size);
    const mask = size - 1;
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      let slot = hi[i]! & mask;
      while (this.#counts[slot] !== 0) slot = (slot + 1) & mask;
      this.#hi[slot] = hi[i]!;
      this.#lo[slot] = lo[i]!;
      this.#counts[slot] = counts[i]!;
    }
  }
}
