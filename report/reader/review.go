package reader

import (
	"bytes"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/jianbao/jianbao/report/model"
)

// IngestLine is how the first line of a summary jianbao ingest writes begins: "# jianbao ingest
// sha256:<hash of the rest> (delete this line once you have reviewed it)". While it is there,
// nobody has said the summary is reviewed (model.Review.Stamped).
const IngestLine = "# jianbao ingest sha256:"

// reviewNote is what the comments on a YAML node (and under it) say for review: whether one is
// a "# review" comment, the fields it names when it names them ("write it: date, unit"), and
// its node's line.
type reviewNote struct {
	review bool
	named  []string
	line   int
}

// join adds o's findings to n's.
func (n reviewNote) join(o reviewNote) reviewNote {
	if !o.review {
		return n
	}
	if !n.review || n.line == 0 {
		n.line = o.line
	}
	n.review = true
	n.named = append(n.named, o.named...)
	return n
}

// reviewMark is a mapping key a "# review" comment marks: the fields it names instead, when it
// names them, and the comment's line.
type reviewMark struct {
	key   string
	named []string
	line  int
}

// firstMarkLine is the line of the first mark, 0 when none.
func firstMarkLine(marks []reviewMark) int {
	if len(marks) == 0 {
		return 0
	}
	return marks[0].line
}

// comments reads y's own comments: a "# review" one, and jianbao ingest's first line.
func (c *yamlConv) comments(y *yaml.Node) reviewNote {
	var note reviewNote
	for _, text := range []string{y.HeadComment, y.LineComment, y.FootComment} {
		if text == "" {
			continue
		}
		for _, line := range strings.Split(text, "\n") {
			line = strings.TrimSpace(line)
			if strings.HasPrefix(line, IngestLine) {
				c.ingested = true
				continue
			}
			if named, ok := reviewComment(line); ok {
				note.review, note.line = true, y.Line
				note.named = append(note.named, named...)
			}
		}
	}
	return note
}

// reviewComment reports whether a comment line asks for review ("# review: …", any case) and
// the fields it names, when it ends in a list of them ("… write it: date, unit").
func reviewComment(line string) ([]string, bool) {
	t := strings.TrimSpace(strings.TrimLeft(line, "#"))
	if len(t) < len("review") || !strings.EqualFold(t[:len("review")], "review") {
		return nil, false
	}
	if rest := t[len("review"):]; rest != "" && !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "：") {
		return nil, false // reviewed, reviewer: not a mark
	}
	i := strings.LastIndexAny(t, ":：")
	if i < 0 {
		return nil, true
	}
	var named []string
	for _, item := range strings.Split(t[i+1:], ",") {
		f, ok := canonicalField(strings.TrimSpace(item))
		if !ok || !reviewable(f) {
			return nil, true
		}
		named = append(named, f)
	}
	return named, true
}

// reviewable reports whether field holds a value of the summary (not ingest's own notes).
func reviewable(field string) bool {
	return field != "reviewed" && field != "derived" && field != "review" && field != "warnings"
}

// ingestLines returns the lines of data that begin with jianbao ingest's first line.
func ingestLines(data []byte) []int {
	var out []int
	line := 1
	for rest := data; len(rest) > 0; line++ {
		l := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		if bytes.HasPrefix(l, []byte(IngestLine)) {
			out = append(out, line)
		}
	}
	return out
}

// markFields records on s the fields that the review marks on its record name.
func markFields(s *model.Summary, marks []reviewMark) {
	for _, m := range marks {
		fields := m.named
		if len(fields) == 0 {
			f, ok := canonicalField(m.key)
			if !ok || !reviewable(f) {
				continue
			}
			fields = []string{f}
		}
		s.Review.Fields = append(s.Review.Fields, fields...)
		s.Review.Commented = true
		if s.Review.Line == 0 {
			s.Review.Line = m.line
		}
	}
}

// sortReview puts the review's fields in schema order, each once.
func sortReview(r *model.Review) {
	if len(r.Fields) < 2 {
		return
	}
	slices.SortFunc(r.Fields, func(a, b string) int { return slices.Index(Fields, a) - slices.Index(Fields, b) })
	r.Fields = slices.Compact(r.Fields)
}
