#!/usr/bin/env node
// Draws Kaoping's icons (a red rounded square holding a white check mark over a score bar) as PNGs,
// with no image library: shapes are sampled 4x4 per pixel and the file is deflated with zlib.
// Run: node assets/make-icons.cjs  (writes assets/icon-{16,32,64,80,128}.png)
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const RED = [196, 30, 58];
const WHITE = [255, 255, 255];
const GOLD = [255, 204, 77];

/** Distance from point p to segment ab, all in unit coordinates. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour (with alpha) at a point of the unit square, or null outside the icon. */
function shade(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return null;
  const check =
    segmentDistance(x, y, 0.24, 0.45, 0.42, 0.62) < 0.075 || segmentDistance(x, y, 0.42, 0.62, 0.77, 0.25) < 0.075;
  if (check) return WHITE;
  if (y > 0.74 && y < 0.83 && x > 0.22 && x < 0.78) return x < 0.6 ? GOLD : WHITE;
  return RED;
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (!c) continue;
          acc[0] += c[0];
          acc[1] += c[1];
          acc[2] += c[2];
          acc[3] += 1;
        }
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const n = acc[3];
      raw[o] = n ? Math.round(acc[0] / n) : 0;
      raw[o + 1] = n ? Math.round(acc[1] / n) : 0;
      raw[o + 2] = n ? Math.round(acc[2] / n) : 0;
      raw[o + 3] = Math.round((255 * n) / (samples * samples));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  process.stdout.write(`${file}\n`);
}
