package reader

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestChineseHeaderHints: an office's Chinese header that is not known gets the nearest known
// one as a hint: a typo (日起), a loose synonym (名称), a known header with more written around it;
// an office's own columns (序号, 备注) and headers as near to two fields get none.
func TestChineseHeaderHints(t *testing.T) {
	t.Parallel()
	tests := []struct {
		header string
		taken  []string // fields that have a column already
		want   string
	}{
		{"日起", nil, "日期"},
		{"稿件标提", nil, "稿件标题"},
		{"标提", nil, ""}, // 标题 or 标签: no guess
		{"单立", nil, "单位"},
		{"摘耍", nil, "摘要"},
		{"关键", nil, "关键字"},
		{"时期", nil, "日期"},
		{"名称", nil, "标题"},
		{"正文", nil, "内容"},
		{"部门名称", nil, "单位"},
		{"報送單位全稱", nil, "报送单位"},
		{"日 起", nil, "日期"},
		{"日起（必填）", nil, "日期"},
		{"序号", nil, ""},
		{"备注", nil, ""},
		{"联系人", nil, ""},
		{"作者单位", nil, ""}, // 作者 or 单位: no guess
		{"天气", nil, ""},
		{"日起", []string{"date"}, ""},  // the date has its column: 日起 is something else
		{"名称", []string{"title"}, ""}, // the same for a synonym
		{"titel", nil, "title"},
		{"ｔｉｔｅｌ", nil, "title"},
	}
	for _, tt := range tests {
		taken := func(f string) bool {
			for _, x := range tt.taken {
				if x == f {
					return true
				}
			}
			return false
		}
		if got := suggestTaken(tt.header, taken); got != tt.want {
			t.Errorf("suggest(%q, taken %v) = %q, want %q", tt.header, tt.taken, got, tt.want)
		}
	}
}

// TestHeaderTypography: what is only typography in a header (padding spaces, full-width
// forms, a required star, a colon, a note in brackets) does not stop it being read.
func TestHeaderTypography(t *testing.T) {
	t.Parallel()
	tests := []struct{ header, want string }{
		{"标 题", "title"}, {"标　　题", "title"}, {"单 位", "unit"}, {"題 目", "title"}, {"*日期", "date"},
		{"日期：", "date"}, {"内容（必填）", "summary"}, {"单位【全称】", "unit"}, {"ＳＵＭＭＡＲＹ", "summary"},
		{"units involved", "units_involved"},
	}
	for _, tt := range tests {
		if got, ok := canonicalField(tt.header); !ok || got != tt.want {
			t.Errorf("canonicalField(%q) = %q, %v; want %q", tt.header, got, ok, tt.want)
		}
	}
	for _, h := range []string{"日起", "序号", "(必填)", "*"} {
		if f, ok := canonicalField(h); ok {
			t.Errorf("canonicalField(%q) = %q: a header not known is read", h, f)
		}
	}
}

// TestLedgerHeaderHints: in a ledger, an unknown column is hinted at, and the error for the
// required field it may be names it.
func TestLedgerHeaderHints(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	tests := []struct {
		name, csv string
		want      []string
	}{
		{"typo", "标　题,日起,单 位,内容（必填）\n甲,2021-07-09,宣传部,文\n", []string{
			`a.csv:1: field "date": no column for date: name one 日期、时间、发布日期、发布时间、报送日期、报送时间、活动日期、活动时间、date (column 日起 may be it)`,
			`a.csv:1: field "日起": warning: column 日起 is not a summary field: ignored (columns read: 标　题、单 位、内容（必填）); did you mean 日期?`}},
		{"synonym", "名称,日期,单位,摘要,备注\n甲,2021-07-09,宣传部,文,\n", []string{
			`a.csv:1: field "title": no column for title: name one 标题、题目、信息标题、新闻标题、活动名称、稿件标题、title (column 名称 may be it)`,
			`a.csv:1: field "名称": warning: column 名称 is not a summary field: ignored (columns read: 日期、单位、摘要); did you mean 标题?`,
			`a.csv:1: field "备注": warning: column 备注 is not a summary field: ignored (columns read: 日期、单位、摘要)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, "a.csv")
			os.WriteFile(p, []byte(tt.csv), 0o644)
			res := Load(context.Background(), []string{p}, Options{})
			var got []string
			for _, e := range res.Problems {
				got = append(got, strings.ReplaceAll(e.Error(), dir+string(filepath.Separator), ""))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
