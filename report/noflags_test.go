package report

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// flagLike is a command-line flag as a message might name one: --year, (--sheet.
var flagLike = regexp.MustCompile(`(^|[\s(（])--[a-z]`)

// TestLibraryTextNamesNoFlag: the library's messages, warnings and descriptions name no
// command-line flag; the command adds its own hints (issue 8). Comments may.
func TestLibraryTextNamesNoFlag(t *testing.T) {
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "internal" && path != "internal") {
			return filepath.SkipDir
		}
		if d.IsDir() && path == filepath.Join("internal", "testtools") {
			return filepath.SkipDir // only tests use it: its flags are LibreOffice's command line
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err == nil && flagLike.MatchString(s) {
				t.Errorf("%s: %q names a command-line flag; return a sentinel or typed error and let cmd/jianbao add the hint", fset.Position(lit.Pos()), s)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
