package aggregate

import (
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/topic"
)

// TopicRules is the stop list that keeps people, titles, date slogans, meeting words and
// fragments out of the topic list (package topic).
type TopicRules = topic.Rules

// DefaultTopicRules returns the built-in stop list.
func DefaultTopicRules() TopicRules { return topic.Default() }

// rankTopics keeps the keywords that name areas of work, at most limit of them.
func rankTopics(words []model.Keyword, rules TopicRules, limit int) []model.Keyword {
	in := make([]topic.Count, len(words))
	for i, w := range words {
		in[i] = topic.Count{Word: w.Word, Count: w.Count}
	}
	out := []model.Keyword{}
	for _, c := range rules.Rank(in) {
		if limit > 0 && len(out) == limit {
			break
		}
		out = append(out, model.Keyword{Word: c.Word, Count: c.Count})
	}
	return out
}
