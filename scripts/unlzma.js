// LZMA decoder for the single-file page (scripts/single_file.py inlines it): the wasm is packed
// with LZMA, about 20% smaller than gzip. Follows the reference decoder (LzmaSpec.cpp, public domain).
// unlzma(src, size): the `size` bytes packed in `src` (a Uint8Array holding an LZMA "alone" stream:
// props, dictionary size, unpacked size, range-coded data; what Python's lzma.FORMAT_ALONE writes).
function unlzma(src, size) {
  const out = new Uint8Array(size), lc = src[0] % 9, lp = ((src[0] / 9) | 0) % 5;
  const pbMask = (1 << ((src[0] / 45) | 0)) - 1, lpMask = (1 << lp) - 1;
  // Probabilities, one array: is-match 0, is-rep 192, rep-g0 204, rep-g1 216, rep-g2 228,
  // rep0-long 240, slots 432, distances 688, align 803, lengths 819 and 1333, literals 1847.
  const p = new Uint16Array(1847 + (0x300 << (lc + lp))).fill(1024);
  // The range coder's range and code are unsigned 32-bit numbers kept in int32 variables (so
  // that they stay small integers for the JIT): compared unsigned by flipping their sign bits.
  let at = 18, range = -1, code = src[14] << 24 | src[15] << 16 | src[16] << 8 | src[17];
  const bit = (i) => {
    const bound = Math.imul(range >>> 11, p[i]);
    let b = 0;
    if ((code ^ -0x80000000) < (bound ^ -0x80000000)) { range = bound; p[i] += (2048 - p[i]) >> 5; }
    else { range = range - bound | 0; code = code - bound | 0; p[i] -= p[i] >> 5; b = 1; }
    if (!(range & -0x1000000)) { range <<= 8; code = code << 8 | src[at++]; }
    return b;
  };
  const tree = (base, n) => { let m = 1; for (let i = 0; i < n; i++) m = (m << 1) | bit(base + m); return m - (1 << n); };
  const reverse = (base, n) => { let m = 1, s = 0; for (let i = 0; i < n; i++) { const b = bit(base + m); m = (m << 1) | b; s |= b << i; } return s; };
  const length = (base, ps) => !bit(base) ? tree(base + 2 + ps * 8, 3) : !bit(base + 1) ? 8 + tree(base + 130 + ps * 8, 3) : 16 + tree(base + 258, 8);
  let n = 0, state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0;
  while (n < size) {
    const ps = n & pbMask;
    if (!bit((state << 4) + ps)) {
      const base = 1847 + 0x300 * (((n & lpMask) << lc) + ((n ? out[n - 1] : 0) >> (8 - lc)));
      let s = 1;
      if (state >= 7) {
        let match = out[n - rep0 - 1];
        while (s < 256) {
          const mb = (match >> 7) & 1, b = bit(base + ((1 + mb) << 8) + s);
          match <<= 1; s = (s << 1) | b;
          if (mb !== b) break;
        }
      }
      while (s < 256) s = (s << 1) | bit(base + s);
      out[n++] = s;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len;
    if (bit(192 + state)) {
      if (!n) throw new Error("lzma: corrupt");
      if (!bit(204 + state)) {
        if (!bit(240 + (state << 4) + ps)) { state = state < 7 ? 9 : 11; out[n] = out[n - rep0 - 1]; n++; continue; }
      } else {
        let d;
        if (!bit(216 + state)) d = rep1;
        else { if (!bit(228 + state)) d = rep2; else { d = rep3; rep3 = rep2; } rep2 = rep1; }
        rep1 = rep0; rep0 = d;
      }
      len = length(1333, ps);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2; rep2 = rep1; rep1 = rep0;
      len = length(819, ps);
      state = state < 7 ? 7 : 10;
      const slot = tree(432 + (len < 3 ? len : 3) * 64, 6);
      if (slot < 4) rep0 = slot;
      else {
        const direct = (slot >> 1) - 1;
        rep0 = (2 | (slot & 1)) << direct;
        if (slot < 14) rep0 += reverse(688 + rep0 - slot, direct);
        else {
          for (let i = direct - 4; i > 0; i--) {
            range >>>= 1;
            const b = (code ^ -0x80000000) >= (range ^ -0x80000000) ? 1 : 0;
            if (b) code = code - range | 0;
            rep0 += b << (i + 3);
            if (!(range & -0x1000000)) { range <<= 8; code = code << 8 | src[at++]; }
          }
          rep0 = (rep0 >>> 0) + reverse(803, 4);
          if (rep0 === 0xffffffff) break;
        }
      }
      if (rep0 >= n) throw new Error("lzma: corrupt");
    }
    for (len += 2; len > 0 && n < size; len--, n++) out[n] = out[n - rep0 - 1];
  }
  if (n !== size || at > src.length) throw new Error("lzma: truncated");
  return out;
}
