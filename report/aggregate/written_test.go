package aggregate

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/internal/golden"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/script"
)

// written is a summary of file at day d of May 2024 with title and text.
func written(file string, d int, title, text string) model.Summary {
	return model.Summary{Pos: model.Pos{File: file, Line: 1}, Title: title, Summary: text, Date: model.Day{Time: period.Date(2024, 5, d)}}
}

func TestWrittenScript(t *testing.T) {
	t.Parallel()
	trad := func(f string) model.Summary {
		return written(f, 3, "圖書館舉辦閱讀講座", "講座由范老師主講。")
	}
	simp := func(f string) model.Summary {
		return written(f, 4, "图书馆举办阅读讲座", "讲座由范老师主讲。")
	}
	neutral := func(f string) model.Summary { return written(f, 5, "Library Day", "范台") }
	for _, c := range []struct {
		name string
		sums []model.Summary
		want script.Mode
		bad  []string // the files the errors name
	}{
		{"all traditional", []model.Summary{trad("a"), trad("b")}, script.Traditional, nil},
		{"all simplified", []model.Summary{simp("a"), simp("b")}, script.Simplified, nil},
		{"traditional and neutral", []model.Summary{trad("a"), neutral("b")}, script.Traditional, nil},
		{"nothing tells", []model.Summary{neutral("a")}, script.Simplified, nil},
		{"none", nil, script.Simplified, nil},
		{"one simplified among traditional", []model.Summary{trad("a"), simp("b"), trad("c")}, script.Traditional, []string{"b"}},
		{"one traditional among simplified", []model.Summary{simp("a"), trad("b"), simp("c")}, script.Simplified, []string{"b"}},
		{"a tie: simplified, the traditional refused", []model.Summary{trad("a"), simp("b")}, script.Simplified, []string{"a"}},
		// Only the period's summaries are kept: one of April in the other script is not printed.
		{"other script outside the period", []model.Summary{trad("a"), {Pos: model.Pos{File: "b"}, Title: "图书馆举办讲座", Date: model.Day{Time: period.Date(2024, 4, 30)}}}, script.Traditional, nil},
		// A summary mostly traditional with a simplified word is traditional.
		{"a simplified word in a traditional summary", []model.Summary{written("a", 6, "圖書館舉辦阅读講座", "講座由范老師主講。"), trad("b")}, script.Traditional, nil},
	} {
		got, errs := WrittenScript(c.sums, period.MonthOf(period.Date(2024, 5, 1)))
		var files []string
		for _, e := range errs {
			if e.Warning || !errors.Is(e, ErrMixedScripts) {
				t.Errorf("%s: %v: want an error of mixed scripts", c.name, e)
			}
			files = append(files, e.Pos.File)
		}
		if got != c.want || !slices.Equal(files, c.bad) {
			t.Errorf("%s: %v, errors at %q; want %v, errors at %q", c.name, got, files, c.want, c.bad)
		}
	}
}

// TestKeepWritesOneScript: a keep-mode model of traditional summaries is traditional
// throughout — canonical figure labels (参会人员 in figures.yaml), registry names (simplified in
// units.yaml), keywords, categories — and the summaries' own words are as written.
func TestKeepWritesOneScript(t *testing.T) {
	t.Parallel()
	_, reg := samples(t)
	s1 := written("a.yaml", 8, "圖書館舉辦閱讀月活動", "范曉明老師在台階廣場導讀經典。")
	s1.Unit, s1.Category, s1.Tags = "圖書館", "校園文化", []string{"閱讀推廣", "範圍調查"}
	s1.Figures = []model.Figure{{Label: "參加人員", Value: 320, Unit: "人"}, {Label: "範圍內借閱", Value: 40, Unit: "冊"}}
	s2 := written("b.yaml", 20, "後勤處完成宿舍熱水改造", "改造後熱水供應延長。")
	s2.Unit, s2.Category, s2.Tags = "後勤處", "後勤服務", []string{"閱讀推廣"}
	s2.Figures = []model.Figure{{Label: "與會人員", Value: 12, Unit: "人"}}
	sums := []model.Summary{s1, s2}
	for _, c := range []struct {
		mode      script.Mode
		written   string
		has, lack []string
	}{
		{script.Keep, "traditional",
			[]string{`"label": "參會人員"`, `"label": "範圍內借閱"`, `"word": "範圍調查"`, `"word": "閱讀推廣"`, "後勤保障處", "後勤處", "黨群部門", "黨支部", "范曉明", "台階"},
			[]string{"参会人员", "范围", "后勤保障处", "党群部门", "範曉明", "臺階"}},
		// Traditional converts everything, the surname too (what keep avoids).
		{script.Traditional, "traditional", []string{"參會人員", "範曉明"}, []string{"参会人员"}},
		{script.Simplified, "simplified", []string{"参会人员", "范晓明", "后勤保障处"}, []string{"參會人員"}},
	} {
		r, warns := Aggregate(sums, Spec{Period: period.MonthOf(period.Date(2024, 5, 1)), Registry: reg, Script: c.mode})
		if len(warns.Errors()) > 0 {
			t.Errorf("%v: %v", c.mode, warns)
		}
		if r.Written != c.written {
			t.Errorf("%v: written %q, want %q", c.mode, r.Written, c.written)
		}
		// Group keys are the registry's identifiers, not text.
		var lines []string
		for _, l := range strings.Split(string(golden.JSON(t, r)), "\n") {
			if !strings.Contains(l, `"key":`) {
				lines = append(lines, l)
			}
		}
		js := strings.Join(lines, "\n")
		for _, h := range c.has {
			if !strings.Contains(js, h) {
				t.Errorf("%v: model lacks %q", c.mode, h)
			}
		}
		for _, l := range c.lack {
			if strings.Contains(js, l) {
				t.Errorf("%v: model has %q", c.mode, l)
			}
		}
		if c.mode != script.Keep {
			continue
		}
		// No text of the model is simplified.
		for _, line := range lines {
			if n, _ := script.Count(line); n > 0 {
				t.Errorf("keep: a simplified line in a traditional model: %s", line)
			}
		}
	}
}

// TestUntold: summaries that tell no script are written in Untold (a unit's digest in the
// whole digest's script); summaries that tell one are written in it whatever Untold says.
func TestUntold(t *testing.T) {
	t.Parallel()
	may := period.MonthOf(period.Date(2024, 5, 1))
	for _, c := range []struct {
		sum    model.Summary
		untold script.Mode
		want   string
	}{
		{written("a", 3, "范台", "Library Day"), script.Traditional, "traditional"},
		{written("a", 3, "范台", "Library Day"), script.Simplified, "simplified"},
		{written("a", 3, "图书馆讲座", ""), script.Traditional, "simplified"},
		{written("a", 3, "圖書館講座", ""), script.Simplified, "traditional"},
	} {
		r, _ := Aggregate([]model.Summary{c.sum}, Spec{Period: may, Script: script.Keep, Untold: c.untold})
		if r.Written != c.want {
			t.Errorf("%q, untold %v: written %q, want %q", c.sum.Title, c.untold, r.Written, c.want)
		}
	}
}
