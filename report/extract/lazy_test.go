package extract

import (
	"regexp"
	"testing"
)

// TestPatternsCompile compiles every lazily compiled pattern of the package, so a bad one
// fails here and not on the first page that reaches it.
func TestPatternsCompile(t *testing.T) {
	if len(patterns) < 100 {
		t.Fatalf("only %d patterns registered; package-level patterns should use lazyRE", len(patterns))
	}
	for _, l := range patterns {
		if _, err := regexp.Compile(l.expr); err != nil {
			t.Errorf("pattern %.60q: %v", l.expr, err)
		}
	}
}
