package reader

import (
	"context"
	"errors"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/extract"
	"github.com/jianbao/jianbao/report/model"
)

// MaxArticle is the largest raw article read, in bytes; a larger file is not one article.
const MaxArticle = 4 << 20

// ErrNotInText is the error for a field a raw article must give and extraction did not find.
var ErrNotInText = errors.New("not found in the article text")

// readText reads one raw article (plain text or HTML) by extraction. What extraction could not
// find and the schema requires is an error for the article; its other doubts are warnings.
func readText(_ context.Context, src Source, opt Options) ([]model.Summary, diag.ErrorList) {
	var errs diag.ErrorList
	pos := model.Pos{File: src.Name, Record: 1}
	if len(src.Data) > MaxArticle {
		errs.Add(model.Pos{File: src.Name}, "%d MB is too large for one article (at most %d MB): is it an article?", len(src.Data)>>20, MaxArticle>>20)
		return nil, errs
	}
	s, warnings := ExtractArticle(string(src.Data), opt.Extract)
	s.Source = src.Name
	s.Pos = pos
	s.Review.Extracted = true // nobody has read what extraction made of it
	for _, w := range warnings {
		errs = append(errs, &diag.Error{Pos: pos, Err: extract.WarningError(w), Warning: true})
	}
	ok := true
	for _, f := range []struct {
		field string
		empty bool
	}{{"title", s.Title == ""}, {"date", s.Date.IsZero()}, {"unit", s.Unit == ""}, {"summary", s.Summary == ""}} {
		if f.empty {
			p := pos
			p.Field = f.field
			errs = append(errs, &diag.Error{Pos: p, Err: ErrNotInText})
			ok = false
		}
	}
	if !ok {
		return nil, errs
	}
	return []model.Summary{s}, errs
}

// ExtractArticle extracts a summary from raw article text or an HTML page.
func ExtractArticle(text string, opt extract.Options) (model.Summary, []string) {
	if extract.LooksLikeHTML(text) {
		text = extract.HTMLText(text)
	}
	r := extract.Extract(text, opt)
	return r.Summary, r.Warnings
}
