package layout

import (
	"fmt"
	"sort"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/script"
)

// defaultStyles are used for any style a layout does not define.
var defaultStyles = map[string]doc.Style{
	"body":           {Font: "serif", Size: 12, Align: "justify", Indent: 2, Leading: 22},
	"title":          {Font: "sans", Size: 22, Bold: true, Align: "center", Leading: 32, After: 12},
	"heading1":       {Font: "sans", Size: 16, Bold: true, Align: "left", Leading: 26, Before: 12, After: 6, KeepNext: true, Outline: 1},
	"heading2":       {Font: "sans", Size: 14, Bold: true, Align: "left", Leading: 24, Before: 8, After: 4, KeepNext: true, Outline: 2},
	"heading3":       {Font: "sans", Size: 12, Bold: true, Align: "left", Leading: 22, Before: 6, After: 2, KeepNext: true, Outline: 3},
	"meta":           {Font: "kai", Size: 10.5, Align: "left", Leading: 18, After: 2, KeepNext: true},
	"list":           {Font: "serif", Size: 12, Align: "justify", Leading: 22},
	"table":          {Font: "serif", Size: 10.5, Align: "left", Leading: 16},
	"caption":        {Font: "sans", Size: 10.5, Bold: true, Align: "center", Leading: 18, Before: 6, After: 4, KeepNext: true},
	"header":         {Font: "serif", Size: 9, Align: "center", Leading: 12},
	"footer":         {Font: "serif", Size: 10.5, Align: "center", Leading: 14},
	"toc":            {Font: "serif", Size: 12, Align: "left", Leading: 24},
	"cover-org":      {Font: "sans", Size: 16, Bold: true, Align: "center", Leading: 28},
	"cover-title":    {Font: "sans", Size: 26, Bold: true, Align: "center", Leading: 40},
	"cover-sub":      {Font: "kai", Size: 16, Align: "center", Leading: 28},
	"cover-date":     {Font: "serif", Size: 14, Align: "center", Leading: 24},
	"note":           {Font: "kai", Size: 10.5, Align: "left", Leading: 18},
	"signature":      {Font: "serif", Size: 12, Align: "right", Leading: 22},
	"masthead":       {Font: "sans", Size: 36, Color: "c00000", Align: "center", Leading: 52},
	"issue-no":       {Font: "serif", Size: 16, Align: "center", Leading: 28, After: 4},
	"masthead-row":   {Font: "serif", Size: 14, Align: "left", Leading: 24},
	"classification": {Font: "sans", Size: 14, Align: "left", Leading: 24},
	"closing":        {Font: "serif", Size: 12, Align: "left", Leading: 22},
	"recipient":      {Font: "serif", Size: 12, Align: "left", Leading: 22},
	"imprint":        {Font: "serif", Size: 14, Align: "left", Leading: 22},
}

// defaultFonts are the families each role asks for, best first; writers take the first they have.
var defaultFonts = map[string][]string{
	"serif":    {"宋体", "SimSun", "Noto Serif CJK SC"},
	"sans":     {"黑体", "SimHei", "Noto Sans CJK SC"},
	"kai":      {"楷体", "KaiTi", "LXGW WenKai"},
	"fangsong": {"仿宋", "FangSong", "Noto Serif CJK SC"},
}

// displayRoles are the font roles layouts use for display faces (小标宋: mastheads, titles).
var displayRoles = map[string]bool{"xbs": true, "display": true}

// builder carries the state of one Apply.
type builder struct {
	r     *model.Report
	l     *Layout
	tmpl  *template.Template
	d     *doc.Document
	h1    int // level-1 heading counter
	ids   int
	nodes []doc.Block
	// tables and charts count captions, so that every layout numbers them from 1.
	tables, charts int
	// appendix holds what sections deferred to the appendix; appendixDone is set once the
	// appendix was written.
	appendix     []appendixPart
	appendixDone bool
	// ownTitle is set when the report came with its own title (--title), not the layout's.
	ownTitle bool
	// own writes the layout's own template text in the digest's script before it is run (in
	// keep mode; else it returns the text as it is).
	own func(string) string
}

// Apply builds the document for report r with layout l.
func Apply(r *model.Report, l *Layout) (*doc.Document, error) {
	m, written, err := scripts(r)
	if err != nil {
		return nil, err
	}
	tmpl, own, err := l.scriptTemplates(m, written)
	if err != nil {
		return nil, err
	}
	b := &builder{r: r, l: l, tmpl: tmpl, d: &doc.Document{}, ownTitle: r.Title != "", own: own}
	b.d.Styles = b.styles()
	b.d.Fonts = fonts(l)
	title, err := b.text("title", "")
	if err != nil {
		return nil, err
	}
	if r.Title == "" {
		r = withTitle(r, title)
		b.r = r
	}
	// After the title: the running header may name it.
	if err := b.page(); err != nil {
		return nil, err
	}
	var kw []string
	for i, k := range r.Keywords {
		if i == 8 {
			break
		}
		kw = append(kw, k.Word)
	}
	b.d.Meta = doc.Meta{Title: r.Title, Author: r.Issuer, Subject: r.Period.Label, Keywords: kw, Lang: "zh-CN", Date: r.Date.Format("2006-01-02")}
	// The appendix, when the layout has no section for it, goes before the 报尾 or 版记 that end
	// a document (after a 公文's 落款, where GB/T 9704 puts 附件).
	end := len(l.Sections)
	for end > 0 && (l.Sections[end-1].Kind == "closing" || l.Sections[end-1].Kind == "imprint") {
		end--
	}
	for i, s := range l.Sections {
		if i == end && !b.appendixDone {
			if err := appendix(b, Section{Kind: "appendix"}); err != nil {
				return nil, fmt.Errorf("layout %s: appendix: %w", l.Name, err)
			}
		}
		if err := sectionKinds[s.Kind](b, s); err != nil {
			return nil, fmt.Errorf("layout %s: section %s: %w", l.Name, s.Kind, err)
		}
	}
	if end == len(l.Sections) && !b.appendixDone {
		if err := appendix(b, Section{Kind: "appendix"}); err != nil {
			return nil, fmt.Errorf("layout %s: appendix: %w", l.Name, err)
		}
	}
	b.d.Blocks = b.nodes
	// One script for the whole document: the layout's own wording too.
	switch {
	case m == script.Keep && written == script.Keep: // a model that does not say: as written
	case m == script.Keep:
		// The summaries' text stays as written (a full conversion would write the surname 范
		// as 範 in traditional); only characters the written script never writes change, and
		// those are the layout's own words (较上期, 参会人员, 工作简报) and whatever of the
		// other script a summary holds.
		doc.MapText(b.d, written.ConvertForeign)
	default:
		doc.MapText(b.d, m.Convert)
	}
	// Characters the fonts lack that stand for a mark they have (╱ for ／), after the script:
	// one choice for every writer.
	doc.MapText(b.d, doc.Printable)
	if written == script.Traditional {
		// Hong Kong, Macau and Taiwan print the marks centred: decided here, for every writer.
		b.d.Meta.Lang, b.d.Punct = "zh-Hant", doc.PunctCentred
	}
	return b.d, nil
}

// scriptTemplates returns l's templates as a digest in mode m written in written runs them, and
// own, which writes a template string of the layout in that script before it is parsed. In keep
// mode the layout's own text is converted to the written script before it is run: it is the
// tool's wording, converted whole (据各单位 is 據各單位, where 据 alone is written by both
// scripts), while the summaries' text it is run over stays as written. Otherwise own returns
// its text, and the document is converted after it is built.
func (l *Layout) scriptTemplates(m, written script.Mode) (*template.Template, func(string) string, error) {
	own := func(s string) string { return s }
	tmpl := l.tmpl
	if m == script.Keep && written != script.Keep {
		tmpl, err := l.converted(written)
		return tmpl, written.Convert, err
	}
	if tmpl == nil { // a Layout built in code rather than by Parse
		var err error
		tmpl, err = l.templates()
		return tmpl, own, err
	}
	return tmpl, own, nil
}

// converted returns l's templates with their text converted to script written, built on the
// first call for that script and kept on l for the next (safe for concurrent use).
func (l *Layout) converted(written script.Mode) (*template.Template, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if t, ok := l.scripted[written]; ok {
		return t, nil
	}
	c := &Layout{Text: make(map[string]string, len(l.Text))}
	for n, t := range l.Text {
		c.Text[n] = written.Convert(t)
	}
	t, err := c.templates()
	if err != nil {
		return nil, err
	}
	if l.scripted == nil {
		l.scripted = map[script.Mode]*template.Template{}
	}
	l.scripted[written] = t
	return t, nil
}

// scripts returns the script mode r was built in and the one script its digest is written in
// (r.Written, decided by aggregate; a model without it is written in its mode's script, and a
// keep-mode one is left as it is: written is then Keep).
func scripts(r *model.Report) (mode, written script.Mode, err error) {
	if mode, err = script.ParseMode(r.Script); err != nil {
		return mode, mode, err
	}
	written = mode
	if r.Written != "" {
		if written, err = script.ParseMode(r.Written); err != nil {
			return mode, written, fmt.Errorf("written: %w", err)
		}
	}
	if written == script.Keep && r.Written != "" {
		return mode, written, fmt.Errorf("written: %q: want simplified or traditional", r.Written)
	}
	return mode, written, nil
}

// withTitle returns a copy of r with its title set, leaving the caller's model untouched.
func withTitle(r *model.Report, title string) *model.Report {
	c := *r
	c.Title = title
	return &c
}

func (b *builder) styles() []doc.Style {
	names := make([]string, 0, len(defaultStyles)+len(b.l.Styles))
	for n := range defaultStyles {
		names = append(names, n)
	}
	for n := range b.l.Styles {
		if _, ok := defaultStyles[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	out := make([]doc.Style, 0, len(names))
	for _, n := range names {
		st := defaultStyles[n]
		if spec, ok := b.l.Styles[n]; ok {
			st = merge(st, spec)
		}
		st.Name = n
		if st.Leading == 0 {
			st.Leading = st.Size * 1.5
		}
		if st.Align == "" {
			st.Align = "left"
		}
		out = append(out, st)
	}
	return out
}

// merge lays the layout's settings over a default style: what the layout gives wins, false and
// 0 included; what it leaves out keeps the default. A size or leading of 0 means "not given"
// (no text has size 0; leading 0 is 1.5 times the size), and so does an empty font, colour or
// alignment.
func merge(st doc.Style, s StyleSpec) doc.Style {
	if s.Font != "" {
		st.Font = s.Font
	}
	if s.Size != 0 {
		st.Size = float64(s.Size)
	}
	if s.Color != "" {
		st.Color = strings.TrimPrefix(s.Color, "#")
	}
	if s.Align != "" {
		st.Align = s.Align
	}
	if s.Leading != 0 {
		st.Leading = s.Leading
	}
	set(&st.Bold, s.Bold)
	set(&st.Indent, s.Indent)
	set(&st.Before, s.Before)
	set(&st.After, s.After)
	set(&st.KeepNext, s.KeepNext)
	set(&st.Outline, s.Outline)
	return st
}

// set stores *v in dst when the layout gave v.
func set[T any](dst *T, v *T) {
	if v != nil {
		*dst = *v
	}
}

func fonts(l *Layout) []doc.FontRole {
	roles := map[string][]string{}
	for k, v := range defaultFonts {
		roles[k] = v
	}
	for k, v := range l.Fonts {
		roles[k] = v
	}
	names := make([]string, 0, len(roles))
	for k := range roles {
		names = append(names, k)
	}
	sort.Strings(names)
	out := make([]doc.FontRole, 0, len(names))
	for _, n := range names {
		_, own := l.Fonts[n]
		out = append(out, doc.FontRole{Role: n, Families: roles[n], Installed: own, Display: displayRoles[n]})
	}
	return out
}

func (b *builder) page() error {
	p := b.l.Page
	w, h := 210.0, 297.0
	if p.Size != "" {
		sz, ok := paperSizes[strings.ToUpper(p.Size)]
		if !ok {
			return fmt.Errorf("page size %q: want A4, A3, A5, B5 or 16K, or width and height", p.Size)
		}
		w, h = sz[0], sz[1]
	}
	if p.Width > 0 && p.Height > 0 {
		w, h = p.Width, p.Height
	}
	m := p.Margins
	pg := doc.Page{Width: w, Height: h, Top: or(m.Top, 25), Bottom: or(m.Bottom, 25), Left: or(m.Left, 28), Right: or(m.Right, 26),
		Footer: p.Footer, OddEven: p.OddEven}
	if p.Grid != nil {
		pg.Grid = &doc.Grid{Chars: p.Grid.Chars, Lines: p.Grid.Lines}
	}
	if pg.Left+pg.Right >= w-20 || pg.Top+pg.Bottom >= h-20 {
		return fmt.Errorf("margins leave no room on a %gx%g mm page", w, h)
	}
	if p.Header != "" {
		h, err := b.textWith(p.Header, b.r)
		if err != nil {
			return fmt.Errorf("page header: %w", err)
		}
		pg.Header = h
	}
	b.d.Page = pg
	return nil
}

// or returns v, or def when v is the zero value.
func or[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

// text runs the named snippet over the report; a layout without it gets def.
func (b *builder) text(name, def string) (string, error) {
	t := b.tmpl.Lookup(name)
	if t == nil {
		return def, nil
	}
	out, err := run(t, b.r)
	if err != nil {
		return "", fmt.Errorf("layout %s: text %s: %w", b.l.Name, name, err)
	}
	return strings.TrimSpace(out), nil
}

// textWith runs a template string with data.
func (b *builder) textWith(src string, data any) (string, error) {
	t, err := parseText(b.own(src))
	if err != nil {
		return "", err
	}
	out, err := run(t, data)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(out), nil
}

func (b *builder) add(blocks ...doc.Block) { b.nodes = append(b.nodes, blocks...) }

func (b *builder) id() string {
	b.ids++
	return fmt.Sprintf("h%d", b.ids)
}

// sectionHeading adds a section's level-1 heading: its title template, else def, numbered
// 一、二、 unless the section's options say numbered: "false".
func (b *builder) sectionHeading(s Section, def string) error {
	t, err := b.title(s, def)
	if err != nil {
		return err
	}
	b.heading(1, t, s.Options["numbered"] != "false")
	return nil
}

// heading adds a heading; level-1 headings are numbered 一、二、 when numbered is set.
func (b *builder) heading(level int, text string, numbered bool) {
	if level == 1 && numbered {
		b.h1++
		text = Chinese(b.h1) + "、" + text
	}
	b.add(&doc.Heading{Level: level, Text: doc.T(text), ID: b.id()})
}

// paras adds each blank-line separated paragraph of text in style.
func (b *builder) paras(style, text string) { b.sourced(style, text, "") }

// sourced adds paragraphs that came from an input position (an article's file and line).
func (b *builder) sourced(style, text, source string) {
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			b.add(&doc.Para{Style: style, Text: doc.T(oneSpace(p)), Source: source})
		}
	}
}

// oneSpace returns s with each run of white space (unicode.IsSpace) made one ASCII space, as
// strings.Join(strings.Fields(s), " ") does for s trimmed; s as it is, not copied, when it has
// none to change (most paragraphs: Chinese text has no spaces, or single ones around Latin words).
func oneSpace(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !spaceByte[c] {
			continue
		}
		switch {
		case c == ' ':
			if i+1 < len(s) && s[i+1] == ' ' || i == 0 || i == len(s)-1 {
				return strings.Join(strings.Fields(s), " ")
			}
		case c < utf8.RuneSelf:
			return strings.Join(strings.Fields(s), " ")
		default:
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
		}
	}
	return s
}

// spaceByte marks the bytes oneSpace looks at: ASCII white space, and the lead bytes of the
// other white space (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F,
// U+3000).
var spaceByte = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true,
	0xC2: true, 0xE1: true, 0xE2: true, 0xE3: true}
