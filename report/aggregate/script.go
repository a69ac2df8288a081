package aggregate

import (
	"github.com/jianbao/jianbao/report/internal/safego"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/orgunit"
	"github.com/jianbao/jianbao/report/script"
)

// convertScript returns copies of sums written in mode's script: titles, summaries,
// highlights, people, venues, categories, tags, keywords, figure labels and measure words, and
// unit names. A unit name the registry resolves as written becomes the registry's name (in mode's
// script); others are converted as written. The caller's summaries are not changed.
func convertScript(sums []model.Summary, m script.Mode, reg *orgunit.Registry) []model.Summary {
	if m == script.Keep {
		return sums
	}
	c := m.Convert
	list := func(in []string) []string {
		if in == nil {
			return nil
		}
		out := make([]string, len(in))
		for i, s := range in {
			out[i] = c(s)
		}
		return out
	}
	unit := func(name string) string {
		if u := reg.Resolve(name); reg.Len() > 0 && u != nil && name != "" {
			return c(u.Name)
		}
		return c(name)
	}
	person := func(p model.Person) model.Person { return model.Person{Name: c(p.Name), Role: c(p.Role)} }
	out := make([]model.Summary, len(sums))
	// Each summary is converted on its own (the converters and the registry are only read), so
	// the summaries are shared out among the processors.
	safego.Split(len(sums), scriptPerWorker, func(from, to int) {
		for i := from; i < to; i++ {
			out[i] = convertSummary(sums[i], c, unit, list, person)
		}
	})
	return out
}

// scriptPerWorker is the fewest summaries a goroutine of convertScript converts.
const scriptPerWorker = 256

// convertSummary is convertScript for one summary.
func convertSummary(s model.Summary, c, unit func(string) string, list func([]string) []string, person func(model.Person) model.Person) model.Summary {
	s.Title, s.Summary, s.Venue, s.Category, s.Source = c(s.Title), c(s.Summary), c(s.Venue), c(s.Category), c(s.Source)
	s.Institution = unit(s.Institution)
	s.Unit = unit(s.Unit)
	if s.UnitsInvolved != nil {
		u := make([]string, len(s.UnitsInvolved))
		for j, n := range s.UnitsInvolved {
			u[j] = unit(n)
		}
		s.UnitsInvolved = u
	}
	s.Highlights, s.Tags, s.Keywords = list(s.Highlights), list(s.Tags), list(s.Keywords)
	if s.Authors != nil {
		a := make([]model.Person, len(s.Authors))
		for j, p := range s.Authors {
			a[j] = person(p)
		}
		s.Authors = a
	}
	if s.Speakers != nil {
		a := make([]model.Person, len(s.Speakers))
		for j, p := range s.Speakers {
			a[j] = person(p)
		}
		s.Speakers = a
	}
	if s.Chair != nil {
		p := person(*s.Chair)
		s.Chair = &p
	}
	if s.Figures != nil {
		f := make([]model.Figure, len(s.Figures))
		for j, x := range s.Figures {
			x.Label, x.Unit, x.Text = c(x.Label), c(x.Unit), c(x.Text)
			f[j] = x
		}
		s.Figures = f
	}
	return s
}
