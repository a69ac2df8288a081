package report

import (
	"io/fs"
	"sync"

	"github.com/jianbao/jianbao/report/layout"
)

// layoutSet holds the layouts a run has looked up, by what names them (layout, templates
// directory, format), so that every digest of the run (the consolidated one and each unit's,
// rendered in parallel, and their mails) applies one parsed layout, and with it the templates a
// keep-mode digest converts once (layout.Layout keeps them by script). A nil set looks each
// layout up again. Safe for concurrent use.
type layoutSet struct {
	mu sync.Mutex
	m  map[layoutKey]*foundLayout
}

// layoutKey is what decides which layout file a lookup finds.
type layoutKey struct{ layout, templates, format string }

// foundLayout is a layout found by lookupLayout.
type foundLayout struct {
	l    *layout.Layout
	fsys fs.FS
	file string
}

// lookup is lookupLayout, once per key; an error is not kept (the next call tries again).
func (s *layoutSet) lookup(opt RenderOptions) (*layout.Layout, fs.FS, string, error) {
	if s == nil {
		return lookupLayout(opt)
	}
	k := layoutKey{opt.Layout, opt.Templates, opt.Format}
	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.m[k]; ok {
		return f.l, f.fsys, f.file, nil
	}
	l, fsys, file, err := lookupLayout(opt)
	if err != nil {
		return nil, nil, "", err
	}
	if s.m == nil {
		s.m = map[layoutKey]*foundLayout{}
	}
	s.m[k] = &foundLayout{l, fsys, file}
	return l, fsys, file, nil
}
