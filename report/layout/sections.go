package layout

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/model"
)

// sectionKinds maps each section kind to the function that builds it.
var sectionKinds = map[string]func(*builder, Section) error{}

func init() {
	// Filled here rather than in the literal because the functions refer to the map.
	for k, f := range map[string]func(*builder, Section) error{
		"cover": cover, "masthead": masthead, "toc": toc, "overview": overview,
		"coverage": coverage, "chart": chart, "figures": figures, "units": units,
		"timeline": timeline, "closing": closing, "pagebreak": pagebreak, "text": freeText, "signature": signature,
		"redhead": redhead, "imprint": imprint,
	} {
		sectionKinds[k] = f
	}
}

// SectionKinds returns the section kinds a layout may use, sorted.
func SectionKinds() []string {
	out := make([]string, 0, len(sectionKinds))
	for k := range sectionKinds {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (b *builder) title(s Section, def string) (string, error) {
	if s.Title == "" {
		return def, nil
	}
	return b.textWith(s.Title, b.r)
}

// cover is a title page: institution, title, period, issuer and date, then a page break.
func cover(b *builder, s Section) error {
	sub, err := b.text("subtitle", b.r.Period.Label)
	if err != nil {
		return err
	}
	b.add(&doc.Spacer{Height: 120})
	if b.r.Institution != "" {
		b.add(&doc.Para{Style: "cover-org", Text: doc.T(b.r.Institution)})
		b.add(&doc.Spacer{Height: 24})
	}
	b.add(&doc.Heading{Level: 1, Style: "cover-title", Text: doc.T(b.r.Title), ID: b.id(), NoTOC: true})
	b.add(&doc.Spacer{Height: 24}, &doc.Para{Style: "cover-sub", Text: doc.T(sub)}, &doc.Spacer{Height: 200})
	if b.r.Issuer != "" {
		b.add(&doc.Para{Style: "cover-date", Text: doc.T(b.r.Issuer)})
	}
	b.add(&doc.Para{Style: "cover-date", Text: doc.T(b.r.Date.Label())}, &doc.PageBreak{Cover: true})
	b.d.Page.FirstPageNumber = 2
	return nil
}

func toc(b *builder, s Section) error {
	t, err := b.title(s, "目　录")
	if err != nil {
		return err
	}
	depth := 2
	if v, err := strconv.Atoi(s.Options["depth"]); err == nil && v >= 1 && v <= 3 {
		depth = v
	}
	b.add(&doc.TOC{Title: t, Depth: depth}, &doc.PageBreak{})
	return nil
}

func overview(b *builder, s Section) error {
	if err := b.sectionHeading(s, "总体情况"); err != nil {
		return err
	}
	text, err := b.text("overview", "")
	if err != nil {
		return err
	}
	b.paras("body", text)
	return nil
}

// coverage is the unit x month table: each group's article count per column, the total, the
// previous period's total and the change.
func coverage(b *builder, s Section) error {
	if err := b.sectionHeading(s, "各单位报送情况"); err != nil {
		return err
	}
	if text, err := b.text("coverage", ""); err != nil {
		return err
	} else if text != "" {
		b.paras("body", text)
	}
	m := b.r.Matrix
	b.tables++
	caption := fmt.Sprintf("表%d　%s各单位报送稿件数", b.tables, b.r.Period.Label)
	if len(m.Columns) > 6 && len(m.Columns) > 0 && m.Columns[0].Grain == "month" {
		caption += "（按月份）"
	}
	tb := &doc.Table{Caption: caption, Shade: "d9e2f3"}
	tb.Columns = append(tb.Columns, doc.Column{Align: "left", Weight: 3})
	tb.Header = append(tb.Header, "单位")
	for _, c := range m.Columns {
		tb.Columns = append(tb.Columns, doc.Column{Align: "center", Weight: 1})
		label := c.Short
		if len(m.Columns) > 6 && c.Grain == "month" {
			// Twelve columns are narrow: the caption says 月份, the header the number.
			label = strings.TrimSuffix(label, "月")
		}
		tb.Header = append(tb.Header, label)
	}
	tb.Columns = append(tb.Columns, doc.Column{Align: "center", Weight: 1}, doc.Column{Align: "center", Weight: 1}, doc.Column{Align: "center", Weight: 1.2})
	tb.Header = append(tb.Header, "合计", "上期", "增减")
	for i, row := range m.Rows {
		cells := []string{row.Label}
		for _, c := range row.Cells {
			cells = append(cells, count(c))
		}
		ch := b.r.Groups[i].Change
		cells = append(cells, strconv.Itoa(row.Total), strconv.Itoa(ch.Previous), delta(ch.Delta))
		tb.Rows = append(tb.Rows, cells)
	}
	foot := []string{"合计"}
	for _, c := range m.Totals {
		foot = append(foot, strconv.Itoa(c))
	}
	ch := b.r.Totals.Change
	tb.Footer = append(foot, strconv.Itoa(m.Total), strconv.Itoa(ch.Previous), delta(ch.Delta))
	b.add(tb)
	return nil
}

func count(n int) string {
	if n == 0 {
		return "—"
	}
	return strconv.Itoa(n)
}

func delta(d int) string {
	switch {
	case d > 0:
		return "+" + strconv.Itoa(d)
	case d < 0:
		return "−" + strconv.Itoa(-d)
	}
	return "0"
}

// chart is a bar chart of articles per group with at least one article, this period against the last.
func chart(b *builder, s Section) error {
	var labels []string
	var cur, prev []float64
	for i, g := range b.r.Groups {
		if g.Change.Current == 0 && g.Change.Previous == 0 {
			continue
		}
		labels = append(labels, b.r.Matrix.Rows[i].Label)
		cur = append(cur, float64(g.Change.Current))
		prev = append(prev, float64(g.Change.Previous))
	}
	if len(labels) == 0 {
		return nil
	}
	b.figures++
	caption, err := b.title(s, fmt.Sprintf("图%d　各单位报送稿件数（%s与%s）", b.figures, b.r.Period.Short, b.r.Previous.Short))
	if err != nil {
		return err
	}
	b.add(&doc.Chart{Kind: "bar", Caption: caption, Labels: labels, Unit: "篇", Series: []doc.Series{
		{Name: b.r.Period.Label, Values: cur, Color: "c00000"},
		{Name: b.r.Previous.Label, Values: prev, Color: "8497b0"},
	}})
	return nil
}

// figures is the table of summed figures.
func figures(b *builder, s Section) error {
	if len(b.r.Figures) == 0 {
		return nil
	}
	if err := b.sectionHeading(s, "主要工作数据"); err != nil {
		return err
	}
	limit := len(b.r.Figures)
	if v, err := strconv.Atoi(s.Options["limit"]); err == nil && v > 0 && v < limit {
		limit = v
	}
	b.tables++
	tb := &doc.Table{Caption: fmt.Sprintf("表%d　%s主要工作数据", b.tables, b.r.Period.Label), Shade: "d9e2f3",
		Columns: []doc.Column{{Align: "left", Weight: 3}, {Align: "right", Weight: 2}, {Align: "center", Weight: 1}, {Align: "right", Weight: 2}},
		Header:  []string{"项目", "本期", "涉及稿件", "上期"}}
	for _, f := range b.r.Figures[:limit] {
		prev := "—"
		if f.Previous != 0 {
			prev = FormatNumber(f.Previous, f.Unit, false)
		}
		tb.Rows = append(tb.Rows, []string{f.Label, FormatNumber(f.Value, f.Unit, f.Approx), strconv.Itoa(f.Articles), prev})
	}
	b.add(tb)
	return nil
}

// units gives each group with articles a level-2 heading and each article a level-3 heading,
// a line of who, where and when, and its summary.
func units(b *builder, s Section) error {
	if err := b.sectionHeading(s, "各单位工作动态"); err != nil {
		return err
	}
	brief := s.Options["articles"] == "titles"
	short := s.Options["articles"] == "brief"
	n := 0
	for _, g := range b.r.Groups {
		if len(g.Articles) == 0 {
			continue
		}
		n++
		b.add(&doc.Heading{Level: 2, Text: doc.T("（" + Chinese(n) + "）" + g.Label), ID: b.id()})
		if brief {
			var items [][]doc.Inline
			for _, a := range g.Articles {
				items = append(items, doc.T(fmt.Sprintf("%s　%d月%d日", a.Title, int(a.Date.Month()), a.Date.Day())))
			}
			b.add(&doc.List{Items: items, Style: "list"})
			continue
		}
		for i, a := range g.Articles {
			b.add(&doc.Heading{Level: 3, Text: doc.T(fmt.Sprintf("%d. %s", i+1, a.Title)), ID: b.id()})
			if s.Options["meta"] != "false" {
				// An official document's body has no meta lines (date, venue, chair).
				b.add(&doc.Para{Style: "meta", Text: doc.T(metaLine(a))})
			}
			src := articleSource(a)
			if short {
				// A leader's digest gives each item its point in a sentence: the first highlight,
				// or else the summary's first sentence.
				if len(a.Highlights) > 0 {
					b.sourced("body", a.Highlights[0], src)
				} else if ps := a.Paragraphs(); len(ps) > 0 {
					b.sourced("body", firstSentence(ps[0]), src)
				}
				continue
			}
			b.sourced("body", a.Summary, src)
			if a.URL != "" && s.Options["links"] != "false" {
				b.add(&doc.Para{Style: "note", Text: []doc.Inline{&doc.Text{Text: "原文："}, &doc.Link{Text: a.URL, URL: a.URL}}})
			}
		}
	}
	return nil
}

// firstSentence is text up to and including its first 。！？ (all of it when it has none).
func firstSentence(text string) string {
	if i := strings.IndexAny(text, "。！？"); i >= 0 {
		_, n := utf8.DecodeRuneInString(text[i:])
		return text[:i+n]
	}
	return text
}

// articleSource names an article for messages: file:line, record and title.
func articleSource(a *model.Summary) string {
	p := a.Pos
	p.Field = ""
	if s := p.String(); s != "" {
		return s + ": “" + a.Title + "”"
	}
	return "“" + a.Title + "”"
}

// metaLine says when, where and with whom: 2021年7月9日｜明德楼七楼会议室｜主持：校党委副书记陈若兰.
func metaLine(a *model.Summary) string {
	parts := []string{a.Date.Label()}
	if a.Venue != "" {
		parts = append(parts, a.Venue)
	}
	if a.Chair != nil {
		parts = append(parts, "主持："+a.Chair.String())
	}
	if len(a.Speakers) > 0 {
		var sp []string
		for _, p := range a.Speakers {
			sp = append(sp, p.String())
		}
		parts = append(parts, "讲话："+strings.Join(sp, "、"))
	}
	return strings.Join(parts, "｜")
}

func timeline(b *builder, s Section) error {
	if len(b.r.Timeline) == 0 {
		return nil
	}
	if err := b.sectionHeading(s, "大事记"); err != nil {
		return err
	}
	tb := &doc.Table{Shade: "d9e2f3", Columns: []doc.Column{{Align: "left", Weight: 1.3}, {Align: "left", Weight: 5}, {Align: "left", Weight: 1.8}},
		Header: []string{"日期", "事项", "单位"}}
	for _, e := range b.r.Timeline {
		tb.Rows = append(tb.Rows, []string{fmt.Sprintf("%d月%d日", int(e.Date.Month()), e.Date.Day()), e.Title, e.Group})
	}
	b.add(tb)
	return nil
}

func pagebreak(b *builder, _ Section) error {
	b.add(&doc.PageBreak{})
	return nil
}

// freeText adds the paragraphs of the snippet named by the option "text", under an optional heading.
func freeText(b *builder, s Section) error {
	name := s.Options["text"]
	if name == "" {
		return fmt.Errorf("want options: {text: NAME} naming a snippet under text:")
	}
	if b.tmpl.Lookup(name) == nil {
		return fmt.Errorf("no text snippet %q", name)
	}
	text, err := b.text(name, "")
	if err != nil {
		return err
	}
	if s.Title != "" {
		if err := b.sectionHeading(s, ""); err != nil {
			return err
		}
	}
	b.paras(or(s.Options["style"], "body"), text)
	return nil
}
