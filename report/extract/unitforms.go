package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// fullestUnits writes each unit in the fullest form the page gives for it, once (the units rule:
// "a unit named in more than one form is written once, in the fullest form the headline and body
// give"). named are the names the page holds wherever they stand (unitScan.named with no role
// check), so that a form the page gives only where the body takes no part in a clause of its
// own still lends its fullness. A unit whose fullest form is the institution is the institution
// itself and is dropped. The first mention's place in the list is kept.
func fullestUnits(units, named []string, page, inst string) []string {
	out := make([]string, 0, len(units))
	seen := make(map[string]bool, len(units))
	for _, u := range units {
		f := fullerOnPage(u, named, page)
		if f != u && f == inst {
			continue // 人民医院 where the page names 福永人民医院, the institution: no unit
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// fullerOnPage returns the longest fuller form of the unit u among the page's names (longerForm),
// or u followed by a bracketed place, its campus or seat (香港中文大学(深圳)), or u itself.
func fullerOnPage(u string, named []string, page string) string {
	best := u
	for _, x := range named {
		if len(x) > len(best) && longerForm(u, x) {
			best = x
		}
	}
	if best == u {
		if q := seatAfter(page, u); q != "" {
			return u + q
		}
		if q := quotedBefore(page, u); q != "" {
			return q + u
		}
	}
	return best
}

// quotedBefore returns the quoted name that stands right before the name u on the page, after a
// boundary (“青春汇”志愿服务中心 after 、): the quoted words are the name's own, so the unit is
// written with them. It gives "" when the quotation holds a mark or more than eight characters,
// or what stands before it is no boundary.
func quotedBefore(page, u string) string {
	for _, pair := range [][2]string{{"“", "”"}, {"「", "」"}} {
		i := strings.Index(page, pair[1]+u)
		if i < 0 {
			continue
		}
		open := strings.LastIndex(tailOf(page[:i], 3*8+len(pair[0])), pair[0])
		if open < 0 {
			continue
		}
		start := i - (len(tailOf(page[:i], 3*8+len(pair[0]))) - open)
		inner := page[start+len(pair[0]) : i]
		if inner == "" || strings.ContainsAny(inner, "，。、；：,;:“”「」 \n") {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(page[:start]); start > 0 && !strings.ContainsRune("、，,：:；;（(\n 　", r) {
			continue
		}
		return page[start : i+len(pair[1])]
	}
	return ""
}

// longerForm tells whether x is a fuller form of the same body as u, by the shape of the two:
// u with its registered company form (乖宝宠物食品集团 → 乖宝宠物食品集团股份有限公司); u
// after a place that names no other body (市卫生健康委 → 枣庄市卫生健康委, 中油公司煉製事業部
// → 台灣中油公司煉製事業部); or u with a level word put in between, u's first and last
// characters kept (福永团工委 → 福永街道团工委). What stands before u when it is neither a place
// may be another body (党委办公室 in 某学院党委办公室): no fuller form of u.
func longerForm(u, x string) bool {
	if utf8.RuneCountInString(u) < 3 || len(x) <= len(u) {
		return false
	}
	if rest, ok := strings.CutPrefix(x, u); ok {
		return reCompanyForm.MatchString(rest)
	}
	if !shortFor(u, x) {
		return false
	}
	if strings.HasSuffix(x, u) {
		p := len(x) - len(u)
		return placeAt(x) >= p && !strings.Contains(x[:p], "的")
	}
	fu, _ := utf8.DecodeRuneInString(u)
	fx, _ := utf8.DecodeRuneInString(x)
	return fu == fx && reLevelInserted.MatchString(inserted(u, x))
}

// reLevelInserted is what a fuller form may put inside a name: a level's word (街道, 区, 市).
var reLevelInserted = lazyRE(`^(?:街道|镇|鎮|乡|鄉|区|區|县|縣|市|省)+$`)

// inserted returns the characters of x that the short form u (a subsequence of x, shortFor)
// leaves out, taken greedily from the left.
func inserted(u, x string) string {
	var b strings.Builder
	rest := u
	for _, r := range x {
		if h, size := utf8.DecodeRuneInString(rest); size > 0 && h == r {
			rest = rest[size:]
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// seatAfter returns the bracket that follows the name u on the page when it holds a place
// only, the seat or campus of the body (香港中文大学(深圳)), or "".
func seatAfter(page, u string) string {
	for _, open := range []string{"(", "（"} {
		i := strings.Index(page, u+open)
		if i < 0 {
			continue
		}
		rest := page[i+len(u):]
		end := strings.IndexAny(rest, ")）")
		if end < 0 || end > 3*8 {
			continue
		}
		inner := rest[len(open):end]
		if inner == "" || placeAt(inner) != len(inner) {
			continue
		}
		_, size := utf8.DecodeRuneInString(rest[end:])
		return rest[:end+size]
	}
	return ""
}

// withFullestForms is fullestUnits over the page's text as unitsInvolved reads it (its scan).
func withFullestForms(units []string, scan *unitScan) []string {
	if len(units) == 0 {
		return units
	}
	units = withoutGluedLead(units, scannedNames(scan)) // 与岚县人民政府 → 岚县人民政府 (unitsgluedlead.go)
	named := scan.named(func(*bodyCand) bool { return true })
	named = append(named, placedForms(units, scan)...)
	out := fullestUnits(units, named, scan.text, scan.inst)
	var acting []string // the level-prefixed forms of the units, where the body is not only in a title
	for i := range scan.cands {
		c := &scan.cands[i]
		if slices.ContainsFunc(out, func(u string) bool { return levelPrefixOf(u, c.m.name) }) && c.role() != roleTitle {
			acting = append(acting, c.m.name)
		}
	}
	return slices.Clip(levelPrefixed(out, acting))
}

// levelPrefixOf tells whether x is u with a level's word before it (卫计办, 街道卫计办).
func levelPrefixOf(u, x string) bool {
	p, ok := strings.CutSuffix(x, u)
	return ok && p != "" && reLevelInserted.MatchString(p)
}

// levelPrefixed writes a unit in the form the page gives it with a level's word before it where
// the body acts under that form too (卫计办 … 街道卫计办的主要负责人: the generic-prefixed form kept
// whole, as 縣政府人事處). A form seen only in a person's title may be another level's body
// (市工商联主席某某 beside the 工商联 a speaker represents) and lends nothing: acting holds the
// forms the page gives outside titles.
func levelPrefixed(units, acting []string) []string {
	for i, u := range units {
		for _, x := range acting {
			if levelPrefixOf(u, x) && !slices.Contains(units, x) {
				units[i] = x
				break
			}
		}
	}
	return units
}
