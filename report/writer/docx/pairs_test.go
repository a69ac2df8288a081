package docx

import (
	"bytes"
	"testing"
)

// TestPairRuns: a 省略号 or 破折号 (two halves in a row, or more) is a run of its own whose East
// Asian language is English, so that LibreOffice never divides it between lines; a lone half,
// and the text around, are written as before.
func TestPairRuns(t *testing.T) {
	t.Parallel()
	en := `<w:rPr>` + pairLang + `</w:rPr>`
	for _, tt := range []struct{ in, rPr, want string }{
		{"问题……等", "", `<w:r><w:t xml:space="preserve">问题</w:t></w:r><w:r>` + en + `<w:t xml:space="preserve">……</w:t></w:r><w:r><w:t xml:space="preserve">等</w:t></w:r>`},
		{"——他说", "", `<w:r>` + en + `<w:t xml:space="preserve">——</w:t></w:r><w:r><w:t xml:space="preserve">他说</w:t></w:r>`},
		{"甲…………乙⋯⋯", "", `<w:r><w:t xml:space="preserve">甲</w:t></w:r><w:r>` + en + `<w:t xml:space="preserve">…………</w:t></w:r><w:r><w:t xml:space="preserve">乙</w:t></w:r><w:r>` + en + `<w:t xml:space="preserve">⋯⋯</w:t></w:r>`},
		{"强……", `<w:rStyle w:val="Strong"/>`, `<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t xml:space="preserve">强</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Strong"/>` + pairLang + `</w:rPr><w:t xml:space="preserve">……</w:t></w:r>`},
		{"一…二—三…—", "", `<w:r><w:t xml:space="preserve">一…二—三…—</w:t></w:r>`},
		{"1……2021年", "", `<w:r><w:t xml:space="preserve">1</w:t></w:r><w:r>` + en + `<w:t xml:space="preserve">……</w:t></w:r><w:r><w:t xml:space="preserve">2021` + "\u2060" + `年</w:t></w:r>`},
	} {
		var b bytes.Buffer
		(&pkg{}).run(&b, tt.in, tt.rPr)
		if b.String() != tt.want {
			t.Errorf("run(%q) = %s\nwant %s", tt.in, b.String(), tt.want)
		}
	}
}
