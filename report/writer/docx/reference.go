package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
)

// Limits on a reference document, so that a zip bomb or a stray large file fails clearly.
const (
	maxRefParts     = 5000
	maxRefPartBytes = 64 << 20
	maxRefBytes     = 256 << 20
)

// reference is an office's Word file: its parts in their order, and what jianbao reads of it.
type reference struct {
	names  []string
	parts  map[string][]byte
	styles map[string]string // style name and id -> id
	ids    map[string]bool   // style ids
}

// openReference reads and checks a reference DOCX.
func openReference(data []byte) (*reference, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errors.New("reference docx: not a Word (.docx) file: it is not a zip archive (an old .doc must be saved as .docx)")
	}
	if len(zr.File) > maxRefParts {
		return nil, fmt.Errorf("reference docx: %d parts; at most %d are accepted", len(zr.File), maxRefParts)
	}
	ref := &reference{parts: map[string][]byte{}, styles: map[string]string{}, ids: map[string]bool{}}
	total := 0
	for _, f := range zr.File {
		if f.UncompressedSize64 > maxRefPartBytes {
			return nil, fmt.Errorf("reference docx: part %s is %d bytes uncompressed; at most %d are accepted", f.Name, f.UncompressedSize64, maxRefPartBytes)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("reference docx: part %s: %v", f.Name, err)
		}
		// Never trust the declared size: read at most the limit plus one byte.
		data, err := io.ReadAll(io.LimitReader(rc, maxRefPartBytes+1))
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("reference docx: part %s: %v", f.Name, err)
		}
		if len(data) > maxRefPartBytes {
			return nil, fmt.Errorf("reference docx: part %s expands beyond %d bytes (a zip bomb?)", f.Name, maxRefPartBytes)
		}
		if total += len(data); total > maxRefBytes {
			return nil, fmt.Errorf("reference docx: expands beyond %d bytes (a zip bomb?)", maxRefBytes)
		}
		if _, dup := ref.parts[f.Name]; dup {
			return nil, fmt.Errorf("reference docx: part %s appears twice", f.Name)
		}
		ref.names = append(ref.names, f.Name)
		ref.parts[f.Name] = data
	}
	for _, need := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"} {
		if _, ok := ref.parts[need]; !ok {
			return nil, fmt.Errorf("reference docx: missing part %s: not a complete Word document", need)
		}
	}
	if !bytes.Contains(ref.parts["[Content_Types].xml"], []byte("/word/document.xml")) {
		return nil, errors.New("reference docx: [Content_Types].xml does not declare word/document.xml (the main part must be word/document.xml)")
	}
	if st, ok := ref.parts["word/styles.xml"]; ok {
		if err := ref.readStyles(st); err != nil {
			return nil, fmt.Errorf("reference docx: word/styles.xml: %v", err)
		}
	}
	return ref, nil
}

// readStyles indexes the template's styles by id and by name.
func (r *reference) readStyles(data []byte) error {
	var s struct {
		Styles []struct {
			ID   string `xml:"styleId,attr"`
			Name struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
		} `xml:"style"`
	}
	if err := xml.Unmarshal(data, &s); err != nil {
		return err
	}
	for _, st := range s.Styles {
		r.ids[st.ID] = true
		r.styles[st.ID] = st.ID
		if st.Name.Val != "" {
			if _, taken := r.styles[st.Name.Val]; !taken {
				r.styles[st.Name.Val] = st.ID
			}
		}
	}
	return nil
}

var (
	reBodyStart = regexp.MustCompile(`<w:body\s*>`)
	reRootStart = regexp.MustCompile(`(?s)<w:document\b[^>]*>`)
	reNumStart  = regexp.MustCompile(`<w:num\b`)
)

// writeWithReference writes the document into the office's template: its styles, page setup,
// headers and footers (the letterhead) stay; the body is replaced; styles the layout needs that
// the template lacks are added; every other part is copied byte for byte.
func (p *pkg) writeWithReference(w io.Writer) error {
	ref, err := openReference(p.opt.ReferenceDOCX)
	if err != nil {
		return err
	}
	p.ref = ref
	p.nextRel, p.rels = 0, nil
	out := map[string][]byte{}
	var added []part

	// Body: the template's root element (its namespace declarations) and its last section
	// properties, around jianbao's blocks.
	tdoc := string(ref.parts["word/document.xml"])
	root := reRootStart.FindString(tdoc)
	if root == "" || reBodyStart.FindStringIndex(tdoc) == nil {
		return errors.New("reference docx: word/document.xml has no w:document and w:body")
	}
	for _, ns := range namespaces {
		if !strings.Contains(root, `xmlns:`+ns[0]+`=`) {
			root = strings.TrimSuffix(root, ">") + ` xmlns:` + ns[0] + `="` + ns[1] + `">`
		}
	}
	sect, err := bodySectPr(ref.parts["word/document.xml"])
	if err != nil {
		return fmt.Errorf("reference docx: %w", err)
	}
	// Compressed as it is written, as without a template (document), and stored as it is.
	raw, err := p.document(xmlHeader+root+"<w:body>", func() string { return sect + "</w:body></w:document>" })
	if err != nil {
		return err
	}

	// Styles: add the ones the template lacks, before </w:styles>.
	var extra strings.Builder
	for _, st := range p.ownStyles() {
		if _, ok := ref.styles[st.name]; ok {
			continue
		}
		if !ref.ids[st.id] {
			extra.WriteString(st.xml)
		}
	}
	// The template's document defaults gain jianbao's (withParaDefaults).
	if tst, ok := ref.parts["word/styles.xml"]; ok {
		if tst, err = withParaDefaults(tst); err != nil {
			return err
		}
		if out["word/styles.xml"], err = insertBefore(tst, "word/styles.xml", "</w:styles>", extra.String()); err != nil {
			return err
		}
	} else {
		added = append(added, part{name: "word/styles.xml", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", data: p.styles()})
		p.addRel(relStyles, "styles.xml", "")
	}

	// Numbering for lists: jianbao's definitions with ids far above the template's.
	if p.usesLists {
		if tn, ok := ref.parts["word/numbering.xml"]; ok {
			abstract, nums := p.numberingDefs()
			merged, err := mergeNumbering(tn, abstract, nums)
			if err != nil {
				return err
			}
			out["word/numbering.xml"] = merged
		} else {
			added = append(added, part{name: "word/numbering.xml", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml", data: p.numbering()})
			p.addRel(relNumbering, "numbering.xml", "")
		}
	}

	// Relationships: the template's, plus jianbao's (hyperlinks, charts) under ids of their own.
	const relsPart = "word/_rels/document.xml.rels"
	if out[relsPart], err = insertBefore(ref.parts[relsPart], relsPart, "</Relationships>", p.relElems()); err != nil {
		return err
	}

	// New parts (charts) and their content types.
	added = append(added, p.parts...)
	ct := ref.parts["[Content_Types].xml"]
	var over strings.Builder
	for _, a := range added {
		if a.contentType != "" && !bytes.Contains(ct, []byte(`"/`+a.name+`"`)) {
			fmt.Fprintf(&over, `<Override PartName="/%s" ContentType="%s"/>`, a.name, a.contentType)
		}
	}
	if out["[Content_Types].xml"], err = insertBefore(ct, "[Content_Types].xml", "</Types>", over.String()); err != nil {
		return err
	}
	if _, ok := ref.parts["docProps/core.xml"]; ok {
		out["docProps/core.xml"] = p.core()
	}

	stamp := p.stamp()
	zw := newZip(w, p.fw)
	put := func(name string, data []byte) error {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		return err
	}
	for _, name := range ref.names {
		if name == "word/document.xml" {
			if err := putRaw(zw, name, stamp, raw); err != nil {
				return err
			}
			continue
		}
		data := ref.parts[name]
		if o, ok := out[name]; ok {
			data = o
		}
		if err := put(name, data); err != nil {
			return err
		}
	}
	for _, a := range added {
		if _, exists := ref.parts[a.name]; exists {
			continue
		}
		if err := put(a.name, a.data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// insertBefore returns data, the template's part named part, with text inserted before its
// last closing tag.
func insertBefore(data []byte, part, closing, text string) ([]byte, error) {
	i := bytes.LastIndex(data, []byte(closing))
	if i < 0 {
		return nil, fmt.Errorf("reference docx: %s has no %s", part, closing)
	}
	return slices.Concat(data[:i], []byte(text), data[i:]), nil
}

// mergeNumbering adds jianbao's abstract numbering definitions before the template's first w:num
// and its w:num elements at the end, as the schema orders them.
func mergeNumbering(tn []byte, abstract, nums string) ([]byte, error) {
	end := bytes.LastIndex(tn, []byte("</w:numbering>"))
	if end < 0 {
		return nil, errors.New("reference docx: word/numbering.xml has no </w:numbering>")
	}
	at := end
	if loc := reNumStart.FindIndex(tn); loc != nil {
		at = loc[0]
	}
	var b bytes.Buffer
	b.Write(tn[:at])
	b.WriteString(abstract)
	b.Write(tn[at:end])
	b.WriteString(nums)
	b.Write(tn[end:])
	return b.Bytes(), nil
}
