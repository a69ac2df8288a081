package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
)

// wordNS is the WordprocessingML main namespace.
const wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// bodySectPr returns the raw XML of the body's own section properties: the w:sectPr that is the
// last child element of w:body (the page setup of the last section, with its header and footer
// references). A w:sectPr inside a paragraph's w:pPr ends an earlier section and is not it; a
// text search cannot tell the two apart, an XML reader can. It returns "" when the body has none.
func bodySectPr(document []byte) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(document))
	d.Strict = true
	depth, bodyDepth := 0, -1
	last := ""
	for {
		start := d.InputOffset()
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", fmt.Errorf("word/document.xml: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if bodyDepth < 0 && isWord(t.Name, "body") {
				bodyDepth = depth
				continue
			}
			if bodyDepth < 0 || depth != bodyDepth+1 {
				continue
			}
			// A direct child of the body: remember it if it is w:sectPr, forget it otherwise.
			last = ""
			if !isWord(t.Name, "sectPr") {
				continue
			}
			if err := d.Skip(); err != nil {
				return "", fmt.Errorf("word/document.xml: %v", err)
			}
			depth--
			last = string(document[start:d.InputOffset()])
		case xml.EndElement:
			if depth == bodyDepth {
				return last, nil
			}
			depth--
		}
	}
	return last, nil
}

func isWord(n xml.Name, local string) bool {
	return n.Local == local && (n.Space == wordNS || n.Space == "w")
}
