package pdf

import (
	"bytes"
	"crypto/md5"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var (
	reObj     = regexp.MustCompile(`(?m)^(\d+) 0 obj`)
	reXref    = regexp.MustCompile(`(?s)\nxref\n.*`)
	reTrailer = regexp.MustCompile(`(?s)trailer\n<<(.*?)>>`)
	reInfoRef = regexp.MustCompile(`/Info \d+ 0 R`)
	reDate    = regexp.MustCompile(`/(CreationDate|ModDate) \(D:(\d{14})\)`)
	reFontDsc = regexp.MustCompile(`/Type /FontDescriptor\s*/FontName /(\w+)`)
)

// finish mends what fpdf writes where it cannot be told otherwise, for every PDF: the header
// declares PDF 1.7 and font descriptors get a FontFamily, outline items with children get their
// /Count (fpdf writes 0, which ISO 32000 forbids), link annotations become indirect objects, and
// the trailer gets the right /Info (fpdf points at the wrong object once an output intent is
// present) and a document /ID. For PDF/A it also sets the Print flag (/F 4) on links and gives
// dates their time zone. The cross-reference table is then
// rebuilt for the new offsets. fpdf writes no object streams, so objects are found by their
// headers.
func finish(pdf []byte, pdfa bool) ([]byte, error) {
	// Declare PDF 1.7 (ISO 32000-1, which PDF/A-2 is based on); font descriptors get the
	// FontFamily that version asks for.
	body := regexp.MustCompile(`^%PDF-1\.\d`).ReplaceAll(pdf, []byte("%PDF-1.7"))
	body = reFontDsc.ReplaceAll(body, []byte("/Type /FontDescriptor /FontName /$1 /FontFamily ($1)"))
	if pdfa {
		body = bytes.ReplaceAll(body, []byte("/Subtype /Link /Rect"), []byte("/Subtype /Link /F 4 /Rect"))
	}
	// fpdf writes dates without a time zone; they are UTC (and the XMP dates say so).
	body = reDate.ReplaceAll(body, []byte("/$1 (D:${2}Z)"))
	loc := reXref.FindIndex(body)
	if loc == nil {
		return nil, fmt.Errorf("pdf: no cross-reference table")
	}
	tr := reTrailer.FindSubmatch(body[loc[0]:])
	if tr == nil {
		return nil, fmt.Errorf("pdf: no trailer")
	}
	body = fixOutlineCounts(body[:loc[0]+1])
	maxObj := 0
	for _, m := range reObj.FindAllSubmatch(body, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		maxObj = max(maxObj, n)
	}
	body, maxObj = indirectAnnots(body, maxObj)
	offsets := map[int]int{}
	for _, m := range reObj.FindAllSubmatchIndex(body, -1) {
		n, _ := strconv.Atoi(string(body[m[2]:m[3]]))
		offsets[n] = m[0]
	}
	info := -1
	for n, off := range offsets {
		if bytes.HasPrefix(body[off:], fmt.Appendf(nil, "%d 0 obj\n<<\n/Producer", n)) {
			info = n
		}
	}
	if info < 0 {
		return nil, fmt.Errorf("pdf: no document information dictionary")
	}
	id := fmt.Sprintf("%X", md5.Sum(body))
	var out bytes.Buffer
	out.Write(body)
	xrefAt := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", maxObj+1)
	for n := 1; n <= maxObj; n++ {
		if off, ok := offsets[n]; ok {
			fmt.Fprintf(&out, "%010d 00000 n \n", off)
		} else {
			out.WriteString("0000000000 65535 f \n")
		}
	}
	dict := reInfoRef.ReplaceAllString(strings.TrimSpace(string(tr[1])), fmt.Sprintf("/Info %d 0 R", info))
	dict = reSize.ReplaceAllString(dict, fmt.Sprintf("/Size %d", maxObj+1))
	fmt.Fprintf(&out, "trailer\n<<\n%s\n/ID [<%s><%s>]\n>>\nstartxref\n%d\n%%%%EOF\n", dict, id, id, xrefAt)
	return out.Bytes(), nil
}

var reSize = regexp.MustCompile(`/Size \d+`)

// indirectAnnots moves the annotation dictionaries that fpdf writes inside each page's /Annots
// array into objects of their own, as ISO 32000 (12.5.2) requires, numbered after maxObj.
func indirectAnnots(body []byte, maxObj int) ([]byte, int) {
	var out, objs bytes.Buffer
	rest := body
	for {
		i := bytes.Index(rest, []byte("/Annots ["))
		if i < 0 {
			break
		}
		i += len("/Annots [")
		out.Write(rest[:i])
		rest = rest[i:]
		for {
			j := 0
			for j < len(rest) && (rest[j] == ' ' || rest[j] == '\n') {
				j++
			}
			if !bytes.HasPrefix(rest[j:], []byte("<<")) {
				break
			}
			end := dictEnd(rest[j:])
			if end < 0 {
				break
			}
			maxObj++
			fmt.Fprintf(&objs, "%d 0 obj\n%s\nendobj\n", maxObj, rest[j:j+end])
			fmt.Fprintf(&out, "%d 0 R ", maxObj)
			rest = rest[j+end:]
		}
	}
	out.Write(rest)
	out.Write(objs.Bytes())
	return out.Bytes(), maxObj
}

// dictEnd returns the length of the balanced << >> dictionary at the start of b, or -1. Strings
// in parentheses are skipped, with their escapes.
func dictEnd(b []byte) int {
	depth := 0
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '(':
			n := stringEnd(b[i:])
			if n < 0 {
				return -1
			}
			i += n - 1
		case b[i] == '<' && i+1 < len(b) && b[i+1] == '<':
			depth++
			i++
		case b[i] == '>' && i+1 < len(b) && b[i+1] == '>':
			depth--
			i++
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

var (
	reParent  = regexp.MustCompile(`/Parent (\d+) 0 R`)
	countZero = []byte("/Count 0>>")
)

// fixOutlineCounts sets each outline item's /Count to its number of descendants (all open).
// Items are objects that start with a /Title string; the string is skipped, not searched, since
// UTF-16 titles may hold any byte.
func fixOutlineCounts(body []byte) []byte {
	heads := reObj.FindAllSubmatchIndex(body, -1)
	type item struct{ n, parent, start, end int }
	var items []item
	for k, h := range heads {
		end := len(body)
		if k+1 < len(heads) {
			end = heads[k+1][0]
		}
		obj := body[h[1]:end]
		pre := []byte("\n<</Title (")
		if !bytes.HasPrefix(obj, pre) {
			continue
		}
		after := stringEnd(obj[len(pre)-1:])
		if after < 0 {
			continue
		}
		rest := obj[len(pre)-1+after:]
		m := reParent.FindSubmatch(rest)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(string(body[h[2]:h[3]]))
		p, _ := strconv.Atoi(string(m[1]))
		items = append(items, item{n: n, parent: p, start: h[1], end: end})
	}
	parent := map[int]int{}
	for _, it := range items {
		parent[it.n] = it.parent
	}
	count := map[int]int{}
	for n := range parent {
		for p, ok := parent[n]; ok; p, ok = parent[p] {
			count[p]++
		}
	}
	var out bytes.Buffer
	last := 0
	for _, it := range items {
		c := count[it.n]
		if c == 0 {
			continue
		}
		obj := body[it.start:it.end]
		k := bytes.LastIndex(obj, countZero)
		if k < 0 {
			continue
		}
		out.Write(body[last : it.start+k])
		fmt.Fprintf(&out, "/Count %d>>", c)
		last = it.start + k + len(countZero)
	}
	out.Write(body[last:])
	return out.Bytes()
}

// stringEnd returns the length of the literal string at the start of b, "(" to its ")", or -1.
func stringEnd(b []byte) int {
	if len(b) == 0 || b[0] != '(' {
		return -1
	}
	depth := 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}
