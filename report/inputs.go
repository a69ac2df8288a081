package report

import "github.com/jianbao/jianbao/report/reader"

// FindConfig returns the jianbao.yaml among the inputs' directories ("" if none): the
// shallowest, the first in lexical order at that depth. The units.yaml is found the same way
// when the inputs are loaded.
func FindConfig(inputs []string) string {
	return reader.Scan(inputs, func(string) bool { return false }).Config
}
