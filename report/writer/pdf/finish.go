package pdf

import (
	"bytes"
	"crypto/md5"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var (
	reStartXref = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	reXrefEntry = regexp.MustCompile(`(\d{10}) (\d{5}) ([nf])`)
	reTrailer   = regexp.MustCompile(`(?s)trailer\s*<<(.*?)>>\s*startxref`)
	reInfoRef   = regexp.MustCompile(`/Info \d+ 0 R`)
	reSize      = regexp.MustCompile(`/Size \d+`)
	reVersion   = regexp.MustCompile(`^%PDF-1\.\d`)
	reDate      = regexp.MustCompile(`/(CreationDate|ModDate) \(D:(\d{14})\)`)
	reFontDsc   = regexp.MustCompile(`/Type /FontDescriptor\s*/FontName /(\w+)`)
)

// pdfObject is one indirect object as fpdf wrote it: its number and its bytes, header
// ("N 0 obj") to the byte before the next object.
type pdfObject struct {
	n    int
	body []byte
}

// objects splits a PDF at the offsets of its own cross-reference table (fpdf writes one
// uncompressed section and no object streams), so bytes inside streams are never mistaken for
// structure. It returns the bytes before the first object, the objects in file order, and the
// trailer dictionary's contents.
func objects(pdf []byte) ([]byte, []pdfObject, string, error) {
	m := reStartXref.FindSubmatch(pdf)
	if m == nil {
		return nil, nil, "", fmt.Errorf("pdf: no startxref")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if xref <= 0 || xref >= len(pdf) || !bytes.HasPrefix(pdf[xref:], []byte("xref")) {
		return nil, nil, "", fmt.Errorf("pdf: startxref does not point at a cross-reference table")
	}
	tr := reTrailer.FindSubmatch(pdf[xref:])
	if tr == nil {
		return nil, nil, "", fmt.Errorf("pdf: no trailer")
	}
	type at struct{ n, off int }
	var offs []at
	for n, e := range reXrefEntry.FindAllSubmatch(pdf[xref:xref+bytes.Index(pdf[xref:], []byte("trailer"))], -1) {
		if string(e[3]) == "n" {
			off, _ := strconv.Atoi(string(e[1]))
			if off <= 0 || off >= xref || !bytes.HasPrefix(pdf[off:], fmt.Appendf(nil, "%d 0 obj", n)) {
				return nil, nil, "", fmt.Errorf("pdf: object %d is not where the cross-reference table says", n)
			}
			offs = append(offs, at{n, off})
		}
	}
	if len(offs) == 0 {
		return nil, nil, "", fmt.Errorf("pdf: empty cross-reference table")
	}
	sort.Slice(offs, func(i, j int) bool { return offs[i].off < offs[j].off })
	objs := make([]pdfObject, len(offs))
	for i, o := range offs {
		end := xref
		if i+1 < len(offs) {
			end = offs[i+1].off
		}
		objs[i] = pdfObject{n: o.n, body: pdf[o.off:end]}
	}
	return pdf[:offs[0].off], objs, string(tr[1]), nil
}

// finish mends what fpdf writes where it cannot be told otherwise, object by object, for every
// PDF: the header declares PDF 1.7 and font descriptors get a FontFamily, dates get their time
// zone (UTC, as the XMP says), outline items with children get their /Count (fpdf writes 0,
// which ISO 32000 forbids), link annotations become indirect objects, and the trailer gets the
// right /Info (fpdf points at the wrong object once an output intent is present) and a document
// /ID. For PDF/A, links also get the Print flag (/F 4). The cross-reference table is rebuilt.
func finish(pdf []byte, pdfa bool) ([]byte, error) {
	head, objs, trailer, err := objects(pdf)
	if err != nil {
		return nil, err
	}
	head = reVersion.ReplaceAll(head, []byte("%PDF-1.7"))
	counts := outlineCounts(objs)
	maxObj := 0
	for _, o := range objs {
		maxObj = max(maxObj, o.n)
	}
	var extra []pdfObject // annotations moved out of pages
	info := -1
	for i := range objs {
		o := &objs[i]
		b := reFontDsc.ReplaceAll(o.body, []byte("/Type /FontDescriptor /FontName /$1 /FontFamily ($1)"))
		b = reDate.ReplaceAll(b, []byte("/$1 (D:${2}Z)"))
		if c := counts[o.n]; c > 0 {
			if k := bytes.LastIndex(b, countZero); k >= 0 {
				b = append(append(append([]byte{}, b[:k]...), fmt.Sprintf("/Count %d>>", c)...), b[k+len(countZero):]...)
			}
		}
		var moved [][]byte
		b, moved = indirectAnnots(b, maxObj+len(extra))
		for _, a := range moved {
			if pdfa {
				a = bytes.Replace(a, []byte("/Subtype /Link /Rect"), []byte("/Subtype /Link /F 4 /Rect"), 1)
			}
			extra = append(extra, pdfObject{n: maxObj + len(extra) + 1, body: fmt.Appendf(nil, "%d 0 obj\n%s\nendobj\n", maxObj+len(extra)+1, a)})
		}
		if bytes.HasPrefix(b, fmt.Appendf(nil, "%d 0 obj\n<<\n/Producer", o.n)) {
			info = o.n
		}
		o.body = b
	}
	if info < 0 {
		return nil, fmt.Errorf("pdf: no document information dictionary")
	}
	objs = append(objs, extra...)
	maxObj += len(extra)
	var out bytes.Buffer
	out.Write(head)
	offsets := make([]int, maxObj+1)
	for _, o := range objs {
		offsets[o.n] = out.Len()
		out.Write(o.body)
	}
	sum := md5.Sum(out.Bytes())
	id := fmt.Sprintf("%X", sum)
	xrefAt := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", maxObj+1)
	for n := 1; n <= maxObj; n++ {
		if offsets[n] > 0 {
			fmt.Fprintf(&out, "%010d 00000 n \n", offsets[n])
		} else {
			out.WriteString("0000000000 65535 f \n")
		}
	}
	dict := reInfoRef.ReplaceAllString(strings.TrimSpace(trailer), fmt.Sprintf("/Info %d 0 R", info))
	dict = reSize.ReplaceAllString(dict, fmt.Sprintf("/Size %d", maxObj+1))
	fmt.Fprintf(&out, "trailer\n<<\n%s\n/ID [<%s><%s>]\n>>\nstartxref\n%d\n%%%%EOF\n", dict, id, id, xrefAt)
	return out.Bytes(), nil
}

// indirectAnnots takes the annotation dictionaries that fpdf writes inside a page's /Annots
// array out of the object, as ISO 32000 (12.5.2) requires, and refers to them as objects
// numbered after next. It returns the object's new bytes and the dictionaries taken out.
func indirectAnnots(obj []byte, next int) ([]byte, [][]byte) {
	i := bytes.Index(obj, []byte("/Annots ["))
	if i < 0 {
		return obj, nil
	}
	i += len("/Annots [")
	var out bytes.Buffer
	out.Write(obj[:i])
	rest := obj[i:]
	var moved [][]byte
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
		moved = append(moved, rest[j:j+end])
		fmt.Fprintf(&out, "%d 0 R ", next+len(moved))
		rest = rest[j+end:]
	}
	out.Write(rest)
	return out.Bytes(), moved
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

// outlineCounts returns, for each outline item with children, its number of descendants (all
// open). Items are objects that start with a /Title string; the string is skipped, not searched,
// since UTF-16 titles may hold any byte.
func outlineCounts(objs []pdfObject) map[int]int {
	parent := map[int]int{}
	for _, o := range objs {
		head := fmt.Appendf(nil, "%d 0 obj\n<</Title ", o.n)
		if !bytes.HasPrefix(o.body, head) {
			continue
		}
		after := stringEnd(o.body[len(head):])
		if after < 0 {
			continue
		}
		if m := reParent.FindSubmatch(o.body[len(head)+after:]); m != nil {
			parent[o.n], _ = strconv.Atoi(string(m[1]))
		}
	}
	count := map[int]int{}
	for n := range parent {
		for p, ok := parent[n]; ok; p, ok = parent[p] {
			count[p]++
		}
	}
	return count
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
