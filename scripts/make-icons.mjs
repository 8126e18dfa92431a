// Draws the app icons as PNG (192 and 512 px) with Node's zlib alone: the same mark as favicon.svg, a teal
// square with two eyes and a smile. Usage: node scripts/make-icons.mjs <output folder>
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const TEAL = [0x1f, 0x6b, 0x5c];
const WHITE = [0xff, 0xff, 0xff];

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function icon(size) {
  // In units of the 32-unit favicon: eyes at (11,12) and (21,12), smile the lower half of a circle at (16,17).
  const unit = size / 32;
  const stroke = 1.25 * unit;
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = [0];
    for (let x = 0; x < size; x += 1) {
      const u = (x + 0.5) / unit;
      const v = (y + 0.5) / unit;
      const eye = Math.hypot(u - 11, v - 12) < 1.6 || Math.hypot(u - 21, v - 12) < 1.6;
      const smileRadius = Math.hypot(u - 16, v - 16);
      const smile = v > 17 && Math.abs(smileRadius - 6) < stroke / unit;
      row.push(...(eye || smile ? WHITE : TEAL));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = process.argv[2] || 'dist';
for (const size of [192, 512]) writeFileSync(join(out, `icon-${size}.png`), icon(size));
