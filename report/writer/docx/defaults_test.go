package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/writer"
)

// pPrOrder is CT_PPrBase's sequence (ISO/IEC 29500-1 17.3.1.26), then CT_PPr's additions.
var pPrOrder = []string{"pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
	"numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
	"overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
	"spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
	"textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"}

// walkXML calls start with the path of element names above each start element of data (root
// first), failing t when data is not well formed.
func walkXML(t *testing.T, data []byte, start func(path []string, e xml.StartElement)) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	var path []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well formed: %v\n%s", err, data)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			start(path, e)
			path = append(path, e.Name.Local)
		case xml.EndElement:
			path = path[:len(path)-1]
		}
	}
}

// defaultPPr returns the children of styles.xml's w:docDefaults/w:pPrDefault/w:pPr, each as
// name=val (name alone without a w:val), in order.
func defaultPPr(t *testing.T, styles []byte) []string {
	t.Helper()
	var out []string
	walkXML(t, styles, func(path []string, e xml.StartElement) {
		if strings.Join(path, "/") == "styles/docDefaults/pPrDefault/pPr" {
			s := e.Name.Local
			for _, a := range e.Attr {
				if a.Name.Local == "val" {
					s += "=" + a.Value
				}
			}
			out = append(out, s)
		}
	})
	return out
}

// TestParaDefaults: with a reference docx or without, the document's paragraph defaults (which
// every paragraph style inherits, the template's too) turn Word's automatic Han–Latin spacing
// off and keep LibreOffice from hanging a closing mark (lineEndPunct), once each, in schema
// order, over whatever value the template gave them; the template's other defaults stay.
func TestParaDefaults(t *testing.T) {
	t.Parallel()
	_, parts := officeTemplate(t)
	own := []string{"overflowPunct=1", "autoSpaceDE=0", "autoSpaceDN=0"}
	const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`
	normal := `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`
	rPrDefault := `<w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault>`
	tests := []struct {
		name   string
		styles string   // the template's styles.xml; "" for no template
		kept   []string // the template's defaults that stay, in order
	}{
		{"no template", "", []string{"widowControl", "adjustRightInd", "jc=both"}},
		{"no docDefaults", parts["word/styles.xml"], nil},
		{"empty docDefaults", head + `<w:docDefaults/>` + normal, nil},
		{"rPrDefault only", head + `<w:docDefaults>` + rPrDefault + `</w:docDefaults>` + normal, nil},
		{"empty pPrDefault", head + `<w:docDefaults>` + rPrDefault + `<w:pPrDefault/></w:docDefaults>` + normal, nil},
		{"pPrDefault without pPr", head + `<w:docDefaults><w:pPrDefault></w:pPrDefault></w:docDefaults>` + normal, nil},
		{"empty pPr", head + `<w:docDefaults><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>` + normal, nil},
		{"Word's own", head + `<w:docDefaults>` + rPrDefault + `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:kinsoku w:val="0"/>` +
			`<w:overflowPunct w:val="0"/><w:topLinePunct/><w:autoSpaceDE w:val="1"/><w:autoSpaceDN w:val="1"></w:autoSpaceDN>` +
			`<w:spacing w:line="360"/><w:jc w:val="both"/><w:rPr><w:spacing w:val="2"/></w:rPr></w:pPr></w:pPrDefault></w:docDefaults>` + normal,
			[]string{"widowControl=0", "kinsoku=0", "topLinePunct", "spacing", "jc=both", "rPr"}},
		{"spacing only", head + `<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>` + normal,
			[]string{"spacing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := writer.Options{}
			if tt.styles != "" {
				opt.ReferenceDOCX = zipParts(t, parts, map[string]string{"word/styles.xml": tt.styles})
			}
			var b bytes.Buffer
			if err := (Writer{}).Write(&b, fixture(), opt); err != nil {
				t.Fatal(err)
			}
			styles := unzip(t, b.Bytes())["word/styles.xml"]
			got := defaultPPr(t, styles)
			// In schema order.
			at := -1
			for _, c := range got {
				i := slices.Index(pPrOrder, strings.Split(c, "=")[0])
				if i <= at {
					t.Errorf("the document defaults' w:pPr is out of schema order at %s: %q", c, got)
				}
				at = i
			}
			var mine, rest []string
			for _, c := range got {
				if slices.Contains(own, c) {
					mine = append(mine, c)
				} else {
					rest = append(rest, c)
				}
			}
			if !slices.Equal(mine, own) {
				t.Errorf("the document defaults set %q, want %q (all: %q)", mine, own, got)
			}
			if !slices.Equal(rest, tt.kept) {
				t.Errorf("the document defaults keep %q of the template's, want %q", rest, tt.kept)
			}
			// Once: no style repeats them.
			for _, el := range []string{"<w:overflowPunct ", "<w:autoSpaceDE "} {
				if n := strings.Count(string(styles), el); n != 1 {
					t.Errorf("%s is written %d times, want once", el, n)
				}
			}
		})
	}
}

// zipParts zips parts, with the parts in change replacing theirs.
func zipParts(t *testing.T, parts, change map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	names := make([]string, 0, len(parts))
	for name := range parts {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		data, ok := change[name]
		if !ok {
			data = parts[name]
		}
		f, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(data))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
