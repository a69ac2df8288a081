package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/writer"
	"github.com/klauspost/compress/flate"
)

// TestStreamedAsZipWouldStore: document.xml compressed while it is written (several chunks) and
// stored raw is byte for byte what archive/zip stores from the whole part with CreateHeader and
// the same compressor (klauspost/compress's flate at level 5) when it has no contents; with
// contents, whether their labels are known at the start or come late, its DEFLATE stream is
// three segments, each compressed on its own (the part up to the contents, the contents, the
// rest), and every other part is archive/zip's.
func TestStreamedAsZipWouldStore(t *testing.T) {
	t.Parallel()
	long := func(withTOC bool) *doc.Document {
		d := fixture()
		if !withTOC {
			d.Blocks = slices.DeleteFunc(d.Blocks, func(b doc.Block) bool { _, ok := b.(*doc.TOC); return ok })
		}
		for i := 0; i < 6000; i++ {
			d.Blocks = append(d.Blocks, &doc.Para{Style: "body", Text: doc.T(fmt.Sprintf("第%d段：学校召开党委会议，研究部署下半年重点工作，共150余人参加。", i))})
		}
		return d
	}
	labels := map[string]string{"h2": "3", "h3": "4"}
	var out bytes.Buffer
	if err := (Writer{}).Write(&out, long(false), writer.Options{}); err != nil {
		t.Fatal(err)
	}
	if n := len(unzip(t, out.Bytes())["word/document.xml"]); n < 3*streamChunk {
		t.Fatalf("document.xml is %d bytes, too small to stream in chunks", n)
	}
	if want := rezip(t, out.Bytes()); !bytes.Equal(out.Bytes(), want) {
		t.Errorf("no contents: the package differs from the same parts stored by archive/zip")
	}
	// The contents as written in place, to find where the segments are cut.
	d := long(true)
	var toc bytes.Buffer
	(&pkg{d: d, opt: writer.Options{PageLabels: labels}}).toc(&toc, d.Blocks[4].(*doc.TOC))
	for name, opt := range map[string]writer.Options{
		"labels known": {PageLabels: labels},
		"labels late":  {PageLabelsLater: func() (map[string]string, error) { return labels, nil }},
	} {
		var out bytes.Buffer
		if err := (Writer{}).Write(&out, long(true), opt); err != nil {
			t.Fatal(err)
		}
		xml := unzip(t, out.Bytes())["word/document.xml"]
		at := bytes.Index(xml, toc.Bytes())
		if at < 0 || bytes.Count(xml, toc.Bytes()) != 1 {
			t.Fatalf("%s: the contents are not in document.xml once", name)
		}
		var want bytes.Buffer
		for i, seg := range [][]byte{xml[:at], toc.Bytes(), xml[at+toc.Len():]} {
			fw, _ := flate.NewWriter(&want, 5)
			fw.Write(seg)
			if i < 2 {
				fw.Flush()
			} else {
				fw.Close()
			}
		}
		if got := rawPartBytes(t, out.Bytes(), "word/document.xml"); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s: document.xml's DEFLATE stream is not the three segments (%d bytes, want %d)", name, len(got), want.Len())
		}
		rezipped := rezip(t, out.Bytes())
		for _, part := range []string{"word/styles.xml", "word/settings.xml", "[Content_Types].xml"} {
			if !bytes.Equal(rawPartBytes(t, out.Bytes(), part), rawPartBytes(t, rezipped, part)) {
				t.Errorf("%s: %s differs from archive/zip's", name, part)
			}
		}
	}
}

// rawPartBytes returns the stored (compressed) bytes of a part of a package; reading it whole
// checks its CRC-32 and size too.
func rawPartBytes(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, rc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rc.Close()
		r, err := f.OpenRaw()
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		return raw
	}
	t.Fatalf("no part %s", name)
	return nil
}

// rezip stores the parts of a package again, in its order, with archive/zip's CreateHeader and
// a DEFLATE compressor of level 5 from github.com/klauspost/compress for each part.
func rezip(t *testing.T, data []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, 5) })
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

// panicky is a compressor that panics on its second chunk, as a bug in it would.
type panicky struct{ n int }

func (p *panicky) Write(b []byte) (int, error) {
	if p.n++; p.n == 2 {
		var m map[string]int
		m["chunk"]++ // a nil map: panics
	}
	return len(b), nil
}

func (p *panicky) Close() error { return nil }

func (p *panicky) Flush() error { return nil }

func (p *panicky) Reset(io.Writer) {}

// TestCompressorPanicIsAnError: a panic in the goroutine that compresses document.xml is the
// writer's error, returned at once, and nothing is written: the writer neither hangs waiting
// for the compressor to take its next chunk nor crashes the process. Whether the contents'
// labels are known at the start or late: either way the chunks are handed over while the blocks
// are written, and late contents' segment at the end.
func TestCompressorPanicIsAnError(t *testing.T) {
	old := newCompressor
	newCompressor = func(io.Writer) compressor { return &panicky{} }
	defer func() { newCompressor = old }()
	d := fixture()
	for i := 0; i < 6000; i++ {
		d.Blocks = append(d.Blocks, &doc.Para{Style: "body", Text: doc.T(fmt.Sprintf("第%d段：学校召开党委会议，研究部署下半年重点工作，共150余人参加。", i))})
	}
	labels := map[string]string{"h2": "3", "h3": "4"}
	for _, tc := range []struct {
		name string
		opt  writer.Options
	}{
		{"labels known", writer.Options{PageLabels: labels}},
		{"labels late", writer.Options{PageLabelsLater: func() (map[string]string, error) { return labels, nil }}},
	} {
		var out bytes.Buffer
		done := make(chan error, 1)
		go func() { done <- (Writer{}).Write(&out, d, tc.opt) }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "internal error") || !strings.Contains(err.Error(), "nil map") {
				t.Errorf("%s: Write returned %v, want the compressor's panic as an internal error", tc.name, err)
			}
			if out.Len() != 0 {
				t.Errorf("%s: %d bytes written after the compressor failed", tc.name, out.Len())
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: Write still waits 20 s after the compressor panicked (a hang)", tc.name)
		}
	}
}

// TestBodyPanicFinishesCompressor: when writing the blocks panics (here a nil paragraph), the
// goroutine compressing document.xml ends all the same instead of waiting for chunks for ever
// (a leak in a long-running program that recovers). Not parallel: it counts goroutines.
func TestBodyPanicFinishesCompressor(t *testing.T) {
	d := fixture()
	for i := 0; i < 3000; i++ {
		d.Blocks = append(d.Blocks, &doc.Para{Style: "body", Text: doc.T(fmt.Sprintf("第%d段：学校召开党委会议，研究部署下半年重点工作。", i))})
	}
	d.Blocks = append(d.Blocks, (*doc.Para)(nil), &doc.Para{Style: "body", Text: doc.T("尾段。")})
	for name, opt := range map[string]writer.Options{"plain": {}, "reference": {ReferenceDOCX: referenceOf(t)}} {
		before := runtime.NumGoroutine()
		panicked := func() (p bool) {
			defer func() { p = recover() != nil }()
			(Writer{}).Write(io.Discard, d, opt)
			return false
		}()
		if !panicked {
			t.Fatalf("%s: a nil paragraph did not panic; the test needs another way to make the body panic", name)
		}
		n := runtime.NumGoroutine()
		for deadline := time.Now().Add(5 * time.Second); n > before && time.Now().Before(deadline); n = runtime.NumGoroutine() {
			time.Sleep(10 * time.Millisecond)
		}
		if n > before {
			t.Errorf("%s: %d goroutines after the panic, %d before: the compressor was left waiting", name, n, before)
		}
	}
}

// referenceOf is the fixture's own DOCX, to use as an office's template.
func referenceOf(t *testing.T) []byte {
	var b bytes.Buffer
	if err := (Writer{}).Write(&b, fixture(), writer.Options{}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// largest is a compressor that records the largest piece of document.xml handed to it at once.
type largest struct {
	compressor
	max *int
}

func (l largest) Write(b []byte) (int, error) {
	*l.max = max(*l.max, len(b))
	return l.compressor.Write(b)
}

// TestLargeTableStreamed: a table far larger than a chunk (as the list of every article of a
// large digest) goes to the compressor in chunks, not held whole and handed over in one piece,
// and a compressor that panics while the table is written makes Write return the panic as an
// error (not hang, nor write anything).
func TestLargeTableStreamed(t *testing.T) {
	d := fixture()
	rows := make([][]string, 8000)
	for i := range rows {
		rows[i] = []string{fmt.Sprint(i + 1), fmt.Sprintf("第%d篇：学校召开党委会议，研究部署下半年重点工作", i+1), "2021-07-01"}
	}
	d.Blocks = append(d.Blocks, &doc.Table{Header: []string{"序号", "标题", "日期"}, Rows: rows})
	old := newCompressor
	defer func() { newCompressor = old }()
	var most int
	newCompressor = func(w io.Writer) compressor { return largest{old(w), &most} }
	var out bytes.Buffer
	if err := (Writer{}).Write(&out, d, writer.Options{PageLabels: map[string]string{"h2": "3", "h3": "4"}}); err != nil {
		t.Fatal(err)
	}
	if size := len(unzip(t, out.Bytes())["word/document.xml"]); size < 8*streamChunk {
		t.Fatalf("document.xml of %d bytes: the table is too small to test", size)
	}
	if most > chunkCap {
		t.Errorf("%d bytes handed to the compressor at once, want at most a chunk (%d)", most, chunkCap)
	}
	newCompressor = func(io.Writer) compressor { return &panicky{} }
	d.Blocks = []doc.Block{d.Blocks[len(d.Blocks)-1]} // the table alone: it fails in the table
	out.Reset()
	done := make(chan error, 1)
	go func() { done <- (Writer{}).Write(&out, d, writer.Options{}) }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "internal error") {
			t.Errorf("Write returned %v, want the compressor's panic as an internal error", err)
		}
		if out.Len() != 0 {
			t.Errorf("%d bytes written after the compressor failed", out.Len())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Write still waits 20 s after the compressor panicked (a hang)")
	}
}
