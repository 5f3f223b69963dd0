/**
 * A minimal one-page PDF (PDF 1.4, Helvetica) for the demo document register, written by hand so the
 * seed needs no PDF library or download. Standard PDF fonts have no Vietnamese glyphs, so the text is
 * written without diacritics; real documents are uploaded by staff as they are.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { foldVietnamese } from '../../src/utils/slug';
import type { LocalImage } from './images';

const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);

function wrap(text: string, width = 86): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) lines.push(line);
  return lines;
}

export function pdfBytes(title: string, paragraphs: string[]): Buffer {
  const lines = [title, '', ...paragraphs.flatMap((p) => [...wrap(foldVietnamese(p)), ''])].map((l) => foldVietnamese(l));
  const content = ['BT', '/F1 16 Tf', '56 780 Td', `(${escapePdf(lines[0]!)}) Tj`, '/F1 11 Tf', '0 -18 Td']
    .concat(lines.slice(1).flatMap((l) => [`(${escapePdf(l)}) Tj`, '0 -15 Td']))
    .concat(['ET'])
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export function writePdf(name: string, title: string, paragraphs: string[]): LocalImage {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-seed-'));
  const filepath = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(filepath, pdfBytes(title, paragraphs));
  return { filepath, originalFilename: `${name}.pdf`, mimetype: 'application/pdf', size: fs.statSync(filepath).size };
}
