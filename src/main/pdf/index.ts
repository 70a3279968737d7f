/**
 * What other parts (the bench, batch jobs) use from the PDF area:
 * - renderDocumentPdf(db, id, { paper?, today }) -> { doc, bytes }: one stored document to PDF bytes;
 * - documentPrintModel + renderPdf: the same in two steps (model from a loaded document, then drawing);
 * - writeDocumentPdfs: a date range of one type into a folder (the CLI batch).
 */
export {
  deliveryNotePdf,
  documentPdf,
  documentPrintModel,
  pdfFileName,
  printContextOf,
  renderDocumentPdf,
  type Paper
} from './documents'
export { renderPdf, type PrintModel } from './layout'
export { documentIdByNumber, writeDocumentPdf, writeDocumentPdfs } from './batch'
export { pdfFontPaths, resourcesFolder } from './resources'
