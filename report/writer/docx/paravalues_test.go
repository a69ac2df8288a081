package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/writer"
)

// onOff is a CT_OnOff element: w:val, absent meaning on.
type onOff struct {
	Val *string `xml:"val,attr"`
}

// on is the element's value as "1" or "0".
func (o *onOff) on() string {
	if o.Val == nil {
		return "1"
	}
	switch *o.Val {
	case "1", "true", "on":
		return "1"
	}
	return "0"
}

// xPPr is what the test reads of a w:pPr: the style it names and the three values jianbao sets.
type xPPr struct {
	PStyle *struct {
		Val string `xml:"val,attr"`
	} `xml:"pStyle"`
	OverflowPunct *onOff `xml:"overflowPunct"`
	AutoSpaceDE   *onOff `xml:"autoSpaceDE"`
	AutoSpaceDN   *onOff `xml:"autoSpaceDN"`
}

// value returns the pPr's value of one of the three, "" where it states none.
func (p *xPPr) value(name string) string {
	if p == nil {
		return ""
	}
	el := map[string]*onOff{"overflowPunct": p.OverflowPunct, "autoSpaceDE": p.AutoSpaceDE, "autoSpaceDN": p.AutoSpaceDN}[name]
	if el == nil {
		return ""
	}
	return el.on()
}

// xStyles is what the test reads of styles.xml.
type xStyles struct {
	Defaults *xPPr `xml:"docDefaults>pPrDefault>pPr"`
	Styles   []struct {
		Type    string `xml:"type,attr"`
		Default string `xml:"default,attr"`
		ID      string `xml:"styleId,attr"`
		BasedOn *struct {
			Val string `xml:"val,attr"`
		} `xml:"basedOn"`
		PPr *xPPr `xml:"pPr"`
	} `xml:"style"`
}

// para is a paragraph of document.xml: its own w:pPr and the style of the table it stands in.
type para struct {
	pPr   *xPPr
	table string
}

// paragraphs reads every w:p of document.xml, in tables too.
func paragraphs(t *testing.T, document []byte) []para {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(document))
	var out []para
	var open []int      // the paragraphs open, innermost last
	var tables []string // the tables open: their w:tblStyle
	var path []string   // element names from the root
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("document.xml is not well formed: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			parent := ""
			if len(path) > 0 {
				parent = path[len(path)-1]
			}
			switch {
			case e.Name.Local == "p":
				tbl := ""
				if len(tables) > 0 {
					tbl = tables[len(tables)-1]
				}
				out = append(out, para{table: tbl})
				open = append(open, len(out)-1)
			case e.Name.Local == "pPr" && parent == "p":
				var x xPPr
				if err := dec.DecodeElement(&x, &e); err != nil {
					t.Fatal(err)
				}
				out[open[len(open)-1]].pPr = &x
				continue // DecodeElement read its end
			case e.Name.Local == "tbl":
				tables = append(tables, "")
			case e.Name.Local == "tblStyle" && parent == "tblPr":
				for _, a := range e.Attr {
					if a.Name.Local == "val" {
						tables[len(tables)-1] = a.Value
					}
				}
			}
			path = append(path, e.Name.Local)
		case xml.EndElement:
			switch e.Name.Local {
			case "p":
				open = open[:len(open)-1]
			case "tbl":
				tables = tables[:len(tables)-1]
			}
			path = path[:len(path)-1]
		}
	}
}

// effective returns a paragraph's value of one of the three as Word resolves it (ISO/IEC
// 29500-1 17.7.2): its own properties, its paragraph style (the default paragraph style where it
// names none) and the styles that one is based on, its table's style and those it is based on,
// the document defaults; "" where none states it (LibreOffice then hangs a mark).
func effective(st *xStyles, p para, name string) string {
	style := func(id, typ string) string {
		seen := map[string]bool{}
		for id != "" && !seen[id] {
			seen[id] = true
			next := ""
			for _, s := range st.Styles {
				if s.ID == id && s.Type == typ {
					if v := s.PPr.value(name); v != "" {
						return v
					}
					if s.BasedOn != nil {
						next = s.BasedOn.Val
					}
				}
			}
			id = next
		}
		return ""
	}
	if v := p.pPr.value(name); v != "" {
		return v
	}
	id := ""
	if p.pPr != nil && p.pPr.PStyle != nil {
		id = p.pPr.PStyle.Val
	} else {
		for _, s := range st.Styles {
			if s.Type == "paragraph" && (s.Default == "1" || s.Default == "true") {
				id = s.ID
			}
		}
	}
	if v := style(id, "paragraph"); v != "" {
		return v
	}
	if v := style(p.table, "table"); v != "" {
		return v
	}
	return st.Defaults.value(name)
}

// stylePPr returns each style's w:pPr children (names), by style id.
func stylePPr(t *testing.T, styles []byte) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	id := ""
	walkXML(t, styles, func(path []string, e xml.StartElement) {
		if e.Name.Local == "style" {
			for _, a := range e.Attr {
				if a.Name.Local == "styleId" {
					id = a.Value
				}
			}
			out[id] = []string{}
		}
		if strings.HasSuffix(strings.Join(path, "/"), "style/pPr") {
			out[id] = append(out[id], e.Name.Local)
		}
	})
	return out
}

// TestParaValuesOverTemplateStyles: with a reference docx, every paragraph jianbao writes keeps
// LibreOffice from hanging a closing mark and Word's automatic Han–Latin spacing off, as Word
// resolves them, whatever the template's styles state: a Normal that states the opposite (Word
// writes overflowPunct="0" when 允许标点溢出边界 is unticked) passed it to jianbao's styles, all
// based on Normal; Chinese Word's Normal is "a", which the paragraphs without a style take; and
// the template's styles that jianbao uses by name (Body Text, heading 1, Table Grid) may state
// them themselves. The template's other paragraph properties stay.
func TestParaValuesOverTemplateStyles(t *testing.T) {
	t.Parallel()
	_, parts := officeTemplate(t)
	want := map[string]string{"overflowPunct": "1", "autoSpaceDE": "0", "autoSpaceDN": "0"}
	const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`
	const opposite = `<w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="1"/><w:autoSpaceDN/>`
	heading := func(basedOn string) string {
		return `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="` + basedOn + `"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr></w:style>`
	}
	tests := []struct {
		name, styles string
	}{
		{"Normal states the opposite", head +
			`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:widowControl w:val="0"/>` + opposite + `<w:jc w:val="both"/></w:pPr></w:style>` +
			heading("Normal") + `</w:styles>`},
		{"Chinese Word's Normal a", head +
			`<w:docDefaults><w:pPrDefault><w:pPr><w:overflowPunct w:val="0"/></w:pPr></w:pPrDefault></w:docDefaults>` +
			`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:widowControl w:val="0"/><w:overflowPunct w:val="false"></w:overflowPunct><w:autoSpaceDE w:val="on"/><w:autoSpaceDN w:val="true"/><w:jc w:val="both"/></w:pPr></w:style>` +
			heading("a") + `</w:styles>`},
		{"styles used by name state them", head +
			`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="120"/>` +
			`<w:overflowPunct w:val="0"/></w:pPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:keepNext/><w:autoSpaceDE/><w:autoSpaceDN/><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
			`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:pPr>` + opposite + `</w:pPr><w:tblPr/></w:style>` +
			`</w:styles>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			opt := writer.Options{ReferenceDOCX: zipParts(t, parts, map[string]string{"word/styles.xml": tt.styles})}
			if err := (Writer{}).Write(&b, fixture(), opt); err != nil {
				t.Fatal(err)
			}
			out := unzip(t, b.Bytes())
			var st xStyles
			if err := xml.Unmarshal(out["word/styles.xml"], &st); err != nil {
				t.Fatal(err)
			}
			paras := paragraphs(t, out["word/document.xml"])
			if len(paras) < 10 {
				t.Fatalf("document.xml has %d paragraphs: the fixture should give more", len(paras))
			}
			for i, p := range paras {
				for name, w := range want {
					if got := effective(&st, p, name); got != w {
						id := "(default)"
						if p.pPr != nil && p.pPr.PStyle != nil {
							id = p.pPr.PStyle.Val
						}
						t.Errorf("paragraph %d (style %s, table %q): %s is %q, want %q", i, id, p.table, name, got, w)
					}
				}
			}
			// The template's styles lose the three and nothing else.
			before, after := stylePPr(t, []byte(tt.styles)), stylePPr(t, out["word/styles.xml"])
			for id, children := range before {
				kept := slices.DeleteFunc(slices.Clone(children), func(c string) bool { return want[c] != "" })
				if !slices.Equal(after[id], kept) {
					t.Errorf("template style %s: pPr %q, want %q", id, after[id], kept)
				}
			}
		})
	}
}
