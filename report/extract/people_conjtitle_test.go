package extract

import (
	"strings"
	"testing"
)

// TestNameBeforeTitleBeforeConj: a name written before its title when a conjunction follows the
// title (某处某某处长和某院某某院长分别致辞) is read as any name before a title is; a title and 和
// with no name before it names no one.
func TestNameBeforeTitleBeforeConj(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, text, want string }{
		{"a unit, a name, its title and 和", "10月10日，东湖论坛在东湖学院召开。东湖省教育厅社政处周国培处长和东湖学院李爱武院长分别致欢迎辞。", "周国培 李爱武"},
		{"a unit, a title and 和, no name", "10月10日，东湖论坛在东湖学院召开。东湖省教育厅处长和东湖学院李爱武院长分别致欢迎辞。", "李爱武"},
	} {
		var got []string
		for _, p := range Extract(c.text, Options{}).Summary.Speakers {
			got = append(got, p.Name)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s: speakers %v, want %q", c.name, got, c.want)
		}
	}
}
