package reader

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/jianbao/jianbao/report/extract"
	"github.com/jianbao/jianbao/report/internal/golden"
)

func read(t *testing.T, name, text string) ([]string, []string) {
	t.Helper()
	sums, errs := ReadSource(context.Background(), Source{Name: name, Data: []byte(text)}, Options{})
	var titles, msgs []string
	for _, s := range sums {
		titles = append(titles, s.Title)
	}
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	return titles, msgs
}

func TestValidationMessages(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, file, in string
		want           []string
	}{
		{"typo with hint", "a.yaml", "titel: 甲\ndate: 2021-07-09\nunit: 宣传部\nsummary: 内容", []string{
			`a.yaml:1: record 1: field "titel": unknown field: did you mean title?`,
			`a.yaml:1: record 1: field "title": missing required field`}},
		{"date that does not exist", "a.yaml", "title: 甲\ndate: 2021-02-30\nunit: 宣传部\nsummary: 内容", []string{
			`a.yaml:2: record 1: field "date": day 30 does not exist in 2021-02 ("2021-02-30")`}},
		{"date that does not parse", "a.yaml", "title: 甲\ndate: 七月九日\nunit: 宣传部\nsummary: 内容", []string{
			`a.yaml:2: record 1: field "date": want YYYY-MM-DD, YYYY/M/D or YYYY年M月D日, got "七月九日"`}},
		{"empty summary", "a.yaml", "title: 甲\ndate: 2021-07-09\nunit: 宣传部\nsummary: \"\"", []string{
			`a.yaml:4: record 1: field "summary": is empty`}},
		{"wrong type", "a.yaml", "title: [甲, 乙]\ndate: 2021-07-09\nunit: 宣传部\nsummary: 内容", []string{
			`a.yaml:1: record 1: field "title": want text, got a list`}},
		{"second record of a list", "a.yaml", "- {title: 甲, date: 2021-07-09, unit: 宣传部, summary: 内容}\n- {title: 乙, date: 2021/7/9, unit: 宣传部}", []string{
			`a.yaml:2: record 2: field "summary": missing required field`}},
		{"yaml syntax", "a.yaml", "title: 甲\n  date: : :\n", []string{
			`a.yaml:2: mapping values are not allowed in this context`}},
		{"json line", "a.json", "[\n {\"title\": \"甲\", \"date\": \"2021-07-09\", \"unit\": \"宣传部\", \"summary\": \"内容\"},\n {\"title\": \"乙\",\n  \"date\": 20210709, \"unit\": \"宣传部\", \"summary\": \"内容\"}\n]", []string{
			`a.json:4: record 2: field "date": want YYYY-MM-DD, YYYY/M/D or YYYY年M月D日, got "20210709"`}},
		{"json syntax", "a.json", "{\"title\": \"甲\",\n\"date\" \"2021\"}", []string{
			`a.json:2: invalid JSON: invalid character '"' after object key`}},
		{"jsonl", "a.jsonl", "{\"title\": \"甲\", \"date\": \"2021-07-09\", \"unit\": \"宣传部\", \"summary\": \"内容\"}\n\n{\"title\": \"乙\", \"date\": \"2021-07-09\", \"unit\": \"宣传部\", \"sumary\": \"内容\"}\n", []string{
			`a.jsonl:3: record 2: field "sumary": unknown field: did you mean summary?`,
			`a.jsonl:3: record 2: field "summary": missing required field`}},
		{"csv unknown column", "a.csv", "title,date,unit,summary,dept\n甲,2021-07-09,宣传部,内容,x\n", []string{
			`a.csv:1: field "dept": warning: column dept is not a summary field: ignored (columns read: title、date、unit、summary)`}},
		{"csv ledger columns kept for the office", "a.csv", "序号,标题,日期,单位,摘要,备注,联系人\n1,甲,2021-07-09,宣传部,内容,已审,张三\n", []string{
			`a.csv:1: field "序号": warning: column 序号 is not a summary field: ignored (columns read: 标题、日期、单位、摘要)`,
			`a.csv:1: field "备注": warning: column 备注 is not a summary field: ignored (columns read: 标题、日期、单位、摘要)`,
			`a.csv:1: field "联系人": warning: column 联系人 is not a summary field: ignored (columns read: 标题、日期、单位、摘要)`}},
		{"csv no column for a required field", "a.csv", "题目,时间,部门\n甲,2021-07-09,宣传部\n", []string{
			`a.csv:1: field "summary": no column for summary: name one 内容、摘要、简介、主要内容、内容摘要、内容简介、工作内容、活动内容、summary`}},
		{"csv traditional headers", "a.csv", "標題,日期,單位,內容\n甲,2021-02-30,宣传部,内容\n", []string{
			`a.csv:2: record 1: field "日期": day 30 does not exist in 2021-02 ("2021-02-30")`}},
		{"csv missing cell", "a.csv", "标题,日期,单位,摘要\n甲,2021-07-09,宣传部,内容\n乙,2021-07-10,,内容\n", []string{
			`a.csv:3: record 2: field "单位": is empty (the unit column)`}},
		{"figure value", "a.yaml", "title: 甲\ndate: 2021-07-09\nunit: 宣传部\nsummary: 内容\nfigures:\n  - {label: 人数, value: 很多}", []string{
			`a.yaml:6: record 1: field "figures": item 1: value: want a number such as 150, 3.5 or 150余, got "很多"`}},
		{"figure fold", "a.yaml", "title: 甲\ndate: 2021-07-09\nunit: 宣传部\nsummary: 内容\nfigures:\n  - {label: 人数, value: 3}\n  - {label: 排位, value: 3, fold: rank}", []string{
			`a.yaml:7: record 1: field "figures": item 2: fold: want sum, latest or none (or no fold: the label rules decide), got "rank"`}},
		{"figure fold in json", "a.json", "{\"title\": \"甲\", \"date\": \"2021-07-09\", \"unit\": \"宣传部\", \"summary\": \"内容\",\n \"figures\": [{\"label\": \"排位\", \"value\": 3, \"fold\": \"\"}]}", []string{
			`a.json:2: record 1: field "figures": item 1: fold: want sum, latest or none (or no fold: the label rules decide), got ""`}},
		{"url", "a.yaml", "title: 甲\ndate: 2021-07-09\nunit: 宣传部\nsummary: 内容\nurl: news/1.html", []string{
			`a.yaml:5: record 1: field "url": want an address such as https://example.edu.cn/news/1.html, got "news/1.html"`}},
		{"not text", "a.yaml", "title: \x00\x01", []string{`a.yaml: not a text file (it holds NUL bytes)`}},
		{"scalar root", "a.yaml", "hello", []string{`a.yaml:1: want a summary (a mapping) or a list of summaries, got a single value`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, got := read(t, tt.file, tt.in)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestGoodInputs(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("testdata/good/*")
	if len(files) == 0 {
		t.Fatal("no inputs under testdata/good")
	}
	for _, f := range files {
		if strings.HasSuffix(f, ".golden.json") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			sums, errs := ReadSource(context.Background(), Source{Name: filepath.Base(f), Data: data}, Options{})
			if len(errs) > 0 {
				t.Fatalf("unexpected problems: %v", errs)
			}
			golden.Check(t, f+".golden.json", golden.JSON(t, sums))
		})
	}
}

// TestFormatsAgree reads the same two summaries written in every format and requires equal results.
func TestFormatsAgree(t *testing.T) {
	t.Parallel()
	inputs := map[string]string{
		"a.yaml":  "- title: 学习会\n  date: 2021年7月9日\n  unit: 宣传部\n  speakers: [校党委书记 栾明, {name: 陈华, role: 副书记}]\n  figures: [\"参会人员: 150余人\"]\n  tags: 党史、学习\n  summary: |\n    第一段。\n\n    第二段。\n- title: 推进会\n  date: 2021/7/10\n  unit: 图书馆\n  summary: 内容",
		"b.json":  `[{"title":"学习会","date":"2021-07-09","unit":"宣传部","speakers":["校党委书记 栾明","陈华（副书记）"],"figures":[{"label":"参会人员","value":"150余","unit":"人"}],"tags":["党史","学习"],"summary":"第一段。\n\n第二段。"},{"title":"推进会","date":"2021-07-10","unit":"图书馆","summary":"内容"}]`,
		"c.jsonl": "{\"title\":\"学习会\",\"date\":\"2021-07-09\",\"unit\":\"宣传部\",\"speakers\":\"校党委书记 栾明;陈华(副书记)\",\"figures\":\"参会人员：150余人\",\"tags\":\"党史;学习\",\"summary\":\"第一段。\\n\\n第二段。\"}\n{\"title\":\"推进会\",\"date\":\"2021-07-10\",\"unit\":\"图书馆\",\"summary\":\"内容\"}\n",
		"d.csv":   "标题,日期,单位,发言人,数据,标签,摘要\n学习会,2021-07-09,宣传部,校党委书记 栾明、陈华（副书记）,参会人员: 150余人,党史、学习,\"第一段。\n\n第二段。\"\n推进会,2021-07-10,图书馆,,,,内容\n",
	}
	var first []byte
	for _, name := range []string{"a.yaml", "b.json", "c.jsonl", "d.csv"} {
		sums, errs := ReadSource(context.Background(), Source{Name: name, Data: []byte(inputs[name])}, Options{})
		if len(errs) > 0 {
			t.Fatalf("%s: %v", name, errs)
		}
		if len(sums) != 2 || len(sums[0].Figures) != 1 {
			t.Fatalf("%s: got %d summaries, want 2 with one figure in the first", name, len(sums))
		}
		sums[0].Figures[0].Text = "" // the text form keeps the phrase; the mapping form has none
		got := golden.JSON(t, sums)
		if first == nil {
			first = got
		} else if string(got) != string(first) {
			t.Errorf("%s reads differently from a.yaml:\n%s\nwant\n%s", name, got, first)
		}
	}
}

func TestEncodings(t *testing.T) {
	t.Parallel()
	csvText := "标题,日期,单位,摘要\n党史学习教育推进会,2021-04-15,党委宣传部,学校召开推进会，部署下一阶段工作。\n"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(csvText)
	trad := "title: 黨史學習教育推進會\ndate: 2021-04-15\nunit: 黨委宣傳部\nsummary: 學校召開推進會，部署下一階段工作，參加會議的有各黨總支書記。\n"
	big5, _ := traditionalchinese.Big5.NewEncoder().String(trad)
	tests := []struct {
		name, file, data, want string
	}{
		{"utf-8 bom", "a.csv", "\ufeff" + csvText, "党史学习教育推进会"},
		{"gbk ledger", "a.csv", gbk, "党史学习教育推进会"},
		{"big5", "a.yaml", big5, "黨史學習教育推進會"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			titles, errs := read(t, tt.file, tt.data)
			if len(errs) > 0 || len(titles) != 1 || titles[0] != tt.want {
				t.Errorf("got %v %v, want %s", titles, errs, tt.want)
			}
		})
	}
}

// BenchmarkDecodeLedger detects and decodes a GBK ledger of about 1.6 MB.
func BenchmarkDecodeLedger(b *testing.B) {
	row := "学校召开党委会议，研究部署下半年重点工作。各单位负责人参加会议，图书馆馆长汇报。\n"
	data, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(strings.Repeat(row, 20000)))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, enc, err := decode(data, "auto"); err != nil || enc != "gb18030" {
			b.Fatalf("decoded as %s: %v", enc, err)
		}
	}
}

func TestLoadDirectory(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("jianbao.yaml", "title: x\n")
	write("units.yaml", "units: [{name: 宣传部}]\n")
	write("README.md", "# notes\n")
	write("jianbao.state.yaml", "version: 1\nissues:\n  - {series: jianbao, period: 2021-10, year: 2021, number: 1, total: 1}\n")
	write(".hidden/x.yaml", "title: hidden\n")
	write("q1/a.yaml", "id: a1\ntitle: 甲\ndate: 2021-01-05\nunit: 宣传部\nsummary: 内容\n")
	write("q1/b.json", `{"id":"a1","title":"乙","date":"2021-01-06","unit":"宣传部","summary":"内容"}`)
	write("q2/c.jsonl", `{"title":"甲","date":"2021-01-05","unit":"宣传部","summary":"又一份"}`+"\n")
	res := Load(context.Background(), []string{dir}, Options{})
	if res.Config != filepath.Join(dir, "jianbao.yaml") || res.Units != filepath.Join(dir, "units.yaml") {
		t.Errorf("config %q, units %q", res.Config, res.Units)
	}
	if len(res.Summaries) != 1 {
		t.Errorf("got %d summaries, want 1", len(res.Summaries))
	}
	var msgs []string
	for _, p := range res.Problems {
		msgs = append(msgs, strings.ReplaceAll(p.Error(), dir+string(filepath.Separator), ""))
	}
	want := []string{
		`q1/b.json:1: record 1: duplicate article: id "a1" is also used at q1/a.yaml:1: record 1`,
		`q2/c.jsonl:1: record 1: duplicate article: same title, date and unit as q1/a.yaml:1: record 1`,
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
	if len(res.Skipped) != 2 || filepath.Base(res.Skipped[0]) != "README.md" || filepath.Base(res.Skipped[1]) != "jianbao.state.yaml" {
		t.Errorf("skipped: %v", res.Skipped)
	}
	// Each file read is listed with the format it was read in, a sniffed one too (ledger.dat
	// named on the command line, not found in a directory, has no suffix to go by).
	write("ledger.dat", "标题,日期,单位,摘要\n乙,2021-02-01,宣传部,内容\n")
	res = Load(context.Background(), []string{filepath.Join(dir, "q1"), filepath.Join(dir, "ledger.dat")}, Options{})
	var files []string
	for _, f := range res.Files {
		files = append(files, fmt.Sprintf("%s %s %d", filepath.Base(f.Path), f.Format, f.Summaries))
	}
	if got, want := strings.Join(files, "; "), "a.yaml yaml 1; b.json json 1; ledger.dat csv 1"; got != want {
		t.Errorf("files: %s, want %s", got, want)
	}
	res = Load(context.Background(), []string{filepath.Join(dir, "nope.yaml")}, Options{})
	if len(res.Problems) != 1 || !strings.Contains(res.Problems[0].Error(), "no such file") {
		t.Errorf("missing file: %v", res.Problems)
	}
}

func TestSuggest(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"titel": "title", "sumary": "summary", "speaker": "speakers", "data": "date", "xyz": "", "unit_involved": "units_involved", "keyword": "keywords"} {
		if got := suggest(in); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRawArticles(t *testing.T) {
	t.Parallel()
	big := strings.Repeat("学校召开会议，部署工作。", MaxArticle/30+1)
	_, errs := read(t, "huge.txt", big)
	if len(errs) != 1 || !strings.Contains(errs[0], "too large for one article") {
		t.Errorf("a 4 MB+ file: %v", errs)
	}
	titles, errs := read(t, "a.txt", "学校召开巡察整改推进会\n9月21日，校党委在行政楼召开巡察整改推进会，校长周明远主持会议。\n")
	if len(titles) != 0 || !strings.Contains(strings.Join(errs, "\n"), `a.txt: record 1: field "date": not found in the article text`) {
		t.Errorf("no year: got %v %v", titles, errs)
	}
	sums, perr := ReadSource(context.Background(), Source{Name: "a.txt", Data: []byte("学校召开巡察整改推进会\n9月21日，校党委在行政楼召开巡察整改推进会，校长周明远主持会议。\n")},
		Options{Extract: extract.Options{Year: 2021}})
	if len(sums) != 1 || sums[0].Unit != "校党委" || sums[0].Chair == nil || len(perr.Errors()) != 0 {
		t.Errorf("with a year: %+v %v", sums, perr)
	}
}
