package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/reader"
)

func sampleReport(t testing.TB, p string) *model.Report {
	t.Helper()
	res := Load(context.Background(), []string{"../samples"}, reader.Options{})
	per, err := period.Parse(p, period.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, _, err := Build(context.Background(), res, Options{Period: per, Issuer: "党委办公室", IssueNo: "第3期"})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSameBytes(t *testing.T) {
	t.Parallel()
	for _, layout := range []string{"quarterly", "jianbao", "gbt9704", "leader-digest"} {
		for _, format := range []string{"pdf", "docx"} {
			var a, b bytes.Buffer
			opt := RenderOptions{Layout: layout, Format: format}
			if err := Render(context.Background(), sampleReport(t, "2021Q3"), opt, &a); err != nil {
				t.Fatal(err)
			}
			if err := Render(context.Background(), sampleReport(t, "2021Q3"), opt, &b); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) || a.Len() == 0 {
				t.Errorf("%s %s: the same input gave different bytes", layout, format)
			}
		}
	}
}

// TestTOCPageNumbers reads the rendered PDF back: each contents entry's number is the printed
// number of the page where that heading stands.
func TestTOCPageNumbers(t *testing.T) {
	t.Parallel()
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not installed (Debian package poppler-utils); CI installs it")
	}
	var out bytes.Buffer
	if err := Render(context.Background(), sampleReport(t, "2021"), RenderOptions{Layout: "quarterly", Format: "pdf"}, &out); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "q.pdf")
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	text, err := exec.Command(pdftotext, "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(string(text), "\f")
	entry := regexp.MustCompile(`^\s*(\S.*?)\s*(?:\. )+\.?\s*(\d+)\s*$`)
	checked := 0
	for _, line := range strings.Split(pages[1], "\n") { // page 2 holds the contents
		m := entry.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		title, want := strings.ReplaceAll(m[1], " ", ""), m[2]
		found := ""
		for i := 2; i < len(pages); i++ {
			for _, l := range strings.Split(pages[i], "\n") {
				if strings.ReplaceAll(strings.TrimSpace(l), " ", "") == title {
					found = strconv.Itoa(i) // page index i is printed as i (the cover is unnumbered)
				}
			}
			if found != "" {
				break
			}
		}
		if found != want {
			t.Errorf("contents say %q is on page %s, it is on page %q", title, want, found)
		}
		checked++
	}
	if checked < 5 {
		t.Errorf("only %d contents entries found:\n%s", checked, pages[1])
	}
}
