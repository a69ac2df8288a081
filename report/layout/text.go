package layout

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"text/template"

	"github.com/jianbao/jianbao/report/model"
)

// funcs are the helpers layout templates may call.
var funcs = template.FuncMap{
	"num":     FormatNumber,
	"fig":     func(f model.FigureSum) string { return FormatApprox(f.Value, f.Unit, f.Approx, f.Qualifier) },
	"change":  FormatChange,
	"compare": FormatCompare,
	"day":     func(d model.Day) string { return d.Label() },
	"cn":      Chinese,
	"join":    strings.Join,
	stepFunc:  func() string { return "" }, // replaced per run by a budget (budget.go)
	"topcats": TopCategories,
	"words": func(ks []model.Keyword, n int) string {
		var w []string
		for i, k := range ks {
			if i == n {
				break
			}
			w = append(w, k.Word)
		}
		return strings.Join(w, "、")
	},
}

// templates parses every Text snippet; a missing key in the data is an error.
func (l *Layout) templates() (*template.Template, error) {
	root := template.New("").Option("missingkey=error").Funcs(funcs)
	names := make([]string, 0, len(l.Text))
	for n := range l.Text {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if _, err := root.New(n).Parse(l.Text[n]); err != nil {
			return nil, fmt.Errorf("text %s: %w", n, err)
		}
	}
	for _, t := range root.Templates() {
		if err := harden(t.Tree); err != nil {
			return nil, fmt.Errorf("text %s: %w", t.Name(), err)
		}
	}
	return root, nil
}

// parseText parses a template string of the layout (a section title, the running header) as
// the snippets are: checked and run with a budget.
func parseText(src string) (*template.Template, error) {
	return hardenAll(template.New("").Option("missingkey=error").Funcs(funcs).Parse(src))
}

// FormatNumber writes a figure as a Chinese report does: 3000余人次, 约4.3万元, 1.8万页.
// Values of ten thousand and more are written with 万 (or 亿), at most two decimals.
func FormatNumber(v float64, unit string, approx bool) string {
	s := ""
	switch a := math.Abs(v); {
	case a >= 1e8:
		s = trim(v/1e8) + "亿"
	case a >= 1e4:
		s = trim(v/1e4) + "万"
	default:
		s = trim(v)
	}
	if approx {
		if strings.HasSuffix(s, "万") || strings.HasSuffix(s, "亿") || strings.Contains(s, ".") {
			return "约" + s + unit
		}
		return s + "余" + unit
	}
	return s + unit
}

// FormatApprox is FormatNumber keeping the approximation word as written: 约400小时, 近300人,
// 逾1000人, 150余人; an empty qualifier (approximate, word unknown) is FormatNumber's choice.
func FormatApprox(v float64, unit string, approx bool, qualifier string) string {
	if !approx || qualifier == "" {
		return FormatNumber(v, unit, approx)
	}
	n := FormatNumber(v, "", false)
	if qualifier == "余" {
		if strings.Contains(n, ".") {
			return "约" + n + unit // 1.25余万 is no Chinese
		}
		return n + "余" + unit
	}
	return qualifier + n + unit
}

func trim(v float64) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	return s
}

// FormatChange describes a change against the previous period with a measure word:
// 增加5篇，增长83.3%; 减少2篇，下降25%; 持平; 增加4篇（上期为零） when the previous period is
// covered and had none; 无可比数据 when the inputs do not cover the previous period (no change is
// claimed then). FormatCompare words the whole clause.
func FormatChange(c model.Change, measure string) string {
	switch {
	case !c.Comparable:
		return "无可比数据"
	case c.Previous == 0 && c.Current == 0:
		return "持平"
	case c.Previous == 0:
		return fmt.Sprintf("增加%d%s（上期为零）", c.Current, measure)
	case c.Delta == 0:
		return "持平"
	case c.Delta > 0:
		return fmt.Sprintf("增加%d%s，增长%s%%", c.Delta, measure, trim(*c.Percent))
	}
	return fmt.Sprintf("减少%d%s，下降%s%%", -c.Delta, measure, trim(-*c.Percent))
}

// FormatCompare words a comparison with the previous period as a clause: 较2020年增加5篇，增长
// 83.3%, or 上期无可比数据 when the inputs do not cover the previous period.
// The label names the previous period (.Previous.Label, or 上期).
func FormatCompare(label string, c model.Change, measure string) string {
	if !c.Comparable {
		return "上期无可比数据"
	}
	if label == "" {
		label = "上期"
	}
	return "较" + label + FormatChange(c, measure)
}

// Chinese writes 1 to 99 in Chinese numerals (一, 十二, 二十); other numbers in digits.
func Chinese(n int) string {
	d := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n <= 0 || n >= 100:
		return strconv.Itoa(n)
	case n < 10:
		return d[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + d[n%10]
	case n%10 == 0:
		return d[n/10] + "十"
	}
	return d[n/10] + "十" + d[n%10]
}
