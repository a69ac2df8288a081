package docx

import (
	"crypto/md5"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/jianbao/jianbao/report/doc"
	"github.com/jianbao/jianbao/report/internal/ttf"
)

const relFont = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"

// embeddedFont is a font part written into word/fonts.
type embeddedFont struct {
	family, key, part string
}

// embedFonts makes the role fonts the document uses name the bundled families, and writes a
// subset of each as an obfuscated font part (ECMA-376 Part 1, 17.8.1): the first 32 bytes are
// XORed with the font key. It returns what fontTable.xml must reference.
func (p *pkg) embedFonts() ([]embeddedFont, error) {
	runes := p.usedRunes()
	byFamily := map[string]bool{}
	for i, r := range p.d.Fonts {
		fam, ok := p.opt.RoleFonts[r.Role]
		if !ok && r.Installed {
			// A role of the layout's own (xbs, 小标宋): the bundled serif stands in, set bold
			// when it stands for a display face, as the PDF sets it.
			fam, ok = p.opt.RoleFonts["serif"], true
			if r.Display {
				if p.display == nil {
					p.display = map[string]bool{}
				}
				p.display[r.Role] = true
			}
		}
		if !ok {
			continue
		}
		p.d.Fonts[i].Families = []string{fam}
		byFamily[fam] = true
	}
	families := make([]string, 0, len(byFamily))
	for f := range byFamily {
		families = append(families, f)
	}
	sort.Strings(families)
	var out []embeddedFont
	for i, fam := range families {
		path, ok := p.opt.FontFiles[fam]
		if !ok {
			return nil, fmt.Errorf("docx: no font file for %s", fam)
		}
		data, err := readFont(p.opt.Fonts, path)
		if err != nil {
			return nil, fmt.Errorf("docx: font %s: %w", fam, err)
		}
		sub, err := ttf.Subset(data, runes)
		if err != nil {
			return nil, fmt.Errorf("docx: font %s: %w", fam, err)
		}
		// A stable key from the family name keeps the output the same for the same input.
		sum := md5.Sum([]byte("jianbao font key " + fam))
		key := fmt.Sprintf("{%X-%X-%X-%X-%X}", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16])
		name := fmt.Sprintf("fonts/font%d.odttf", i+1)
		p.fontParts = append(p.fontParts, part{name: "word/" + name, data: obfuscate(sub, key)})
		docName := fam
		if heavy(data) {
			// A bold face embedded as the family's regular (the bundled 黑体 is Noto Sans CJK SC
			// Bold) is named as the face, so that an application with the family's regular
			// installed still takes the embedded face, as the PDF does, and does not need <w:b/>,
			// which the resolved style (doc.BoldFace) leaves out.
			docName = fam + " Bold"
			for j := range p.d.Fonts {
				if len(p.d.Fonts[j].Families) == 1 && p.d.Fonts[j].Families[0] == fam {
					p.d.Fonts[j].Families = []string{docName}
				}
			}
		}
		// Each subset is named for its glyphs (a tag from its bytes, as PDF subsets are):
		// LibreOffice registers embedded fonts by name for the whole session, so two digests
		// whose subsets shared a name printed the second with holes where its characters
		// were missing from the first's subset. The same input still gives the same name.
		tagSum := md5.Sum(sub)
		tagged := fmt.Sprintf("%s JB%X", docName, tagSum[:3])
		for j := range p.d.Fonts {
			if len(p.d.Fonts[j].Families) == 1 && p.d.Fonts[j].Families[0] == docName {
				p.d.Fonts[j].Families = []string{tagged}
			}
		}
		docName = tagged
		out = append(out, embeddedFont{family: docName, key: key, part: name})
	}
	return out, nil
}

// obfuscate XORs the first 32 bytes of a font with the key's 16 bytes taken in reverse order.
func obfuscate(font []byte, key string) []byte {
	hex := strings.NewReplacer("{", "", "}", "", "-", "").Replace(key)
	var k [16]byte
	for i := 0; i < 16; i++ {
		fmt.Sscanf(hex[2*i:2*i+2], "%02X", &k[i])
	}
	out := append([]byte(nil), font...)
	for i := 0; i < 32 && i < len(out); i++ {
		out[i] ^= k[15-i%16]
	}
	return out
}

// usedRunes lists every character the document shows, sorted.
func (p *pkg) usedRunes() []rune {
	set := map[rune]bool{}
	add := func(s string) {
		for _, r := range s {
			set[r] = true
		}
	}
	add(p.d.Page.Header + p.d.Page.Footer + "0123456789—-.")
	doc.Each(p.d.Blocks, func(b doc.Block) {
		switch x := b.(type) {
		case *doc.Heading:
			add(doc.Plain(x.Text))
		case *doc.Para:
			add(doc.Plain(x.Text))
		case *doc.List:
			for _, it := range x.Items {
				add(doc.Plain(it))
			}
		case *doc.Table:
			add(x.Caption + x.Note + strings.Join(x.Header, "") + strings.Join(x.Footer, ""))
			for _, r := range x.Rows {
				add(strings.Join(r, ""))
			}
		case *doc.Chart:
			add(x.Caption + x.Unit + strings.Join(x.Labels, ""))
			for _, s := range x.Series {
				add(s.Name)
			}
		case *doc.TOC:
			add(x.Title)
		case *doc.Row:
			add(x.Left + x.Right)
		}
	})
	out := make([]rune, 0, len(set))
	for r := range set {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// heavy reports whether a TrueType font is a bold weight (OS/2 usWeightClass 600 or more).
func heavy(data []byte) bool {
	ts, err := ttf.Tables(data, 0)
	if err != nil {
		return false
	}
	t, ok := ttf.Find(ts, "OS/2")
	if !ok || t.Length < 6 || int(t.Offset)+6 > len(data) {
		return false
	}
	return int(data[t.Offset+4])<<8|int(data[t.Offset+5]) >= 600
}

// readFont reads a font file, without copying it when the file system shares its bytes (the
// embedded fonts, fonts.FS): the font is only read, its subset is a copy.
func readFont(fsys fs.FS, path string) ([]byte, error) {
	if s, ok := fsys.(interface {
		SharedFile(name string) ([]byte, error)
	}); ok {
		return s.SharedFile(path)
	}
	return fs.ReadFile(fsys, path)
}
