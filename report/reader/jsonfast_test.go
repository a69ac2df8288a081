package reader

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/jianbao/jianbao/internal/gen"
)

// sameAsJSONParser fails when fastLine takes line and gives other nodes than jsonParser (or
// jsonParser refuses it), or when fastLineWith gives other nodes with sc, a scratch that reuses
// the memory of the lines read before (as readJSONLWith reads); it returns whether fastLine
// took the line.
func sameAsJSONParser(t *testing.T, sc *jsonScratch, line []byte) bool {
	t.Helper()
	sc.reset()
	reused, reusedOK := fastLineWith(line, 7, sc)
	fast, ok := fastLine(line, 7)
	if reusedOK != ok {
		t.Fatalf("%q: fastLine takes it: %v, with a scratch reused: %v", line, ok, reusedOK)
	}
	if !ok {
		return false
	}
	slow, err := newJSONParser(line, 7).value()
	if err != nil {
		t.Fatalf("%q: fastLine takes it, jsonParser says %v", line, err)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("%q: fastLine gives\n%+v\njsonParser\n%+v", line, fast, slow)
	}
	if !reflect.DeepEqual(reused, slow) {
		t.Fatalf("%q: fastLineWith a scratch reused gives\n%+v\njsonParser\n%+v", line, reused, slow)
	}
	if utf8.Valid(line) {
		// Text known to be UTF-8 (Source.utf8) is not decoded character by character.
		if v, ok := fastLineWith(line, 7, &jsonScratch{valid: true}); !ok || !reflect.DeepEqual(v, slow) {
			t.Fatalf("%q: fastLineWith valid UTF-8 gives (%v)\n%+v\njsonParser\n%+v", line, ok, v, slow)
		}
	}
	return true
}

// TestFastLineAsJSONParser: the records of generated summaries, and lines with every escape,
// number form, literal, nesting and a few mistakes, parse to the same nodes as with
// encoding/json's tokens; fastLine takes the plain records (that is its point) and leaves the
// mistakes to jsonParser.
func TestFastLineAsJSONParser(t *testing.T) {
	t.Parallel()
	sc := &jsonScratch{reuse: true} // one for all the lines, as a goroutine of readJSONLWith has
	for _, s := range gen.Articles(300, gen.Long) {
		line, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if !sameAsJSONParser(t, sc, line) {
			t.Fatalf("fastLine does not take a generated record: %s", line)
		}
	}
	takes := []string{
		`{}`, `[]`, ` {"a" : [ 1 , -2.5e+3, 0, 0.0, 1E9, true, false, null, "x" ] } `, `"s"`, `12`, `{"a":1} trailing`,
		`{"a":"tab\there \"q\" back\\slash \/ nl\n"}`, `{"a":"ünïcödé 中文 😀"}`, `{"a":{"b":{"c":[[],{}]}}}`,
		`{"dup":1,"dup":2}`, "{\"a\":1}\r", `{"a":"\u4e2d\ud83d\ude00 \b\f\r"}`, `{"a":"bad \ud800 surrogate"}`,
		"{\"a\":\"\xff\xfe not utf-8\"}", `{"":""}`, `[-0]`,
	}
	for _, s := range takes {
		if !sameAsJSONParser(t, sc, []byte(s)) {
			t.Errorf("fastLine does not take %q", s)
		}
	}
	refuses := []string{
		``, `   `, `{`, `{"a"}`, `{"a":}`, `{"a":1,}`, `[1,]`, `[1 2]`, `{"a":01}`, `{"a":1.}`, `{"a":.5}`,
		`{"a":-}`, `{"a":1e}`, `{"a":tru}`, `{"a":truex}`, `{"a":nul}`, "{\"a\":\"ctl\x01\"}", `{"a":"\x"}`,
		`{a:1}`, `{"a":1]`, `[1}`, `{"a":"open`, `{"a":"\`, "\ufeff{}", `{"a":1 "b":2}`, `+1`, `{"a":NaN}`,
		string(bytes.Repeat([]byte("["), maxDepth+2)) + string(bytes.Repeat([]byte("]"), maxDepth+2)),
	}
	for _, s := range refuses {
		if _, err := newJSONParser([]byte(s), 1).value(); err == nil {
			t.Errorf("%q: jsonParser takes it: not a mistake", s)
		}
		if sameAsJSONParser(t, sc, []byte(s)) {
			t.Errorf("fastLine takes %q", s)
		}
	}
}

func FuzzFastLine(f *testing.F) {
	for _, s := range []string{`{"title":"标题","date":"2021-07-09","n":[1,2.5e3,-0],"ok":true,"x":null}`,
		`{"a":"esc \" \\ \/ \n \t \u4e2d \ud83d\ude00"}`, `[{"a":[]},{}]`, `{"a":1,}`, `{"a":01}`, "{\"a\":\"\xff\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		if bytes.IndexByte(line, '\n') >= 0 {
			return // a JSON Lines record has none
		}
		// The scratch has read another line first: its memory is reused for this one.
		sc := &jsonScratch{reuse: true}
		fastLineWith([]byte(`{"a":[{"b":"c","d":[1,{"e":"f"}]}],"g":"h\ni"}`), 1, sc)
		sameAsJSONParser(t, sc, line)
	})
}

// TestFastNext: what follows a member or element is a comma (more), the closing bracket (done)
// or a mistake (neither), said as such, whatever the offset is left at.
func TestFastNext(t *testing.T) {
	t.Parallel()
	tests := []struct {
		rest     string
		close    byte
		more, ok bool
	}{
		{",", '}', true, true},
		{"  ,", ']', true, true},
		{"}", '}', false, true},
		{" ]x", ']', false, true},
		{"]", '}', false, false},
		{"}", ']', false, false},
		{"", '}', false, false},
		{"   ", ']', false, false},
		{`"b"`, '}', false, false},
	}
	for _, tt := range tests {
		f := fastJSON{data: []byte(tt.rest)}
		if more, ok := f.next(tt.close); more != tt.more || ok != tt.ok {
			t.Errorf("next(%q) after %q = %v, %v; want %v, %v", tt.close, tt.rest, more, ok, tt.more, tt.ok)
		}
	}
}
