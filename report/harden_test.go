package report

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestEmptyReferenceDOCX: a 0-byte --reference-docx is an error, not silently ignored.
func TestEmptyReferenceDOCX(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "模板.docx")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	err := Render(context.Background(), sampleReport(t, "2021Q3"), RenderOptions{Layout: "quarterly", Format: "docx", ReferenceDOCX: path}, &b)
	if !errors.Is(err, ErrEmptyReference) {
		t.Fatalf("err = %v, want ErrEmptyReference", err)
	}
	if b.Len() != 0 {
		t.Errorf("%d bytes written", b.Len())
	}
}
