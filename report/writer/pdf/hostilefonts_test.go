package pdf

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/image/font/sfnt"

	"github.com/jianbao/jianbao/fonts"
	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/ttf"
	"github.com/jianbao/jianbao/report/internal/ttf/ttftest"
)

// captureStdout runs f and returns what was written to the process's standard output meanwhile.
func captureStdout(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	done := make(chan []byte)
	go func() { b, _ := io.ReadAll(r); done <- b }()
	defer func() {
		os.Stdout = old
	}()
	f()
	w.Close()
	os.Stdout = old
	return string(<-done)
}

// TestHostileInstalledFonts: a layout naming an installed font that lies about itself gets a
// warning naming the file and the embedded font instead, never a panic, a hang or text on
// standard output; a font whose licence forbids embedding is not embedded.
// (Not parallel: it watches the process's standard output.)
func TestHostileInstalledFonts(t *testing.T) {
	good, _ := fs.ReadFile(fonts.FS(), fonts.Files[fonts.Kai])
	dir := t.TempDir()
	if mkfifo(filepath.Join(dir, "pipe.ttf")) {
		// A FIFO among the fonts must not block the index.
		done := make(chan bool)
		go func() { fontIndex([]string{dir}); done <- true }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatal("the font index blocked on a FIFO")
		}
	}
	for i, c := range ttftest.Hostile(good) {
		t.Run(c.Name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("font%d.ttf", i))
			if err := os.WriteFile(path, c.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			d := fixture()
			d.Fonts = []doc.FontRole{{Role: "serif", Families: []string{path}, Installed: true}}
			opt := options()
			opt.FontDirs = []string{dir}
			var warnings []string
			opt.Warn = func(s string) { warnings = append(warnings, s) }
			var data []byte
			out := captureStdout(t, func() { data = render(t, d, opt) })
			if out != "" {
				t.Errorf("standard output: %q", out)
			}
			// The fixture sets its meta lines in the embedded 楷体; a second font of that name is the installed one.
			used := bytes.Count(data, []byte("+LXGWWenKai-Regular /Encoding")) == 2
			restricted := c.Name == "restricted licence"
			switch {
			case c.Valid && !restricted:
				if !used || len(warnings) > 0 {
					t.Errorf("good font not used (warnings %q)", warnings)
				}
			case used:
				t.Errorf("font embedded")
			case len(warnings) != 1 || !strings.Contains(warnings[0], path):
				t.Errorf("warnings %q, want one naming %s", warnings, path)
			case restricted && !strings.Contains(warnings[0], "licence forbids embedding"):
				t.Errorf("warning %q does not say the licence forbids embedding", warnings[0])
			}
		})
	}
}

// TestWritePanicNamesFont: a panic while writing becomes an error naming the installed font
// files in use.
func TestWritePanicNamesFont(t *testing.T) {
	t.Parallel()
	m := &measurer{faces: map[string]*face{"serif": {source: "serif.ttf"}, "sys1": {source: "/fonts/仿宋.ttf"}}}
	err := func() (err error) {
		defer recoverFonts(m, &err)
		panic("index out of range")
	}()
	if err == nil || !strings.Contains(err.Error(), "/fonts/仿宋.ttf") {
		t.Errorf("recovered error %v does not name the font", err)
	}
}

// TestFontSizeBound: a font file larger than the bound is refused unread.
func TestFontSizeBound(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "huge.ttf")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(ttftest.Tiny("Huge"))
	f.Truncate(maxFontFile + 1) // sparse: no disk used
	f.Close()
	_, err = loadInstalled(installed{path: path, trueType: true}, "Huge")
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("err = %v", err)
	}
}

// FuzzInstalledFont: a font our validation accepts is parsed and subset as the writer embeds it
// without a panic (an error refuses it with a warning).
func FuzzInstalledFont(f *testing.F) {
	for _, c := range ttftest.Hostile(ttftest.Tiny("Tiny")) {
		f.Add(c.Data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		info, err := ttf.Validate(data, time.Now().Add(10*time.Second))
		if err != nil || info.EmbeddingForbidden() != "" {
			return
		}
		// An error is a fine answer (the font is then refused with a warning); a panic is not.
		if err := tryEmbed(data); err != nil && strings.Contains(err.Error(), "it cannot be embedded (") {
			t.Fatalf("validated font panics the embedding: %v", err)
		}
		if f, err := sfnt.Parse(data); err == nil {
			var buf sfnt.Buffer
			for _, r := range "0A甲" {
				if g, err := f.GlyphIndex(&buf, r); err == nil {
					f.GlyphAdvance(&buf, g, 1000, 0)
				}
			}
		}
	})
}
