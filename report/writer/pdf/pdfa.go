package pdf

import (
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/jianbao/jianbao/report/doc"
)

// addPDFA is filled in by the PDF/A work; until then --pdfa is refused by the caller.
func addPDFA(p *fpdf.Fpdf, d *doc.Document, created time.Time) {
	p.SetErrorf("pdf: --pdfa is not supported yet")
}
