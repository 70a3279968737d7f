/**
 * File names for attachments copied into the data folder: only the last path segment, no
 * control or Windows-forbidden characters, no reserved device names (CON, NUL, COM1...),
 * no leading dots or trailing dots/spaces, at most 150 UTF-8 bytes with the extension kept.
 */
// \p{Cc}: the control characters U+0000-U+001F and U+007F-U+009F.
const FORBIDDEN = /[<>:"/\\|?*\p{Cc}\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i
const MAX_BYTES = 150

function truncateBytes(text: string, maxBytes: number): string {
  let out = ''
  for (const ch of text) {
    if (Buffer.byteLength(out + ch, 'utf8') > maxBytes) break
    out += ch
  }
  return out
}

export function sanitiseFileName(original: string): string {
  // Last segment of either kind of path: "../../etc/passwd" -> "passwd", "C:\\x\\a.pdf" -> "a.pdf".
  const last = original.split(/[\\/]/).pop() ?? ''
  let name = last.normalize('NFC').replace(FORBIDDEN, '_').replace(/\s+/g, ' ')
  name = name.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '')
  const dot = name.lastIndexOf('.')
  let stem = dot > 0 ? name.slice(0, dot) : name
  let extension = dot > 0 ? name.slice(dot + 1) : ''
  // "CON", "con.txt", "NUL.tar.gz" and "com1 .pdf" all open a device on Windows.
  if (RESERVED.test(stem.split('.')[0].trim())) stem = `_${stem}`
  extension = truncateBytes(extension.replace(/\s/g, ''), 16)
  stem = truncateBytes(stem, MAX_BYTES - Buffer.byteLength(extension, 'utf8') - 1).replace(/[\s.]+$/, '')
  if (stem === '' || /^_+$/.test(stem)) stem = 'attachment'
  return extension ? `${stem}.${extension}` : stem
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  txt: 'text/plain',
  csv: 'text/csv',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  zip: 'application/zip',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook'
}

export function mimeTypeOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return (dot > 0 && MIME[fileName.slice(dot + 1).toLowerCase()]) || 'application/octet-stream'
}
