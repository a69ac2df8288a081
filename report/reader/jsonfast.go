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
	return fastLineWith(data, line, new(jsonScratch))
}

// fastLineWith is fastLine with the buffers of sc, which a goroutine reuses from one line to
// the next.
func fastLineWith(data []byte, line int, sc *jsonScratch) (*node, bool) {
	f := fastJSON{data: data, line: line, sc: sc}
	n, ok := f.value(0)
	return n, ok
}

// fastJSON is fastLine's state: the line and the offset reached.
type fastJSON struct {
	data []byte
	at   int
	line int
	sc   *jsonScratch
}

// jsonScratch is what fastLineWith reuses from one line to the next (each goroutine reading
// lines has its own): the buffer a string with escapes is unquoted in, the members and
// elements of the mappings and lists being read (a stack: a value inside one is read whole
// before the next member), from which each gets slices of its own size, and the short strings
// met, each kept once (the keys, and values such as dates and units that records repeat).
// Reading 10,000 articles allocated half as much with it.
type jsonScratch struct {
	buf   []byte
	keys  []string
	keyAt []int
	vals  []*node
	list  []*node
	short map[string]string
	// reuse is set when the nodes of a line are dropped before the next line is read
	// (readJSONLWith decodes each record at once): reset then lets the next line have their
	// memory, the nodes and their slices, which otherwise are allocated for each line.
	reuse bool
	// valid is set when the lines are valid UTF-8 (Source.utf8): str then passes the bytes of
	// a character other than ASCII without decoding it (none of them is a quote, a backslash
	// or a control character).
	valid bool
	nodes []node
	// The nodes' members and elements, when reuse is set (slices of these).
	arenaKeys  []string
	arenaKeyAt []int
	arenaVals  []*node
}

// reset lets the next line reuse the memory of the nodes read so far, when reuse is set: the
// caller keeps none of them.
func (sc *jsonScratch) reset() {
	if sc.reuse {
		sc.nodes = sc.nodes[:0]
		sc.arenaKeys, sc.arenaKeyAt, sc.arenaVals = sc.arenaKeys[:0], sc.arenaKeyAt[:0], sc.arenaVals[:0]
	}
}

// members returns copies of the members on the stack from base.
func (sc *jsonScratch) members(base int) ([]string, []int, []*node) {
	if !sc.reuse {
		return append([]string(nil), sc.keys[base:]...), append([]int(nil), sc.keyAt[base:]...),
			append([]*node(nil), sc.vals[base:]...)
	}
	k, v, n := len(sc.arenaKeys), len(sc.arenaVals), len(sc.keys)-base // the elements of lists share arenaVals
	sc.arenaKeys = append(sc.arenaKeys, sc.keys[base:]...)
	sc.arenaKeyAt = append(sc.arenaKeyAt, sc.keyAt[base:]...)
	sc.arenaVals = append(sc.arenaVals, sc.vals[base:]...)
	return sc.arenaKeys[k : k+n : k+n], sc.arenaKeyAt[k : k+n : k+n], sc.arenaVals[v : v+n : v+n]
}

// elements returns a copy of the elements on the stack from base.
func (sc *jsonScratch) elements(base int) []*node {
	if !sc.reuse {
		return append([]*node(nil), sc.list[base:]...)
	}
	k, n := len(sc.arenaVals), len(sc.list)-base
	sc.arenaVals = append(sc.arenaVals, sc.list[base:]...)
	return sc.arenaVals[k : k+n : k+n]
}

// Bounds of jsonScratch.short: strings of at most maxShort bytes, at most maxShorts of them
// (whatever the input, the map stays small).
const (
	maxShort  = 32
	maxShorts = 4096
)

// intern returns b as a string: the one kept for the same bytes, if any.
func (sc *jsonScratch) intern(b []byte) string {
	if len(b) > maxShort {
		return string(b)
	}
	if s, ok := sc.short[string(b)]; ok {
		return s
	}
	s := string(b)
	if sc.short == nil {
		sc.short = map[string]string{}
	}
	if len(sc.short) < maxShorts {
		sc.short[s] = s
	}
	return s
}

// node returns a new node, one of a block of them allocated together (whose memory the next
// line reuses after reset, when reuse is set).
func (sc *jsonScratch) node(n node) *node {
	if len(sc.nodes) == cap(sc.nodes) {
		// A full block stays with the nodes in it; the new one is the one reused.
		sc.nodes = make([]node, 0, max(64, 2*cap(sc.nodes)))
	}
	sc.nodes = append(sc.nodes, n)
	return &sc.nodes[len(sc.nodes)-1]
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
		n := f.sc.node(node{kind: mapNode, line: f.line})
		f.space()
		if f.at < len(f.data) && f.data[f.at] == '}' {
			f.at++
			return n, true
		}
		sc := f.sc
		base := len(sc.keys)
		// The members go on the scratch stack (a mapping inside takes its own from above them
		// and leaves it as it found it), then into the node's own slices.
		defer func() {
			sc.keys, sc.keyAt, sc.vals = sc.keys[:base], sc.keyAt[:base], sc.vals[:base]
		}()
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
			sc.keys = append(sc.keys, k)
			sc.keyAt = append(sc.keyAt, f.line)
			sc.vals = append(sc.vals, v)
			if more, ok := f.next('}'); !more {
				n.keys, n.keyAt, n.vals = sc.members(base)
				return n, ok
			}
		}
	case c == '[':
		f.at++
		n := f.sc.node(node{kind: listNode, line: f.line})
		f.space()
		if f.at < len(f.data) && f.data[f.at] == ']' {
			f.at++
			return n, true
		}
		sc := f.sc
		base := len(sc.list)
		defer func() { sc.list = sc.list[:base] }()
		for {
			v, ok := f.value(depth + 1)
			if !ok {
				return nil, false
			}
			sc.list = append(sc.list, v)
			if more, ok := f.next(']'); !more {
				n.list = sc.elements(base)
				return n, ok
			}
		}
	case c == '"':
		s, ok := f.str()
		return f.sc.node(node{kind: scalarNode, text: s, quoted: true, line: f.line}), ok
	case c == 't':
		return f.sc.node(node{kind: scalarNode, text: "true", isBool: true, line: f.line}), f.word("true")
	case c == 'f':
		return f.sc.node(node{kind: scalarNode, text: "false", isBool: true, line: f.line}), f.word("false")
	case c == 'n':
		return f.sc.node(node{kind: nullNode, line: f.line}), f.word("null")
	case c == '-' || c >= '0' && c <= '9':
		s, ok := f.number()
		return f.sc.node(node{kind: scalarNode, text: s, isNum: true, line: f.line}), ok
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
	return f.sc.intern(d[start:i]), true
}

// str reads a string. Plain text, \n, \t, \", \\ and \/ are read here; a string with another
// escape or with bytes that are not UTF-8 is unquoted by encoding/json itself, which then gives
// the same text as it gives jsonParser.
func (f *fastJSON) str() (string, bool) {
	d := f.data
	start := f.at // the opening quote
	i := start + 1
	buf := f.sc.buf[:0]
	escaped := false
	plain := i // d[plain:i] is not yet in buf
	for {
		if i >= len(d) {
			return "", false
		}
		c := d[i]
		switch {
		case c == '"':
			f.at = i + 1
			if !escaped {
				return f.sc.intern(d[plain:i]), true
			}
			buf = append(buf, d[plain:i]...)
			f.sc.buf = buf
			return string(buf), true
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
			escaped = true
			i += 2
			plain = i
		case c < utf8.RuneSelf || f.sc.valid:
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
