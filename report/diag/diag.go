// Package diag holds positioned problems in the input (Error, ErrorList, like go/scanner's),
// kept apart from the readers so every stage after them (aggregation, ingest, the facade) can
// report problems without importing reader.
package diag

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/jianbao/jianbao/report/model"
)

// Error is one problem in the input, with its position.
type Error struct {
	// Pos locates the problem: file, line, record and field.
	Pos model.Pos
	// Want says what was expected, when that helps ("YYYY-MM-DD").
	Want string
	// Err is the underlying problem.
	Err error
	// Warning marks problems that do not stop a summary from being used (an unknown unit).
	Warning bool
}

// Error formats the problem as file:line: record N: field "x": message.
func (e *Error) Error() string {
	var b strings.Builder
	if p := e.Pos.String(); p != "" {
		b.WriteString(p)
		b.WriteString(": ")
	}
	if e.Warning {
		b.WriteString("warning: ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is a list of input problems, like go/scanner.ErrorList.
type ErrorList []*Error

// Add appends a problem at pos.
func (l *ErrorList) Add(pos model.Pos, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Err: fmt.Errorf(format, args...)})
}

// Warn appends a warning at pos.
func (l *ErrorList) Warn(pos model.Pos, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Err: fmt.Errorf(format, args...), Warning: true})
}

// Sort orders the list by file, line, record and field, stably.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Record != b.Record {
			return a.Record < b.Record
		}
		return a.Field < b.Field
	})
}

// Errors returns the entries that are not warnings.
func (l ErrorList) Errors() ErrorList {
	var out ErrorList
	for _, e := range l {
		if !e.Warning {
			out = append(out, e)
		}
	}
	return out
}

// Warnings returns the entries that are warnings.
func (l ErrorList) Warnings() ErrorList {
	var out ErrorList
	for _, e := range l {
		if e.Warning {
			out = append(out, e)
		}
	}
	return out
}

// Error returns the first problem and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when it holds no error (warnings do not count).
func (l ErrorList) Err() error {
	if errs := l.Errors(); len(errs) > 0 {
		return errs
	}
	return nil
}

// AsList returns err's ErrorList when it is one, else a one-entry list, else nil for nil.
func AsList(err error) ErrorList {
	if err == nil {
		return nil
	}
	var l ErrorList
	if errors.As(err, &l) {
		return l
	}
	var e *Error
	if errors.As(err, &e) {
		return ErrorList{e}
	}
	return ErrorList{{Err: err}}
}
