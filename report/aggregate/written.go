package aggregate

import (
	"errors"
	"strings"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/orgunit"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/script"
)

// ErrMixedScripts marks the summaries WrittenScript cannot keep as written: those of the
// smaller side when the summaries are written in both scripts.
var ErrMixedScripts = errors.New("the script mode keep leaves each summary as written, and a digest is written in one script")

// WrittenScript decides the one script a digest that keeps the summaries' script (--script
// keep) is written in: the script of the summaries of the period p (all of them when none is in
// it), each summary counted once by the characters of its text that only one script writes (see
// script.Of); summaries that tell nothing (no Chinese, or only characters both scripts write) do
// not count, and when none tells, the digest is simplified.
//
// A digest is written in one script. When the summaries are of both, keep cannot keep them as
// written, so the list holds an error at each summary of the smaller side (of traditional ones
// on a tie) and the mode returned is the larger side's: the caller refuses to build the digest
// (report.Build does) rather than convert some summaries on its own. Converting is what
// --script simplified and traditional are for; a conversion the user did not ask for would
// change names as written (范 of a surname becomes 範 in traditional), and a digest of both
// scripts breaks the product's rule.
func WrittenScript(sums []model.Summary, p period.Period) (script.Mode, diag.ErrorList) {
	return writtenScript(sums, p, script.Simplified)
}

// writtenScript is WrittenScript with the script to write in when no summary tells one.
func writtenScript(sums []model.Summary, p period.Period, untold script.Mode) (script.Mode, diag.ErrorList) {
	var in []*model.Summary
	for i := range sums {
		if p.Contains(sums[i].Date.Time) {
			in = append(in, &sums[i])
		}
	}
	if len(in) == 0 {
		for i := range sums {
			in = append(in, &sums[i])
		}
	}
	var simp, trad []*model.Summary
	for _, s := range in {
		switch script.Of(summaryText(s)) {
		case script.Simplified:
			simp = append(simp, s)
		case script.Traditional:
			trad = append(trad, s)
		}
	}
	switch {
	case len(trad) == 0 && len(simp) == 0:
		return untold, nil
	case len(trad) == 0:
		return script.Simplified, nil
	case len(simp) == 0:
		return script.Traditional, nil
	}
	mode, minority, side, other := script.Simplified, trad, "traditional", "simplified"
	if len(trad) > len(simp) {
		mode, minority, side, other = script.Traditional, simp, "simplified", "traditional"
	}
	var errs diag.ErrorList
	for _, s := range minority {
		errs.Add(s.PosOf("summary"), "written in %s script while %d of the %d summaries are %s: %w",
			side, max(len(simp), len(trad)), len(simp)+len(trad), other, ErrMixedScripts)
	}
	return mode, errs
}

// summaryText is the text of s a reader of the digest sees, for telling its script.
func summaryText(s *model.Summary) string {
	var b strings.Builder
	for _, t := range []string{s.Title, s.Summary, s.Venue, s.Category, s.Source, s.Unit, s.Institution} {
		b.WriteString(t)
	}
	for _, l := range [][]string{s.Highlights, s.Tags, s.Keywords, s.UnitsInvolved} {
		for _, t := range l {
			b.WriteString(t)
		}
	}
	for _, f := range s.Figures {
		b.WriteString(f.Label)
		b.WriteString(f.Text)
	}
	return b.String()
}

// registryNames returns how a digest that keeps the summaries' script, written in w, shows a
// name the registry gives (a unit's name or short name, a kind): as the registry writes it when
// that is w's script; else as the registry's own alias of the same name written in w (後勤保障處
// for 后勤保障处: the office's writing, not a conversion's guess); else converted to w as the
// modes simplified and traditional would (党支部, which tells no script, is 黨支部).
func registryNames(reg *orgunit.Registry, w script.Mode) func(string) string {
	inW := map[string]string{} // simplified form -> the first alias of that form written in w
	for _, u := range reg.Units() {
		for _, a := range u.Aliases {
			k := script.ToSimplified(a)
			if _, ok := inW[k]; !ok && script.Of(a) == w {
				inW[k] = a
			}
		}
	}
	return func(s string) string {
		if script.Of(s) == w {
			return s
		}
		if a, ok := inW[script.ToSimplified(s)]; ok {
			return a
		}
		return w.Convert(s)
	}
}
