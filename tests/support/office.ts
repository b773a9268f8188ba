import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** LibreOffice's command, where Debian's libreoffice-impress puts it; SOFFICE_PATH wins when set. */
export function findSoffice(): string | undefined {
  const candidates = [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export function missingOfficeMessage(): string {
  return [
    '',
    '################################################################################',
    '#  NO LIBREOFFICE FOUND: the PPTX deck was NOT opened by an office suite.      #',
    '#  Install it with:  sudo apt-get install -y libreoffice-impress poppler-utils  #',
    '#  or point SOFFICE_PATH at soffice.                                           #',
    '#  (With CI=true a missing LibreOffice fails the run.)                         #',
    '################################################################################',
    '',
  ].join('\n');
}

/**
 * Opens a deck in LibreOffice Impress headless and converts it to PDF (its own profile folder, so
 * a running LibreOffice or a first-start dialog cannot interfere). Returns the PDF's path.
 */
export function officeToPdf(soffice: string, file: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  // An absolute file: URL (a relative one makes soffice wait forever).
  const profile = `file://${resolve(outDir, 'lo-profile')}`;
  const run = spawnSync(
    soffice,
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      file,
    ],
    { encoding: 'utf8', timeout: 90_000 },
  );
  const pdf = join(outDir, basename(file).replace(/\.pptx$/, '.pdf'));
  if (run.status !== 0 || !existsSync(pdf))
    throw new Error(`soffice could not convert ${file}:\n${run.stdout}\n${run.stderr}`);
  return pdf;
}

/** The number of pages of a PDF and the text of each (poppler-utils' pdfinfo and pdftotext). */
export function pdfPages(pdf: string): string[] {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
  if (!Number.isInteger(count)) throw new Error(`pdfinfo could not read ${pdf}: ${info.stderr}`);
  return Array.from({ length: count }, (_, i) => {
    const page = String(i + 1);
    return spawnSync('pdftotext', ['-f', page, '-l', page, '-layout', pdf, '-'], {
      encoding: 'utf8',
    }).stdout;
  });
}

/** Renders each page of a PDF to a PNG (to look at), returns their paths in page order. */
export function pdfToPngs(pdf: string, outDir: string, prefix: string, dpi = 50): string[] {
  mkdirSync(outDir, { recursive: true });
  spawnSync('pdftoppm', ['-r', String(dpi), '-png', pdf, join(outDir, prefix)], {
    encoding: 'utf8',
  });
  return readdirSync(outDir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => join(outDir, f));
}

/**
 * How much of each page of a PDF is used, 0–1: from the top of the first ink to the bottom of the
 * last, as a share of the page's height (pdftoppm renders each page to greyscale; a pixel darker
 * than 230 of 255 is ink). A page holding one line or only the footer scores a few hundredths.
 */
export function pdfInkExtents(pdf: string, outDir: string): number[] {
  mkdirSync(outDir, { recursive: true });
  const prefix = join(outDir, `${basename(pdf, '.pdf')}-ink`);
  spawnSync('pdftoppm', ['-r', '24', '-gray', pdf, prefix], { encoding: 'utf8' });
  const dir = dirname(prefix);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${basename(prefix)}-`) && f.endsWith('.pgm'))
    .sort((a, b) => pageNumber(a) - pageNumber(b))
    .map((f) => inkExtent(readFileSync(join(dir, f))));
}

const pageNumber = (file: string) => Number(/-(\d+)\.pgm$/.exec(file)?.[1]);

/** A binary PGM (P5, 8 bit): the share of its height between its first and last inked row. */
function inkExtent(pgm: Buffer): number {
  // The header: P5, width, height, maxval, each after whitespace, then one whitespace byte.
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(pgm[i] ?? 32))) i++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(pgm[i] ?? 32)))
      field += String.fromCharCode(pgm[i++] ?? 32);
    fields.push(field);
  }
  const [, w, h] = fields.map(Number) as [number, number, number];
  const data = pgm.subarray(i + 1);
  let first = -1;
  let last = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if ((data[y * w + x] ?? 255) < 230) {
        if (first < 0) first = y;
        last = y;
        break;
      }
    }
  }
  return first < 0 ? 0 : (last - first + 1) / h;
}
