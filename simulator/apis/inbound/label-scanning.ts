/**
 * Test support: rasterise a PDF with poppler's pdftoppm (Debian package poppler-utils) and
 * read Code 128 barcodes from regions of the pages with @zxing/library, like a scanner would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from '@zxing/library';
import { PNG } from 'pngjs';
import { labelCell, labelsPerPage, type PageType } from './labels-pdf';

export interface GrayPage {
  width: number;
  height: number;
  /** One luminance byte per pixel. */
  pixels: Uint8ClampedArray;
}

export function rasterisePdf(pdf: Uint8Array, dpi: number): GrayPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'inbound-labels-'));
  try {
    const input = join(dir, 'labels.pdf');
    writeFileSync(input, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', input, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort()
      .map((name) => {
        const png = PNG.sync.read(readFileSync(join(dir, name)));
        const pixels = new Uint8ClampedArray(png.width * png.height);
        for (let i = 0; i < pixels.length; i++) pixels[i] = png.data[i * 4] ?? 255;
        return { width: png.width, height: png.height, pixels };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Decodes the Code 128 barcode inside a region given in PDF points (origin top-left). */
export function readCode128(page: GrayPage, region: { x: number; y: number; width: number; height: number }, dpi: number): string | undefined {
  const scale = dpi / 72;
  const left = Math.max(0, Math.floor(region.x * scale));
  const top = Math.max(0, Math.floor(region.y * scale));
  const width = Math.min(page.width - left, Math.floor(region.width * scale));
  const height = Math.min(page.height - top, Math.floor(region.height * scale));
  const crop = new Uint8ClampedArray(width * height);
  for (let row = 0; row < height; row++) {
    crop.set(page.pixels.subarray((top + row) * page.width + left, (top + row) * page.width + left + width), row * width);
  }
  const reader = new MultiFormatReader();
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_128]],
    [DecodeHintType.TRY_HARDER, true],
  ]);
  try {
    return reader.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(crop, width, height))), hints).getText();
  } catch {
    return undefined;
  }
}

/** Every label's Code 128 in a label PDF, in print order, like a scanner at 200 dpi (e2e and integration tests). */
export function scanLabelPdf(pdf: Uint8Array, pageType: PageType): string[] {
  const dpi = 200;
  const pages = rasterisePdf(pdf, dpi);
  const perPage = labelsPerPage(pageType);
  return pages
    .flatMap((page) => Array.from({ length: perPage }, (_, i) => readCode128(page, labelCell(pageType, i), dpi)))
    .filter((text): text is string => text !== undefined);
}
