package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report"
)

// The help of --from and --format names every registered format.
func TestHelpNamesEveryFormat(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		args    []string
		flag    string
		formats []report.FormatInfo
	}{
		{[]string{"build", "--help"}, "--from", report.InputFormats()},
		{[]string{"build", "--help"}, "--format", report.OutputFormats()},
		{[]string{"validate", "--help"}, "--from", report.InputFormats()},
	} {
		var out bytes.Buffer
		if code := run(c.args, &out, &out); code != 0 {
			t.Fatalf("%v: exit %d", c.args, code)
		}
		var line string
		for _, l := range strings.Split(out.String(), "\n") {
			if strings.Contains(l, c.flag+" ") {
				line = l
			}
		}
		for _, f := range c.formats {
			if !strings.Contains(line, f.Name) {
				t.Errorf("%v: %s help %q does not name %s", c.args, c.flag, line, f.Name)
			}
		}
	}
}
