package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

var (
	reEditorNote = lazyRE(`^[\[【［]?编者按|^[\[【［]?編者按`)
	reDecision   = lazyRE(`部署|要求|强调|強調|决定|決定|通过|通過|印发|印發|启动|啟動|完成|成立|表彰|签订|簽訂|发布|發布|总结|總結|推进|推進`)
	reStopword   = lazyRE(`^(?:学校|學校|我校|会议|會議|工作|进行|進行|开展|開展|召开|召開|举行|舉行|相关|相關|以及|活动|活動|全体|全體|同志|一个|各级|各級|我们|我們|他们|他們|这个|這個|通过|通過|围绕|圍繞|推进|推進|要求|强调|強調|指出|表示|学习|學習|教育|书记|書記|努力|深化|提升|加强|加強|深入|全面|扎实|紮實|实效|實效|召开了|精神)$`)
)

// summarize keeps the opening sentence (who, when, what) and the sentences with figures or
// decisions, in the article's order, within max characters.
func summarize(paras []string, max int) string {
	if max == 0 {
		max = 200
	}
	type sent struct {
		text  string
		pos   int
		score int
	}
	var ss []sent
	for _, p := range paras {
		if !strings.ContainsAny(p, "。！？") {
			continue // captions and headings
		}
		for i, s := range reSentence.FindAllString(p, -1) {
			if i == 0 {
				s = withoutOpeningCredits(s) // a digest's summary starts at the news
			}
			s = strings.TrimSpace(s)
			if utf8.RuneCountInString(s) < 8 {
				continue
			}
			score := 0
			if reEditorNote.MatchString(s) {
				continue // the editor's note frames the piece; it is not its news
			}
			if len(ss) == 0 {
				score += 100
			}
			if reFigure.MatchString(s) {
				score += 10
			}
			score += 5 * len(reDecision.FindAllString(s, -1))
			ss = append(ss, sent{s, len(ss), score})
		}
	}
	ranked := append([]sent(nil), ss...)
	sort.SliceStable(ranked, func(i, j int) bool { return ranked[i].score > ranked[j].score })
	keep := map[int]bool{}
	n := 0
	for _, s := range ranked {
		l := utf8.RuneCountInString(s.text)
		if n+l > max && n > 0 {
			continue
		}
		keep[s.pos] = true
		n += l
	}
	var b strings.Builder
	for i, s := range ss {
		// A sentence that leans on the one before it (他介绍了……, 强调，……) is left out
		// when that one is: its 他 would stand for whoever the summary named last (the host,
		// where the page meant the guest), its bare verb for nobody.
		if keep[s.pos] && (i == 0 || keep[ss[i-1].pos] || !reLeansBack.MatchString(s.text)) {
			b.WriteString(s.text)
		} else if keep[s.pos] {
			keep[s.pos] = false
		}
	}
	return b.String()
}

// reLeansBack: a sentence whose subject is the one before it — a third-person pronoun, or a
// verb of saying with no subject of its own, or a directive of the one who spoke (要强化规范……).
var reLeansBack = lazyRE(`^(?:他|她|其|该同志|該同志)|^(?:强调|強調|指出|希望|表示|要求|介绍|介紹|认为|認為|提出|回顾|回顧|要)(?:[，,：:]|了|道)?`)

// keywords ranks the title's phrases by how often the text repeats them: every run of two to
// six Han characters in the title is a candidate; a candidate inside a longer one that is nearly
// as frequent is dropped, so 党史学习教育 wins over 史学习教. No dictionary is needed.
func keywords(title, text string, limit int) []string {
	if limit == 0 {
		limit = 5
	}
	type cand struct {
		w string
		n int
	}
	var cs []cand
	seen := map[string]bool{}
	for _, run := range reHanRun.FindAllString(title, -1) {
		rs := []rune(run)
		covered := stopCovered(rs)
		for size := 6; size >= 2; size-- {
			for i := 0; i+size <= len(rs); i++ {
				w := string(rs[i : i+size])
				if seen[w] || reStopword.MatchString(w) || !isTopic(w) || slices.Contains(covered[i:i+size], true) {
					continue
				}
				seen[w] = true
				if n := strings.Count(text, w); n >= 2 {
					cs = append(cs, cand{w, n})
				}
			}
		}
	}
	var kept []cand
	for _, c := range cs {
		sub := false
		for _, k := range kept {
			if strings.Contains(k.w, c.w) && k.n*10 >= c.n*6 {
				sub = true
			}
		}
		if !sub {
			kept = append(kept, c)
		}
	}
	// A candidate that overlaps a kept, more frequent one without being inside it is a fragment.
	var clean []cand
	for _, c := range kept {
		frag := false
		for _, k := range kept {
			if k.w != c.w && k.n >= c.n && overlaps(k.w, c.w) && !strings.Contains(k.w, c.w) && !strings.Contains(c.w, k.w) {
				frag = true
			}
		}
		if !frag {
			clean = append(clean, c)
		}
	}
	kept = clean
	sort.SliceStable(kept, func(i, j int) bool {
		a, b := kept[i].n*utf8.RuneCountInString(kept[i].w), kept[j].n*utf8.RuneCountInString(kept[j].w)
		return a > b
	})
	var out []string
	for _, c := range kept {
		if len(out) == limit {
			break
		}
		out = append(out, c.w)
	}
	return out
}

// overlaps reports whether a suffix of one string is a prefix of the other.
func overlaps(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	for n := 1; n < len(ra) && n < len(rb); n++ {
		if string(ra[len(ra)-n:]) == string(rb[:n]) || string(rb[len(rb)-n:]) == string(ra[:n]) {
			return true
		}
	}
	return false
}

// reHanRun is a run of Han characters.
var reHanRun = lazyRE(`[\p{Han}]+`)
