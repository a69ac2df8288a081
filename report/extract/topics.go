package extract

import (
	"sync"

	"github.com/jianbao/jianbao/report/script"
	"github.com/jianbao/jianbao/report/topic"
)

var topicRules = sync.OnceValue(topic.Default)

// isTopic reports whether a keyword candidate may name an area of work: not a person or title
// (习近平总书记), a date slogan (七一), a meeting word (推进会) or a fragment (package topic,
// the stop list the digests' topic lists use too).
func isTopic(w string) bool {
	r := topicRules()
	return r.IsTopic(r.Normalize(script.ToSimplified(w)))
}

// stopCovered marks the runes of a title that belong to a stop phrase (习近平, 推进会): no
// keyword may overlap them. The title must be in simplified script for the marks to fall.
func stopCovered(title []rune) []bool {
	simp := []rune(script.ToSimplified(string(title)))
	if len(simp) != len(title) {
		return make([]bool, len(title)) // a conversion that changed the length: no marks
	}
	return topicRules().Covered(simp)
}

// asTopics ranks keywords (best first) as topics: a generic ending is trimmed (巡视整改工作 →
// 巡视整改) and a keyword inside a longer one is folded into it (整改 into 巡视整改).
func asTopics(words []string) []string {
	in := make([]topic.Count, len(words))
	for i, w := range words {
		in[i] = topic.Count{Word: w, Count: len(words) - i}
	}
	var out []string
	for _, c := range topicRules().Rank(in) {
		out = append(out, c.Word)
	}
	return out
}
