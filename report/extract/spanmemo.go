package extract

import "sort"

// The speakers of a page are found by asking, for each name, whether the rest of its clause
// or sentence holds a verb of speech. The names of one clause share the clause's end, and the
// text between a name and that end is a part of the text between an earlier name and it, so
// one search serves them all. These memos give the same answers as a search of each span.

// spanMemo answers re.MatchString(text[p:q]) for a pattern with no anchor (^, $, \b): a match
// found in text[p:q] at s is in text[p':q] for every p <= p' <= s, and a span with no match
// holds none in any of its ends.
type spanMemo struct {
	re         *lazyRegexp
	text       string
	q, from, s int // the last search: text[from:q], first match at s (-1: none)
	ok         bool
}

func (c *spanMemo) has(p, q int) bool {
	if c.ok && c.q == q && c.from <= p && (c.s < 0 || p <= c.s) {
		return c.s >= 0
	}
	c.ok, c.q, c.from, c.s = true, q, p, -1
	if loc := c.re.FindStringIndex(c.text[p:q]); loc != nil {
		c.s = p + loc[0]
	}
	return c.s >= 0
}

// reSaidAtStart is reSaid's match at the very start of a span (its ^ branch).
var reSaidAtStart = lazyRE(`^(?:说|說)(?:道)?(?:$|[:：“「，,])`)

// saidMemo answers said(text[p:q]). reSaid's ^ branch matches only at a span's start, so a
// span after one with no match can match there alone; its other branch is as spanMemo's.
type saidMemo struct{ spanMemo }

func (c *saidMemo) has(p, q int) bool {
	if c.ok && c.q == q && c.from <= p && c.s < 0 {
		return reSaidAtStart.MatchString(c.text[p:q])
	}
	if c.ok && c.q == q && c.from < p && p <= c.s {
		return true // the match at s began with the character before 说, inside text[p:q]
	}
	return c.spanMemo.has(p, q)
}

// speechMemo answers speechIn(text[p:q]): the matches a search from p finds, one after the
// other, are those a search from an earlier start finds from p on, when p is not inside one
// of them (a search that starts between two matches finds the second next).
type speechMemo struct {
	text    string
	q, from int
	locs    [][]int // matches in text, from from to q
	good    []bool  // good[i]: a match from the i-th on is a verb (not followed by 的 or 等)
	ok      bool
}

func (c *speechMemo) has(p, q int) bool {
	i := 0
	if c.ok && c.q == q && c.from <= p {
		i = sort.Search(len(c.locs), func(k int) bool { return c.locs[k][0] >= p })
		if i > 0 && c.locs[i-1][1] > p {
			c.ok = false // p is inside a match: search again from p
		}
	}
	if !c.ok || c.q != q || p < c.from {
		c.ok, c.q, c.from = true, q, p
		c.locs = reSpeechVerb.FindAllStringIndex(c.text[p:q], -1)
		c.good = make([]bool, len(c.locs)+1)
		for k := len(c.locs) - 1; k >= 0; k-- {
			c.locs[k][0] += p
			c.locs[k][1] += p
			c.good[k] = c.good[k+1] || !nounUse(c.text[c.locs[k][0]:c.locs[k][1]], c.text[c.locs[k][1]:q])
		}
		i = 0
	}
	return c.good[i]
}
