// The template's brand icon.
import { deflateSync } from 'node:zlib';

/** A 48×48 PNG icon as a data URI, drawn here so the build needs no image file: a chat bubble crossed by a wire. */
export function icon() {
  const size = 48;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const inBubble = ((x - 24) / 19) ** 2 + ((y - 21) / 15) ** 2 <= 1 || (x >= 12 && x <= 20 && y >= 30 && y <= 42 && x - 12 >= y - 34);
      const wire = Math.abs(y - 21) <= 2 && x >= 4 && x <= 44;
      const [r, g, b] = wire ? [255, 212, 121] : inBubble ? [29, 35, 48] : [255, 255, 255];
      row.push(r, g, b, inBubble || wire ? 255 : 0);
    }
    rows.push(...row);
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
