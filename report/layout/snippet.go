package layout

import (
	"fmt"
	"strings"

	"github.com/jianbao/jianbao/report/model"
)

// Snippet runs the layout's text snippet name (title, overview, ...) over r as Apply does, and
// returns "" when the layout has none: what a mail body quotes of the digest.
func (l *Layout) Snippet(r *model.Report, name string) (string, error) {
	tmpl := l.tmpl
	if tmpl == nil {
		var err error
		if tmpl, err = l.templates(); err != nil {
			return "", err
		}
	}
	t := tmpl.Lookup(name)
	if t == nil {
		return "", nil
	}
	var sb strings.Builder
	if err := t.Execute(&sb, r); err != nil {
		return "", fmt.Errorf("text %s: %w", name, err)
	}
	return strings.TrimSpace(sb.String()), nil
}
