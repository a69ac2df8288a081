package report

import (
	"errors"
	"io/fs"
	"os"

	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/reader"
)

// FindConfig returns the jianbao.yaml among the inputs' directories ("" if none): the
// shallowest, the first in lexical order at that depth. The units.yaml is found the same way
// when the inputs are loaded.
func FindConfig(inputs []string) string {
	return reader.Scan(inputs, func(string) bool { return false }).Config
}

// missingInputs returns an *UnreadableError, with each reason among the Built's problems, when
// an input does not exist or cannot be reached.
func missingInputs(j Job) (*Built, error) {
	var missing []string
	var problems Problems
	for _, in := range j.Inputs {
		if _, err := os.Stat(in); err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			missing = append(missing, in)
			problems.Add(model.Pos{File: in}, "cannot read: %v", err)
		}
	}
	if len(missing) == 0 {
		return nil, nil
	}
	return &Built{Job: j, Problems: problems}, &UnreadableError{Paths: missing}
}
