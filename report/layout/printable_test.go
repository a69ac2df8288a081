package layout

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/aggregate"
)

// TestSlashPrintable: a ╱ (U+2571, in Taiwanese bylines and unit names) has no glyph in the
// bundled fonts; every layout writes it as the full-width solidus (doc.Printable), in the
// title, the issuer's name and wherever else it goes, so no writer meets it.
func TestSlashPrintable(t *testing.T) {
	t.Parallel()
	r := *samplesFor(t, "2021Q3", aggregate.Spec{})
	r.Title, r.Issuer = "东湖大学╱东湖医院工作简报", "东湖大学党委办公室╱校长办公室"
	for name, d := range render(t, &r) {
		out, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if s := string(out); strings.Contains(s, "╱") || !strings.Contains(s, "党委办公室／校长办公室") {
			t.Errorf("%s: want every ╱ written ／: %s", name, s)
		}
	}
}
