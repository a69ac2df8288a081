// Package state keeps the small file a scheduled job remembers its past runs in: which issue
// number each period of a series received (第N期, restarting each year; 总第M期, cumulative) and
// which digests were mailed to whom (period, layout, unit, recipients, content hash), so that a
// rerun neither numbers an issue twice nor mails it twice.
//
// The file is YAML, meant to be readable and, when an office adopts jianbao mid-series, edited
// by hand (one issues entry carrying the last number given out is enough). It is written
// atomically: a temporary file in the same directory, synced, then renamed over the old one.
package state

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/jianbao/jianbao/report/internal/safefile"
)

// Version is the file format's version.
const Version = 1

// File is the state file's content.
type File struct {
	// Version is the format's version (1).
	Version int `yaml:"version"`
	// Issues are the issue numbers given out, one per series and period.
	Issues []Issue `yaml:"issues,omitempty"`
	// Deliveries are the messages sent.
	Deliveries []Delivery `yaml:"deliveries,omitempty"`
}

// Issue is the number one period's issue of a series received.
type Issue struct {
	// Series names the series: the layout, and the unit for a unit's own digest.
	Series string `yaml:"series"`
	// Period is the period's key (2021-10).
	Period string `yaml:"period"`
	// Year is the year the numbering of No restarts with.
	Year int `yaml:"year"`
	// No is the number within the year (第N期), Total the cumulative one (总第M期).
	No    int `yaml:"number"`
	Total int `yaml:"total"`
}

// Label is the issue number as printed: 第N期, with 总第M期 when it differs.
func (i Issue) Label() string {
	if i.Total != 0 && i.Total != i.No {
		return fmt.Sprintf("第%d期（总第%d期）", i.No, i.Total)
	}
	return fmt.Sprintf("第%d期", i.No)
}

// Delivery is one message sent.
type Delivery struct {
	// Period is the period's key, Layout the layout's name, Unit the unit of a unit's own
	// digest (empty for the consolidated one).
	Period string `yaml:"period"`
	Layout string `yaml:"layout"`
	Unit   string `yaml:"unit,omitempty"`
	// Recipients are the addresses it went to (To, Cc and Bcc).
	Recipients []string `yaml:"recipients"`
	// Files are the attachments' names, Hash the content hash of the attachments.
	Files []string `yaml:"files,omitempty"`
	Hash  string   `yaml:"hash"`
	// MessageID is the message's Message-ID.
	MessageID string `yaml:"message_id,omitempty"`
	// Server is the SMTP server (host:port), Sent the time it took the message (RFC 3339).
	Server string `yaml:"server,omitempty"`
	Sent   string `yaml:"sent,omitempty"`
}

// maxSize bounds the state file: years of monthly runs take a few hundred kilobytes.
const maxSize = 16 << 20

// Load reads a state file; a file that does not exist yet is an empty state. Unknown keys are
// errors with their line.
func Load(path string) (*File, error) {
	data, err := safefile.ReadFile(path, maxSize)
	if errors.Is(err, fs.ErrNotExist) {
		return &File{Version: Version}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("state file: %w", err)
	}
	f := &File{}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(f); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("state file %s: %w", path, err)
	}
	if f.Version == 0 {
		f.Version = Version
	}
	if f.Version != Version {
		return nil, fmt.Errorf("state file %s: version %d: this jianbao knows version %d", path, f.Version, Version)
	}
	for i, is := range f.Issues {
		if is.Series == "" || is.Period == "" || is.No < 1 || is.Total < is.No {
			return nil, fmt.Errorf("state file %s: issues[%d]: want series, period, number ≥ 1 and total ≥ number", path, i)
		}
	}
	return f, nil
}

// Save writes the file atomically, with its lists in a fixed order.
func (f *File) Save(path string) error {
	f.Version = Version
	slices.SortStableFunc(f.Issues, func(a, b Issue) int {
		return cmp.Or(strings.Compare(a.Series, b.Series), cmp.Compare(a.Total, b.Total), strings.Compare(a.Period, b.Period))
	})
	var b bytes.Buffer
	b.WriteString("# jianbao's memory of past runs: issue numbers given out and digests mailed.\n" +
		"# Delete an entry to number or mail that period again.\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("state file %s: %w", path, err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("state file %s: %w", path, err)
	}
	return writeAtomic(path, b.Bytes())
}

// Issue returns the issue number of a series' period: the one it received before, or the next
// one (the year's numbering restarting at 1). It records nothing: Record does, once the run
// has succeeded.
func (f *File) Issue(series, period string, year int) Issue {
	next := Issue{Series: series, Period: period, Year: year, No: 1, Total: 1}
	for _, is := range f.Issues {
		if is.Series != series {
			continue
		}
		if is.Period == period {
			return is
		}
		if is.Year == year && is.No >= next.No {
			next.No = is.No + 1
		}
		if is.Total >= next.Total {
			next.Total = is.Total + 1
		}
	}
	return next
}

// Record keeps an issue number; recording the same series and period again changes nothing.
func (f *File) Record(is Issue) {
	for _, old := range f.Issues {
		if old.Series == is.Series && old.Period == is.Period {
			return
		}
	}
	f.Issues = append(f.Issues, is)
}

// Delivered returns the last delivery of a period's digest in a layout (and unit), if any.
func (f *File) Delivered(period, layout, unit string) (Delivery, bool) {
	for i := len(f.Deliveries) - 1; i >= 0; i-- {
		d := f.Deliveries[i]
		if d.Period == period && d.Layout == layout && d.Unit == unit {
			return d, true
		}
	}
	return Delivery{}, false
}

// RecordDelivery keeps a delivery.
func (f *File) RecordDelivery(d Delivery) {
	f.Deliveries = append(f.Deliveries, d)
}

// DefaultName is the state file's name beside the configuration.
const DefaultName = "jianbao.state.yaml"

// PathBeside returns the state file's path beside a configuration file.
func PathBeside(config string) string {
	return filepath.Join(filepath.Dir(config), DefaultName)
}

// writeAtomic writes data to path through a synced temporary file in the same directory.
func writeAtomic(path string, data []byte) error {
	if err := safefile.WriteAtomic(path, data); err != nil {
		return fmt.Errorf("state file: %w", err)
	}
	return nil
}
