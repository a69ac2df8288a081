package extract

import (
	"regexp"
	"sync"
)

// The package holds some 230 patterns. Compiled at package initialisation they cost every
// jianbao command about 9 ms and 5 MB before it starts, though only ingest extracts; so each
// is compiled on its first use instead. The standard library has no lazily compiled regexp,
// hence this small wrapper: it offers exactly the methods the package calls.

// lazyRegexp is a regular expression compiled on first use; safe for concurrent use.
type lazyRegexp struct {
	once sync.Once
	expr string
	re   *regexp.Regexp
}

// patterns lists every lazyRegexp made, so a test can compile them all.
var patterns []*lazyRegexp

// lazyRE returns expr compiled on first use (a bad expr panics then, as MustCompile would at
// start-up; TestPatternsCompile compiles every one). Call it only for package-level variables.
func lazyRE(expr string) *lazyRegexp {
	l := &lazyRegexp{expr: expr}
	patterns = append(patterns, l)
	return l
}

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

func (l *lazyRegexp) String() string                 { return l.expr }
func (l *lazyRegexp) MatchString(s string) bool      { return l.get().MatchString(s) }
func (l *lazyRegexp) FindString(s string) string     { return l.get().FindString(s) }
func (l *lazyRegexp) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string {
	return l.get().FindStringSubmatch(s)
}
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}
func (l *lazyRegexp) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
func (l *lazyRegexp) ReplaceAllString(s, repl string) string {
	return l.get().ReplaceAllString(s, repl)
}
func (l *lazyRegexp) ReplaceAllStringFunc(s string, f func(string) string) string {
	return l.get().ReplaceAllStringFunc(s, f)
}
func (l *lazyRegexp) Split(s string, n int) []string { return l.get().Split(s, n) }
