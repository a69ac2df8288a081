package layout

import (
	"strings"
	"sync"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/golden"
	"github.com/jianbao/jianbao/report/script"
)

// docTexts returns every text a reader sees in d.
func docTexts(d *doc.Document) []string {
	var mu sync.Mutex
	var out []string
	c := *d
	c.Blocks = append([]doc.Block(nil), d.Blocks...)
	doc.MapText(&c, func(s string) string {
		mu.Lock()
		out = append(out, s)
		mu.Unlock()
		return s
	})
	return out
}

// TestKeepDocument: a digest of traditional summaries kept as written (testdata/keep of
// package report, model 2024-05-keep) is traditional throughout with every layout — the
// layout's own words (工作简报, 较上期, table headers), canonical figure labels, registry names —
// while the summaries' words are as written (the surnames 范 and 余, 台階; a conversion would
// write 範, 餘, 臺).
func TestKeepDocument(t *testing.T) {
	t.Parallel()
	for name, own := range map[string][]string{
		// The layout's words, in traditional: 据 and 于 are written by both scripts, and are
		// converted as words of the layout's text (據各單位, 關於), not one by one.
		"quarterly":     {"據各單位稿件統計", "主要工作數據", "參會人員", "上期無可比數據", "單位"},
		"jianbao":       {"工作簡報", "總體情況", "工作動態"},
		"gbt9704":       {"關於2024年5月工作情況的通報", "東湖大學文件"},
		"leader-digest": {"領導閱件", "主要工作數據", "參會人員"},
	} {
		t.Run(name, func(t *testing.T) {
			l := builtinLayout(t, name)
			d, err := Apply(fixture(t, "2024-05-keep"), l)
			if err != nil {
				t.Fatal(err)
			}
			if d.Meta.Lang != "zh-Hant" || d.Punct != doc.PunctCentred {
				t.Errorf("lang %q, punctuation %q; want zh-Hant, centred", d.Meta.Lang, d.Punct)
			}
			texts := docTexts(d)
			all := strings.Join(texts, "\n")
			for _, s := range texts {
				if n, _ := script.Count(s); n > 0 {
					t.Errorf("simplified text in a traditional digest: %q", s)
				}
			}
			for _, w := range []string{"范曉明", "余文華"} {
				if !strings.Contains(all, w) && name != "leader-digest" && name != "gbt9704" {
					t.Errorf("lacks %q as written", w)
				}
			}
			for _, w := range own {
				if !strings.Contains(all, w) {
					t.Errorf("lacks the layout's words %q", w)
				}
			}
			for _, w := range []string{"範曉明", "餘文華", "臺階"} {
				if strings.Contains(all, w) {
					t.Errorf("has %q: a summary's words converted", w)
				}
			}
			if name == "jianbao" {
				golden.Check(t, "testdata/jianbao-keep.doc.golden.json", golden.JSON(t, d))
			}
		})
	}
}

// TestSnippetScript: what a mail quotes of a digest (its title and overview) is in the digest's
// one script, as the document is.
func TestSnippetScript(t *testing.T) {
	t.Parallel()
	l := builtinLayout(t, "quarterly")
	for _, c := range []struct {
		fixture, snippet, has string
	}{
		{"2024-05-keep", "overview", "據各單位稿件統計"},
		{"2024-05-keep", "title", "工作總結"},
		{"2021Q3-traditional", "overview", "據各單位稿件統計"},
		{"2021Q3-traditional", "title", "工作總結"},
	} {
		got, err := l.Snippet(fixture(t, c.fixture), c.snippet)
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := script.Count(got); n > 0 || !strings.Contains(got, c.has) {
			t.Errorf("%s %s: %q: want it traditional, with %q", c.fixture, c.snippet, got, c.has)
		}
	}
}
