package aggregate

import (
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/script"
	"github.com/jianbao/jianbao/report/topic"
)

// TopicRules is the stop list that keeps people, titles, date slogans, meeting words and
// fragments out of the topic list (package topic).
type TopicRules = topic.Rules

// DefaultTopicRules returns the built-in stop list.
func DefaultTopicRules() TopicRules { return topic.Default() }

// rankTopics keeps the keywords that name areas of work, at most limit of them.
// The stop list is simplified: words are checked in simplified and shown with display.
func rankTopics(words []model.Keyword, rules TopicRules, limit int, display func(string) string) []model.Keyword {
	in := make([]topic.Count, len(words))
	for i, w := range words {
		in[i] = topic.Count{Word: script.ToSimplified(w.Word), Count: w.Count}
	}
	out := []model.Keyword{}
	for _, c := range rules.Rank(in) {
		if limit > 0 && len(out) == limit {
			break
		}
		out = append(out, model.Keyword{Word: display(c.Word), Count: c.Count})
	}
	return out
}
