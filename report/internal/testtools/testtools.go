// Package testtools runs the outside programs tests check outputs with (LibreOffice,
// poppler-utils), the same way in every package: a test that needs one that is not installed
// skips, naming the Debian package that has it. Only tests import it.
package testtools

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// LibreOffice is the Debian package that has soffice, LibreOffice's command line.
const LibreOffice = "libreoffice-writer-nogui"

// NeedTool returns the path of the program name, or skips the test with a message naming the
// Debian package pkg that has it.
func NeedTool(t testing.TB, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed (Debian package %s); CI installs it", name, pkg)
	}
	return p
}

// DOCXToPDF converts a DOCX to PDF with LibreOffice (soffice --headless --convert-to pdf) and
// returns the PDF, or skips the test when soffice is not installed. Each conversion has a
// LibreOffice profile of its own, so that tests may convert in parallel; a conversion that
// fails, or writes no PDF, fails the test with LibreOffice's output.
func DOCXToPDF(t testing.TB, docx []byte) []byte {
	t.Helper()
	soffice := NeedTool(t, "soffice", LibreOffice)
	dir := t.TempDir()
	path := filepath.Join(dir, "d.docx")
	if err := os.WriteFile(path, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "pdf", "--outdir", dir, path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "d.pdf"))
	if err != nil {
		t.Fatalf("LibreOffice could not convert the DOCX (no PDF written): %v\n%s", err, out)
	}
	return pdf
}
