package reader

import (
	"encoding/json"
	"unicode/utf8"
)

// fastLine parses one JSON Lines record (a line without a newline) into nodes at line, or
// returns false for anything it does not take: then jsonParser, on encoding/json's token
// stream, parses the line again and says what is wrong. It takes what encoding/json takes and
// gives the same nodes (TestFastLineAsJSONParser, FuzzFastLine), several times faster: a value
// whose bytes are well formed, strings of plain characters or the common escapes, and numbers
// as JSON writes them. Like jsonParser.value it reads one value and leaves what follows.
func fastLine(data []byte, line int) (*node, bool) {
	f := fastJSON{data: data, line: line}
	n, ok := f.value(0)
	return n, ok
}

// fastJSON is fastLine's state: the line and the offset reached.
type fastJSON struct {
	data []byte
	at   int
	line int
}

func (f *fastJSON) space() {
	for f.at < len(f.data) {
		switch f.data[f.at] {
		case ' ', '\t', '\r', '\n':
			f.at++
		default:
			return
		}
	}
}

func (f *fastJSON) value(depth int) (*node, bool) {
	if depth > maxDepth {
		return nil, false
	}
	f.space()
	if f.at >= len(f.data) {
		return nil, false
	}
	switch c := f.data[f.at]; {
	case c == '{':
		f.at++
		n := &node{kind: mapNode, line: f.line}
		f.space()
		if f.at < len(f.data) && f.data[f.at] == '}' {
			f.at++
			return n, true
		}
		for {
			f.space()
			if f.at >= len(f.data) || f.data[f.at] != '"' {
				return nil, false
			}
			k, ok := f.str()
			if !ok {
				return nil, false
			}
			f.space()
			if f.at >= len(f.data) || f.data[f.at] != ':' {
				return nil, false
			}
			f.at++
			v, ok := f.value(depth + 1)
			if !ok {
				return nil, false
			}
			n.keys = append(n.keys, k)
			n.keyAt = append(n.keyAt, f.line)
			n.vals = append(n.vals, v)
			if more, ok := f.next('}'); !more {
				return n, ok
			}
		}
	case c == '[':
		f.at++
		n := &node{kind: listNode, line: f.line}
		f.space()
		if f.at < len(f.data) && f.data[f.at] == ']' {
			f.at++
			return n, true
		}
		for {
			v, ok := f.value(depth + 1)
			if !ok {
				return nil, false
			}
			n.list = append(n.list, v)
			if more, ok := f.next(']'); !more {
				return n, ok
			}
		}
	case c == '"':
		s, ok := f.str()
		return &node{kind: scalarNode, text: s, quoted: true, line: f.line}, ok
	case c == 't':
		return &node{kind: scalarNode, text: "true", isBool: true, line: f.line}, f.word("true")
	case c == 'f':
		return &node{kind: scalarNode, text: "false", isBool: true, line: f.line}, f.word("false")
	case c == 'n':
		return &node{kind: nullNode, line: f.line}, f.word("null")
	case c == '-' || c >= '0' && c <= '9':
		s, ok := f.number()
		return &node{kind: scalarNode, text: s, isNum: true, line: f.line}, ok
	}
	return nil, false
}

// next reads what follows a member or element: the comma that goes on to another one (more),
// or the closing bracket close (not more, ok). Anything else is not JSON fastLine takes (not
// more, not ok).
func (f *fastJSON) next(close byte) (more, ok bool) {
	f.space()
	if f.at < len(f.data) {
		switch f.data[f.at] {
		case ',':
			f.at++
			return true, true
		case close:
			f.at++
			return false, true
		}
	}
	return false, false
}

func (f *fastJSON) word(w string) bool {
	if len(f.data)-f.at < len(w) || string(f.data[f.at:f.at+len(w)]) != w {
		return false
	}
	f.at += len(w)
	// encoding/json reads a literal up to a delimiter: "truex" is an error there.
	return f.at == len(f.data) || delimiter(f.data[f.at])
}

// delimiter reports whether c may follow a literal or a number.
func delimiter(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', ',', ']', '}', ':':
		return true
	}
	return false
}

// number reads a number as JSON writes it: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (f *fastJSON) number() (string, bool) {
	d, start := f.data, f.at
	i := f.at
	digits := func() int {
		n := 0
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case digits() == 0:
		return "", false
	}
	if i < len(d) && d[i] == '.' {
		i++
		if digits() == 0 {
			return "", false
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if digits() == 0 {
			return "", false
		}
	}
	if i < len(d) && !delimiter(d[i]) {
		return "", false
	}
	f.at = i
	return string(d[start:i]), true
}

// str reads a string. Plain text, \n, \t, \", \\ and \/ are read here; a string with another
// escape or with bytes that are not UTF-8 is unquoted by encoding/json itself, which then gives
// the same text as it gives jsonParser.
func (f *fastJSON) str() (string, bool) {
	d := f.data
	start := f.at // the opening quote
	i := start + 1
	var buf []byte
	plain := i // d[plain:i] is not yet in buf
	for {
		if i >= len(d) {
			return "", false
		}
		c := d[i]
		switch {
		case c == '"':
			f.at = i + 1
			if buf == nil {
				return string(d[plain:i]), true
			}
			return string(append(buf, d[plain:i]...)), true
		case c < 0x20:
			return "", false
		case c == '\\':
			if i+1 >= len(d) {
				return "", false
			}
			var r byte
			switch d[i+1] {
			case 'n':
				r = '\n'
			case 't':
				r = '\t'
			case '"', '\\', '/':
				r = d[i+1]
			default:
				return f.slowStr(start)
			}
			buf = append(append(buf, d[plain:i]...), r)
			i += 2
			plain = i
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRune(d[i:])
			if r == utf8.RuneError && size == 1 {
				return f.slowStr(start)
			}
			i += size
		}
	}
}

// slowStr unquotes the string that starts at start with encoding/json.
func (f *fastJSON) slowStr(start int) (string, bool) {
	d := f.data
	i := start + 1
	for i < len(d) && d[i] != '"' {
		if d[i] == '\\' {
			i++
		}
		i++
	}
	if i >= len(d) {
		return "", false
	}
	var s string
	if err := json.Unmarshal(d[start:i+1], &s); err != nil {
		return "", false
	}
	f.at = i + 1
	return s, true
}
