package docx

import (
	"bytes"
	"errors"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/writer"
)

// TestPageLabelsLater: contents whose page labels come after the rest of the document is
// written (PageLabelsLater) make the same bytes as labels given at the start, with one contents
// block or two, plain or on an office's template; an error getting them stops the writing.
func TestPageLabelsLater(t *testing.T) {
	t.Parallel()
	labels := map[string]string{"h2": "3", "h3": "4"}
	twoTOCs := func() *doc.Document {
		d := fixture()
		d.Blocks = append(d.Blocks, &doc.TOC{Title: "再录", Depth: 1}, &doc.Para{Style: "body", Text: doc.T("尾段")})
		return d
	}
	var ref bytes.Buffer
	if err := (Writer{}).Write(&ref, fixture(), writer.Options{}); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		d   func() *doc.Document
		opt writer.Options
	}{
		"one contents":   {fixture, writer.Options{}},
		"two contents":   {twoTOCs, writer.Options{}},
		"reference docx": {fixture, writer.Options{ReferenceDOCX: ref.Bytes()}},
	} {
		now, later := c.opt, c.opt
		now.PageLabels = labels
		later.PageLabelsLater = func() (map[string]string, error) { return labels, nil }
		var a, b bytes.Buffer
		if err := (Writer{}).Write(&a, c.d(), now); err != nil {
			t.Fatal(err)
		}
		if err := (Writer{}).Write(&b, c.d(), later); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: labels given late make other bytes", name)
		}
		if !bytes.Contains(unzip(t, a.Bytes())["word/document.xml"], []byte("<w:t>4</w:t>")) {
			t.Errorf("%s: the labels are not listed", name)
		}
	}
	boom := errors.New("pagination failed")
	opt := writer.Options{PageLabelsLater: func() (map[string]string, error) { return nil, boom }}
	if err := (Writer{}).Write(&bytes.Buffer{}, fixture(), opt); !errors.Is(err, boom) {
		t.Errorf("got %v, want the pagination's error", err)
	}
}
