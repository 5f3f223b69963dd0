/**
 * Demo pictures drawn locally with sharp (no downloads): an abstract civic illustration per article in
 * its own palette — sky, fields, a public building — and a simple emblem for the portal's logo.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

function seeded(key: string): () => number {
  let state = crypto.createHash('sha256').update(key).digest().readUInt32LE(0);
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

export function coverSvg(key: string, [dark, mid, light]: [string, string, string], width = 1200, height = 675): string {
  const rand = seeded(key);
  const hills = Array.from({ length: 3 }, (_, i) => {
    const y = height * (0.62 + i * 0.09);
    const c1 = y - 40 - rand() * 60;
    const c2 = y - 20 - rand() * 50;
    return `<path d="M0 ${y} C ${width * 0.3} ${c1}, ${width * 0.6} ${c2}, ${width} ${y - rand() * 30} L ${width} ${height} L 0 ${height} Z" fill="${i === 1 ? mid : dark}" opacity="${0.35 + i * 0.2}"/>`;
  }).join('');
  const clouds = Array.from({ length: 4 }, () => {
    const x = rand() * width;
    const y = 60 + rand() * 160;
    return `<ellipse cx="${x}" cy="${y}" rx="${60 + rand() * 70}" ry="${18 + rand() * 12}" fill="#ffffff" opacity="0.55"/>`;
  }).join('');
  const bx = width * (0.3 + rand() * 0.3);
  const columns = Array.from(
    { length: 6 },
    (_, i) => `<rect x="${bx + 30 + i * 48}" y="${height * 0.42}" width="18" height="${height * 0.2}" fill="${light}"/>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
  <rect width="${width}" height="${height}" fill="url(#sky)"/>
  <circle cx="${width * (0.75 + rand() * 0.15)}" cy="${height * 0.2}" r="46" fill="#fff4c2" opacity="0.9"/>
  ${clouds}
  <polygon points="${bx},${height * 0.42} ${bx + 170},${height * 0.3} ${bx + 340},${height * 0.42}" fill="${dark}"/>
  <rect x="${bx + 10}" y="${height * 0.42}" width="320" height="14" fill="${dark}"/>
  ${columns}
  <rect x="${bx}" y="${height * 0.62}" width="340" height="18" fill="${dark}"/>
  <rect x="${bx + 168}" y="${height * 0.16}" width="4" height="${height * 0.14}" fill="${dark}"/>
  <rect x="${bx + 172}" y="${height * 0.16}" width="54" height="34" fill="#da251d"/>
  <polygon points="${bx + 199},${height * 0.16 + 7} ${bx + 203},${height * 0.16 + 19} ${bx + 195},${height * 0.16 + 12} ${bx + 204},${height * 0.16 + 12} ${bx + 196},${height * 0.16 + 19}" fill="#ffde00"/>
  ${hills}
</svg>`;
}

export function logoSvg(size = 256): string {
  const c = size / 2;
  const star = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? size * 0.3 : size * 0.12;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${c + r * Math.cos(a)},${c + r * Math.sin(a)}`;
  }).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
  <circle cx="${c}" cy="${c}" r="${c - 4}" fill="#c8102e" stroke="#ffd200" stroke-width="8"/>
  <polygon points="${star}" fill="#ffd200"/></svg>`;
}

export interface LocalImage {
  filepath: string;
  originalFilename: string;
  mimetype: string;
  size: number;
}

/** Render an SVG to a temporary JPEG or PNG file shaped like an uploaded file. */
export async function renderImage(svg: string, name: string, format: 'jpeg' | 'png'): Promise<LocalImage> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-seed-'));
  const filepath = path.join(dir, `${name}.${format === 'jpeg' ? 'jpg' : 'png'}`);
  const image = sharp(Buffer.from(svg));
  await (format === 'jpeg' ? image.jpeg({ quality: 82, mozjpeg: true }) : image.png()).toFile(filepath);
  return {
    filepath,
    originalFilename: path.basename(filepath),
    mimetype: format === 'jpeg' ? 'image/jpeg' : 'image/png',
    size: fs.statSync(filepath).size,
  };
}
