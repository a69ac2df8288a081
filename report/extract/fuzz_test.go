package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract: any text, an HTML page or not, extracts without a panic, and what it finds is
// taken from the text (names and the title appear in it, or in its lines joined).
func FuzzExtract(f *testing.F) {
	for _, pattern := range []string{"testdata/articles/*.txt", "../../../shared/seeds/*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(string(data))
			}
		}
	}
	f.Add("<html><body><p>9月31日，" + strings.Repeat("召开", 5) + "</p></body></html>")
	f.Add("，。、；！？……——")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		if LooksLikeHTML(text) {
			text = HTMLText(text)
		}
		r := Extract(text, Options{Year: 2021})
		norm := Normalize(text)
		// Lines a page broke in the middle of a sentence are joined again (joinBroken): what is
		// found may run across such a break.
		inText := func(x string) bool {
			return strings.Contains(norm, x) || strings.Contains(strings.ReplaceAll(norm, "\n", ""), x)
		}
		s := r.Summary
		if s.Title != "" && !inText(s.Title) {
			t.Fatalf("title %q is not in the text", s.Title)
		}
		people := append(append(s.Speakers[:0:0], s.Speakers...), s.Authors...)
		if s.Chair != nil {
			people = append(people, *s.Chair)
		}
		for _, p := range people {
			if !inText(p.Name) {
				t.Fatalf("name %q is not in the text", p.Name)
			}
			if !utf8.ValidString(p.Role) || !utf8.ValidString(p.Name) {
				t.Fatalf("invalid UTF-8 in %+v", p)
			}
		}
		all := s.Title + s.Unit + s.Venue + s.Institution + s.Category + s.Summary + strings.Join(s.UnitsInvolved, "") + strings.Join(s.Keywords, "")
		for _, f := range s.Figures {
			all += f.Label + f.Unit + f.Text
		}
		if !utf8.ValidString(all) {
			t.Fatalf("invalid UTF-8 in the summary: %q", all)
		}
	})
}
