package reader

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestParseFigureText: the text form of a figure is split at its separator, the label all before
// it, the value all after; without one, the value is the last number with its unit. A label
// holding digits keeps them (2025年培训人员：30人 was read as label 2, value 25, and a digest
// printed 225年培训人员：30人); a text with no clean split is an error saying what was expected.
func TestParseFigureText(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in   string
		want string // label|value|unit|qualifier|fold, or "error: " and a part of the message
	}{
		// Labels holding digits, with a full-width colon and no space.
		{"2025年培训人员：30人", "2025年培训人员|30|人||"},
		{"十四五规划项目：12个", "十四五规划项目|12|个||"},
		{"第3季度培训：3人", "第3季度培训|3|人||"},
		{"第3期培训班：50人", "第3期培训班|50|人||"},
		{"2025年度新增资金=约3.5万元", "2025年度新增资金|3.5|万元|约|"},
		{"5G基站：120余座", "5G基站|120|座|余|"},
		{"2025年全省排位：第3位", "2025年全省排位|3|位||none"},
		// The same without a separator: the last number is the value.
		{"2025年培训人员30人", "2025年培训人员|30|人||"},
		{"第3季度培训 3人", "第3季度培训|3|人||"},
		{"十四五规划项目 12 个", "十四五规划项目|12|个||"},
		// The forms read before.
		{"参会人员: 150余人", "参会人员|150|人|余|"},
		{"参会人员 : 150 余 人", "参会人员|150|人|余|"},
		{"资金：约3.5万元", "资金|3.5|万元|约|"},
		{"问题 24个", "问题|24|个||"},
		{"服务群众逾2000人次", "服务群众|2000|人次|逾|"},
		{"全省排位: 第3位", "全省排位|3|位||none"},
		{"综合考核第5名", "综合考核|5|名||none"},
		{"参会人员=40", "参会人员|40|||"},
		// No clean split: an error, never a guess.
		{"开始时间：14:30", `error: 14:30, a separator between two numbers, is a time or a ratio`},
		{"男女比例1:3", `error: 1:3, a separator between two numbers`},
		{"会议：参会人员：150人", `error: has 2 separators`},
		{"参会人员：150人（其中教师30人）", `error: after the separator, "150人（其中教师30人）" is not a number with its unit`},
		{"参会人员：若干", `error: after the separator, "若干" is not a number`},
		{"：30人", `error: has no label before its number`},
		{"约30人", `error: has no label before its number`},
		{"2025年", `error: has no label before its number`},
		{"参会人员", `error: does not end in a number with its unit`},
	} {
		f, err := ParseFigure(tt.in)
		got := fmt.Sprintf("%s|%g|%s|%s|%s", f.Label, f.Value, f.Unit, f.Qualifier, f.Fold)
		if err != nil {
			got = "error: " + err.Error()
		}
		if strings.HasPrefix(tt.want, "error: ") {
			if !strings.Contains(got, strings.TrimPrefix(tt.want, "error: ")) || !strings.Contains(got, `want a figure such as "参会人员: 150余人"`) {
				t.Errorf("ParseFigure(%q) = %q, want an error with %q and the form wanted", tt.in, got, tt.want)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("ParseFigure(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if err == nil && f.Text != tt.in {
			t.Errorf("ParseFigure(%q).Text = %q", tt.in, f.Text)
		}
	}
}

// TestFigureTextInSources: a ledger's 数据 column and a YAML string of figures read a label
// holding digits whole, and a figure that cannot be read is an error naming the file, line,
// record, field and item.
func TestFigureTextInSources(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, data string
		want       string // the figures, label=value each, or the error
	}{
		{"ledger.csv", "标题,日期,单位,数据,摘要\n培训会,2026-01-09,人事处,2025年培训人员：30人；第3季度培训：3人,内容\n",
			"2025年培训人员=30 第3季度培训=3"},
		{"a.yaml", "title: 甲\ndate: 2026-01-09\nunit: 人事处\nsummary: 内容\nfigures: \"第3期培训班：50人; 全省排位：第3位; 2025年培训人员：30人\"\n",
			"第3期培训班=50 全省排位=3 2025年培训人员=30"},
		{"ledger.csv", "标题,日期,单位,数据,摘要\n培训会,2026-01-09,人事处,参会人员：30人；开始时间：14:30,内容\n",
			`ledger.csv:2: record 1: field "数据": item 2: "开始时间：14:30": 14:30, a separator between two numbers, is a time or a ratio`},
		{"a.yaml", "title: 甲\ndate: 2026-01-09\nunit: 人事处\nsummary: 内容\nfigures:\n  - 参会人员：30人\n  - 会议：参会人员：150人\n",
			`a.yaml:7: record 1: field "figures": item 2: "会议：参会人员：150人" has 2 separators`},
	} {
		sums, errs := ReadSource(context.Background(), Source{Name: tt.name, Data: []byte(tt.data)}, Options{})
		var got []string
		for _, e := range errs {
			got = append(got, e.Error())
		}
		for _, s := range sums {
			for _, f := range s.Figures {
				got = append(got, fmt.Sprintf("%s=%g", f.Label, f.Value))
			}
		}
		if g := strings.Join(got, " "); !strings.HasPrefix(g, tt.want) {
			t.Errorf("%s: got %s\nwant %s", tt.name, g, tt.want)
		}
	}
}
