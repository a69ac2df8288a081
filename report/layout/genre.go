package layout

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/cjk"
	"github.com/jianbao/jianbao/report/doc"
)

// This file holds the parts that make a layout true to its genre (TYPOGRAPHY.md §2): the 简报's
// 报头 and 报尾, and an official document's 版头, 落款 and 版记 (GB/T 9704-2012).

// mmPt converts millimetres to points.
func mmPt(v float64) float64 { return v * 72 / 25.4 }

// masthead is the 报头: the classification (密级) top left, the name in large red type, the
// issue number (第N期, 总第M期), the issuer and the date on one line, and a red rule; then the
// issue's headline. With the option series: "true" (a 简报) the name is the series' own
// (jianbao.yaml series:, else --title) and the headline is the issue's (headline:, else the
// layout's headline text), left out when it would repeat the name; otherwise (领导阅件) the name
// is the layout's and the headline the title.
func masthead(b *builder, s Section) error {
	name, err := b.text("masthead", "工作简报")
	if err != nil {
		return err
	}
	series := s.Options["series"] == "true"
	if series {
		if b.r.Issue.Series != "" {
			name = b.r.Issue.Series
		} else if b.ownTitle {
			name = b.r.Title
		}
	}
	if c := s.Options["classification"]; c != "" {
		b.add(&doc.Para{Style: "classification", Text: doc.T(c)})
	}
	b.fit("masthead", name)
	b.add(&doc.Para{Style: "masthead", Text: doc.T(name)})
	if no := issueNumber(b.r.IssueNo, b.r.Issue.TotalNo); no != "" {
		b.add(&doc.Para{Style: "issue-no", Text: doc.T(no)})
	}
	if s.Options["row"] != "false" {
		b.add(&doc.Row{Style: "masthead-row", Left: b.r.Issuer, Right: b.r.Date.Label()})
	}
	b.add(&doc.Rule{Color: "c00000", Width: 2})
	var headline string
	if series {
		headline = b.r.Issue.Headline
		if headline == "" {
			if headline, err = b.text("headline", ""); err != nil {
				return err
			}
		}
		if headline == name {
			headline = ""
		}
	} else if headline, err = b.title(s, b.r.Title); err != nil {
		return err
	}
	if headline != "" {
		b.add(&doc.Heading{Level: 1, Style: "title", Text: doc.T(headline), ID: b.id(), NoTOC: true})
	}
	return nil
}

// fit makes the style called name small enough for text to stand on one line of the type area
// (a long series name in the 报头), estimated by cjk.Estimate (a CJK character one em, another
// 0.55, and a quarter em at each Han–Latin boundary, as the typesetter spaces them); the
// leading shrinks with it.
func (b *builder) fit(name, text string) {
	st := b.d.Style(name)
	if st == nil || st.Size <= 0 {
		return
	}
	// In ems, with the quarter em between Han and Latin (2021年10月) the writers set.
	ems := cjk.Estimate(text, 1, doc.HanLatinGap)
	pg := b.d.Page
	width := mmPt(pg.Width-pg.Left-pg.Right) * 0.96
	if ems == 0 || ems*st.Size <= width {
		return
	}
	size := math.Floor(width/ems*2) / 2
	st.Leading *= size / st.Size
	st.Size = size
}

// issueNumber is 第3期, or 第3期（总第45期） with a cumulative number; a number given bare (3,
// 45) gets its 第…期.
func issueNumber(no, total string) string {
	wrap := func(s string) string {
		s = strings.TrimSpace(s)
		if s == "" || strings.HasSuffix(s, "期") {
			return s
		}
		return "第" + s + "期"
	}
	no, total = wrap(no), wrap(total)
	if total != "" && !strings.HasPrefix(total, "总") {
		total = "总" + total
	}
	switch {
	case no == "":
		return total
	case total == "":
		return no
	}
	return no + "（" + total + "）"
}

// closing is the 报尾 at the foot of the last page: a rule, the 报、送、发 lines and 本期增发
// (jianbao.yaml distribution:, else the layout's report_to, send_to, issue_to and extra texts),
// each a list of organs that wraps between two names, never inside one (organList),
// a thin rule, the issuer with the number of copies (共印N份, when given), and a last rule on the
// type area's bottom edge. Nothing is printed that nobody said: no recipients, no count.
func closing(b *builder, s Section) error {
	d := b.r.Issue.Distribution
	room := b.lineRoom(b.d.StyleFor("closing"))
	var lines []doc.Block
	for _, x := range []struct{ label, given, text string }{
		{"报：", d.ReportTo, "report_to"}, {"送：", d.SendTo, "send_to"}, {"发：", d.IssueTo, "issue_to"}, {"本期增发：", d.Extra, "extra"},
	} {
		v := x.given
		if v == "" {
			t, err := b.text(x.text, "")
			if err != nil {
				return err
			}
			v = strings.TrimSpace(strings.TrimPrefix(t, strings.TrimSuffix(x.label, "：")))
			v = strings.TrimLeft(v, "：:")
		}
		if v != "" {
			// Each line a list of organs, kept whole as the 抄送 list's (imprint).
			lines = append(lines, &doc.Para{Style: "closing", Text: organList(x.label, v, "", room)})
		}
	}
	left, err := b.text("printer", b.r.Issuer)
	if err != nil {
		return err
	}
	copies := ""
	if d.Copies > 0 {
		copies = fmt.Sprintf("（共印%d份）", d.Copies)
	} else if copies, err = b.text("copies", ""); err != nil {
		return err
	}
	blocks := []doc.Block{&doc.Rule{Width: 1}}
	if len(lines) > 0 {
		blocks = append(blocks, lines...)
		blocks = append(blocks, &doc.Rule{Width: 0.5})
	}
	blocks = append(blocks, &doc.Row{Style: "closing", Left: left, Right: copies}, &doc.Rule{Width: 1})
	b.add(&doc.Foot{Blocks: blocks})
	return nil
}

// ErrNoOrgan is returned when an official document's 发文机关标志 would name no organ. A red
// 文件 over nobody's name is not printed, nor is the 版头 left out with a warning: the 标志
// is the 版头's defining element (GB/T 9704 7.2.4), and the 落款 (7.3.5) and the 印发机关
// (7.4.3) name the same organ, so a document without it would be a 公文 from nobody that
// reads like one from somebody; a warning is lost in a batch run, the error is not.
var ErrNoOrgan = errors.New("the 发文机关标志 (GB/T 9704 7.2.4) names no organ: give the issuer, the series or the institution")

// redhead is an official document's 版头 (GB/T 9704 7.2): the 发文机关标志 in red with its top
// edge 35 mm below the type area's top (7.2.4), the 发文字号 (jianbao.yaml doc_no:, given
// whole) centred two lines under it (7.2.5), the red 版头分隔线 (7.2.7), the title two lines
// under the rule (7.3.1) and the 主送机关 (main_recipient:) a line under the title, flush left
// (7.3.2). Its styles set the spacing: issue-no, title and recipient.
func redhead(b *builder, s Section) error {
	name, err := b.text("masthead", b.r.Issuer)
	if err != nil {
		return err
	}
	if name == "" {
		return ErrNoOrgan
	}
	b.fit("masthead", name)
	st := b.d.StyleFor("masthead")
	lead := st.Leading
	if lead == 0 {
		lead = st.Size * 1.5
	}
	// The Spacer is exact (not rounded to the grid): the glyphs' top edge, (lead-size)/2 under
	// the line's top, falls 35 mm under the type area's top.
	b.add(&doc.Spacer{Height: mmPt(35) - (lead-st.Size)/2})
	b.add(&doc.Para{Style: "masthead", Text: doc.T(name)})
	if no := strings.TrimSpace(b.r.Issue.DocNo); no != "" {
		b.add(&doc.Para{Style: "issue-no", Text: doc.T(no)})
	}
	b.add(&doc.Rule{Color: "c00000", Width: 1})
	title, err := b.title(s, b.r.Title)
	if err != nil {
		return err
	}
	if title != "" {
		b.add(&doc.Heading{Level: 1, Style: "title", Text: doc.T(title), ID: b.id(), NoTOC: true})
	}
	if to := strings.TrimRight(strings.TrimSpace(b.r.Issue.MainRecipient), ":："); to != "" {
		b.add(&doc.Para{Style: "recipient", Text: doc.T(to + "：")})
	}
	return nil
}

// signature is the 落款 of an official document: the issuer and the date, flush right with
// four characters of space after the date (GB/T 9704 7.3.5). The last two lines of the text
// before it go with it to a page of their own if need be: a 落款 never stands on a page
// without text (7.3.5.4 has line and character spacing adjusted rather; the 1999 edition:
// 务使印章与正文同处一面，不得采取标识“此页无正文”的方法解决).
func signature(b *builder, s Section) error {
	if n := len(b.nodes); n > 0 {
		if p, ok := b.nodes[n-1].(*doc.Para); ok {
			p.KeepWithNext = 2
		}
	}
	b.add(&doc.Spacer{Height: 28})
	if b.r.Issuer != "" {
		b.add(&doc.Para{Style: "signature", Text: doc.T(b.r.Issuer + "　　")})
	}
	b.add(&doc.Para{Style: "signature", Text: doc.T(b.r.Date.Label() + "　　　　")})
	return nil
}

// imprint is an official document's 版记 at the foot of the last page (GB/T 9704 7.4): a thick
// rule, the 抄送机关 (cc:, when given) one character in from each side and ending in 。, a thin
// rule, the 印发机关 left and the 印发日期 right, each one character in, and a thick rule on the
// type area's bottom edge (0.35 mm and 0.25 mm, 7.4.1), on an even page: the document is
// printed on both sides (6.2) and the 版记 is on the back of its last sheet (doc.Foot.EvenPage).
func imprint(b *builder, s Section) error {
	thick, thin := mmPt(0.35), mmPt(0.25)
	blocks := []doc.Block{&doc.Rule{Width: thick}}
	if cc := strings.TrimRight(strings.TrimSpace(b.r.Issue.CC), "。.，,；;"); cc != "" {
		// A list that wraps goes on under its first organ, and ends a character short of the
		// right edge (7.4.2: 左右各空一字, 回行时与冒号后的首字对齐): the imprint style with a
		// hanging indent, unless the layout styles "cc" itself.
		const lead = "　抄送："
		if b.d.Style("cc") == nil {
			st := b.d.StyleFor("imprint")
			st.Name, st.Indent, st.Hang, st.Right = "cc", 0, float64(utf8.RuneCountInString(lead)), 1
			b.d.Styles = append(b.d.Styles, st)
		}
		text := organList(lead, cc, "。", b.lineRoom(b.d.StyleFor("cc")))
		blocks = append(blocks, &doc.Para{Style: "cc", Text: text}, &doc.Rule{Width: thin})
	}
	blocks = append(blocks, &doc.Row{Style: "imprint", Left: "　" + b.r.Issuer, Right: b.r.Date.Label() + "印发　"}, &doc.Rule{Width: thick})
	b.add(&doc.Foot{Blocks: blocks, EvenPage: true})
	return nil
}
