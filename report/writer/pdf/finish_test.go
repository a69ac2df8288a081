package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"testing"
)

// minimalPDF writes a PDF the way fpdf does (objects, one xref section, trailer) whose content
// stream holds the bytes "\n1 0 obj" by chance, as compressed data can.
func minimalPDF() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.3\n")
	offs := []int{}
	obj := func(body string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), body)
	}
	stream := "BT (x) Tj ET\n1 0 obj junk\n"
	obj("<</Type /Pages /Kids [3 0 R] /Count 1>>")
	obj(fmt.Sprintf("<</Length %d>>\nstream\n%sendstream", len(stream), stream))
	obj("<</Type /Page /Parent 1 0 R /Contents 2 0 R /Annots [<</Type /Annot /Subtype /Link /Rect [0 0 1 1] /Border [0 0 0] /A <</S /URI /URI (http://a.b/\\(x\\))>>>>]>>")
	obj("<<\n/Producer (jianbao)\n/CreationDate (D:20210930000000)\n>>")
	obj("<<\n/Type /Catalog\n/Pages 1 0 R\n>>")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<<\n/Size %d\n/Root 5 0 R\n/Info 4 0 R\n>>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return b.Bytes()
}

func TestFinishUsesTheXref(t *testing.T) {
	t.Parallel()
	out, err := finish(minimalPDF(), true)
	if err != nil {
		t.Fatal(err)
	}
	// Every xref entry points at the header of its own object.
	m := regexp.MustCompile(`startxref\n(\d+)`).FindSubmatch(out)
	at, _ := strconv.Atoi(string(m[1]))
	entries := regexp.MustCompile(`(\d{10}) 00000 n `).FindAllSubmatch(out[at:], -1)
	if len(entries) != 6 { // five objects and the annotation moved out of the page
		t.Fatalf("got %d objects in the xref, want 6:\n%s", len(entries), out[at:])
	}
	for i, e := range entries {
		off, _ := strconv.Atoi(string(e[1]))
		if want := fmt.Sprintf("%d 0 obj\n", i+1); !bytes.HasPrefix(out[off:], []byte(want)) {
			t.Errorf("object %d: the xref points at %q", i+1, out[off:min(len(out), off+12)])
		}
	}
	for _, want := range []string{"%PDF-1.7", "/Annots [6 0 R ]", "6 0 obj\n<</Type /Annot /Subtype /Link /F 4 /Rect", "(http://a.b/\\(x\\))",
		"/CreationDate (D:20210930000000Z)", "/Info 4 0 R", "/Size 7", "BT (x) Tj ET\n1 0 obj junk\n"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("output lacks %q", want)
		}
	}
}
