package extract

// Names read as counts (TRUTH18 F5): a numeral and a measure word inside a name count nothing.
// Three shapes, each read from what the page's own words are, never from a list of names:
//   - a person's name whose given name is a numeral and a measure word (院长胡三元主持会议 →
//     "3元"): the count lies inside a name the page's people reader finds (mentions);
//   - an organ numbered by its name (联合三支委会, 三支部委员会 → "委会3支"): a measure word that
//     does not count the organ named after it (支 counts teams, 间 rooms, 台 machines; no organ)
//     joins the numeral to the organ's name (the third branch's committee);
//   - an article of a law named by its number (基本法23條立法 → "23條", heldout12/349).

// reOrganEnd: the end of an organ's name (委会, 支部, 党委, 处, 局): a body, which the measure
// words with a list of nouns (measureNouns) never count.
var reOrganEnd = lazyRE(`(?:委|委会|委會|委员会|委員會|支部|党委|黨委|总支|總支|部|处|處|局|厅|廳|办|辦|办公室|辦公室)$`)

// organNamed reports whether a count in a Chinese numeral with measure word unit and label
// (the noun after it) is part of an organ's name: unit is one that counts a list of nouns
// (measureNouns) and the label is an organ (reOrganEnd) that list does not hold. 間 counts
// bodies too in Hong Kong and Macau (十七間贊助機構, 三間大學): it is left out.
func organNamed(unit, label string) bool {
	re, ok := measureNouns[unit]
	if !ok || unit == "间" || unit == "間" {
		return false
	}
	return !re.MatchString(label) && reOrganEnd.MatchString(label)
}

// personNames finds, once and only when asked, the people a text names (mentions), to tell a
// count inside a name (胡三元) from a count.
type personNames struct {
	text   string
	inside []bool // byte offsets inside a name, after its first character
}

// covers reports whether the byte offset at of the text falls inside a person's name the text
// gives (after its first character: a name opens with the family name, never a numeral).
func (p *personNames) covers(at int) bool {
	if p.inside == nil {
		// One pass over the names (no walk over all names for each count: linear time).
		p.inside = make([]bool, len(p.text)+1)
		for _, m := range mentions(p.text) {
			for i := m.at + 1; i < m.end && i < len(p.inside); i++ {
				p.inside[i] = true
			}
		}
	}
	return at >= 0 && at < len(p.inside) && p.inside[at]
}

// reLawBefore: a law's or a charter's name right before a number (基本法23條, 条例第5条 with 第
// taken by the ordinal rule, 章程12条): the number names an article of it.
var reLawBefore = lazyRE(`(?:法|法典|条例|條例|章程)[ ]?$`)

// lawArticle reports whether a count with measure word unit (条, 條) right after a law's name
// (before) is the number of an article of the law (基本法23條立法), a name, no count.
func lawArticle(unit, before string) bool {
	return (unit == "条" || unit == "條") && reLawBefore.MatchString(before)
}
