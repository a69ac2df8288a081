package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// reUnitsLeadNever is a conjunction or preposition that opens no body's name: a unit that starts
// with it is the clause's word glued to the name after it (我校与岚县人民政府签署 → 与岚县人民政府).
// 暨 is left out (暨南大学), as are the characters that open place names too (和平区, 同济大学,
// 向阳区, 对外经济贸易大学, 从化区, 于都县, 将乐县: reUnitsLeadMaybe).
var reUnitsLeadNever = lazyRE(`^(?:以及|与|與|及|并|並|跟|被|把|由|在)`)

// reUnitsLeadMaybe is a conjunction or preposition that also opens names (和平区, 同仁医院,
// 向阳街道): cut only where the page's own scan read the name without it.
var reUnitsLeadMaybe = lazyRE(`^(?:和|同|向|对|對|为|為|从|從|于|於|将|將|给|給)`)

// withoutGluedLead writes each unit that opens with a conjunction or a preposition without it:
// such a unit is a fragment of the clause (与岚县人民政府), however it was read (an organizing
// unit derived from the lead sentence is put among the units whole). The rest stands where the
// page's scan read it as a name of its own (scanned), or, after a word that opens no name
// (reUnitsLeadNever), where it is a whole name of three characters or more; otherwise the
// fragment is dropped — a false unit is worse than a missing one. A word that also opens names
// (和平区) is cut only on the scan's word. Each unit is kept once, at its first place.
func withoutGluedLead(units []string, scanned map[string]bool) []string {
	out := make([]string, 0, len(units))
	for _, u := range units {
		if lead := reUnitsLeadNever.FindString(u); lead != "" {
			rest := u[len(lead):]
			if !scanned[rest] && (utf8.RuneCountInString(rest) < 3 || !wholeName(rest)) {
				continue // a piece of a clause, no name
			}
			u = rest
		} else if lead := reUnitsLeadMaybe.FindString(u); lead != "" && scanned[u[len(lead):]] && !scanned[u] {
			u = u[len(lead):]
		}
		if !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	return out
}

// scannedNames is the set of names a unitScan read, whatever their role: the page's own word on
// where each name starts.
func scannedNames(scan *unitScan) map[string]bool {
	names := make(map[string]bool, len(scan.cands))
	for i := range scan.cands {
		names[strings.TrimSpace(scan.cands[i].m.name)] = true
	}
	return names
}

// placedForms returns the names the scan read, outside a person's title, that are a unit with
// its place before it (救援大队 … 由浦城县救援大队教导员向员工演示: 浦城县救援大队), even where
// unitScan.named leaves them out for what follows them (a post word it does not know, 教导员):
// the place-prefixed form names the same body, and the units rule writes each unit in the
// fullest form the page gives (longerForm's place case only: a level's word or a company form
// is left to the named forms).
func placedForms(units []string, scan *unitScan) []string {
	var out []string
	for i := range scan.cands {
		c := &scan.cands[i]
		x := c.m.name
		if slices.Contains(out, x) || !wholeName(x) || clauseShaped(x) {
			continue
		}
		if !slices.ContainsFunc(units, func(u string) bool { return u != x && strings.HasSuffix(x, u) && longerForm(u, x) }) {
			continue
		}
		if c.role() == roleTitle {
			continue // 市工商联主席某某 may be another level's body than the 工商联 that acts
		}
		out = append(out, x)
	}
	return out
}
