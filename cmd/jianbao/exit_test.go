package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/spf13/cobra"
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
