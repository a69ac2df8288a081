package pdf

import (
	_ "embed"
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"github.com/jianbao/jianbao/report/doc"
)

// srgb is the ICC's sRGB profile (sRGB2014.icc; see sRGB2014.LICENSE.txt), the output intent
// PDF/A needs for DeviceRGB colours.
//
//go:embed sRGB2014.icc
var srgb []byte

// writePDFA writes what PDF/A-2b adds to the catalog: XMP metadata that repeats the document
// information dictionary, and an sRGB output intent for the DeviceRGB colours. It returns their
// object numbers.
func (dw *docWriter) writePDFA(d *doc.Document, created time.Time) (meta, intent int) {
	o := dw.o
	meta, profile, intent := o.alloc(), o.alloc(), o.alloc()
	x := xmp(d, created)
	o.stream(meta, " /Type /Metadata /Subtype /XML", x, false)
	o.stream(profile, " /N 3 /Alternate /DeviceRGB", srgb, true)
	o.object(intent, fmt.Appendf(nil, "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)"+
		" /Info (sRGB IEC61966-2.1) /DestOutputProfile %d 0 R >>", profile))
	return meta, intent
}

func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// xmp writes the metadata packet; its values match the Info dictionary's.
func xmp(d *doc.Document, created time.Time) []byte {
	date := created.UTC().Format("2006-01-02T15:04:05Z")
	var b strings.Builder
	b.WriteString(`<?xpacket begin="` + "\ufeff" + `" id="W5M0MpCehiHzreSzNTczkc9d"?>` + "\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`)
	b.WriteString(`<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/"` +
		` xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`)
	b.WriteString(`<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>`)
	if d.Meta.Title != "" {
		b.WriteString(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">` + xmlText(d.Meta.Title) + `</rdf:li></rdf:Alt></dc:title>`)
	}
	if d.Meta.Author != "" {
		b.WriteString(`<dc:creator><rdf:Seq><rdf:li>` + xmlText(d.Meta.Author) + `</rdf:li></rdf:Seq></dc:creator>`)
	}
	if d.Meta.Subject != "" {
		b.WriteString(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">` + xmlText(d.Meta.Subject) + `</rdf:li></rdf:Alt></dc:description>`)
	}
	if d.Meta.Lang != "" {
		b.WriteString(`<dc:language><rdf:Bag><rdf:li>` + xmlText(d.Meta.Lang) + `</rdf:li></rdf:Bag></dc:language>`)
	}
	if len(d.Meta.Keywords) > 0 {
		b.WriteString(`<pdf:Keywords>` + xmlText(strings.Join(d.Meta.Keywords, ", ")) + `</pdf:Keywords>`)
	}
	b.WriteString(`<pdf:Producer>jianbao</pdf:Producer><xmp:CreatorTool>jianbao</xmp:CreatorTool>`)
	b.WriteString(`<xmp:CreateDate>` + date + `</xmp:CreateDate><xmp:ModifyDate>` + date + `</xmp:ModifyDate>`)
	b.WriteString(`</rdf:Description></rdf:RDF></x:xmpmeta>` + "\n" + `<?xpacket end="w"?>`)
	return []byte(b.String())
}
