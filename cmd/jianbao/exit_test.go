package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/jianbao/jianbao/report"
)

// TestPanicIsABug: a panic anywhere under a command exits with exitBug and says it is a bug;
// it is never taken for a usage error (2).
func TestPanicIsABug(t *testing.T) {
	var stderr bytes.Buffer
	root := newRootCmd(io.Discard, &stderr)
	root.AddCommand(&cobra.Command{Use: "boom", RunE: func(*cobra.Command, []string) error {
		var m map[string]int
		m["x"]++ // a nil map: a runtime panic
		return nil
	}})
	if code := execute(root, []string{"boom"}, &stderr); code != exitBug {
		t.Errorf("exit %d, want %d", code, exitBug)
	}
	if !strings.Contains(stderr.String(), "internal error (a bug") {
		t.Errorf("stderr: %s", stderr.String())
	}
}

// TestHints: the command, not the library, says which flag fixes a problem.
func TestHints(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("a.xlsx:名单!A1: %w", report.ErrSheetNotRead), "--sheet"},
		{fmt.Errorf("mail: %w", report.ErrNoRecipients), "--mail-to"},
		{&report.OutSuffixError{Out: "d.docx", Suffix: ".docx", Format: "docx", Instead: "d.pdf", Formats: []string{"pdf"}}, "name the file d.pdf, or add docx to --format"},
	} {
		if got := hint(tt.err); !strings.Contains(got, tt.want) {
			t.Errorf("hint(%v) = %q, want %q in it", tt.err, got, tt.want)
		}
	}
}
