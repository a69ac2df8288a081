package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/writer"
)

// TestStreamedAsZipWouldStore: document.xml compressed while it is written (several chunks) and
// stored raw is byte for byte what archive/zip stores from the whole part with CreateHeader,
// whether the contents' labels are known at the start (all streamed) or come late (the body
// after the contents held until then).
func TestStreamedAsZipWouldStore(t *testing.T) {
	t.Parallel()
	d := fixture()
	for i := 0; i < 6000; i++ {
		d.Blocks = append(d.Blocks, &doc.Para{Style: "body", Text: doc.T(fmt.Sprintf("第%d段：学校召开党委会议，研究部署下半年重点工作，共150余人参加。", i))})
	}
	labels := map[string]string{"h2": "3", "h3": "4"}
	for name, opt := range map[string]writer.Options{
		"labels known": {PageLabels: labels},
		"labels late":  {PageLabelsLater: func() (map[string]string, error) { return labels, nil }},
	} {
		var out bytes.Buffer
		if err := (Writer{}).Write(&out, d, opt); err != nil {
			t.Fatal(err)
		}
		if n := len(unzip(t, out.Bytes())["word/document.xml"]); n < 3*streamChunk {
			t.Fatalf("%s: document.xml is %d bytes, too small to stream in chunks", name, n)
		}
		if want := rezip(t, out.Bytes()); !bytes.Equal(out.Bytes(), want) {
			t.Errorf("%s: the package differs from the same parts stored by archive/zip", name)
		}
	}
}

// rezip stores the parts of a package again, in its order, with archive/zip's CreateHeader.
func rezip(t *testing.T, data []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}
