package layout

import "github.com/jianbao/jianbao/report/model"

// othersWord is the category the articles of the categories not named are counted under.
const othersWord = "其他"

// TopCategories keeps the first n categories of ks (the model lists them by count, most first)
// and counts the rest, with any 其他 already there, as one 其他 last, so that 从类别看 stays a
// sentence (an annual digest has a dozen categories) and still adds up to the articles. A single
// category left over is named rather than folded into 其他 alone.
func TopCategories(ks []model.Keyword, n int) []model.Keyword {
	var named []model.Keyword
	rest, hasOthers := 0, false
	for _, k := range ks {
		if k.Word == othersWord {
			rest += k.Count
			hasOthers = true
			continue
		}
		named = append(named, k)
	}
	if n < 0 || len(named) <= n || len(named) == n+1 && !hasOthers {
		return ks
	}
	out := append([]model.Keyword(nil), named[:n]...)
	for _, k := range named[n:] {
		rest += k.Count
	}
	return append(out, model.Keyword{Word: othersWord, Count: rest})
}
