package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/jianbao/jianbao/report/script"
)

func TestTraditionalPage(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"simplified", "3月5日，东湾大学召开教学工作会议，校长李大明出席并讲话。", false},
		{"traditional", "3月5日，東灣大學召開教學工作會議，校長李大明出席並講話。", true},
		// A page in simplified script that names a Taiwan university and links to its
		// traditional version: a sixth of its Han characters are traditional, most are simplified.
		{"simplified, naming a Taiwan university", "繁體版 | English\n3月5日，东湾大学召开台湾研究座谈会，邀请臺灣大學陳一明教授作报告，共60人参加会议。", false},
		// 台, 里 and 后 are simplified forms too, and traditional pages write them.
		{"traditional with 台 and 里", "台北市西里區公所3月5日舉辦社區長者健康講座，逾百位里民參加，會後合影。", true},
		{"no Han characters", "2024-03-05 Open Day", false},
		{"the characters both scripts share", "3月5日，大学生们在中山公园种树。", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := traditionalPage(tc.text); got != tc.want {
				t.Errorf("traditionalPage = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestInPageScript(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"参会人员", "參會人員"},
		{"实到人数", "實到人數"}, // the longest made word, not 人数 alone
		{"港灣代表團人数", "港灣代表團人數"},
		{"項数", "項數"},
		{"培訓时长", "培訓時長"},
		{"记者", "記者"},
		{"學生人數", "學生人數"}, // copied from the page: left as written
		{"里程", "里程"},     // alike in both scripts
		{"", ""},
	} {
		if got := inPageScript(tc.in); got != tc.want {
			t.Errorf("inPageScript(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMadeWords checks the table of made words against report/script's tables, both ways.
func TestMadeWords(t *testing.T) {
	for _, w := range madeWords {
		if got := script.ToTraditional(w.simplified); got != w.traditional {
			t.Errorf("%s: ToTraditional gives %s, the table %s", w.simplified, got, w.traditional)
		}
		if got := script.ToSimplified(w.traditional); got != w.simplified {
			t.Errorf("%s: ToSimplified gives %s, the table %s", w.traditional, got, w.simplified)
		}
		if w.simplified == w.traditional {
			t.Errorf("%s is written alike in both scripts: no need to list it", w.simplified)
		}
	}
}

// madeIn are the files that make words of their own for a summary: figure labels, byline roles,
// the organizing unit.
var madeIn = []string{"figures.go", "figures_agree.go", "derive.go", "byline.go", "units.go"}

// TestMadeWordsListed reads the code that makes words of its own (madeIn): every Han string it
// returns, or joins to what it returns (n + "时长"), or gives a byline as its role (add(n,
// "记者")), is given in traditional script by inPageScript as report/script writes it. A word
// made and not listed in madeWords fails here.
func TestMadeWordsListed(t *testing.T) {
	fset := token.NewFileSet()
	found := 0
	for _, name := range madeIn {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			var made []string
			switch x := n.(type) {
			case *ast.ReturnStmt:
				for _, r := range x.Results {
					made = append(made, hanLiterals(r)...)
				}
			case *ast.CallExpr:
				if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "add" && len(x.Args) > 0 {
					made = hanLiterals(x.Args[len(x.Args)-1])
				}
			}
			for _, w := range made {
				found++
				if got, want := inPageScript(w), script.ToTraditional(w); got != want {
					t.Errorf("%s: %q is given as %q on a traditional page, not %q: list it in madeWords", fset.Position(n.Pos()), w, got, want)
				}
			}
			return true
		})
	}
	if found == 0 {
		t.Error("no made word found: the files or the way words are made changed")
	}
}

// hanLiterals returns the string literals holding Han characters that e is, or joins with +.
func hanLiterals(e ast.Expr) []string {
	switch x := e.(type) {
	case *ast.BasicLit:
		if s, err := strconv.Unquote(x.Value); err == nil && x.Kind == token.STRING && strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 {
			return []string{s}
		}
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return append(hanLiterals(x.X), hanLiterals(x.Y)...)
		}
	case *ast.ParenExpr:
		return hanLiterals(x.X)
	}
	return nil
}

// TestMadeInPageScript: what the extractor writes itself follows the page's script, on
// pages in either script.
func TestMadeInPageScript(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		labels     []string // the figures' labels
		roles      []string // the bylines' roles
		unit       string
	}{
		{"those who came, traditional", "3月5日，東灣大學舉行教學研討會，共120人參加會議。校長李大明致辭。", []string{"參會人員"}, nil, "東灣大學"},
		{"those who came, simplified", "3月5日，东湾大学举行教学研讨会，共120人参加会议。校长李大明致辞。", []string{"参会人员"}, nil, "东湾大学"},
		{"a span of the training, traditional", "3月5日，東灣大學舉辦為期兩天的教師培訓，校長李大明致辭。", []string{"教師培訓時長"}, nil, "東灣大學"},
		{"a span of the training, simplified", "3月5日，东湾大学举办为期两天的教师培训，校长李大明致辞。", []string{"教师培训时长"}, nil, "东湾大学"},
		{"a visiting party, traditional", "3月5日，西山市教育局局長張文一行12人到東灣大學參觀訪問。校長李大明陪同。", []string{"一行人數"}, nil, "西山市教育局"},
		{"a visiting party, simplified", "3月5日，西山市教育局局长张文一行12人到东湾大学参观访问。校长李大明陪同。", []string{"一行人数"}, nil, "西山市教育局"},
		{"givers and their gift, traditional", "3月5日，東灣醫院職工18人捐款7800元，院長李大明致辭。", []string{"捐款人數", "捐款金額"}, nil, "東灣醫院"},
		{"a reporter, traditional", "東灣大學舉行校友日\n（記者 王小明 報導）\n3月5日，東灣大學舉行校友日活動，校長李大明致辭。", nil, []string{"記者"}, "東灣大學"},
		{"a reporter, simplified", "东湾大学举行校友日\n（记者 王小明 报道）\n3月5日，东湾大学举行校友日活动，校长李大明致辞。", nil, []string{"记者"}, "东湾大学"},
		{"a photographer, traditional", "東灣大學舉行校友日\n3月5日，東灣大學舉行校友日活動，校長李大明致辭。\n（王小明 攝）", nil, []string{"攝影"}, "東灣大學"},
		{"the school's word for itself, traditional", "3月5日，我校舉行新生開學典禮，校長李大明致辭，共800人參加典禮。", []string{"參加人員"}, nil, "學校"},
		{"the school's word for itself, simplified", "3月5日，我校举行新生开学典礼，校长李大明致辞，共800人参加典礼。", []string{"参加人员"}, nil, "学校"},
		{"simplified, naming a Taiwan university", "繁體版 | English\n3月5日，东湾大学召开台湾研究座谈会，邀请臺灣大學陳一明教授作报告，共60人参加会议。", []string{"参会人员"}, nil, "东湾大学"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Extract(tc.text, Options{Derive: true}).Summary
			var labels, roles []string
			for _, f := range s.Figures {
				labels = append(labels, f.Label)
			}
			for _, a := range s.Authors {
				roles = append(roles, a.Role)
			}
			if strings.Join(labels, "|") != strings.Join(tc.labels, "|") {
				t.Errorf("labels %q, want %q", labels, tc.labels)
			}
			if strings.Join(roles, "|") != strings.Join(tc.roles, "|") {
				t.Errorf("roles %q, want %q", roles, tc.roles)
			}
			if s.Unit != tc.unit {
				t.Errorf("unit %q, want %q", s.Unit, tc.unit)
			}
		})
	}
}

// TestRealPagesMadeScript: on the scored sets' pages in traditional script, the figures'
// labels, the bylines' roles and the organizing unit hold no character written in simplified
// script only that the page does not write itself.
func TestRealPagesMadeScript(t *testing.T) {
	for _, p := range realPages(t) {
		text := Normalize(p.text)
		if !traditionalPage(text) {
			continue
		}
		s := Extract(text, Options{}).Summary
		made := []string{s.Unit}
		for _, x := range s.Figures {
			made = append(made, x.Label)
		}
		for _, a := range s.Authors {
			made = append(made, a.Role)
		}
		for _, m := range made {
			if c := simplifiedOnly(m, text); c != "" {
				t.Errorf("%s/%s: %q holds %s, written in simplified script only, which the page does not write", p.set, p.name, m, c)
			}
		}
	}
}

// simplifiedOnly returns the first Han character of s that is written in simplified script
// only and does not occur in page, or "".
func simplifiedOnly(s, page string) string {
	for _, r := range s {
		c := string(r)
		if unicode.Is(unicode.Han, r) && script.ToSimplified(c) == c && stCharacters().Convert(c) != c && !strings.Contains(page, c) {
			return c
		}
	}
	return ""
}
