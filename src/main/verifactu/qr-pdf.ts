/**
 * The VERI*FACTU QR block on the first page of an invoice (Orden HAC/1177/2024 arts. 20–21):
 * "QR tributario:" above, the code (ISO 18004, error correction M, 35 mm, drawn as vector
 * squares) with a quiet zone of 4 mm (at least 2 mm), and "VERI*FACTU" below, centred at the top.
 */
import QRCode from 'qrcode'
import type { Executor } from '../context'
import { documentQrUrl } from './service'

const MM = 72 / 25.4
/** Between the 30 mm and 40 mm the Orden allows. */
export const QR_SIZE_MM = 35
const QUIET_ZONE_MM = 4

export interface FiscalQr {
  url: string
}

/** The QR a document prints, when it has a VERI*FACTU record. */
export async function verifactuPrintQr(db: Executor, documentId: number): Promise<FiscalQr | null> {
  const url = await documentQrUrl(db, documentId)
  return url === null ? null : { url }
}

/**
 * Draws the block from the current y, centred on the page; returns the y below it.
 * `setFont` selects the document's regular font at a size (the legends are as large as the data).
 */
export function drawVerifactuQr(
  doc: PDFKit.PDFDocument,
  qr: FiscalQr,
  setFont: (size: number) => void
): number {
  const symbol = QRCode.create(qr.url, { errorCorrectionLevel: 'M' })
  const { size: count } = symbol.modules
  const side = QR_SIZE_MM * MM
  const cell = side / count
  const pageWidth = doc.page.width
  const x = (pageWidth - side) / 2
  const top = doc.y
  setFont(10)
  doc
    .fillColor('#000000')
    .text('QR tributario:', 0, top, { width: pageWidth, align: 'center', lineBreak: false })
  const qrTop = top + doc.currentLineHeight(true) + QUIET_ZONE_MM * MM
  // One rectangle per horizontal run of dark modules: a small, exact vector drawing.
  for (let row = 0; row < count; row++) {
    let col = 0
    while (col < count) {
      if (!symbol.modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < count && symbol.modules.get(row, col)) col++
      // A hair of overlap downwards, so rasterisers leave no seam between rows.
      doc.rect(x + start * cell, qrTop + row * cell, (col - start) * cell, cell + 0.05)
    }
  }
  doc.fill('#000000')
  const legendTop = qrTop + side + QUIET_ZONE_MM * MM
  setFont(10)
  doc
    .fillColor('#000000')
    .text('VERI*FACTU', 0, legendTop, { width: pageWidth, align: 'center', lineBreak: false })
  return legendTop + doc.currentLineHeight(true) + 10
}
