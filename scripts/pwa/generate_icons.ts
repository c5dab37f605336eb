/**
 * Draws the app icons in public/icons/ from the favicon's design (a white "P"
 * on the accent colour, public/favicon.svg) without any image library: the
 * shape is simple enough to rasterise here, and the PNGs are committed.
 *
 *   node --import=@poppinss/ts-exec scripts/pwa/generate_icons.ts [#rrggbb]
 *
 * Replace the PNGs with the agency's own logo at the same sizes if you like;
 * maskable icons must keep everything important inside the middle 80 %.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { crc32, deflateSync } from 'node:zlib'

type Rgb = [number, number, number]

/** The favicon's "P" in its 32-unit box: stem 9..13 × 9..23, bowl up to x 21.5. */
function insideGlyph(x: number, y: number) {
  if (x >= 9 && x <= 13 && y >= 9 && y <= 23) return true
  if (x >= 9 && x <= 16.5 && y >= 9 && y <= 19) return true
  return x > 16.5 && (x - 16.5) ** 2 + (y - 14) ** 2 <= 25
}

/** Inside a square of side 32 with corners rounded by `radius`. */
function insideRoundedSquare(x: number, y: number, radius: number) {
  const cx = Math.min(Math.max(x, radius), 32 - radius)
  const cy = Math.min(Math.max(y, radius), 32 - radius)
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
}

interface IconDesign {
  size: number
  /** corner radius in favicon units; 0 = full bleed (maskable, Apple) */
  radius: number
  /** glyph scale around the centre: maskable icons keep it inside the safe zone */
  glyphScale: number
}

/** RGBA pixels, 4×4 samples per pixel for smooth edges. */
function draw({ size, radius, glyphScale }: IconDesign, background: Rgb): Buffer {
  const samples = 4
  const pixels = Buffer.alloc(size * size * 4)
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shape = 0
      let glyph = 0
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * 32
          const y = ((py + (sy + 0.5) / samples) / size) * 32
          if (radius > 0 && !insideRoundedSquare(x, y, radius)) continue
          shape++
          // The glyph's box is centred on (15.25, 16); scale around the icon's centre.
          if (insideGlyph(15.25 + (x - 16) / glyphScale, 16 + (y - 16) / glyphScale)) glyph++
        }
      }
      const total = samples * samples
      const white = shape ? glyph / shape : 0
      const offset = (py * size + px) * 4
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.round(background[channel] * (1 - white) + 255 * white)
      }
      pixels[offset + 3] = Math.round((255 * shape) / total)
    }
  }
  return pixels
}

function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A minimal PNG: 8-bit RGBA, no filter, one IDAT. */
function encodePng(size: number, rgba: Buffer) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(6, 9) // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++)
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function parseColor(value: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value)
  if (!match) throw new Error(`Not a colour like #1d4ed8: ${value}`)
  return [1, 2, 3].map((index) => Number.parseInt(match[index], 16)) as Rgb
}

const icons: Record<string, IconDesign> = {
  'icon-192.png': { size: 192, radius: 7, glyphScale: 1 },
  'icon-512.png': { size: 512, radius: 7, glyphScale: 1 },
  // Full bleed; the glyph (half-diagonal ~29 % of the side) sits well inside the 40 % safe circle.
  'maskable-192.png': { size: 192, radius: 0, glyphScale: 0.9 },
  'maskable-512.png': { size: 512, radius: 0, glyphScale: 0.9 },
  // iOS rounds the corners itself and fills transparency with black: full bleed.
  'apple-touch-icon.png': { size: 180, radius: 0, glyphScale: 1 },
}

const color = parseColor(process.argv[2] ?? '#1d4ed8')
const folder = new URL('../../public/icons/', import.meta.url)
await mkdir(folder, { recursive: true })
for (const [file, design] of Object.entries(icons)) {
  await writeFile(new URL(file, folder), encodePng(design.size, draw(design, color)))
  console.log(`public/icons/${file}`)
}
