package layout

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
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
		"appendix": appendix,
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

// cover is a title page: institution, title, period, issuer and date, then a page break. The
// digest of an empty period is one short page: its cover is a title block at the top of it.
func cover(b *builder, s Section) error {
	sub, err := b.text("subtitle", b.r.Period.Label)
	if err != nil {
		return err
	}
	if b.r.Totals.Articles == 0 {
		if b.r.Institution != "" {
			b.add(&doc.Para{Style: "cover-org", Text: doc.T(b.r.Institution)})
		}
		b.add(&doc.Heading{Level: 1, Style: "cover-title", Text: doc.T(b.r.Title), ID: b.id(), NoTOC: true},
			&doc.Para{Style: "cover-sub", Text: doc.T(sub)})
		if b.r.Issuer != "" {
			b.add(&doc.Para{Style: "cover-date", Text: doc.T(b.r.Issuer)})
		}
		b.add(&doc.Para{Style: "cover-date", Text: doc.T(b.r.Date.Label())}, &doc.Spacer{Height: 24})
		return nil
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
	if b.r.Totals.Articles == 0 {
		return nil // one line needs no contents page
	}
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
	if b.r.Totals.Articles == 0 {
		// An empty period (written only when the user asked for it): say so, nothing else.
		b.paras("body", b.r.Period.Label+"，本期无报送信息。")
		return nil
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
	if b.r.Totals.Articles == 0 {
		return nil
	}
	if err := b.sectionHeading(s, "各单位报送情况"); err != nil {
		return err
	}
	if text, err := b.text("coverage", ""); err != nil {
		return err
	} else if text != "" {
		b.paras("body", text)
	}
	m := b.r.Matrix
	caption := b.tableCaption(b.r.Period.Label + "各单位报送稿件数")
	if len(m.Columns) > 6 && len(m.Columns) > 0 && m.Columns[0].Grain == "month" {
		caption += "（按月份）"
	}
	if len(m.Columns) > 0 && m.Columns[0].Grain == "week" && oneMonth(m.Columns) {
		caption += "（按周）"
	}
	tb := &doc.Table{Caption: caption, Continued: b.continuedCaption(), Shade: "d9e2f3"}
	tb.Columns = append(tb.Columns, doc.Column{Align: "left", Weight: 3})
	tb.Header = append(tb.Header, "单位")
	for i := range m.Columns {
		tb.Columns = append(tb.Columns, doc.Column{Align: "center", Weight: 1})
		tb.Header = append(tb.Header, columnLabel(m.Columns, i))
	}
	tb.Columns = append(tb.Columns, doc.Column{Align: "center", Weight: 1}, doc.Column{Align: "center", Weight: 1}, doc.Column{Align: "center", Weight: 1.2})
	tb.Header = append(tb.Header, "合计", "上期", "增减")
	for i, row := range m.Rows {
		cells := []string{row.Label}
		for _, c := range row.Cells {
			cells = append(cells, count(c))
		}
		cells = append(cells, strconv.Itoa(row.Total))
		tb.Rows = append(tb.Rows, append(cells, previousCells(b.r.Groups[i].Change)...))
	}
	foot := []string{"合计"}
	for _, c := range m.Totals {
		foot = append(foot, strconv.Itoa(c))
	}
	tb.Footer = append(append(foot, strconv.Itoa(m.Total)), previousCells(b.r.Totals.Change)...)
	b.add(tb)
	return nil
}

// columnLabel is the header of column i of a coverage table. Twelve month columns are narrow:
// the caption says 月份, the header the number. Weeks all within one month are their days
// (15–21) under a caption that names the month and says 按周: 11.15–11.21 is wider than the
// column and was broken inside its dates.
func columnLabel(cols []model.PeriodRef, i int) string {
	c := cols[i]
	switch {
	case len(cols) > 6 && c.Grain == "month":
		return strings.TrimSuffix(c.Short, "月")
	case c.Grain == "week" && oneMonth(cols):
		if c.First.Equal(c.Last.Time) {
			return strconv.Itoa(c.First.Day())
		}
		return fmt.Sprintf("%d–%d", c.First.Day(), c.Last.Day())
	}
	return c.Short
}

// oneMonth reports whether every column lies in the first column's month.
func oneMonth(cols []model.PeriodRef) bool {
	for _, c := range cols {
		for _, d := range []model.Day{c.First, c.Last} {
			if d.Year() != cols[0].First.Year() || d.Month() != cols[0].First.Month() {
				return false
			}
		}
	}
	return true
}

// previousCells are the 上期 and 增减 cells of a change: — when the previous period is not
// covered, so that no change is claimed.
func previousCells(c model.Change) []string {
	if !c.Comparable {
		return []string{"—", "—"}
	}
	return []string{strconv.Itoa(c.Previous), delta(c.Delta)}
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
	var labels, shorts []string
	var cur, prev []float64
	for i, g := range b.r.Groups {
		if g.Change.Current == 0 && g.Change.Previous == 0 {
			continue
		}
		labels = append(labels, b.r.Matrix.Rows[i].Label)
		shorts = append(shorts, or(g.Short, b.r.Matrix.Rows[i].Label))
		cur = append(cur, float64(g.Change.Current))
		prev = append(prev, float64(g.Change.Previous))
	}
	if len(labels) == 0 {
		return nil
	}
	// Without data for the previous period there is no second series: an empty one would
	// show a change that nobody measured.
	comparable := b.r.Totals.Change.Comparable
	def := fmt.Sprintf("各单位报送稿件数（%s与%s）", b.r.Period.Short, b.r.Previous.Short)
	if !comparable {
		def = fmt.Sprintf("各单位报送稿件数（%s）", b.r.Period.Short)
	}
	b.charts++
	caption := fmt.Sprintf("图%d　%s", b.charts, def)
	if s.Title != "" {
		t, err := b.title(s, "")
		if err != nil {
			return err
		}
		caption = t
	}
	series := []doc.Series{{Name: b.r.Period.Label, Values: cur, Color: "c00000"}}
	if comparable {
		series = append(series, doc.Series{Name: b.r.Previous.Label, Values: prev, Color: "8497b0"})
	}
	if slices.Equal(shorts, labels) {
		shorts = nil
	}
	b.add(&doc.Chart{Kind: "bar", Caption: caption, Labels: labels, Short: shorts, Unit: "篇", Series: series})
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
	// The figures come ranked by significance: the body shows the first limit rows, and the
	// rest go to the appendix (rest: appendix) or nowhere (rest: omit, the default).
	limit := len(b.r.Figures)
	if v, err := strconv.Atoi(s.Options["limit"]); err == nil && v > 0 && v < limit {
		limit = v
	}
	rest := s.Options["rest"]
	if rest != "" && rest != "omit" && rest != "appendix" {
		return fmt.Errorf("option rest %q: want appendix or omit", rest)
	}
	b.add(b.figureTable(b.r.Figures[:limit], "主要工作数据")...)
	if rest == "appendix" && limit < len(b.r.Figures) {
		more := b.r.Figures[limit:]
		b.appendix = append(b.appendix, appendixPart{"其他工作数据", func() []doc.Block { return b.figureTable(more, "其他工作数据") }})
	}
	return nil
}

// figureTable is a captioned table of figures, with a note when a level is among them.
func (b *builder) figureTable(figs []model.FigureSum, what string) []doc.Block {
	tb := &doc.Table{Caption: b.tableCaption(b.r.Period.Label + what), Continued: b.continuedCaption(), Shade: "d9e2f3",
		Columns: []doc.Column{{Align: "left", Weight: 3}, {Align: "right", Weight: 2}, {Align: "center", Weight: 1}, {Align: "right", Weight: 2}},
		Header:  []string{"项目", "本期", "涉及稿件", "上期"}}
	levels := false
	for _, f := range figs {
		prev := "—"
		if f.HasPrevious && b.r.Coverage.Previous {
			prev = FormatApprox(f.Previous, f.Unit, f.PreviousApprox, f.PreviousQualifier)
		}
		label := f.Label
		if f.Rule == "latest" {
			label += "△"
			levels = true
		}
		tb.Rows = append(tb.Rows, []string{label, FormatApprox(f.Value, f.Unit, f.Approx, f.Qualifier), strconv.Itoa(f.Articles), prev})
	}
	if levels {
		tb.Note = "注：带△的项目为期内最新数（累计数、完成率等），不作加总；其余为各稿件数据之和，人数跨活动合计为人次。"
	}
	return []doc.Block{tb}
}

// tableCaption numbers a table caption: 表1, 表2 … in the order the tables appear.
func (b *builder) tableCaption(text string) string {
	b.tables++
	return fmt.Sprintf("表%d　%s", b.tables, text)
}

// continuedCaption is the caption of the last numbered table where it continues on a new page:
// 续表1 (the number after 续, the title left out).
func (b *builder) continuedCaption() string {
	return fmt.Sprintf("续表%d", b.tables)
}

// appendixPart is content deferred to the appendix.
type appendixPart struct {
	title string
	// blocks makes the content when the appendix is written, so that its captions are
	// numbered in document order.
	blocks func() []doc.Block
}

// appendix adds what the other sections deferred (the figures beyond a table's limit) and,
// when the user asked for them, the data-quality notes. Apply calls it before the closing
// sections when a layout has no appendix section of its own.
func appendix(b *builder, s Section) error {
	parts := b.appendix
	b.appendix = nil
	b.appendixDone = true
	if b.r.Appendix && len(b.r.Notes) > 0 {
		var items [][]doc.Inline
		for _, n := range b.r.Notes {
			items = append(items, doc.T(n))
		}
		parts = append(parts, appendixPart{"数据说明", func() []doc.Block { return []doc.Block{&doc.List{Items: items, Style: "list"}} }})
	}
	if len(parts) == 0 {
		return nil
	}
	if err := b.sectionHeading(s, "附录"); err != nil {
		return err
	}
	for i, p := range parts {
		b.add(&doc.Heading{Level: 2, Text: doc.T("（" + Chinese(i+1) + "）" + p.title), ID: b.id()})
		b.add(p.blocks()...)
	}
	return nil
}

// units gives each group with articles a level-2 heading and each article a level-3 heading,
// a line of who, where and when, and its summary.
func units(b *builder, s Section) error {
	if b.r.Totals.Articles == 0 {
		return nil
	}
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
				items = append(items, doc.T(a.Title+"　"+b.day(a.Date)))
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
		tb.Rows = append(tb.Rows, []string{b.day(e.Date), e.Title, e.Group})
	}
	b.add(tb)
	return nil
}

// day writes an article's day as the digest's lists and chronicle show it: 6月9日 within one
// calendar year, 2020年6月9日 when the period spans more than one (an academic term, a range),
// so that two 6月9日 rows of different years are not one day to a reader.
func (b *builder) day(d model.Day) string {
	return period.ShortDay(d.Time, b.r.Period.First.Time, b.r.Period.Last.Time)
}

func pagebreak(b *builder, _ Section) error {
	if b.r.Totals.Articles == 0 {
		return nil // an empty period's digest is one short page
	}
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
