package layout

import (
	"fmt"
	"strings"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/script"
)

// Snippet runs the layout's text snippet name (title, overview, ...) over r as Apply does, and
// returns "" when the layout has none: what a mail body quotes of the digest. It is written in
// the digest's script, as Apply writes it.
func (l *Layout) Snippet(r *model.Report, name string) (string, error) {
	m, written, err := scripts(r)
	if err != nil {
		return "", err
	}
	tmpl, _, err := l.scriptTemplates(m, written)
	if err != nil {
		return "", err
	}
	t := tmpl.Lookup(name)
	if t == nil {
		return "", nil
	}
	var sb strings.Builder
	if err := t.Execute(&sb, r); err != nil {
		return "", fmt.Errorf("text %s: %w", name, err)
	}
	return InScript(r, strings.TrimSpace(sb.String())), nil
}

// InScript writes s, text made for r's digest, in the digest's one script as Apply writes the
// document: converted in the modes simplified and traditional, and in keep mode only the
// characters the digest's script never writes (s may quote the summaries' words, which keep
// leaves as written).
func InScript(r *model.Report, s string) string {
	m, written, err := scripts(r)
	switch {
	case err != nil, m == script.Keep && written == script.Keep:
		return s
	case m == script.Keep:
		return written.ConvertForeign(s)
	}
	return m.Convert(s)
}
