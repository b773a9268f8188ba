import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

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
