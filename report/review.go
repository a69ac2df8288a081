package report

import (
	"errors"
	"fmt"
	"strings"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
)

// ErrUnreviewed is matched (errors.Is) by an *UnreviewedError: a digest holding values nobody
// has reviewed is not mailed unless the job allows it (Job.AllowUnreviewed).
var ErrUnreviewed = errors.New("summaries not reviewed")

// Unreviewed is a summary that awaits review (model.Review): where it is, the fields marked for
// review, and whether its file still carries jianbao ingest's first line or build extracted
// it from a raw article itself.
type Unreviewed struct {
	// Pos is the summary's file, the line to look at first and its record.
	Pos model.Pos `json:"pos"`
	// Fields are the fields marked for review (# review in YAML, "derived" or "review" in
	// JSON).
	Fields []string `json:"fields,omitempty"`
	// Stamped: the summary still says jianbao ingest wrote it and nobody has reviewed it (its
	// YAML file's first line, or "reviewed": false in JSON); Extracted: read from a raw
	// article by the run itself.
	Stamped   bool `json:"stamped,omitempty"`
	Extracted bool `json:"extracted,omitempty"`
	// rev is the summary's own review marks, for the message: how its fields are marked (# review
	// comments, JSON lists), and whether its record says "reviewed": false or its file starts
	// with ingest's line.
	rev model.Review
}

// unreviewedOf is what of s awaits review, and false when nothing does: the one view of a
// pending review, for the warnings (unreviewedIn) and for jianbao dump (DumpSummaries).
func unreviewedOf(s *model.Summary) (Unreviewed, bool) {
	r := s.Review
	if !r.Pending() {
		return Unreviewed{}, false
	}
	pos := model.Pos{File: s.Pos.File, Line: s.Pos.Line, Record: s.Pos.Record, Cell: s.Pos.Cell}
	if r.Line > 0 {
		pos.Line = r.Line
	}
	return Unreviewed{Pos: pos, Fields: r.Fields, Stamped: r.Stamped || r.Flagged, Extracted: r.Extracted, rev: r}, true
}

// unreviewedIn lists the summaries that await review, among those in per (every one when per is
// zero), in input order.
func unreviewedIn(sums []model.Summary, per period.Period) []Unreviewed {
	var out []Unreviewed
	for i := range sums {
		s := &sums[i]
		if !per.IsZero() && !per.Contains(s.Date.Time) {
			continue
		}
		if u, ok := unreviewedOf(s); ok {
			out = append(out, u)
		}
	}
	return out
}

// reviewWarnings are the warnings that name each unreviewed summary.
func reviewWarnings(list []Unreviewed) diag.ErrorList {
	var out diag.ErrorList
	for _, u := range list {
		out = append(out, &diag.Error{Pos: u.Pos, Err: errors.New(u.message()), Warning: true})
	}
	return out
}

// message says what awaits review and how to say it is reviewed.
func (u Unreviewed) message() string {
	var what, remove []string
	if len(u.Fields) > 0 {
		w := strings.Join(u.Fields, ", ") + " marked for review"
		var how []string
		if u.rev.Commented {
			how = append(how, "# review")
		}
		quoted := make([]string, len(u.rev.Lists))
		for i, l := range u.rev.Lists {
			quoted[i] = `"` + l + `"`
		}
		how = append(how, quoted...)
		if len(how) > 0 {
			w += " (" + strings.Join(how, ", ") + ")"
		}
		what = append(what, w)
		if u.rev.Commented {
			remove = append(remove, "the # review comments")
		}
		if len(quoted) > 0 {
			remove = append(remove, "them from "+strings.Join(quoted, " and "))
		}
	}
	if u.rev.Flagged {
		what = append(what, `it says "reviewed": false`)
		remove = append(remove, `"reviewed": false`)
	}
	if u.rev.Stamped {
		what = append(what, "the file still starts with jianbao ingest's line")
		remove = append(remove, "that line")
	}
	if u.Extracted {
		what = append(what, "extracted from the raw article by this run, unread")
	}
	msg := "not reviewed: " + strings.Join(what, ", and ")
	if len(remove) > 0 {
		return msg + "; check it against the article, then delete " + strings.Join(remove, " and ")
	}
	return msg + "; run jianbao ingest and review the summary it writes"
}

// UnreviewedError is a digest that holds summaries nobody has reviewed, for a delivery that
// must not send them unread (mail, unless Job.AllowUnreviewed). It matches ErrUnreviewed.
type UnreviewedError struct {
	// Summaries are the unreviewed summaries in the run's digests.
	Summaries []Unreviewed
}

// Error counts the summaries.
func (e *UnreviewedError) Error() string {
	return fmt.Sprintf("%s in the digest not reviewed (each named in a warning)", Count(len(e.Summaries), "summary"))
}

// Is makes errors.Is(err, ErrUnreviewed) true.
func (e *UnreviewedError) Is(target error) bool { return target == ErrUnreviewed }

// UnreviewedErr returns an *UnreviewedError when the period's digests hold summaries that await
// review (every built digest, the units' own included, is made of the period's summaries), and
// nil when none does or the job allows it (Job.AllowUnreviewed).
func (b *Built) UnreviewedErr() error {
	if len(b.Unreviewed) == 0 || b.Job.AllowUnreviewed {
		return nil
	}
	return &UnreviewedError{Summaries: b.Unreviewed}
}
