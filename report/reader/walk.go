package reader

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/jianbao/jianbao/report/diag"
	"github.com/jianbao/jianbao/report/model"
)

// Inputs is what Scan found under the paths given: the files to read and the configuration
// and unit registry that directory inputs hold.
type Inputs struct {
	// Files are the files to read: those named, then each directory's accepted files in
	// lexical order.
	Files []string
	// Config and Units are the jianbao.yaml and units.yaml of the directory inputs ("" if
	// none): the shallowest one, the first in lexical order at that depth.
	Config, Units string
	// Skipped are files in directories that were not accepted (README.md, images, schemas).
	Skipped []string
	// Problems are paths that could not be read.
	Problems diag.ErrorList
}

// Scan is jianbao's one directory walker. Files named in paths are taken as they are;
// directories are walked recursively in lexical order, skipping hidden entries, and a file in
// them is taken when accept says so. A directory's jianbao.yaml and units.yaml are recorded as
// Config and Units, never taken as input; *.schema.json files and the state file (StateNames)
// are skipped.
func Scan(paths []string, accept func(name string) bool) *Inputs {
	in := &Inputs{}
	cfgDepth, unitsDepth := -1, -1
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			in.Problems.Add(model.Pos{File: p}, "cannot read: %v", unwrapPathError(err))
			continue
		}
		if !info.IsDir() {
			in.Files = append(in.Files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				in.Problems.Add(model.Pos{File: path}, "cannot read: %v", unwrapPathError(err))
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			depth := strings.Count(filepath.ToSlash(strings.TrimPrefix(path, p)), "/")
			switch {
			case isOneOf(ConfigNames, name):
				if cfgDepth < 0 || depth < cfgDepth {
					in.Config, cfgDepth = path, depth
				}
			case isOneOf(UnitsNames, name):
				if unitsDepth < 0 || depth < unitsDepth {
					in.Units, unitsDepth = path, depth
				}
			case strings.HasSuffix(name, ".schema.json"), isOneOf(StateNames, name), !accept(name):
				in.Skipped = append(in.Skipped, path)
			default:
				in.Files = append(in.Files, path)
			}
			return nil
		})
		if err != nil {
			in.Problems.Add(model.Pos{File: p}, "%v", err)
		}
	}
	return in
}

// Summaries accepts the files of a known summary format (or any file when format is forced).
func Summaries(format string) func(name string) bool {
	return func(name string) bool {
		_, ok := FormatBySuffix(name)
		return ok || format != ""
	}
}

// Articles accepts raw articles only (.txt, .html, .htm).
func Articles(name string) bool {
	f, ok := FormatBySuffix(name)
	return ok && f.Name == Text.Name
}
