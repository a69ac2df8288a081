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
	f.Add("5月3日，本校舉辦校慶大會，王副校長曉璿致詞表示，感謝各界支持。") // a name split by its title
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
			if !inText(p.Name) && !splitByTitle(norm, p.Name) {
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

// splitByTitle reports whether name is written in text as its family name, a title and its given
// name (王副校長曉璿 for 王曉璿, as Taiwan's universities write it): the family name, then the
// given name within a few characters.
func splitByTitle(text, name string) bool {
	_, n := utf8.DecodeRuneInString(name)
	family, given := name[:n], name[n:]
	if given == "" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(text[off:], family)
		if i < 0 {
			return false
		}
		at := off + i + len(family)
		if j := strings.Index(text[at:min(len(text), at+24+len(given))], given); j > 0 {
			return true
		}
		off = at
	}
}
