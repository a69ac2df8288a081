package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMastheadOnOneLine: the README's monthly title 东湖大学{{.Period.Label}}党建工作简报 made a
// 报头 of two lines (…党建工作 / 简报): the size that fits it counted no Han–Latin gap, and
// the typesetter puts a quarter em at each (东湖大学 2021 年 10 月). Read back from the PDF,
// the name stands whole on one line.
func TestMastheadOnOneLine(t *testing.T) {
	t.Parallel()
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not installed (Debian package poppler-utils); CI installs it")
	}
	ctx := context.Background()
	for _, title := range []string{"东湖大学{{.Period.Label}}党建工作简报", "东湖大学附属第一医院{{.Period.Label}}党建工作简报"} {
		b, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: "2021-10", Title: title, Layout: "jianbao", Formats: []string{"pdf"}})
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := b.RenderAll(ctx)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), "m.pdf")
		if err := os.WriteFile(p, out[0].Data, 0o644); err != nil {
			t.Fatal(err)
		}
		var text bytes.Buffer
		cmd := exec.Command(pdftotext, "-f", "1", "-l", "1", "-layout", p, "-")
		cmd.Stdout = &text
		if err := cmd.Run(); err != nil {
			t.Fatal(err)
		}
		name := b.Report.Title
		found := false
		for _, line := range strings.Split(text.String(), "\n") {
			if strings.TrimSpace(line) == name {
				found = true
			}
		}
		if !found {
			t.Errorf("the 报头 %s is not on one line:\n%s", name, text.String()[:min(400, text.Len())])
		}
	}
}
