package report

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"testing"
)

// documentXML returns word/document.xml of a DOCX.
func documentXML(t *testing.T, data []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDOCXSharesPDFPagination: rendered with the PDF, the DOCX lists in its contents the page
// numbers the PDF set (no second pagination), and its bytes are those of the DOCX rendered
// alone, which paginates by itself; in either order of the formats.
func TestDOCXSharesPDFPagination(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	docx := func(formats ...string) (data []byte) {
		t.Helper()
		b, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: "2021", GroupBy: "top", Formats: formats})
		if err != nil {
			t.Fatal(err)
		}
		outs, _, err := b.RenderAll(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(outs) != len(formats) {
			t.Fatalf("%v: %d outputs", formats, len(outs))
		}
		for i, o := range outs {
			if o.Format != formats[i] {
				t.Errorf("%v: output %d is %s", formats, i, o.Format)
			}
			if o.Format == "docx" {
				data = o.Data
			}
		}
		return data
	}
	alone := docx("docx")
	// The DOCX alone paginates by itself, as Render does.
	b, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: "2021", GroupBy: "top"})
	if err != nil {
		t.Fatal(err)
	}
	var own bytes.Buffer
	if err := Render(ctx, b.Report, b.RenderOptions("docx", nil), &own); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(alone, own.Bytes()) {
		t.Error("the DOCX rendered alone differs from Render's")
	}
	if !bytes.Contains(documentXML(t, alone), []byte("PAGEREF _Toc_")) {
		t.Fatal("the samples' DOCX has no contents with page numbers")
	}
	for _, formats := range [][]string{{"pdf", "docx"}, {"docx", "pdf"}} {
		if got := docx(formats...); !bytes.Equal(got, alone) {
			t.Errorf("%v: the DOCX differs from the DOCX rendered alone", formats)
		}
	}
}

// TestPaginatedLabels: the labels the PDF writer hands over are those the DOCX writer's own
// pagination finds, and a DOCX written with them is the DOCX written without.
func TestPaginatedLabels(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: "2021", GroupBy: "top", Formats: []string{"pdf"}})
	if err != nil {
		t.Fatal(err)
	}
	var labels map[string]string
	popt := b.RenderOptions("pdf", nil)
	popt.Paginated = func(l map[string]string) { labels = l }
	var pdfBuf, own, shared bytes.Buffer
	if err := Render(ctx, b.Report, popt, &pdfBuf); err != nil {
		t.Fatal(err)
	}
	if len(labels) == 0 {
		t.Fatal("the PDF writer handed over no page labels")
	}
	dopt := b.RenderOptions("docx", nil)
	if err := Render(ctx, b.Report, dopt, &own); err != nil {
		t.Fatal(err)
	}
	dopt.PageLabels = labels
	if err := Render(ctx, b.Report, dopt, &shared); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(own.Bytes(), shared.Bytes()) {
		t.Error("the DOCX with the PDF's page labels differs from the DOCX that paginated itself")
	}
	// The labels given are the ones listed: a wrong one shows.
	for id := range labels {
		labels[id] = "999"
	}
	shared.Reset()
	if err := Render(ctx, b.Report, dopt, &shared); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(own.Bytes(), shared.Bytes()) {
		t.Error("the DOCX ignores the page labels it is given")
	}
}
