package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKeywordsAreTopics: ingest's keywords name areas of work, never a person or title, a date
// slogan, a meeting word or a fragment of one; over a written article and, when ../shared is
// present, over the seeds.
func TestKeywordsAreTopics(t *testing.T) {
	t.Parallel()
	bad := []string{"习近", "总书记", "七一", "五四", "推进会", "进会", "大会", "讲话精神", "话精神", "校长", "工作"}
	check := func(name string, kws []string) {
		for _, k := range kws {
			for _, b := range bad {
				if strings.Contains(k, b) {
					t.Errorf("%s: keyword %q (has %q) in %v", name, k, b, kws)
				}
			}
		}
	}
	text := "学校召开学习习近平总书记“七一”重要讲话精神暨党史学习教育双推进会\n2021年7月9日\n" +
		"7月9日，学校召开学习习近平总书记“七一”重要讲话精神暨党史学习教育双推进会。会议强调，要把学习习近平总书记“七一”重要讲话精神同党史学习教育结合起来。" +
		"双推进会要求各单位深化巡视整改工作，把巡视整改工作与党史学习教育同推进。"
	kws := Extract(text, Options{Year: 2021}).Summary.Keywords
	check("written", kws)
	if len(kws) == 0 || kws[0] != "党史学习教育" {
		t.Errorf("keywords %v: want 党史学习教育 first", kws)
	}
	seeds, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(seeds) == 0 {
		t.Log("no ../shared/seeds: the seeds' check is skipped")
	}
	for _, f := range seeds {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		check(filepath.Base(f), Extract(string(data), Options{Simplified: true}).Summary.Keywords)
	}
}
