package main

import (
	"bytes"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
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

// The exit statuses the help lists are the README's table's and the ones the command uses.
func TestHelpExitStatuses(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var table []int
	rows := regexp.MustCompile(`(?m)^\| (\d+) \|`)
	_, after, _ := strings.Cut(string(readme), "### Exit status")
	for _, m := range rows.FindAllStringSubmatch(after, -1) {
		n, _ := strconv.Atoi(m[1])
		table = append(table, n)
	}
	var out bytes.Buffer
	if code := run([]string{"--help"}, &out, &out); code != 0 {
		t.Fatalf("--help: exit %d", code)
	}
	_, help, _ := strings.Cut(out.String(), "Exit status:")
	help, _, _ = strings.Cut(help, "\n\n")
	var listed []int
	for _, m := range regexp.MustCompile(`(?:^|; )(\d+) `).FindAllStringSubmatch(strings.Join(strings.Fields(help), " "), -1) {
		n, _ := strconv.Atoi(m[1])
		listed = append(listed, n)
	}
	used := []int{0, exitInput, exitUsage, exitRender, exitDelivery, exitBug, exitBusy, signalStatus(syscall.SIGINT), signalStatus(syscall.SIGTERM)}
	slices.Sort(used)
	if !slices.Equal(table, used) || !slices.Equal(listed, used) {
		t.Errorf("exit statuses: used %v, README table %v, --help %v", used, table, listed)
	}
}
