package report

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestDependenciesPointOneWay checks the pipeline's import rules that have been broken before:
// each stage imports only what sits before it.
func TestDependenciesPointOneWay(t *testing.T) {
	t.Parallel()
	const module = "github.com/jianbao/jianbao/"
	tests := []struct {
		dir       string
		forbidden []string
	}{
		{"aggregate", []string{"report/reader", "report/extract", "report/layout", "report/doc"}},
		{"diag", []string{"report/reader", "report/extract"}},
		{"script", []string{"report/"}},
		{"model", []string{"report/reader", "report/extract", "report/aggregate", "report/doc"}},
		{"doc", []string{"report/model", "report/layout"}},
		{"layout", []string{"report/reader", "report/extract", "report/aggregate", "report/typeset", "report/writer"}},
		{"typeset", []string{"report/model", "report/layout", "report/writer"}},
		{"writer/docx", []string{"report/model", "report/layout", "report/typeset"}},
		// The publishers see only bytes and addresses, never the pipeline's models.
		{"publish/mail", []string{"report/model", "report/reader", "report/aggregate", "report/layout", "report/doc", "report/writer"}},
		// The command line only drives the library: of the module's packages it imports report alone.
		{"../cmd/jianbao", []string{"report/", "internal/", "fonts", "templates", "cmd/"}},
		{"publish/state", []string{"report/model", "report/reader", "report/aggregate", "report/layout", "report/doc", "report/writer", "report/publish/mail"}},
	}
	for _, tt := range tests {
		files, _ := filepath.Glob(filepath.Join(tt.dir, "*.go"))
		if len(files) == 0 {
			t.Errorf("%s: no Go files", tt.dir)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			ast, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range ast.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				for _, bad := range tt.forbidden {
					if strings.HasPrefix(path, module+bad) {
						t.Errorf("%s imports %s", f, path)
					}
				}
			}
		}
	}
}
