package docx

import (
	"errors"
	"io"
)

// writeWithReference writes the document into an office's own template.
func (p *pkg) writeWithReference(w io.Writer) error {
	return errors.New("docx: --reference-docx is not supported yet")
}
