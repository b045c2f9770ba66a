/**
 * cyrb53-style 2×32-bit mixing over UTF-16 code units: the one hash behind the result sheets'
 * fingerprints (workbook/shared/fingerprint.ts) and the inputs' fingerprint (input-basis.ts). It only
 * has to tell changed values apart, not resist anyone; collisions only matter against edits.
 */
export class Hasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      this.h1 = Math.imul(this.h1 ^ ch, 2654435761);
      this.h2 = Math.imul(this.h2 ^ ch, 1597334677);
    }
  }

  /** 16 hex digits. */
  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
  }
}
