package aggregate

import (
	"strings"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/script"
	"github.com/jianbao/jianbao/report/topic"
)

// TopicRules is the stop list that keeps people, titles, date slogans, meeting words and
// fragments out of the topic list (package topic).
type TopicRules = topic.Rules

// DefaultTopicRules returns the built-in stop list.
func DefaultTopicRules() TopicRules { return topic.Default() }

// minTopicArticles is how many articles must name a word for it to be a topic.
const minTopicArticles = 2

// rankTopics keeps the keywords that name areas of work, at most limit of them.
// The stop list is simplified: words are checked in simplified and shown with display.
//
// With keepWritten (keep mode) a word is shown as written (words holds it as first written),
// not through its simplified form: 範圍 checked as 范围 and converted back would be 范圍.
// The flag is the mode's and cannot be read off words: in the converted scripts words hold
// display's form already, and display over it (鑒 stays 鑒) is not always display over its
// simplified form (鑒 → 鉴 → 鑑), so "always as written" would change those digests.
//
// A topic is a focus of the period's work (本期工作重点集中在…) only when at least two articles
// name it: six words each named once, ranked by the alphabet among equals, are no focus, and the
// sentence would be false. Nor is a unit's or institution's name (isName, given the word in
// simplified) an area of work.
func rankTopics(words []model.Keyword, rules TopicRules, limit int, display func(string) string, keepWritten bool, isName func(string) bool) []model.Keyword {
	in := make([]topic.Count, len(words))
	written := map[string]string{}
	for i, w := range words {
		in[i] = topic.Count{Word: script.ToSimplified(w.Word), Count: w.Count}
		if _, ok := written[in[i].Word]; !ok && keepWritten {
			written[in[i].Word] = w.Word
		}
	}
	out := []model.Keyword{}
	for _, c := range rules.Rank(in) {
		if limit > 0 && len(out) == limit {
			break
		}
		if c.Count < minTopicArticles || isName(c.Word) {
			continue
		}
		if w, ok := written[c.Word]; ok {
			out = append(out, model.Keyword{Word: display(w), Count: c.Count})
			continue
		}
		out = append(out, model.Keyword{Word: display(c.Word), Count: c.Count})
	}
	return out
}

// officeWords end the names of offices and committees, written short (党办, 校办, 保卫处, 团委,
// 第五支部): a unit, not an area of work, also when the registry does not list it.
var officeWords = []string{"办", "办公室", "处", "委", "支部", "总支"}

// officeWord reports whether w (simplified) is an office's name by its ending.
func officeWord(w string) bool {
	for _, e := range officeWords {
		if strings.HasSuffix(w, e) && w != e {
			return true
		}
	}
	return false
}
