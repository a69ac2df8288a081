package docx

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/cjk"
	"github.com/jianbao/jianbao/report/doc"
)

func TestJoinNumbers(t *testing.T) {
	t.Parallel()
	const wj = "\u2060"
	for _, tc := range []struct{ in, want string }{
		{"服务保障1篇、", "服务保障1" + wj + "篇、"},
		{"2021年7月9日", "2021" + wj + "年" + wj + "7" + wj + "月" + wj + "9" + wj + "日"},
		{"约400小时", "约" + wj + "400" + wj + "小" + wj + "时"},
		{"83.3%，1,350人", "83.3%，1,350" + wj + "人"},
		{"没有数字", "没有数字"},
		{"共１２人", "共" + wj + "１" + wj + "２" + wj + "人"}, // full-width digits
		{"第9", "第" + wj + "9"},
		{"PDF file", "PDF file"},
	} {
		if got := joinNumbers(tc.in); got != tc.want {
			t.Errorf("joinNumbers(%q) = %q, want %q", tc.in, strings.ReplaceAll(got, wj, "⁠|"), strings.ReplaceAll(tc.want, wj, "|"))
		}
	}
}

// TestUsedRunesHoldTableNote: the embedded subsets hold the characters of a table's note (it
// printed with holes in LibreOffice when they were left out).
func TestUsedRunesHoldTableNote(t *testing.T) {
	t.Parallel()
	d := fixture()
	d.Blocks = append(d.Blocks, &doc.Table{Header: []string{"项目"}, Rows: [][]string{{"1"}}, Note: "注：龘"})
	p := &pkg{d: d}
	if !slices.Contains(p.usedRunes(), '龘') {
		t.Error("the note's characters are not among the embedded ones")
	}
}

// TestJoinNumbersCopies checks the joiner's copy of the text between joiners against the text
// written rune by rune, joiners between, on random mixtures of numbers, Han, Latin, signs and
// bytes that are not UTF-8 (written as U+FFFD).
func TestJoinNumbersCopies(t *testing.T) {
	t.Parallel()
	pieces := []string{"2021", "年", "7", "月", "１２", "人", "小时", "约", "83.3%", "，", "1,350", "—", "-", "/",
		"PDF", " ", "第", "\xff", "\xe5\xb9", "\uFFFD", "é", "～"}
	rng := rand.New(rand.NewPCG(5, 6))
	var j joiner
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		in := b.String()
		rs := []rune(in)
		joins := cjk.AppendNumberJoins(nil, rs)
		var want strings.Builder
		for k, r := range rs {
			if k > 0 && joins[k] && !(asciiNumeric(rs[k-1]) && asciiNumeric(r)) {
				want.WriteRune(wordJoiner)
			}
			want.WriteRune(r)
		}
		if got := j.join(in); got != want.String() && hasDigit(in) {
			t.Fatalf("join(%q) = %q, want %q", in, got, want.String())
		}
	}
}

// TestRunAsRawRun: run, which joins text with nothing to escape straight into the buffer,
// writes what rawRun writes of the joined text, on random mixtures of numbers, Han, Latin,
// signs, characters to escape or drop, line breaks and bytes that are not UTF-8.
func TestRunAsRawRun(t *testing.T) {
	t.Parallel()
	pieces := []string{"2021", "年", "7", "月", "１２", "人", "小时", "约", "83.3%", "，", "1,350", "—", "/", "PDF",
		" ", "第", "&", "<", "\"", "\n", "\t", "\x01", "\xff", "\uFFFD", "\uFFFE", "\uFFEE", "\u2060", "～"}
	rng := rand.New(rand.NewPCG(7, 8))
	p := &pkg{}
	for i := range 5000 {
		var in strings.Builder
		for range rng.IntN(8) {
			in.WriteString(pieces[rng.IntN(len(pieces))])
		}
		rPr := ""
		if i%2 == 1 {
			rPr = `<w:rStyle w:val="Strong"/>`
		}
		if hasPair(in.String()) {
			continue // a two-em mark is a run of its own (TestPairRuns)
		}
		var got, want bytes.Buffer
		p.run(&got, in.String(), rPr)
		p.rawRun(&want, joinNumbers(in.String()), rPr)
		if got.String() != want.String() {
			t.Fatalf("run(%q) = %q, want %q", in.String(), got.String(), want.String())
		}
	}
}
