package report

import (
	"errors"
	"io/fs"

	"github.com/jianbao/jianbao/report/layout"
)

// LayoutInfo describes one layout (jianbao templates list).
type LayoutInfo struct {
	// Name is what a job's Layout takes; Description says what it makes.
	Name, Description string
	// Err is why the layout could not be read, if it could not.
	Err error
}

// Layouts lists the layouts: those in the directory dir (if any) over the built-in ones.
func Layouts(dir string) []LayoutInfo {
	fsys := Templates(dir)
	var out []LayoutInfo
	for _, name := range layout.List(fsys) {
		l, _, err := layout.Lookup(fsys, name, "")
		if err != nil {
			out = append(out, LayoutInfo{Name: name, Err: err})
			continue
		}
		out = append(out, LayoutInfo{Name: name, Description: l.Description})
	}
	return out
}

// LayoutSource returns a layout's YAML as written, to copy and adapt; a name that is in no
// file is a *LayoutNotFoundError.
func LayoutSource(dir, name string) ([]byte, error) {
	fsys := Templates(dir)
	data, err := fs.ReadFile(fsys, name+".yaml")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &LayoutNotFoundError{Name: name, Known: layout.List(fsys)}
	}
	return data, err
}
