/**
 * Factur-X / ZUGFeRD 2: the invoice PDF as PDF/A-3b with the CII XML embedded as `factur-x.xml`
 * (an associated file with AFRelationship Alternative) and the Factur-X XMP extension schema that
 * tells a reader the document type, file name, version and the EN 16931 conformance level.
 * pdfkit writes PDF/A (fonts embedded, sRGB output intent) and associated files itself.
 */

export const FACTURX_FILE_NAME = 'factur-x.xml'
const FACTURX_NS = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#'

/** Options for `new PDFDocument(...)` when the PDF will carry a Factur-X invoice. */
export const PDFA3_OPTIONS = { pdfVersion: '1.7', subset: 'PDF/A-3b' } as const

const property = (name: string, description: string) => `
              <rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>${name}</pdfaProperty:name>
                <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                <pdfaProperty:category>external</pdfaProperty:category>
                <pdfaProperty:description>${description}</pdfaProperty:description>
              </rdf:li>`

/**
 * The Factur-X profiles (conformance levels) this writer makes: the CII it writes is the full
 * EN 16931 one. An issued document embeds the profile frozen with it at issue (0040).
 */
const FACTURX_PROFILES = ['EN 16931'] as const
export type FacturXProfile = (typeof FACTURX_PROFILES)[number]
/** The profile documents issued now are embedded in. */
export const CURRENT_FACTURX_PROFILE: FacturXProfile = 'EN 16931'

/** A profile read from the store that this version can write (another version may have stored another). */
export function facturXProfileOf(stored: string): FacturXProfile | null {
  return FACTURX_PROFILES.find((p) => p === stored) ?? null
}

/** The XMP the Factur-X 1.0 specification requires beside the PDF/A identification. */
const facturXXmp = (profile: FacturXProfile) => `
        <rdf:Description rdf:about="" xmlns:fx="${FACTURX_NS}">
            <fx:DocumentType>INVOICE</fx:DocumentType>
            <fx:DocumentFileName>${FACTURX_FILE_NAME}</fx:DocumentFileName>
            <fx:Version>1.0</fx:Version>
            <fx:ConformanceLevel>${profile}</fx:ConformanceLevel>
        </rdf:Description>
        <rdf:Description rdf:about=""
            xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
          <pdfaExtension:schemas>
            <rdf:Bag>
              <rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>${FACTURX_NS}</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>fx</pdfaSchema:prefix>
                <pdfaSchema:property>
                  <rdf:Seq>${property('DocumentFileName', 'The name of the embedded XML document')}${property(
                    'DocumentType',
                    'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER'
                  )}${property('Version', 'The actual version of the standard applying to the embedded XML document')}${property(
                    'ConformanceLevel',
                    'The conformance level of the embedded XML document'
                  )}
                  </rdf:Seq>
                </pdfaSchema:property>
              </rdf:li>
            </rdf:Bag>
          </pdfaExtension:schemas>
        </rdf:Description>
        `

/**
 * Attaches the CII XML to a PDF created with PDFA3_OPTIONS, declared in the given profile. The file
 * dates are the invoice's issue date, so printing the same issued invoice twice embeds the same bytes.
 */
export function embedFacturX(
  doc: PDFKit.PDFDocument,
  ciiXml: string,
  issueDate: string,
  profile: FacturXProfile
): void {
  const date = new Date(`${issueDate}T00:00:00Z`)
  const attachment: PDFKit.Mixins.PDFAttachmentOptions & { relationship: string } = {
    name: FACTURX_FILE_NAME,
    type: 'text/xml',
    description: `Factur-X / ZUGFeRD invoice, ${profile}`,
    relationship: 'Alternative',
    creationDate: date,
    modifiedDate: date
  }
  doc.file(Buffer.from(ciiXml, 'utf8'), attachment)
  doc.appendXML(facturXXmp(profile))
}
