package report

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
	"time"

	"github.com/jianbao/jianbao/report/publish/mail"
)

// TestDefaultStateWaitSaysTheRetryBudget: DefaultStateWait's comment states the wait and what
// a run mailing with the mail defaults can hold the lock for, as the mail package computes it
// (the waits between tries, and those plus a timed-out connection per try), and that the wait
// is shorter. When a default changes, the comment is to say so.
func TestDefaultStateWaitSaysTheRetryBudget(t *testing.T) {
	var waits time.Duration
	for n := 1; n < mail.DefaultAttempts; n++ {
		waits += mail.Retry{}.Wait(n)
	}
	silent := waits + mail.DefaultAttempts*mail.DefaultTimeout
	if DefaultStateWait >= silent {
		t.Fatalf("DefaultStateWait %s covers the retry budget %s: the comment says it does not", DefaultStateWait, silent)
	}
	f, err := parser.ParseFile(token.NewFileSet(), "issue.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var doc string
	ast.Inspect(f, func(n ast.Node) bool {
		if g, ok := n.(*ast.GenDecl); ok && g.Tok == token.CONST {
			for _, s := range g.Specs {
				if v := s.(*ast.ValueSpec); v.Names[0].Name == "DefaultStateWait" {
					doc = g.Doc.Text() + v.Doc.Text()
				}
			}
		}
		return true
	})
	doc = strings.Join(strings.Fields(doc), " ")
	// short writes a duration as the comment does: 2m, 1m10s, 10s.
	short := func(d time.Duration) string {
		s := d.String()
		if strings.HasSuffix(s, "m0s") {
			s = strings.TrimSuffix(s, "0s")
		}
		return s
	}
	for _, want := range []string{short(DefaultStateWait), short(waits) + " of waits", "up to " + short(silent),
		short(mail.Retry{}.Wait(1)) + ", " + short(mail.Retry{}.Wait(2)) + " and " + short(mail.Retry{}.Wait(3))} {
		if !strings.Contains(doc, want) {
			t.Errorf("DefaultStateWait's comment does not say %q:\n%s", want, doc)
		}
	}
}
