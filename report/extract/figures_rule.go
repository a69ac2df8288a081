package extract

import (
	"strings"
	"unicode/utf8"
)

// Counts in a rule, not in what happened (heldout13/392): 集滿攤位六個章印，即可兌換精美贈品一份
// tells what a player must do and may win, a condition and its consequence; neither count is a
// fact of the event. Read from the sentence's shape: a consequence marker (即可, 便可, 方可, 就可以)
// opening a clause, the condition (满, 只要, 凡, 如果, 若, 达到) in the clause right before it; the
// counts of those two clauses are the rule's.

var (
	// reConsequence: what opens the consequence of a condition (即可, 便可, 方可, 就可以, 即能).
	reConsequence = lazyRE(`^[ \t\x{3000}]*(?:\p{Han}{0,4}?)(?:即可|便可|方可|就可以|就可|即能|便能|就能)`)
	// reCondition: what makes a clause a condition (集满, 只要, 凡, 如果, 若, 达到, 累计满).
	reCondition = lazyRE(`满|滿|只要|凡|如果|若|达到|達到|只需|只須|只需要`)
)

// inRule reports whether a count stands in a condition or its consequence (集滿六個章印，即可兌換
// 贈品一份): its own clause is the consequence and the clause before it the condition, or its own
// clause is the condition and the clause after it the consequence. before and after are the
// texts before and after the count.
func inRule(before, after string) bool {
	s := clauseTail(tailOf(before, sentenceWindow), sentenceMarks)
	i := strings.LastIndexAny(s, "，,；;")
	own := s
	prev := ""
	if i >= 0 {
		_, w := utf8.DecodeRuneInString(s[i:])
		own = s[i+w:]
		prev = clauseTail(s[:i], "，,；;")
	}
	// The count's clause opens the consequence: the clause before is the condition.
	if reConsequence.MatchString(own) {
		return reCondition.MatchString(prev)
	}
	// The count's clause is the condition: the clause after it opens the consequence.
	rest := clauseHead(after[:min(len(after), 240)], sentenceMarks)
	j := strings.IndexAny(rest, "，,；;")
	if j < 0 || !reCondition.MatchString(own+rest[:j]) {
		return false
	}
	_, w := utf8.DecodeRuneInString(rest[j:])
	return reConsequence.MatchString(rest[j+w:])
}
