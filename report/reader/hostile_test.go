package reader

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	xunicode "golang.org/x/text/encoding/unicode"
)

// laughs is a "billion laughs" YAML document: levels of anchors, each naming the previous one ten times.
func laughs(levels int) string {
	var b strings.Builder
	b.WriteString("a0: &a0 [lol]\n")
	for i := 1; i <= levels; i++ {
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := range 10 {
			if j > 0 {
				b.WriteString(",")
			}
			b.WriteString("*a" + string(rune('0'+i-1)))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

// TestHostileInputs: each input is refused or read with a positioned message, quickly, and the
// valid records around a bad one are kept.
func TestHostileInputs(t *testing.T) {
	t.Parallel()
	utf16 := func(s string, e xunicode.Endianness) string {
		out, _ := xunicode.UTF16(e, xunicode.IgnoreBOM).NewEncoder().String(s)
		return out
	}
	const ok = "title: 甲\ndate: 2021-07-09\nunit: 宣传部\nsummary: 内容\n"
	tests := []struct {
		name, file, in string
		titles         []string
		want           []string // substrings of the messages, in order
	}{
		{"csv unclosed quote eats no rows", "l.csv",
			"title,date,unit,summary\n甲,2021-07-09,宣传部,\"正文\n乙,2021-07-10,宣传部,正文\n丙,2021-07-11,宣传部,正文\n",
			[]string{"乙", "丙"}, []string{`l.csv:2: record 1: a quoted cell has no closing quote`}},
		{"csv quote inside a plain cell is kept", "l.csv",
			"title,date,unit,summary\n甲,2021-07-09,宣传部,他说\"好\"\n乙,2021-07-10,宣传部,正文\n",
			[]string{"甲", "乙"}, []string{`l.csv:2: record 1: warning: character 20: a " inside a cell`}},
		{"csv quote inside the last cell, no final newline", "l.csv",
			"title,date,unit,summary\n甲,2021-07-09,宣传部,他说\"好\"",
			[]string{"甲"}, []string{`l.csv:2: record 1: warning: character 20: a " inside a cell`}},
		{"csv many bad rows stop", "l.csv",
			"title,date,unit,summary\n" + strings.Repeat("甲,2021-07-09,宣传部,\"x\n", 200),
			nil, []string{"l.csv:2: record 1: a quoted cell"}},
		{"yaml alias cycle", "a.yaml", "title: &a [*a]\n", nil,
			[]string{"a.yaml:1: record 1: an alias refers to a node that contains it (a cycle)"}},
		{"yaml billion laughs", "a.yaml", laughs(9), nil,
			[]string{"once its aliases are expanded"}},
		{"yaml nesting", "a.yaml", "title: " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000), nil,
			[]string{"a.yaml:1: record 1: nested more than 100 levels deep"}},
		{"yaml unknown anchor", "a.yaml", "- &x {title: 甲, date: 2021-07-09, unit: 宣传部, summary: 内容}\n- {title: 乙, date: 2021-07-09, unit: *u, summary: 内容}\n", nil,
			[]string{"unknown anchor"}},
		{"json nesting", "a.json", strings.Repeat("[", 3<<20), nil,
			[]string{"a.json:1: invalid JSON: nested more than 100 levels deep"}},
		{"jsonl nesting", "a.jsonl", ok[:0] + "{\"title\": 1}\n" + strings.Repeat("[", 1<<20) + "\n", nil,
			[]string{"a.jsonl:1: record 1", "a.jsonl:2: record 2: invalid JSON: nested more than 100 levels deep"}},
		{"utf-16le without mark", "a.yaml", utf16(ok, xunicode.LittleEndian), []string{"甲"}, nil},
		{"utf-16be without mark", "a.yaml", utf16(ok, xunicode.BigEndian), []string{"甲"}, nil},
		{"invalid byte has a line", "a.yaml", ok + "tags: [\xff\xfe\xfd\x80]\n", nil,
			[]string{"a.yaml:5: not UTF-8, GB18030 or Big5 text (byte 68, 0xff)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			titles, msgs := read(t, tt.file, tt.in)
			if strings.Join(titles, ",") != strings.Join(tt.titles, ",") {
				t.Errorf("titles %q, want %q (messages %q)", titles, tt.titles, msgs)
			}
			all := strings.Join(msgs, "\n")
			for _, w := range tt.want {
				i := strings.Index(all, w)
				if i < 0 {
					t.Errorf("messages:\n%s\nwant one containing %q", all, w)
					continue
				}
				all = all[i+len(w):]
			}
			if len(tt.want) == 0 && len(msgs) > 0 {
				t.Errorf("unexpected messages %q", msgs)
			}
		})
	}
}

// TestDecodeNamesTheLine: Decode (used by ingest) says where the undecodable bytes are.
func TestDecodeNamesTheLine(t *testing.T) {
	_, _, err := Decode([]byte("第一行\n第二行\xff\n"), "utf-8")
	if err == nil || !strings.Contains(err.Error(), "line 2: not valid UTF-8 text (byte 20, 0xff)") {
		t.Fatalf("err = %v", err)
	}
}

// TestLoadRefusesNonRegularAndLarge: Load reads only regular files of bounded size, follows a
// symbolic link only to one, and never blocks on a named pipe.
func TestLoadRefusesNonRegularAndLarge(t *testing.T) {
	dir := t.TempDir()
	good := "title: 甲\ndate: 2021-07-09\nunit: 宣传部\nsummary: 内容\n"
	os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(good), 0o644)
	os.WriteFile(filepath.Join(dir, "big.yaml"), []byte(good+strings.Repeat("#", 4000)), 0o644)
	os.Symlink(filepath.Join(dir, "a.yaml"), filepath.Join(dir, "b.yaml"))
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.Symlink(filepath.Join(dir, "sub"), filepath.Join(dir, "c.yaml"))
	fifo := mkfifo(filepath.Join(dir, "d.yaml"))
	done := make(chan *Result, 1)
	go func() {
		done <- Load(context.Background(), []string{dir}, Options{MaxFileSize: 1000})
	}()
	var res *Result
	select {
	case res = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("Load blocked")
	}
	var msgs []string
	for _, p := range res.Problems {
		msgs = append(msgs, filepath.Base(p.Pos.File)+": "+p.Err.Error())
	}
	want := []string{
		"b.yaml: duplicate article: same title, date and unit as " + filepath.Join(dir, "a.yaml") + ":1: record 1",
		"big.yaml: cannot read: file is too large: 4 KiB, the limit is 1000 bytes",
		"c.yaml: cannot read: not a regular file: it is a directory",
	}
	if fifo {
		want = append(want, "d.yaml: cannot read: not a regular file (a named pipe)")
	}
	if got := strings.Join(msgs, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	if len(res.Summaries) != 1 {
		t.Errorf("%d summaries, want 1", len(res.Summaries))
	}
}
