package layout

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/extract"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/script"
)

// render applies each built-in layout and returns the document's blocks by layout name.
func render(t *testing.T, r *model.Report) map[string]*doc.Document {
	t.Helper()
	out := map[string]*doc.Document{}
	for _, name := range layoutNames {
		l := builtinLayout(t, name)
		d, err := Apply(r, l)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = d
	}
	return out
}

// text is the reader-facing text of a document: paragraphs, lists, captions and cells.
func text(d *doc.Document) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		switch x := bl.(type) {
		case *doc.Para:
			b.WriteString(doc.Plain(x.Text) + "\n")
		case *doc.Heading:
			b.WriteString(doc.Plain(x.Text) + "\n")
		case *doc.List:
			for _, it := range x.Items {
				b.WriteString(doc.Plain(it) + "\n")
			}
		case *doc.Table:
			b.WriteString(x.Caption + "\n" + strings.Join(x.Header, " ") + "\n")
			for _, r := range x.Rows {
				b.WriteString(strings.Join(r, " ") + "\n")
			}
			b.WriteString(strings.Join(x.Footer, " ") + "\n")
		case *doc.Chart:
			b.WriteString(x.Caption + "\n")
		}
	}
	return b.String()
}

// TestNoChangeWithoutPreviousData: the samples hold nothing before 2021, so the annual digest
// claims no change against 2020 in any layout: no sentence, no 上期/增减 cell, no second series.
func TestNoChangeWithoutPreviousData(t *testing.T) {
	t.Parallel()
	r := samplesFor(t, "2021", aggregate.Spec{GroupBy: aggregate.GroupBy{Mode: aggregate.ByLevel, Level: 1}})
	for name, d := range render(t, r) {
		txt := text(d)
		for _, bad := range []string{"上期为零", "较2020年增加", "较上期增加", "持平", "+"} {
			if strings.Contains(txt, bad) {
				t.Errorf("%s claims a change (%q):\n%s", name, bad, txt)
			}
		}
		if !strings.Contains(txt, "上期无可比数据") {
			t.Errorf("%s does not say there is nothing to compare with", name)
		}
		for _, bl := range d.Blocks {
			switch x := bl.(type) {
			case *doc.Chart:
				if len(x.Series) != 1 {
					t.Errorf("%s: chart with %d series", name, len(x.Series))
				}
			case *doc.Table:
				for i, h := range x.Header {
					if h != "上期" && h != "增减" {
						continue
					}
					for _, row := range append(x.Rows, x.Footer) {
						if i < len(row) && row[i] != "—" {
							t.Errorf("%s: %s cell %q", name, h, row[i])
						}
					}
				}
			}
		}
	}
	// The third quarter is compared with the second, which the samples cover.
	q3 := text(render(t, samplesFor(t, "2021Q3", aggregate.Spec{}))["quarterly"])
	if !strings.Contains(q3, "较2021年第二季度增加") {
		t.Errorf("2021Q3 is not compared:\n%s", q3)
	}
}

// TestPreviousKeepsApprox: a previous value written 150余 prints 150余人, not 150人.
func TestPreviousKeepsApprox(t *testing.T) {
	t.Parallel()
	r := &model.Report{Period: model.PeriodRef{Label: "2021年第三季度"}, Totals: model.Totals{Articles: 1},
		Coverage: model.Coverage{Previous: true},
		Figures:  []model.FigureSum{{Label: "参会人员", Unit: "人", Value: 80, Rule: "sum", Articles: 1, Previous: 150, PreviousApprox: true, HasPrevious: true}}}
	l := &Layout{Name: "t", Sections: []Section{{Kind: "figures"}}}
	d, err := Apply(r, l)
	if err != nil {
		t.Fatal(err)
	}
	if txt := text(d); !strings.Contains(txt, "参会人员 80人 1 150余人") {
		t.Errorf("got\n%s", txt)
	}
}

// TestNumberedFromOne: in every layout the tables and charts are numbered 1, 2, … in order.
func TestNumberedFromOne(t *testing.T) {
	t.Parallel()
	re := regexp.MustCompile(`^(表|图)(\d+)　`)
	for name, d := range render(t, samplesFor(t, "2021Q3", aggregate.Spec{})) {
		next := map[string]int{"表": 1, "图": 1}
		for _, bl := range d.Blocks {
			var caption string
			switch x := bl.(type) {
			case *doc.Table:
				caption = x.Caption
			case *doc.Chart:
				caption = x.Caption
			}
			if caption == "" {
				continue
			}
			m := re.FindStringSubmatch(caption)
			if m == nil {
				t.Errorf("%s: caption without a number: %s", name, caption)
				continue
			}
			if m[2] != strconv.Itoa(next[m[1]]) {
				t.Errorf("%s: %s, want %s%d", name, caption, m[1], next[m[1]])
			}
			next[m[1]]++
		}
	}
}

// TestNoDataQualityNotesInText: an unregistered unit is a note for whoever keeps the data: it
// is not in any layout's text, unless the user asks for the appendix, where it then is.
func TestNoDataQualityNotesInText(t *testing.T) {
	t.Parallel()
	r := samplesFor(t, "2021Q4", aggregate.Spec{})
	if len(r.Notes) == 0 {
		t.Fatal("the samples' fourth quarter has an unregistered unit (档案馆): want a note")
	}
	for name, d := range render(t, r) {
		if txt := text(d); strings.Contains(txt, "未登记") || strings.Contains(txt, "数据说明") {
			t.Errorf("%s prints a data-quality note:\n%s", name, txt)
		}
	}
	r, _ = func() (*model.Report, error) { c := *r; c.Appendix = true; return &c, nil }()
	for name, d := range render(t, r) {
		if txt := text(d); !strings.Contains(txt, "未登记") {
			t.Errorf("%s with appendix: true lacks the note", name)
		}
	}
}

// TestTopicSentence: the topic list names areas of work only, over the samples and, when
// ../shared is present, over what ingest makes of the seeds.
func TestTopicSentence(t *testing.T) {
	t.Parallel()
	bad := []string{"习近平", "总书记", "校长", "书记", "七一", "五四", "推进会", "大会", "会议", "讲话精神"}
	check := func(what string, r *model.Report) {
		for name, d := range render(t, r) {
			for _, line := range strings.Split(text(d), "\n") {
				i := strings.Index(line, "围绕")
				if i < 0 {
					i = strings.Index(line, "集中在")
				}
				if i < 0 {
					i = strings.Index(line, "重点是")
				}
				if i < 0 {
					continue
				}
				for _, w := range bad {
					if strings.Contains(line[i:], w) {
						t.Errorf("%s, %s: topic list has %q: %s", what, name, w, line[i:])
					}
				}
			}
		}
	}
	for _, p := range []string{"2021Q1", "2021Q2", "2021Q3", "2021Q4", "2021"} {
		check("samples "+p, samplesFor(t, p, aggregate.Spec{}))
	}
	seeds, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(seeds) == 0 {
		t.Log("no ../shared/seeds: the seeds' check is skipped")
		return
	}
	var sums []model.Summary
	for _, f := range seeds {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := extract.Extract(string(data), extract.Options{Simplified: true, Year: 2021}).Summary
		if s.Date.IsZero() {
			s.Date = model.Day{Time: period.Date(2021, 7, 1)}
		}
		sums = append(sums, s)
	}
	y, _ := period.Parse("2021", period.Options{})
	// An issuer, for the 公文's 发文机关标志 (ErrNoOrgan).
	r, _ := aggregate.Aggregate(sums, aggregate.Spec{Period: y, Issuer: "东湖大学办公室"})
	if len(r.Topics) == 0 {
		t.Errorf("the seeds give no topic: keywords %+v", r.Keywords)
	}
	check("seeds", r)
}

// TestEmptyPeriodDigest: a digest of an empty period (written only with --allow-empty) says
// 本期无报送信息 and has no table of zeros; it is a short document, on one page: no cover
// page, no contents, no page break.
func TestEmptyPeriodDigest(t *testing.T) {
	t.Parallel()
	r := samplesFor(t, "2020", aggregate.Spec{})
	for name, d := range render(t, r) {
		txt := text(d)
		if !strings.Contains(txt, "本期无报送信息") {
			t.Errorf("%s: %s", name, txt)
		}
		if !strings.Contains(txt, d.Meta.Title) || d.Meta.Title == "" {
			t.Errorf("%s: the title %q is not in the document", name, d.Meta.Title)
		}
		for _, bl := range d.Blocks {
			switch bl.(type) {
			case *doc.Table:
				t.Errorf("%s: a table in an empty digest", name)
			case *doc.TOC:
				t.Errorf("%s: a table of contents in an empty digest", name)
			case *doc.PageBreak:
				t.Errorf("%s: a page break in an empty digest", name)
			}
		}
	}
}

// TestTraditionalDocument: a traditional digest is traditional throughout, the layout's own
// wording included.
func TestTraditionalDocument(t *testing.T) {
	t.Parallel()
	r := samplesFor(t, "2021Q3", aggregate.Spec{Script: script.Traditional})
	for name, d := range render(t, r) {
		txt := text(d)
		for _, bad := range []string{"单位", "党史", "报送", "“"} {
			if strings.Contains(txt, bad) {
				t.Errorf("%s: simplified %q in a traditional digest", name, bad)
			}
		}
		if !strings.Contains(txt, "黨史") || d.Meta.Lang != "zh-Hant" || d.Punct != doc.PunctCentred {
			t.Errorf("%s: not traditional (lang %s, punctuation %q)", name, d.Meta.Lang, d.Punct)
		}
	}
}

// TestApproxWordsKept: 约400 stays 约400, never 400余 (which says more than 400).
func TestApproxWordsKept(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		v       float64
		q, unit string
		approx  bool
		want    string
	}{
		{400, "约", "小时", true, "约400小时"},
		{300, "近", "人", true, "近300人"},
		{1000, "逾", "人", true, "逾1000人"},
		{150, "余", "人", true, "150余人"},
		{12500, "余", "册", true, "约1.25万册"},
		{150, "", "人", true, "150余人"},
		{150, "约", "人", false, "150人"},
	} {
		if got := FormatApprox(tt.v, tt.unit, tt.approx, tt.q); got != tt.want {
			t.Errorf("FormatApprox(%v, %s, %v, %q) = %s, want %s", tt.v, tt.unit, tt.approx, tt.q, got, tt.want)
		}
	}
}

// TestAppendixBeforeClosing: the appendix comes before the 报尾 of a 简报 and the 版记 of a 公文,
// after everything else.
func TestAppendixBeforeClosing(t *testing.T) {
	t.Parallel()
	c := *samplesFor(t, "2021Q4", aggregate.Spec{})
	c.Appendix = true
	for name, d := range render(t, &c) {
		at, last := -1, -1
		for i, bl := range d.Blocks {
			if h, ok := bl.(*doc.Heading); ok && strings.HasSuffix(doc.Plain(h.Text), "附录") {
				at = i
			}
			if h, ok := bl.(*doc.Heading); ok && h.Level <= 3 && at < 0 {
				last = i
			}
		}
		if at < 0 || at < last {
			t.Errorf("%s: appendix at block %d, last heading before it at %d", name, at, last)
			continue
		}
		for _, bl := range d.Blocks[at+1:] {
			if p, ok := bl.(*doc.Para); ok && (p.Style == "body" || p.Style == "meta") {
				t.Errorf("%s: body text after the appendix: %s", name, doc.Plain(p.Text))
			}
		}
	}
}
