// A synchronous SHA-256 (FIPS 180-4). `crypto.subtle` only exists on secure
// (https) pages and is async, which would delay the push past a navigation;
// CONTRACT §6 requires hashing on http pages too, so the runtime carries its own.

const ror = (x: number, n: number): number => (x >>> n) | (x << (32 - n));
const frac = (x: number): number => ((x - Math.floor(x)) * 2 ** 32) | 0;

/** Round constants and initial hash values (FIPS 180-4 §4.2.2, §5.3.3), computed from the first 64 primes instead of shipping 72 literals. */
let K: number[] | undefined;
let H: number[] = [];

/**
 * Lowercase hex SHA-256 of the UTF-8 bytes of `text`.
 * @param text any string shorter than 256 MB (hashed as UTF-8)
 * @returns 64 lowercase hex characters
 */
export function sha256(text: string): string {
  if (!K) {
    const primes: number[] = [];
    K = [];
    for (let n = 2; primes.length < 64; n++) {
      if (primes.every((p) => n % p)) {
        primes.push(n);
        H.push(frac(n ** (1 / 2)));
        K.push(frac(n ** (1 / 3)));
      }
    }
    H = H.slice(0, 8);
  }
  const bytes = new TextEncoder().encode(text);
  const size = bytes.length;
  // Big-endian words of the message, the 0x80 end marker, zero padding, and the
  // length in bits as the last word (the high word stays 0 below 256 MB); read
  // byte by byte into a typed array, never copied into an array of numbers.
  const total = (((size + 8) >> 6) + 1) * 16;
  const words = new Int32Array(total);
  for (let i = 0; i <= size; i++) words[i >> 2] |= (i < size ? bytes[i] : 0x80) << (24 - (i % 4) * 8);
  words[total - 1] = size * 8;
  let hash = H;
  for (let j = 0; j < total; j += 16) {
    const w: number[] = [];
    // The working variables a…h; each round shifts them right by one.
    let v = hash;
    for (let i = 0; i < 64; i++) {
      const [a, b, c, d, e, f, g, h] = v;
      const x = w[i - 15];
      const y = w[i - 2];
      w[i] = i < 16 ? words[j + i] : (w[i - 16] + (ror(x, 7) ^ ror(x, 18) ^ (x >>> 3)) + w[i - 7] + (ror(y, 17) ^ ror(y, 19) ^ (y >>> 10))) | 0;
      const t1 = h + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
      const t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      v = [(t1 + t2) | 0, a, b, c, (d + t1) | 0, e, f, g];
    }
    hash = hash.map((x, i) => (x + v[i]) | 0);
  }
  return hash.map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}
