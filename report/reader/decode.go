package reader

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
)

// decoder turns positioned records into summaries, collecting every problem it finds.
type decoder struct {
	file string
	errs *diag.ErrorList
	// written, for a ledger, maps each field to its column's header as the file writes it:
	// messages then name the column (field "日期"), not the schema field.
	written map[string]string
	// since is the first day a summary file declares to cover (data_since:), zero if none.
	since time.Time
	// marks, for YAML, are the keys of each record that a "# review" comment marks;
	// ingested is the line of jianbao ingest's first line when the document still has it.
	marks    map[*node][]reviewMark
	ingested int
}

func (d *decoder) pos(record, line int, field string) model.Pos {
	return model.Pos{File: d.file, Line: line, Record: record, Field: field}
}

// records splits a document's root into summary records: a mapping is one, a list holds many,
// and a mapping with a "summaries" or "articles" list holds many.
func (d *decoder) records(root *node) []*node {
	switch root.kind {
	case nullNode:
		return nil
	case listNode:
		return root.list
	case mapNode:
		for _, k := range []string{"summaries", "articles"} {
			if l := root.get(k); l != nil && l.kind == listNode && root.get("title") == nil {
				d.coverage(root)
				return l.list
			}
		}
		return []*node{root}
	}
	d.errs.Add(d.pos(0, root.line, ""), "want a summary (a mapping) or a list of summaries, got %s", root.kind)
	return nil
}

// coverage reads a summary file's data_since: (a date) or coverage: (a period, whose first day
// counts): the first day the file's ledger covers, when it starts later than its first article.
func (d *decoder) coverage(root *node) {
	for _, k := range []string{"data_since", "coverage"} {
		v := root.get(k)
		if v == nil {
			continue
		}
		pos := d.pos(0, v.line, k)
		if v.kind != scalarNode {
			d.errs.Add(pos, "want a date such as 2021-10-01, got %s", v.kind)
			return
		}
		var err error
		if k == "data_since" {
			d.since, err = period.ParseDate(strings.TrimSpace(v.text))
		} else {
			var p period.Period
			if p, err = period.Parse(strings.TrimSpace(v.text), period.Options{}); err == nil {
				d.since = p.Start
			}
		}
		if err != nil {
			d.errs.Add(pos, "%v", err)
		}
		return
	}
}

// stamp records the file's declared coverage on its summaries.
func (d *decoder) stamp(sums []model.Summary) []model.Summary {
	if !d.since.IsZero() {
		for i := range sums {
			sums[i].Covers = model.Day{Time: d.since}
		}
	}
	return sums
}

// summary decodes one record; ok is false when the record has an error.
func (d *decoder) summary(n *node, record int) (model.Summary, bool) {
	s := model.Summary{Pos: d.pos(record, n.line, "")}
	s.Pos.Cell = n.cells[""] // a spreadsheet row (Sheet1!14:14)
	before := len(*d.errs)
	if n.kind != mapNode {
		d.errs.Add(s.Pos, "want a summary with fields such as title and date, got %s", n.kind)
		return s, false
	}
	var seen fieldSet
	for i, key := range n.keys {
		v, line := n.vals[i], n.keyAt[i]
		field, ok := canonicalField(key)
		pos := d.pos(record, line, key)
		pos.Cell = n.cells[key]
		if !ok {
			if hint := suggest(key); hint != "" {
				d.errs.Add(pos, "unknown field: did you mean %s?", hint)
			} else {
				d.errs.Add(pos, "unknown field: want one of %s", strings.Join(Fields, ", "))
			}
			continue
		}
		if d.written == nil {
			pos.Field = field
		}
		if seen.has(field) {
			d.errs.Add(pos, "field given twice")
			continue
		}
		seen.add(field)
		fp := pos
		fp.Line = max(fp.Line, v.line)
		if fp != withField(s.Pos, field) {
			// A field on the summary's own line (every field of a JSON Lines record) is where
			// PosOf places it anyway: only the others are recorded (a map per summary was some
			// 70 MB for 100,000 JSON Lines articles).
			if s.Fields == nil {
				s.Fields = map[string]model.Pos{}
			}
			s.Fields[field] = fp
		}
		d.field(&s, field, v, pos)
	}
	markFields(&s, d.marks[n])
	if d.ingested > 0 {
		s.Review.Stamped = true
		if s.Review.Line == 0 {
			s.Review.Line = d.ingested
		}
	}
	sortReview(&s.Review)
	for _, f := range Required {
		if seen.has(f) {
			continue
		}
		if h, ok := d.written[f]; ok {
			p := d.pos(record, n.line, h)
			p.Cell = n.cells[h]
			d.errs.Add(p, "is empty (the %s column)", f)
		} else {
			d.errs.Add(d.pos(record, n.line, f), "missing required field")
		}
	}
	return s, len(*d.errs) == before
}

// fieldSet is a set of schema fields (Fields), one bit each: summary made a map of them for
// every record.
type fieldSet uint64

// fieldBits numbers the schema fields for fieldSet.
var fieldBits = func() map[string]fieldSet {
	m := make(map[string]fieldSet, len(Fields))
	for i, f := range Fields {
		m[f] = 1 << i
	}
	return m
}()

func (s fieldSet) has(field string) bool { return s&fieldBits[field] != 0 }

func (s *fieldSet) add(field string) {
	b, ok := fieldBits[field]
	if !ok {
		panic("reader: " + field + " is not a schema field")
	}
	*s |= b
}

// textField returns the summary's field that holds a single text, or nil.
func textField(s *model.Summary, field string) *string {
	switch field {
	case "id":
		return &s.ID
	case "title":
		return &s.Title
	case "unit":
		return &s.Unit
	case "institution":
		return &s.Institution
	case "category":
		return &s.Category
	case "source":
		return &s.Source
	case "url":
		return &s.URL
	case "venue":
		return &s.Venue
	case "summary":
		return &s.Summary
	}
	return nil
}

func (d *decoder) field(s *model.Summary, field string, v *node, pos model.Pos) {
	pos.Line = max(pos.Line, v.line)
	if dst := textField(s, field); dst != nil {
		*dst = d.str(v, pos, slices.Contains(Required, field))
		if field == "url" && s.URL != "" && !strings.Contains(s.URL, "://") {
			d.errs.Add(pos, "want an address such as https://example.edu.cn/news/1.html, got %q", s.URL)
		}
		return
	}
	switch field {
	case "date":
		txt := d.str(v, pos, true)
		if txt == "" {
			return
		}
		t, err := period.ParseDate(txt)
		if err != nil {
			d.errs.Add(pos, "%v", err)
			return
		}
		s.Date = model.Day{Time: t}
	case "authors":
		s.Authors = d.people(v, pos)
	case "speakers":
		s.Speakers = d.people(v, pos)
	case "chair":
		if p := d.people(v, pos); len(p) == 1 {
			s.Chair = &p[0]
		} else if len(p) > 1 {
			d.errs.Add(pos, "want one person, got %d", len(p))
		}
	case "units_involved":
		s.UnitsInvolved = d.strs(v, pos, itemSeps)
	case "highlights":
		s.Highlights = d.strs(v, pos, highlightSeps)
	case "tags":
		s.Tags = d.strs(v, pos, itemSeps)
	case "keywords":
		s.Keywords = d.strs(v, pos, itemSeps)
	case "figures":
		s.Figures = d.figures(v, pos)
	case "derived", "review":
		// jianbao ingest's JSON: the fields it derived rather than read (derived), and those it
		// read from weak evidence (review), to be reviewed.
		for i, f := range d.strs(v, pos, itemSeps) {
			marked, ok := canonicalField(f)
			if !ok || !reviewable(marked) {
				d.errs.Add(pos, "item %d: %q is not a field: want fields of the summary such as title, date, unit", i+1, f)
				continue
			}
			s.Review.Fields = append(s.Review.Fields, marked)
			if !slices.Contains(s.Review.Lists, field) {
				s.Review.Lists = append(s.Review.Lists, field)
			}
			if s.Review.Line == 0 {
				s.Review.Line = pos.Line
			}
		}
	case "reviewed":
		// jianbao ingest's JSON says "reviewed": false, the twin of its YAML's first line.
		t := d.str(v, pos, false)
		ok, err := strconv.ParseBool(t)
		if err != nil || t == "" {
			d.errs.Add(pos, "want true or false, got %q", t)
			return
		}
		if !ok {
			s.Review.Flagged = true
			if s.Review.Line == 0 {
				s.Review.Line = pos.Line
			}
		}
	case "warnings":
		// jianbao ingest's JSON: what it said while extracting, for whoever reviews the
		// summary; read as texts and otherwise left alone.
		d.strs(v, pos, highlightSeps)
	}
}

// str reads a single text value; numbers are accepted as text.
func (d *decoder) str(v *node, pos model.Pos, required bool) string {
	switch v.kind {
	case scalarNode:
		t := strings.TrimSpace(v.text)
		if t == "" && required {
			d.errs.Add(pos, "is empty")
		}
		return t
	case nullNode:
		if required {
			d.errs.Add(pos, "is empty")
		}
		return ""
	}
	d.errs.Add(pos, "want text, got %s", v.kind)
	return ""
}

// strs reads a list of texts: a list, or one text whose items are separated by a rune of seps.
func (d *decoder) strs(v *node, pos model.Pos, seps string) []string {
	var out []string
	switch v.kind {
	case nullNode:
	case scalarNode:
		out = splitItems(v.text, seps)
	case listNode:
		for i, e := range v.list {
			if e.kind != scalarNode {
				p := pos
				p.Line = e.line
				d.errs.Add(p, "item %d: want text, got %s", i+1, e.kind)
				continue
			}
			if t := strings.TrimSpace(e.text); t != "" {
				out = append(out, t)
			}
		}
	default:
		d.errs.Add(pos, "want a list of texts, got %s", v.kind)
	}
	return out
}

var rePersonParen = regexp.MustCompile(`^(.+?)\s*[（(](.+)[）)]$`)

// person reads "name", "name（role）" or "role name" (the last space separates the name).
func person(s string) model.Person {
	s = strings.TrimSpace(s)
	if m := rePersonParen.FindStringSubmatch(s); m != nil {
		return model.Person{Name: m[1], Role: m[2]}
	}
	if i := strings.LastIndexAny(s, " \u3000"); i > 0 {
		return model.Person{Role: strings.TrimSpace(s[:i]), Name: strings.TrimSpace(s[i:])}
	}
	return model.Person{Name: s}
}

// people reads one person or a list: texts, or mappings with name and role.
func (d *decoder) people(v *node, pos model.Pos) []model.Person {
	var items []*node
	switch v.kind {
	case nullNode:
		return nil
	case scalarNode, mapNode:
		items = []*node{v}
	case listNode:
		items = v.list
	}
	var out []model.Person
	for i, e := range items {
		p := pos
		p.Line = max(p.Line, e.line)
		switch e.kind {
		case scalarNode:
			for _, part := range splitPeople(e.text) {
				out = append(out, person(part))
			}
		case mapNode:
			var pr model.Person
			for j, k := range e.keys {
				val := e.vals[j]
				if val.kind != scalarNode {
					d.errs.Add(p, "item %d: %s: want text, got %s", i+1, k, val.kind)
					continue
				}
				switch k {
				case "name":
					pr.Name = strings.TrimSpace(val.text)
				case "role", "title":
					pr.Role = strings.TrimSpace(val.text)
				default:
					d.errs.Add(p, "item %d: unknown key %q: want name and role", i+1, k)
				}
			}
			if pr.Name == "" {
				d.errs.Add(p, "item %d: want a name", i+1)
				continue
			}
			out = append(out, pr)
		default:
			d.errs.Add(p, "item %d: want a name or {name, role}, got %s", i+1, e.kind)
		}
	}
	return out
}

// The text form of a figure: a label, then its value, a number with its approximation (约, 近,
// 逾 … before it, 余 or 多 after it) or 第 (an ordinal) and its unit. The unit holds no digit and
// no separator, so the number is the text's last: a label may hold numbers of its own
// (2025年培训人员, 第3期培训班).
const (
	figureApprox = `(约|約|近|逾|超过|超過|超|将近|將近|大约|大約)`
	figureNumber = `(?:` + figureApprox + `|(第))?\s*(\d+(?:\.\d+)?)\s*(余|餘|多)?\s*([^\d\s:：=]*)`
)

var (
	// reFigureValue reads what follows a figure's separator: "150余人", "约3.5万元", "第3位".
	reFigureValue = regexp.MustCompile(`^` + figureNumber + `$`)
	// reFigureTail reads a figure written without a separator: "问题 24个", "综合考核第5名".
	reFigureTail = regexp.MustCompile(`^(.*?)\s*` + figureNumber + `$`)
	// reNumberColon is a separator between two numbers: a time (14:30) or a ratio (1:3).
	reNumberColon = regexp.MustCompile(`\d+(?:\.\d+)?\s*[:：=]\s*\d+(?:\.\d+)?`)
)

// figureSeps separate a figure's label from its value.
const figureSeps = ":：="

// figureExample is what ParseFigure's errors show as the form it reads.
const figureExample = `"参会人员: 150余人", "资金：约3.5万元" or "全省排位: 第3位"`

// ParseFigure reads a figure written as text, "参会人员: 150余人" or "资金：约3.5万元". The label
// is everything before the separator (: ： =) and the value everything after it; without a
// separator, the value is the text's last number with its unit, the label all before it
// ("问题 24个"). A text that gives no such split is an error, never a guessed one: a label
// holding digits (2025年培训人员：30人) was cut at its first digit and printed 225年培训人员.
// A number written as an ordinal (第3位, 第5名) is a position in an ordering, never a
// quantity: the figure is read with its label (全省排位, not 全省排位: 第) and Fold none, so
// that no total adds it up.
func ParseFigure(s string) (model.Figure, error) {
	text := strings.TrimSpace(s)
	var label string
	var m []string
	switch n := strings.Count(text, ":") + strings.Count(text, "：") + strings.Count(text, "="); {
	case reNumberColon.MatchString(text):
		return model.Figure{}, fmt.Errorf("%q: %s, a separator between two numbers, is a time or a ratio, not a label and its value: want a figure such as %s", s, reNumberColon.FindString(text), figureExample)
	case n > 1:
		return model.Figure{}, fmt.Errorf("%q has %d separators (: ： =), where a figure has one, between its label and its value: want a figure such as %s", s, n, figureExample)
	case n == 1:
		i := strings.IndexAny(text, figureSeps)
		label = strings.TrimSpace(text[:i])
		_, w := utf8.DecodeRuneInString(text[i:])
		value := strings.TrimSpace(text[i+w:])
		if m = reFigureValue.FindStringSubmatch(value); m == nil {
			return model.Figure{}, fmt.Errorf("%q: after the separator, %q is not a number with its unit: want a figure such as %s", s, value, figureExample)
		}
		m = append([]string{m[0], label}, m[1:]...)
	default:
		if m = reFigureTail.FindStringSubmatch(text); m == nil {
			return model.Figure{}, fmt.Errorf("%q does not end in a number with its unit: want a figure such as %s", s, figureExample)
		}
		label = strings.TrimSpace(m[1])
	}
	if label == "" {
		return model.Figure{}, fmt.Errorf("%q has no label before its number: want a figure such as %s", s, figureExample)
	}
	v, _ := strconv.ParseFloat(m[4], 64)
	f := model.Figure{Label: label, Value: v, Unit: m[6], Approx: m[2] != "" || m[5] != "", Qualifier: qualifier(m[2], m[5]), Text: text}
	if m[3] != "" {
		f.Fold = model.FoldNone
	}
	return f, nil
}

// qualifier names the approximation written before (约, 近, 逾 …) or after (余, 多) a number.
func qualifier(before, after string) string {
	switch before {
	case "约", "約", "大约", "大約":
		return "约"
	case "近", "将近", "將近":
		return "近"
	case "逾", "超过", "超過", "超":
		return "逾"
	}
	if after != "" {
		return "余"
	}
	return ""
}

var reValue = regexp.MustCompile(`^(约|約|近|逾|超过|超過|大约|大約|第)?\s*(\d+(?:\.\d+)?)\s*(余|餘|多)?\s*([万亿]?)$`)

func (d *decoder) figures(v *node, pos model.Pos) []model.Figure {
	var items []*node
	switch v.kind {
	case nullNode:
		return nil
	case scalarNode:
		for _, part := range splitList(v.text) {
			items = append(items, &node{kind: scalarNode, text: part, line: v.line})
		}
	case listNode:
		items = v.list
	default:
		d.errs.Add(pos, "want a list of figures, got %s", v.kind)
		return nil
	}
	var out []model.Figure
	for i, e := range items {
		p := pos
		p.Line = max(p.Line, e.line)
		switch e.kind {
		case scalarNode:
			f, err := ParseFigure(e.text)
			if err != nil {
				d.errs.Add(p, "item %d: %v", i+1, err)
				continue
			}
			out = append(out, f)
		case mapNode:
			if f, ok := d.figureMap(e, p, i+1); ok {
				out = append(out, f)
			}
		default:
			d.errs.Add(p, "item %d: want {label, value, unit}, got %s", i+1, e.kind)
		}
	}
	return out
}

func (d *decoder) figureMap(e *node, p model.Pos, item int) (model.Figure, bool) {
	var f model.Figure
	ok, hasValue, scale, ordinal := true, false, "", false
	for j, k := range e.keys {
		val := e.vals[j]
		if val.kind != scalarNode {
			d.errs.Add(p, "item %d: %s: want a single value, got %s", item, k, val.kind)
			ok = false
			continue
		}
		t := strings.TrimSpace(val.text)
		switch k {
		case "label":
			f.Label = t
		case "unit":
			f.Unit = t
		case "text":
			f.Text = t
		case "fold":
			if t == "" || !model.ValidFold(t) {
				d.errs.Add(p, "item %d: fold: want sum, latest or none (or no fold: the label rules decide), got %q", item, t)
				ok = false
				continue
			}
			f.Fold = t
		case "approx":
			b, err := strconv.ParseBool(t)
			if err != nil {
				d.errs.Add(p, "item %d: approx: want true or false, got %q", item, t)
				ok = false
			}
			f.Approx = b
		case "value":
			hasValue = true
			m := reValue.FindStringSubmatch(t)
			if m == nil {
				d.errs.Add(p, "item %d: value: want a number such as 150, 3.5 or 150余, got %q", item, t)
				ok = false
				continue
			}
			f.Value, _ = strconv.ParseFloat(m[2], 64)
			if m[1] == "第" {
				ordinal = true // a position (第3), not a quantity
				m[1] = ""
			}
			f.Approx = f.Approx || m[1] != "" || m[3] != ""
			f.Qualifier = qualifier(m[1], m[3])
			scale = m[4]
		default:
			d.errs.Add(p, "item %d: unknown key %q: want label, value, unit, approx, text, fold", item, k)
			ok = false
		}
	}
	if scale != "" && !strings.HasPrefix(f.Unit, scale) {
		f.Unit = scale + f.Unit
	}
	if ordinal {
		if f.Fold != "" && f.Fold != model.FoldNone {
			d.errs.Add(p, "item %d: fold: the value is an ordinal (第%g), a position that folds into no total: want none or no fold, got %q", item, f.Value, f.Fold)
			ok = false
		}
		f.Fold = model.FoldNone
	}
	if f.Label == "" {
		d.errs.Add(p, "item %d: want a label", item)
		ok = false
	}
	if !hasValue {
		d.errs.Add(p, "item %d: want a value", item)
		ok = false
	}
	return f, ok
}

// withField is p naming field.
func withField(p model.Pos, field string) model.Pos {
	p.Field = field
	return p
}
